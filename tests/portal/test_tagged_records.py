"""Everything tagged with GCM objectives is read the same way (gcm.models.TaggedQuerySet): found
once by any of its objectives, and under every round table covering one of them."""

import pytest

from gcm.models import Objective, RoundTable
from tests.engagement.factories import DiscussionFactory, PracticeFactory
from tests.factories import InputFactory, InterventionFactory, PledgeFactory

FACTORIES = {
    "input": InputFactory,
    "intervention": InterventionFactory,
    "pledge": PledgeFactory,
    "practice": PracticeFactory,
    "discussion": DiscussionFactory,
}


@pytest.fixture
def round_table_1(reference):
    return RoundTable.objects.get(forum__slug="imrf-2022", number=1)  # objectives 2, 5, 6, 12, 18


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_a_record_is_found_once_by_any_of_its_objectives(kind, round_table_1):
    factory = FACTORIES[kind]
    six_and_eighteen = factory(objectives=[6, 18])
    fifteen = factory(objectives=[15])
    model = type(six_and_eighteen)

    both = Objective.objects.filter(number__in=[6, 18])
    assert list(model.objects.tagged_with(both)) == [six_and_eighteen]
    assert list(model.objects.tagged_with([o.pk for o in both])) == [six_and_eighteen]
    assert list(model.objects.tagged_with([Objective.objects.get(number=15)])) == [fifteen]
    assert list(model.objects.tagged_with([])) == []
    assert list(model.objects.for_round_table(round_table_1)) == [six_and_eighteen]


def test_a_discussion_is_also_tagged_through_its_round_table(round_table_1):
    on_the_round_table = DiscussionFactory(round_table=round_table_1)
    DiscussionFactory(objectives=[15])

    assert list(
        type(on_the_round_table).objects.tagged_with([Objective.objects.get(number=6)])
    ) == [on_the_round_table]
