"""The public event pages: the list and one event, what they show and to whom, and the number
of queries they take (the same whatever the number of items)."""

import datetime

import pytest
from django.utils import timezone

from consultations.models import AttendanceFigures, EventAim, EventDocument
from tests.factories import (
    AgendaItemFactory,
    EventFactory,
    InputFactory,
    InterventionFactory,
    OrganisationFactory,
    SpeakerFactory,
    secretariat_user,
)

from .helpers import page_text, url

pytestmark = pytest.mark.usefixtures("reference")


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def test_the_list_splits_upcoming_and_past_events(client):
    EventFactory(title_en="Coming dialogue", starts_on=days(10), ends_on=days(10))
    EventFactory(title_en="Old dialogue", starts_on=days(-10), ends_on=days(-10), state="held")

    text = page_text(client.get(url("consultations:event_list")))

    upcoming, past = text.split("Past events")
    assert "Coming dialogue" in upcoming and "Old dialogue" not in upcoming
    assert "Old dialogue" in past


def test_events_being_prepared_are_hidden_from_the_public_and_shown_to_the_secretariat(client):
    EventFactory(title_en="Draft dialogue", slug="draft-dialogue", is_public=False)
    detail = url("consultations:event_detail", slug="draft-dialogue")

    assert "Draft dialogue" not in page_text(client.get(url("consultations:event_list")))
    assert client.get(detail).status_code == 404

    client.force_login(secretariat_user())
    assert "Draft dialogue" in page_text(client.get(url("consultations:event_list")))
    assert client.get(detail).status_code == 200


def test_an_unknown_event_answers_404(client):
    assert client.get(url("consultations:event_detail", slug="nothing-here")).status_code == 404


def test_the_events_link_appears_in_the_navigation(client):
    html = client.get(url("home")).content.decode()
    assert f'href="{url("consultations:event_list")}"' in html


def test_the_event_page_shows_its_whole_record(client):
    organiser = OrganisationFactory(name="Regional Network", acronym="")
    event = EventFactory(
        title_en="Dialogue on fair recruitment",
        aims_intro_en="The dialogue aimed to:",
        location_en="Amman",
        mode="hybrid",
        target_groups=["migrants", "media"],
        start_time=datetime.time(10, 0),
        end_time=datetime.time(12, 30),
        time_zone="Asia/Amman",
    )
    event.organisers.create(organisation=organiser)
    EventAim.objects.create(event=event, order=1, text_en="Hear migrant workers first")
    item = AgendaItemFactory(event=event, kind="presentation", title_en="Where we stand")
    SpeakerFactory(agenda_item=item, name_en="Nadia Karam", title_en="Researcher")
    item.key_points.create(order=1, label_en="Gaps", text_en="few labour inspectors.")
    discussion = AgendaItemFactory(event=event, kind="open_discussion", title_en="Discussion")
    SpeakerFactory(agenda_item=discussion, role="moderator", name_en="Omar Said")
    discussion.guiding_questions.create(order=1, text_en="Who pays recruitment fees?")
    InterventionFactory(agenda_item=discussion, name_en="Layla Haddad", objectives=[6])
    EventDocument.objects.create(
        event=event, order=1, title_en="Guidance", url_en="https://example.org/guidance"
    )
    AttendanceFigures.objects.create(event=event, total=40, stakeholders=30, un_staff=10)
    InputFactory(event=event, title_en="End fees", state="published")
    InputFactory(event=event, title_en="Not yet decided", state="submitted")

    text = page_text(client.get(event.get_absolute_url()))

    for expected in [
        "Dialogue on fair recruitment",
        "10:00–12:30 (Amman time)",
        "Hybrid",
        "Amman",
        "Regional Network",
        "The dialogue aimed to:",
        "Hear migrant workers first",
        "by Ms. Nadia Karam, Researcher, Regional Office",
        "Gaps few labour inspectors.",
        "Moderated by Ms. Omar Said, Regional Adviser, Regional Office, discussions were held "
        "in line with the following guiding question:",
        "Who pays recruitment fees?",
        "Interventions from the floor",
        "Mr. Layla Haddad",
        "Round table 1 · 2022",
        "Guidance: EN",
        "Participants in total40",
        "End fees",
        "Targeted groups with no speaker: Media.",
    ]:
        assert expected in text, expected
    assert "Not yet decided" not in text


def test_recorded_text_keeps_its_links_and_escapes_everything_else(client):
    event = EventFactory()
    AgendaItemFactory(
        event=event,
        summary_en="See the [hub](https://migrationnetwork.un.org/hub) and *this* <script>x",
    )

    html = client.get(event.get_absolute_url()).content.decode()

    assert '<a href="https://migrationnetwork.un.org/hub">hub</a>' in html
    assert "<em>this</em>" in html
    assert "&lt;script&gt;x" in html
    assert "<script>x" not in html


def test_a_missing_translation_shows_the_original_marked_with_its_language(client):
    event = EventFactory(title_en="Dialogue in English only")

    html = client.get(url("consultations:event_detail", "fr", slug=event.slug)).content.decode()

    assert '<span lang="en" dir="ltr">Dialogue in English only</span>' in html
    assert "Affiché en anglais — traduction en français en attente" in html


def test_a_working_translation_is_announced_once_with_a_link_to_the_original(client):
    event = EventFactory(title_en="Dialogue", title_ar="حوار", working_translations=["ar"])

    response = client.get(url("consultations:event_detail", "ar", slug=event.slug))

    text = page_text(response)
    assert text.count("ترجمة عمل") == 1
    assert f'href="/en/events/{event.slug}/" hreflang="en"' in response.content.decode()


def _event_with(items: int):
    event = EventFactory(slug=f"event-with-{items}")
    for _ in range(items):
        item = AgendaItemFactory(event=event, kind="open_discussion")
        SpeakerFactory(agenda_item=item)
        SpeakerFactory(agenda_item=item, role="moderator")
        item.key_points.create(order=1, text_en="A point.")
        item.guiding_questions.create(order=1, text_en="A question?")
        InterventionFactory(agenda_item=item, objectives=[1, 6])
        EventAim.objects.create(event=event, order=1, text_en="An aim")
        EventDocument.objects.create(event=event, order=1, title_en="A document")
        InputFactory(event=event, state="published")
    return event


@pytest.mark.parametrize("items", [1, 3])
def test_the_event_page_takes_the_same_queries_whatever_its_size(
    client, django_assert_num_queries, items, pages_built_whole
):
    event = _event_with(items)
    client.get(event.get_absolute_url())  # warm the caches (sessions, content types)

    # Parts, other dates, the event's and the items' objectives, and the places left: 4 more.
    # The round tables of interventions' objectives come with their forum, the recorded figures
    # with the event; the figures count the agenda's speakers and the registrations they read.
    with django_assert_num_queries(19):
        response = client.get(event.get_absolute_url())

    assert response.status_code == 200


@pytest.mark.parametrize("items", [1, 3])
def test_the_event_list_takes_the_same_queries_whatever_its_length(
    client, django_assert_num_queries, items
):
    for index in range(items):
        event = EventFactory(starts_on=days(index * 40 - 40), ends_on=days(index * 40 - 40))
        event.organisers.create(organisation=OrganisationFactory())
    client.get(url("consultations:event_list"))

    with django_assert_num_queries(2):
        response = client.get(url("consultations:event_list"))

    assert response.status_code == 200
