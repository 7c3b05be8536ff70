"""Attendance and representation figures of an event, for its page and its summary report.

`event_figures(event)` reads in a fixed number of queries and returns plain data: totals
(recorded by the secretariat, or counted from the portal's registrations), participants and
speakers by stakeholder group, country and gender, and the targeted groups nobody represented.
Gender is only ever shown as counts.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django_countries import countries

from stakeholders.models import Gender, StakeholderGroup

from .models import (
    AttendanceFigures,
    Constituency,
    Event,
    Intervention,
    Registration,
    SharedSeat,
    Speaker,
)

NOT_RECORDED = _("Not recorded")

# Who is in the room besides stakeholders, as the figures name them; a registry organisation of
# the UN system group counts with the UN system.
CONSTITUENCY_LABELS = {
    Constituency.MEMBER_STATE: _("Member States"),
    Constituency.UN_SYSTEM: _("UN system"),
    Constituency.IGO: _("Intergovernmental organisations"),
}
# Rows of a breakdown: Member States, the UN system, IGOs, then the stakeholder groups.
ORDER = [
    *CONSTITUENCY_LABELS,
    *(code for code in StakeholderGroup.values if code != StakeholderGroup.UN_SYSTEM),
]


class Source:
    RECORDED = "recorded"  # totals the secretariat recorded (no registrations through the portal)
    ATTENDANCE = "attendance"  # registrations whose attendance the secretariat marked
    REGISTRATIONS = "registrations"  # registrations, attendance not marked yet
    NONE = "none"


@dataclass(frozen=True)
class Tally:
    """One row of a breakdown: a code (group, country or gender; "" when not recorded), its
    label in the active language and a count."""

    code: str
    label: str
    count: int


@dataclass(frozen=True)
class Row:
    """Speakers and participants side by side, for one group, gender or country."""

    code: str
    label: str
    speakers: int
    participants: int


def side_by_side(speakers: list[Tally], participants: list[Tally], keep=()) -> list[Row]:
    """Rows in the speakers' order, then participants-only rows; `keep` codes appear even at
    zero (the targeted groups, so that an absent one shows as 0)."""
    by_code = {row.code: row for row in participants}
    rows, seen = [], set()
    for tally in [*speakers, *participants]:
        if tally.code in seen:
            continue
        seen.add(tally.code)
        other = by_code.get(tally.code)
        spoke = next((row.count for row in speakers if row.code == tally.code), 0)
        rows.append(Row(tally.code, tally.label, spoke, other.count if other else 0))
    for code, label in keep:
        if code not in seen:
            rows.append(Row(code, label, 0, 0))
    return rows


@dataclass
class EventFigures:
    source: str
    total: int | None = None
    stakeholders: int | None = None
    un_staff: int | None = None
    un_entity_count: int | None = None
    un_entities: list[str] = field(default_factory=list)
    recorded: AttendanceFigures | None = None
    registered: int = 0
    attended: int = 0
    shared_seats: int = 0
    participants_by_group: list[Tally] = field(default_factory=list)
    participants_by_country: list[Tally] = field(default_factory=list)
    participants_by_gender: list[Tally] = field(default_factory=list)
    speakers: int = 0
    speakers_by_group: list[Tally] = field(default_factory=list)
    speakers_by_country: list[Tally] = field(default_factory=list)
    speakers_by_gender: list[Tally] = field(default_factory=list)
    target_groups: list[Tally] = field(default_factory=list)
    absent_groups: list[Tally] = field(default_factory=list)

    @property
    def has_participants_breakdown(self) -> bool:
        return bool(self.participants_by_group)

    @property
    def absent_group_labels(self) -> list[str]:
        return [group.label for group in self.absent_groups]

    @property
    def group_rows(self) -> list[Row]:
        """Member States, the UN system and IGOs, then every targeted stakeholder group, zeros
        included; "not recorded" last."""
        rows = side_by_side(
            self.speakers_by_group,
            self.participants_by_group,
            keep=[(t.code, t.label) for t in self.target_groups],
        )
        return sorted(rows, key=lambda r: ORDER.index(r.code) if r.code in ORDER else len(ORDER))

    @property
    def gender_rows(self) -> list[Row]:
        return side_by_side(self.speakers_by_gender, self.participants_by_gender)

    @property
    def country_rows(self) -> list[Row]:
        return side_by_side(self.speakers_by_country, self.participants_by_country)


GROUP_LABELS = dict(StakeholderGroup.choices)
GENDER_LABELS = dict(Gender.choices)


def group_label(code: str) -> str:
    if code in CONSTITUENCY_LABELS:
        return str(CONSTITUENCY_LABELS[code])
    return str(GROUP_LABELS.get(code, NOT_RECORDED)) if code else str(NOT_RECORDED)


def constituency_or_group(contributor) -> str:
    """The row a speaker or intervention counts in: Member State, UN system or IGO for those
    who are not stakeholders, else the stakeholder group ("" when not recorded)."""
    if contributor.constituency != Constituency.STAKEHOLDER:
        return contributor.constituency
    return contributor.group


def _country_label(code: str) -> str:
    return str(countries.name(code)) if code else str(NOT_RECORDED)


def _gender_label(code: str) -> str:
    return str(GENDER_LABELS.get(code, NOT_RECORDED)) if code else str(NOT_RECORDED)


def _tallies(counter: Counter, label, order: list[str] | None = None) -> list[Tally]:
    """Rows in a fixed order when given (stakeholder groups, genders), else by count then label;
    "not recorded" always last."""
    rows = [Tally(code, label(code), count) for code, count in counter.items() if code]
    if order is not None:
        rows.sort(key=lambda row: order.index(row.code) if row.code in order else len(order))
    else:
        rows.sort(key=lambda row: (-row.count, row.label))
    if counter.get(""):
        rows.append(Tally("", str(NOT_RECORDED), counter[""]))
    return rows


def _gender(user) -> str:
    profile = getattr(user, "profile", None)
    return (profile.gender if profile else "") or ""


def _registrations(event: Event) -> list[Registration]:
    return list(
        Registration.objects.active()
        .filter(event=event)
        .select_related("organisation", "user__profile")
    )


def _participants(registrations: list[Registration]) -> tuple[str, list[Registration]]:
    if any(registration.attended is not None for registration in registrations):
        return Source.ATTENDANCE, [r for r in registrations if r.attended]
    return Source.REGISTRATIONS, registrations


def _recorded(event: Event) -> AttendanceFigures | None:
    """The recorded totals; read with the event where it was fetched with
    `select_related("recorded_figures")`."""
    try:
        return event.recorded_figures
    except AttendanceFigures.DoesNotExist:
        return None


def _people(event: Event, agenda) -> list:
    """Speakers and interventions: from the agenda when it was read for display, else read."""
    if agenda is not None:
        return [
            person for item in agenda for person in (*item.all_speakers, *item.all_interventions)
        ]
    return [
        *Speaker.objects.filter(agenda_item__event=event).select_related("organisation"),
        *Intervention.objects.filter(agenda_item__event=event).select_related("organisation"),
    ]


def event_figures(event: Event, agenda=None) -> EventFigures:
    """`agenda`: the event's items as `AgendaItem.objects.for_display()` read them, where the
    page has them already (their speakers and interventions are counted)."""
    recorded = _recorded(event)
    registrations = _registrations(event)
    source, participants = _participants(registrations)
    figures = EventFigures(
        source=Source.RECORDED if recorded else (source if participants else Source.NONE),
        recorded=recorded,
        registered=len(registrations),
        attended=len(participants) if source == Source.ATTENDANCE else 0,
        shared_seats=SharedSeat.objects.accepted().filter(event=event).count(),
    )

    groups = Counter(r.organisation.group for r in participants)
    un_staff = groups.get(StakeholderGroup.UN_SYSTEM, 0)
    un_entities = sorted(
        {
            r.organisation.acronym or r.organisation.name
            for r in participants
            if r.organisation.group == StakeholderGroup.UN_SYSTEM
        }
    )
    if recorded:
        figures.total = recorded.total
        figures.stakeholders = recorded.stakeholders
        figures.un_staff = recorded.un_staff
        figures.un_entity_count = recorded.un_agency_count
        figures.un_entities = recorded.un_agency_list
    elif participants:
        figures.total = len(participants)
        figures.stakeholders = len(participants) - un_staff
        figures.un_staff = un_staff
        figures.un_entity_count = len(un_entities)
        figures.un_entities = un_entities

    figures.participants_by_group = _tallies(groups, group_label, ORDER)
    figures.participants_by_country = _tallies(
        Counter(r.organisation.country.code for r in participants), _country_label
    )
    figures.participants_by_gender = _tallies(
        Counter(_gender(r.user) for r in participants), _gender_label, list(Gender.values)
    )

    people = _people(event, agenda)
    figures.speakers = len(people)
    speaker_groups = Counter(constituency_or_group(person) for person in people)
    figures.speakers_by_group = _tallies(speaker_groups, group_label, ORDER)
    figures.speakers_by_country = _tallies(
        Counter(person.country_code for person in people), _country_label
    )
    figures.speakers_by_gender = _tallies(
        Counter(person.gender for person in people), _gender_label, list(Gender.values)
    )

    targeted = [
        code
        for code in StakeholderGroup.values
        if code != StakeholderGroup.UN_SYSTEM
        and (code in event.target_groups if event.target_groups else True)
    ]
    present = set(speaker_groups) | set(groups)
    figures.target_groups = [Tally(code, group_label(code), 0) for code in targeted]
    figures.absent_groups = [
        Tally(code, group_label(code), 0) for code in targeted if code not in present
    ]
    return figures
