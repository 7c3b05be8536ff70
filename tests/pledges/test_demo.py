"""`load_demo` gives the pledges enough to look at: every round table and state, progress,
overdue pledges, one published only in English, originals in French and Arabic — idempotently."""

from io import StringIO

import pytest
from django.core.management import call_command

from gcm.models import RoundTable
from pledges.models import Pledge, PledgeProgress


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def test_demo_pledges(demo):
    pledges = Pledge.objects.all()
    published = Pledge.objects.published()

    assert pledges.count() >= 40
    assert set(pledges.values_list("state", flat=True)) == {c for c, _l in Pledge.State.choices}
    for round_table in RoundTable.objects.of_current_forum():
        assert published.for_round_table(round_table).exists(), round_table
    assert PledgeProgress.objects.exists()
    assert Pledge.objects.overdue().count() >= 2
    assert published.count() > Pledge.objects.overdue().count()
    english_only = published.filter(title_ar__isnull=True, title_fr__isnull=True)
    assert english_only.exists()
    assert set(pledges.values_list("original_language", flat=True)) == {"en", "fr", "ar"}
    for pledge in pledges:
        assert pledge.objectives.exists()


def test_demo_members_see_their_organisations_pledges(demo):
    from stakeholders.models import User

    member = User.objects.get(email="member@imrf-portal.example")

    assert Pledge.objects.of_organisations_of(member).exists()


def test_load_demo_twice_adds_nothing(demo):
    counts = (Pledge.objects.count(), PledgeProgress.objects.count())

    call_command("load_demo", stdout=StringIO())

    assert (Pledge.objects.count(), PledgeProgress.objects.count()) == counts
