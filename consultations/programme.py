"""How an event's programme reads, for its page and its meeting summary alike: the agenda in
its parts, who spoke in which role, and where an intervention was made."""

from dataclasses import dataclass, field

from django.utils.translation import npgettext

from .models import AgendaItem, EventPart, Speaker

# The labelled line of each role, singular and plural ("Panellist: A" / "Panellists: A; B").
# Translators: the label of a line naming the people in one role on an agenda item.
ROLE_LABELS = {
    Speaker.Role.SPEAKER: lambda n: npgettext("role on an agenda item", "Speaker", "Speakers", n),
    Speaker.Role.PRESENTER: lambda n: npgettext(
        "role on an agenda item", "Presenter", "Presenters", n
    ),
    Speaker.Role.KEYNOTE: lambda n: npgettext(
        "role on an agenda item", "Keynote speaker", "Keynote speakers", n
    ),
    Speaker.Role.CHAIR: lambda n: npgettext("role on an agenda item", "Chair", "Chairs", n),
    Speaker.Role.MODERATOR: lambda n: npgettext(
        "role on an agenda item", "Moderator", "Moderators", n
    ),
    Speaker.Role.PANELLIST: lambda n: npgettext(
        "role on an agenda item", "Panellist", "Panellists", n
    ),
    Speaker.Role.RESPONDENT: lambda n: npgettext(
        "role on an agenda item", "Respondent", "Respondents", n
    ),
    Speaker.Role.RAPPORTEUR: lambda n: npgettext(
        "role on an agenda item", "Rapporteur", "Rapporteurs", n
    ),
}


def role_label(role: str, count: int) -> str:
    return ROLE_LABELS[role](count)


def in_sentence(item: AgendaItem) -> set[str]:
    """The roles the summary's own sentences name: “by …” under a presentation or remarks for
    presenters, “Moderated by …” over an open discussion for its moderators."""
    if item.is_open_discussion:
        return {Speaker.Role.MODERATOR}
    return set(Speaker.PRESENTING)


def role_lines(item: AgendaItem) -> list[tuple[str, list]]:
    """(label, speakers) for every role present that no sentence names, in the order of
    Speaker.Role: a chair, panellists, a moderator of a presentation, speakers of a discussion."""
    named = in_sentence(item)
    return [
        (role_label(role, len(speakers)), speakers)
        for role, _label, speakers in item.speakers_by_role()
        if role not in named
    ]


@dataclass
class PartOfAgenda:
    """A part of the meeting (None for items that belong to no part) and its items."""

    part: EventPart | None
    items: list = field(default_factory=list)


def agenda_in_parts(items, parts) -> list[PartOfAgenda]:
    """Items grouped under their parts, parts in their order; items of no part come first, and
    a part with no item still shows (its dates, place and description)."""
    groups = [PartOfAgenda(None), *(PartOfAgenda(part) for part in parts)]
    by_part = {group.part.pk: group for group in groups if group.part is not None}
    for item in items:
        by_part.get(item.part_id, groups[0]).items.append(item)
    return [group for group in groups if group.part is not None or group.items]
