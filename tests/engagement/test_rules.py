"""Who takes part online and who moderates (engagement/rules.py), asked of every persona
(tests/personas.py). Each row says for whom a rule holds: a change to a rule fails here."""

from datetime import timedelta

import pytest
from django.utils import timezone

from engagement import rules
from engagement.models import Discussion, Practice
from tests.engagement.factories import DiscussionFactory, PracticeFactory, closed_discussion
from tests.personas import MEMBERS, PERSONAS, SECRETARIAT

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(personas):
    return {
        "organisation": personas.organisation,
        "unverified": personas.unverified,
        "open_discussion": DiscussionFactory(),
        "closed_discussion": closed_discussion(),
    }


RULES = [
    ("can_take_part", "", MEMBERS),
    ("can_act_for", "organisation", MEMBERS),
    ("can_act_for", "unverified", set()),
    ("can_post_contribution", "open_discussion", MEMBERS),
    ("can_post_contribution", "closed_discussion", set()),
    ("can_submit_practice", "", MEMBERS),
    ("can_moderate", "", SECRETARIAT),
]

PERMISSIONS = [
    ("engagement.take_part", "", MEMBERS | {"superuser"}),
    ("engagement.act_for", "organisation", MEMBERS | {"superuser"}),
    ("engagement.post_contribution", "open_discussion", MEMBERS | {"superuser"}),
    ("engagement.submit_practice", "", MEMBERS | {"superuser"}),
    ("engagement.moderate", "", SECRETARIAT),
]


def _targets(world, target: str) -> tuple:
    return (world[target],) if target else ()


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("rule", "target", "holds_for"), RULES, ids=lambda v: str(v)[:40])
def test_each_rule_for_each_persona(personas, world, rule, target, holds_for, persona):
    answer = getattr(rules, rule)(personas[persona], *_targets(world, target))

    assert bool(answer) == (persona in holds_for)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "target", "holds_for"), PERMISSIONS, ids=lambda v: str(v)[:40])
def test_each_permission_for_each_persona(personas, world, name, target, holds_for, persona):
    assert personas[persona].has_perm(name, *_targets(world, target)) == (persona in holds_for)


@pytest.mark.parametrize("persona", PERSONAS)
def test_what_is_not_public_yet_is_listed_for_moderators_and_the_organisation(personas, persona):
    person = personas[persona]
    upcoming = DiscussionFactory(opens_at=timezone.now() + timedelta(days=2))
    practice = PracticeFactory(organisation=personas.organisation, state="submitted")
    moderator = rules.can_moderate(person)

    assert Discussion.objects.visible_to(person).filter(pk=upcoming.pk).exists() == moderator
    assert Practice.objects.visible_to(person).filter(pk=practice.pk).exists() == (
        moderator or persona in MEMBERS
    )
