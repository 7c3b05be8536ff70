"""The objective and round-table pages list the interventions and the published written inputs
tagged with their objectives."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.models import Input, Intervention
from gcm.models import Objective
from tests.factories import EventFactory, InputFactory, InterventionFactory

from .helpers import page_text, url

pytestmark = pytest.mark.usefixtures("reference")


def test_objective_and_round_table_pages_list_what_is_tagged_with_them(client):
    InterventionFactory(name_en="Rima Said", objectives=[6], text_en="Recruitment fees persist.")
    InterventionFactory(name_en="Omar Naim", objectives=[15], text_en="Access to health care.")
    InputFactory(title_en="End recruitment fees", state="published", objectives=[6])
    InputFactory(title_en="Undecided input", state="submitted", objectives=[6])

    objective = page_text(client.get(url("objective_detail", number=6)))
    round_table = page_text(client.get(url("round_table_detail", forum="imrf-2022", number=1)))
    other = page_text(client.get(url("round_table_detail", forum="imrf-2022", number=3)))

    for text in (objective, round_table):
        assert "Interventions at consultation events" in text
        assert "Rima Said" in text and "Recruitment fees persist." in text
        assert "End recruitment fees" in text
        assert "Omar Naim" not in text
        assert "Undecided input" not in text
    assert "Omar Naim" in other  # objective 15 is round table 3


def test_interventions_of_events_being_prepared_stay_hidden(client):
    InterventionFactory(
        name_en="Hidden Speaker",
        objectives=[6],
        agenda_item__event=EventFactory(is_public=False),
    )

    assert "Hidden Speaker" not in page_text(client.get(url("objective_detail", number=6)))


def test_tagged_with_reads_through_the_objectives(db, reference):
    tagged = InterventionFactory(objectives=[5, 6])
    InterventionFactory(objectives=[1])
    written = InputFactory(objectives=[18], state="published")

    six_and_eighteen = Objective.objects.filter(number__in=[6, 18])
    assert list(Intervention.objects.tagged_with(six_and_eighteen)) == [tagged]
    assert list(Input.objects.published().tagged_with(six_and_eighteen)) == [written]


def test_a_round_table_page_invites_written_inputs(client):
    html = client.get(url("round_table_detail", forum="imrf-2022", number=2)).content.decode()

    assert url("consultations:input_create_for_round_table", forum="imrf-2022", number=2) in html


def _tagged_meeting_records(count):
    """`count` of each: public events tagged with objective 6 and organised by an organisation
    of the registry, interventions with organisations and two tags, published inputs."""
    from consultations.models import Organiser
    from tests.factories import OrganisationFactory

    for _ in range(count):
        event = EventFactory()
        event.objectives.set(Objective.objects.filter(number=6))
        Organiser.objects.create(event=event, organisation=OrganisationFactory())
        InterventionFactory(
            objectives=[6, 5], organisation=OrganisationFactory(), agenda_item__event=event
        )
        InputFactory(state="published", objectives=[6], event=event)


@pytest.mark.parametrize("count", [1, 3])
def test_the_sections_take_the_same_queries_for_1_and_3_records(
    db, django_assert_num_queries, count
):
    from consultations.topics import sections

    _tagged_meeting_records(count)
    objective = Objective.objects.get(number=6)

    # Events and their organisers, interventions and their tags, inputs and their objectives.
    with django_assert_num_queries(6):
        found = sections([objective])
    assert [len(next(iter(section.context.values()))) for section in found] == [count] * 3


def test_rendering_the_sections_reads_nothing_more(client, django_assert_num_queries):
    """Every column a card shows was read with its records: no query per card."""
    _tagged_meeting_records(1)
    page = url("objective_detail", number=6)
    with CaptureQueriesContext(connection) as one:
        client.get(page)
    _tagged_meeting_records(2)

    with django_assert_num_queries(len(one)):
        text = page_text(client.get(page))
    assert text.count("Floor Speaker") == 3


def test_an_intervention_links_the_objectives_it_refers_to_in_number_order(client):
    InterventionFactory(name_en="Rima Said", objectives=[18, 6])

    html = client.get(url("round_table_detail", forum="imrf-2022", number=1)).content.decode()

    article = html[html.index("Rima Said") :]
    six, eighteen = (f'href="{url("objective_detail", number=n)}"' for n in (6, 18))
    assert six in article and eighteen in article
    assert article.index(six) < article.index(eighteen)
