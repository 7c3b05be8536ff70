"""The demo's meetings: meeting record files (data/meetings/*.yaml), imported by the code of
`import_event`, then what only the demo adds (data/events.yaml): dates moved relative to today,
the demo accounts' registrations, a shared seat and written inputs."""

from pathlib import Path

import yaml

from consultations.interchange import import_meeting
from consultations.models import AgendaItem, Event, Input, Intervention, Registration, SharedSeat
from gcm.models import Objective

from .loader import DATA, _days, _history, _round_table, _translate, _user, organisation, read

MEETINGS = DATA / "meetings"
SEED = "arab-region-imrf-dialogue-2022"


def meeting_files() -> list[Path]:
    return sorted(MEETINGS.glob("*.yaml"))


def import_file(path: Path) -> Event:
    """The meeting of `path`, the demo organisations it names put in the registry first (the
    import itself never creates one)."""
    text = path.read_text(encoding="utf-8")
    for slug in set(_organisations_named(yaml.safe_load(text))):
        organisation(slug)
    return import_meeting(text)[0]


def _organisations_named(node):
    if isinstance(node, dict):
        if isinstance(node.get("organisation"), str):
            yield node["organisation"]
        for value in node.values():
            yield from _organisations_named(value)
    elif isinstance(node, list):
        for value in node:
            yield from _organisations_named(value)


def seed_event() -> Event:
    """The seed meeting, recorded completely."""
    return import_file(MEETINGS / f"{SEED}.yaml")


def reschedule(event: Event, starts_on) -> None:
    """Moves every date of `event` so that it starts on `starts_on`, keeping their spacing."""
    shift = starts_on - event.starts_on
    if not shift:
        return
    event.starts_on, event.ends_on = event.starts_on + shift, event.ends_on + shift
    if event.registration_closes_at:
        event.registration_closes_at += shift
    event.save()
    for related in (event.parts.all(), event.other_dates.all()):
        for record in related:
            record.starts_on += shift
            record.ends_on = record.ends_on and record.ends_on + shift
            record.save()
    for item in event.agenda_items.exclude(day=None):
        item.day += shift
        item.save()
    for intervention in Intervention.objects.filter(agenda_item__event=event).exclude(made_on=None):
        intervention.made_on += shift
        intervention.save()


def load_events(stdout) -> None:
    """Every meeting file, then the demo's dates, registrations, shared seats and inputs."""
    events = {event.slug: event for event in map(import_file, meeting_files())}
    data = read("events")
    for entry in data["reschedule"]:
        reschedule(events[entry["meeting"]], _days(entry["starts_in_days"]))
    for entry in data["registrations"]:
        Registration.objects.update_or_create(
            event=events[entry["meeting"]],
            user=_user(entry["account"]),
            defaults={
                "organisation": organisation(entry["organisation"]),
                "state": entry["state"],
                "attended": entry.get("attended"),
            },
        )
    for entry in data["shared_seats"]:
        seat, created = SharedSeat.objects.get_or_create(
            event=events[entry["meeting"]],
            from_organisation=organisation(entry["from"]),
            to_organisation=organisation(entry["to"]),
            defaults={"state": entry["state"]},
        )
        if created:
            _history(seat, ("share_seat", "", seat.state))
    for entry in data["inputs"]:
        _input(entry, events)
    seed = events[SEED]
    stdout.write(
        f"{len(events)} demo meetings, the seed meeting “{seed.slug}” with "
        f"{AgendaItem.objects.filter(event=seed).count()} agenda items and "
        f"{Intervention.objects.filter(agenda_item__event=seed).count()} interventions."
    )


def _input(entry: dict, events: dict) -> None:
    """A written input, found again by its English title."""
    written = Input.objects.filter(title_en=entry["title"]["en"]).first() or Input(
        organisation=organisation(entry["organisation"]),
        author=_user(entry["author"]),
        kind=entry["kind"],
        event=events.get(entry.get("meeting")),
        round_table=_round_table(entry["round_table"]) if "round_table" in entry else None,
    )
    _translate(written, "title", entry["title"], only_given=True)
    _translate(written, "text", entry["text"], only_given=True)
    written.original_language, written.state = "en", entry["state"]
    written.save()
    written.objectives.set(Objective.objects.filter(number__in=entry["objectives"]))
