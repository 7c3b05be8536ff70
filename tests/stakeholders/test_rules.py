"""The roles and memberships (stakeholders/rules.py), asked of every persona (tests/personas.py).
Each row says for whom a rule holds: a change to a rule fails here, row by row."""

import pytest

from stakeholders import rules
from stakeholders.models import Organisation
from tests.personas import MEMBERS, PERSONAS, SECRETARIAT

pytestmark = pytest.mark.django_db

SIGNED_IN = set(PERSONAS) - {"anonymous"}

# rule, what it is asked about ("" the person alone, or one of the two organisations), and the
# personas for whom it holds.
RULES = [
    ("is_secretariat", "", SECRETARIAT),
    ("is_coordinator", "", {"coordinator"}),
    ("can_use_reports", "", SECRETARIAT | {"coordinator"}),
    ("needs_second_factor", "", SECRETARIAT | {"coordinator"}),
    ("has_verified_email", "", SIGNED_IN - {"unverified_email"}),
    ("acts_for_a_verified_organisation", "", MEMBERS),
    ("is_member_of", "organisation", MEMBERS),
    ("is_member_of", "unverified", {"member_of_unverified"}),
    ("is_member_of_verified", "organisation", MEMBERS),
    ("is_member_of_verified", "unverified", set()),
    # An account switched off stays on the organisation's list but runs nothing, and is not told.
    ("is_administrator_of", "organisation", {"administrator"}),
    ("is_administrator_of", "unverified", set()),
    ("can_run_organisation", "organisation", {"administrator"} | SECRETARIAT),
    ("can_run_organisation", "unverified", SECRETARIAT),
]

# Rules by name, as templates, `user.has_perm` and the admin ask them. Django lets an active
# superuser do anything, whatever the rule.
PERMISSIONS = [
    ("portal.use_reports", "", SECRETARIAT | {"coordinator"}),
    ("stakeholders.manage_organisation", "organisation", {"administrator", "superuser"}),
    ("stakeholders.verify_organisation", "", SECRETARIAT),
    ("stakeholders.view_every_organisation", "", SECRETARIAT),
    ("common.use_translation_queue", "", SECRETARIAT),
]


def _targets(personas, target: str) -> tuple:
    return (getattr(personas, target),) if target else ()


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("rule", "target", "holds_for"), RULES, ids=lambda v: str(v)[:40])
def test_each_rule_for_each_persona(personas, rule, target, holds_for, persona):
    answer = getattr(rules, rule)(personas[persona], *_targets(personas, target))

    assert bool(answer) == (persona in holds_for)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "target", "holds_for"), PERMISSIONS, ids=lambda v: str(v)[:40])
def test_each_permission_for_each_persona(personas, name, target, holds_for, persona):
    person = personas[persona]

    assert person.has_perm(name, *_targets(personas, target)) == (persona in holds_for)


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_organisations_a_person_acts_for_are_those_the_rule_names(personas, persona):
    person = personas[persona]
    organisations = [personas.organisation, personas.unverified]

    assert list(Organisation.objects.acting_for(person)) == [
        o for o in organisations if rules.is_member_of_verified(person, o)
    ]
    assert list(Organisation.objects.administered_by(person)) == [
        o for o in organisations if rules.is_administrator_of(person, o)
    ]


def test_the_administrators_told_are_those_the_rule_names(personas):
    assert list(rules.administrators_of(personas.organisation)) == [personas["administrator"]]
    assert list(rules.administrators_of(personas.unverified)) == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_secretariat_mailed_is_the_secretariat_but_superusers(personas, persona):
    """Superusers may act as the secretariat, but only its group's desk is mailed."""
    person = personas[persona]
    mailed = person in rules.secretariat_members()

    assert mailed == (rules.is_secretariat(person) and not person.is_superuser)


def test_an_inactive_account_is_not_mailed_as_the_secretariat(personas):
    secretariat = personas["secretariat"]
    secretariat.is_active = False
    secretariat.save()

    assert list(rules.secretariat_members()) == []
