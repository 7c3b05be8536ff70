"""Reads other parts of the portal rely on: published, tagged_with, for_round_table, overdue."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from gcm.models import Objective, RoundTable
from pledges.models import Pledge, months_before, overdue_cutoff
from tests.factories import PledgeFactory, PledgeProgressFactory


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 5, 15), date(2023, 5, 15)),
        (date(2024, 2, 29), date(2023, 2, 28)),
        (date(2024, 1, 31), date(2023, 1, 31)),
    ],
)
def test_twelve_months_before(day, expected):
    assert months_before(day, 12) == expected


def test_months_before_shorter_months():
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2024, 1, 15), 2) == date(2023, 11, 15)


def test_tagged_with_and_for_round_table(organisation):
    six = PledgeFactory(organisation=organisation, state="published", objectives=[6, 18])
    fifteen = PledgeFactory(organisation=organisation, state="published", objectives=[15])

    assert list(Pledge.objects.tagged_with(Objective.objects.filter(number=6))) == [six]
    assert set(Pledge.objects.tagged_with([Objective.objects.get(number=15)])) == {fifteen}
    round_table_1 = RoundTable.objects.of_current_forum().get(number=1)
    assert list(Pledge.objects.for_round_table(round_table_1)) == [six]  # once, not twice
    assert [rt.number for rt in six.round_tables()] == [1]


def test_overdue(organisation):
    now = timezone.now()
    cutoff = overdue_cutoff()
    silent_since_publication = PledgeFactory(
        organisation=organisation, state="published", published_at=now - timedelta(days=400)
    )
    stale_update = PledgeFactory(
        organisation=organisation, state="published", published_at=now - timedelta(days=800)
    )
    PledgeProgressFactory(pledge=stale_update, date=cutoff - timedelta(days=1))
    fresh_update = PledgeFactory(
        organisation=organisation, state="published", published_at=now - timedelta(days=800)
    )
    PledgeProgressFactory(pledge=fresh_update, date=cutoff - timedelta(days=1))
    PledgeProgressFactory(pledge=fresh_update, date=cutoff)
    recent = PledgeFactory(
        organisation=organisation, state="published", published_at=now - timedelta(days=300)
    )
    old_withdrawn = PledgeFactory(
        organisation=organisation, state="withdrawn", published_at=now - timedelta(days=800)
    )

    assert set(Pledge.objects.overdue()) == {silent_since_publication, stale_update}
    assert silent_since_publication.is_overdue and stale_update.is_overdue
    assert not fresh_update.is_overdue and not recent.is_overdue
    assert not old_withdrawn.is_overdue


def test_translation_queue_sees_published_and_submitted_pledges_only(organisation):
    shown = {
        PledgeFactory(organisation=organisation, state=state)
        for state in ("submitted", "published")
    }
    PledgeFactory(organisation=organisation, state="draft")

    assert set(Pledge.objects.for_translation()) == shown


def test_str_falls_back_to_the_original_language(organisation):
    pledge = PledgeFactory(
        organisation=organisation, original_language="ar", title_en=None, title_ar="خط مساعدة"
    )

    assert str(pledge) == "خط مساعدة"


def test_a_translation_may_be_shorter_than_the_original_must_be(organisation):
    pledge = PledgeFactory(organisation=organisation, state="published")
    pledge.description_ar = "نص مترجم قصير."  # far under 300 characters

    pledge.full_clean()  # the secretariat can save it in the admin
