"""The pages that belong to no single app make the same number of queries with one item and with
many: the home page, the objective and round-table pages gathering every app's content, and the
secretariat's translation queue (issue #10)."""

import datetime

import pytest

from consultations.models import AttendanceFigures
from gcm.models import Forum, Objective, RoundTable
from tests.engagement.factories import DiscussionFactory, PracticeFactory
from tests.factories import (
    AgendaItemFactory,
    EventFactory,
    InputFactory,
    InterventionFactory,
    OrganisationFactory,
    PledgeFactory,
    SpeakerFactory,
    secretariat_user,
)
from tests.query_counts import warm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("count", [1, 3])
def test_the_home_page_takes_the_same_queries_for_1_and_3_round_tables(
    client, django_assert_num_queries, count
):
    forum = Forum.objects.create(
        slug="imrf-2026",
        name_en="Second forum",
        starts_on=datetime.date(2026, 5, 5),
        ends_on=datetime.date(2026, 5, 8),
    )
    for number in range(1, count + 1):
        round_table = RoundTable.objects.create(forum=forum, number=number)
        round_table.objectives.set(
            [
                Objective.objects.create(
                    number=2 * number - 1 + offset,
                    title_en=f"Objective title {2 * number - 1 + offset}",
                    short_title_en=f"Short {2 * number - 1 + offset}",
                )
                for offset in (0, 1)
            ]
        )
    warm(client, "/en/")

    # The forum; its round tables and their objectives; the number of objectives.
    with django_assert_num_queries(4):
        response = client.get("/en/")

    assert response.status_code == 200
    html = response.content.decode()
    for number in range(1, count + 1):
        assert f'href="/en/round-tables/imrf-2026/{number}/"' in html
    for number in range(1, 2 * count + 1):
        assert f'title="Objective title {number}"' in html


def _tag_objective_6(count: int) -> None:
    """`count` of everything the topic pages gather, tagged with objective 6 (round table 1)."""
    organisation = OrganisationFactory()
    for index in range(count):
        PledgeFactory(
            organisation=organisation,
            state="published",
            title_en=f"Pledge {index}",
            objectives=[6, 7],
        )
        InputFactory(state="published", title_en=f"Written input {index}", objectives=[6, 7])
        InputFactory(
            state="published",
            title_en=f"Round-table input {index}",
            event=None,
            round_table=RoundTable.objects.get(forum__slug="imrf-2022", number=1),
            objectives=[6],
        )
        InterventionFactory(
            name_en=f"Floor Speaker {index}",
            organisation_name_en="",
            organisation=OrganisationFactory(name=f"Speaking Union {index}"),
            agenda_item=AgendaItemFactory(kind="open_discussion", event=EventFactory()),
            objectives=[6, 7],
        )
        PracticeFactory(state="published", title_en=f"Practice {index}", objectives=[6, 7])
        DiscussionFactory(title_en=f"Discussion {index}", objectives=[6, 7])


def _assert_shows_everything(html: str, count: int) -> None:
    for index in range(count):
        for text in (
            f"Pledge {index}",
            f"Written input {index}",
            f"Round-table input {index}",
            f"Floor Speaker {index}",
            f"Speaking Union {index}",
            f"Practice {index}",
            f"Discussion {index}",
        ):
            assert text in html, text


@pytest.mark.parametrize("count", [1, 3])
def test_an_objective_page_takes_the_same_queries_whatever_is_tagged_with_it(
    client, reference, django_assert_num_queries, count
):
    _tag_objective_6(count)
    url = "/en/objectives/6/"
    warm(client, url)

    # The objective and its round tables; interventions, inputs, pledges (and their count: the
    # section names each pledge's organisation, not its objectives), practices (counted only
    # when there are more than the section shows), discussions and meetings, each with what they
    # show: a fixed number.
    with django_assert_num_queries(11):
        response = client.get(url)

    assert response.status_code == 200
    _assert_shows_everything(response.content.decode(), count)


@pytest.mark.parametrize("count", [1, 3])
def test_a_round_table_page_takes_the_same_queries_whatever_is_tagged_with_it(
    client, reference, django_assert_num_queries, count
):
    _tag_objective_6(count)
    url = "/en/round-tables/imrf-2022/1/"
    warm(client, url)

    # As the objective page, but the round table with its objectives, and the current forum's
    # links from round tables to objectives (pairs of numbers, one query) for the link to the
    # pledge directory filtered to this one.
    with django_assert_num_queries(12):
        response = client.get(url)

    assert response.status_code == 200
    _assert_shows_everything(response.content.decode(), count)


@pytest.mark.parametrize("count", [1, 3])
def test_the_translation_queue_takes_the_same_queries_for_1_and_3_records_of_each_kind(
    client, reference, django_assert_num_queries, count
):
    secretariat = secretariat_user()
    for index in range(count):
        organisation = OrganisationFactory(name=f"Untranslated Network {index}")
        PledgeFactory(
            organisation=organisation, state="published", title_en=f"Untranslated pledge {index}"
        )
        InputFactory(
            organisation=organisation, state="published", title_en=f"Untranslated input {index}"
        )
        PracticeFactory(
            organisation=organisation,
            state="published",
            title_en=f"Untranslated practice {index}",
        )
        event = EventFactory(title_en=f"Untranslated event {index}")
        AttendanceFigures.objects.create(event=event, total=145, note_en="Recorded by hand.")
        item = AgendaItemFactory(event=event, title_en=f"Untranslated item {index}")
        # Records named after a related row: a round table after its forum, the figures after
        # their event, a speaker and an intervention without a name after their organisation.
        for factory in (SpeakerFactory, InterventionFactory):
            factory(
                agenda_item=item, name_en="", organisation_name_en="", organisation=organisation
            )
        # An organiser without a name is named after its registry organisation.
        event.organisers.create(organisation=organisation)
        event.parts.create(title_en=f"Untranslated part {index}", starts_on=event.starts_on)
        event.other_dates.create(label_en=f"Untranslated date {index}", starts_on=event.starts_on)
        forum = Forum.objects.create(
            slug=f"forum-{index}",
            name_en=f"Untranslated forum {index}",
            starts_on=datetime.date(2030 + 4 * index, 5, 5),
            ends_on=datetime.date(2030 + 4 * index, 5, 8),
        )
        RoundTable.objects.create(forum=forum, number=1, theme_en="Decent work")
        DiscussionFactory(title_en=f"Untranslated discussion {index}")
    client.force_login(secretariat)
    url = "/en/secretariat/translations/"
    warm(client, url)

    # Session, user, groups, second factor; then, for each kind of translated record (not per
    # record): the queue, and the completeness counts (total, missing and working per language).
    with django_assert_num_queries(212):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for index in range(count):
        for kind in ("pledge", "input", "practice", "item", "discussion"):
            assert f"Untranslated {kind} {index}<" in html, kind
        assert f"Untranslated forum {index} — Round table 1<" in html
        assert f"Untranslated event {index}: 145<" in html
        # The organisation itself, its speaker and its intervention.
        assert html.count(f">Untranslated Network {index} (") == 3
