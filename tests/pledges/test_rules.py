"""Who may do what with pledges (pledges/rules.py), asked of every persona (tests/personas.py).
Each row says for whom a rule holds: a change to a rule fails here."""

import pytest

from pledges import rules
from pledges.models import Pledge
from tests.factories import PledgeFactory
from tests.personas import MEMBERS, PERSONAS, SECRETARIAT

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(personas):
    return {
        "organisation": personas.organisation,
        "unverified": personas.unverified,
        "pledge": PledgeFactory(organisation=personas.organisation, state="submitted"),
        "unverified_pledge": PledgeFactory(organisation=personas.unverified, state="draft"),
    }


RULES = [
    ("is_pledging_member", "pledge", MEMBERS),
    ("is_pledging_member", "unverified_pledge", {"member_of_unverified"}),
    ("can_pledge_for", "organisation", MEMBERS),
    ("can_pledge_for", "unverified", set()),
    ("can_make_pledges", "", MEMBERS),
    ("can_moderate_pledges", "", SECRETARIAT),
    ("can_see_pledge_history", "pledge", MEMBERS | SECRETARIAT),
    ("can_see_pledge_history", "unverified_pledge", {"member_of_unverified"} | SECRETARIAT),
]

PERMISSIONS = [
    ("pledges.pledge_for", "organisation", MEMBERS | {"superuser"}),
    ("pledges.make_pledges", "", MEMBERS | {"superuser"}),
    ("pledges.act_on_pledge", "pledge", MEMBERS | {"superuser"}),
    ("pledges.moderate_pledges", "", SECRETARIAT),
    ("pledges.see_pledge_history", "pledge", MEMBERS | SECRETARIAT),
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
@pytest.mark.parametrize("state", ["draft", "submitted", "published"])
def test_the_pledges_listed_follow_the_rules(personas, persona, state):
    """Published pledges for everyone; the others for the pledging organisation's members; the
    moderators see them all but drafts."""
    person = personas[persona]
    pledge = PledgeFactory(organisation=personas.organisation, state=state)

    listed = Pledge.objects.visible_to(person).filter(pk=pledge.pk).exists()

    assert listed == (
        state == "published"
        or rules.is_pledging_member(person, pledge)
        or (state != "draft" and rules.can_moderate_pledges(person))
    )
