"""The objective and round-table pages list the interventions and the published written inputs
tagged with their objectives."""

import pytest

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
