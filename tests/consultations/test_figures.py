"""An event's figures: recorded totals or counted registrations, and the balance of speakers and
participants by stakeholder group, country and gender, with the targeted groups absent."""

import pytest

from consultations.figures import Source, event_figures
from consultations.models import AgendaItem, AttendanceFigures, Event
from stakeholders.models import Profile
from tests.factories import (
    AgendaItemFactory,
    EventFactory,
    InterventionFactory,
    OrganisationFactory,
    RegistrationFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db


def counts(tallies):
    return {tally.code: tally.count for tally in tallies}


def test_recorded_totals_for_an_event_without_registrations():
    event = EventFactory(state="held")
    AttendanceFigures.objects.create(
        event=event,
        total=145,
        stakeholders=88,
        un_staff=57,
        un_agency_count=8,
        un_agencies="ILO, IOM, OHCHR",
    )

    figures = event_figures(event)

    assert figures.source == Source.RECORDED
    assert (figures.total, figures.stakeholders, figures.un_staff, figures.un_entity_count) == (
        145,
        88,
        57,
        8,
    )
    assert figures.un_entities == ["ILO", "IOM", "OHCHR"]
    assert not figures.has_participants_breakdown


def test_counted_from_registrations_with_marked_attendance():
    event = EventFactory(state="held")
    jordan = OrganisationFactory(group="migrants", country="JO")
    iom = OrganisationFactory(group="un_system", country="CH", acronym="IOM")
    woman = RegistrationFactory(event=event, organisation=jordan, attended=True)
    Profile.objects.filter(user=woman.user).update(gender="woman")
    RegistrationFactory(event=event, organisation=iom, attended=True)
    RegistrationFactory(event=event, organisation=jordan, attended=False)
    RegistrationFactory(event=event, organisation=jordan, state="cancelled")

    figures = event_figures(event)

    assert figures.source == Source.ATTENDANCE
    assert (figures.total, figures.stakeholders, figures.un_staff) == (2, 1, 1)
    assert figures.un_entities == ["IOM"]
    assert figures.registered == 3
    assert counts(figures.participants_by_group) == {"migrants": 1, "un_system": 1}
    assert counts(figures.participants_by_country) == {"JO": 1, "CH": 1}
    assert counts(figures.participants_by_gender) == {"woman": 1, "": 1}


def test_speakers_by_group_country_and_gender_and_the_absent_groups():
    event = EventFactory(target_groups=["migrants", "media", "academia"])
    item = AgendaItemFactory(event=event, kind="open_discussion")
    SpeakerFactory(agenda_item=item, stakeholder_group="academia", gender="woman", country="LB")
    SpeakerFactory(agenda_item=item, role="moderator", stakeholder_group="", gender="")
    organisation = OrganisationFactory(group="migrants", country="EG")
    InterventionFactory(
        agenda_item=item, organisation=organisation, stakeholder_group="", gender="man"
    )

    figures = event_figures(event)

    assert figures.speakers == 3
    assert counts(figures.speakers_by_group) == {"academia": 1, "migrants": 1, "": 1}
    assert counts(figures.speakers_by_country) == {"LB": 1, "EG": 1, "": 1}
    assert counts(figures.speakers_by_gender) == {"woman": 1, "man": 1, "": 1}
    assert [group.code for group in figures.absent_groups] == ["media"]
    rows = {row.code: (row.speakers, row.participants) for row in figures.group_rows}
    assert rows["media"] == (0, 0)  # a targeted group shows even when nobody came


def test_the_page_counts_the_speakers_of_the_agenda_it_has_read(django_assert_num_queries):
    """The event page passes its agenda (read for display) and reads its event with the
    recorded totals: the figures then take two queries, registrations and shared seats."""
    event = EventFactory(target_groups=["migrants", "media"])
    item = AgendaItemFactory(event=event, kind="open_discussion")
    SpeakerFactory(agenda_item=item, stakeholder_group="migrants", gender="woman")
    InterventionFactory(agenda_item=item, stakeholder_group="media", country="LB")
    RegistrationFactory(event=event)
    AttendanceFigures.objects.create(event=event, total=12)
    alone = event_figures(event)
    event = Event.objects.select_related("recorded_figures").get(pk=event.pk)
    agenda = list(AgendaItem.objects.filter(event=event).for_display())

    with django_assert_num_queries(2):
        figures = event_figures(event, agenda)

    assert figures == alone
    assert (figures.speakers, figures.total, figures.registered) == (2, 12, 1)


def test_without_target_groups_every_stakeholder_group_counts_as_targeted():
    event = EventFactory()
    SpeakerFactory(agenda_item=AgendaItemFactory(event=event), stakeholder_group="migrants")

    figures = event_figures(event)

    assert len(figures.absent_groups) == 12  # 13 groups but the UN system, less the migrants
    assert "un_system" not in [group.code for group in figures.absent_groups]


def test_an_event_with_nothing_recorded():
    figures = event_figures(EventFactory())

    assert figures.source == Source.NONE
    assert figures.total is None
