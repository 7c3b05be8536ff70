"""Who may do what at events and with inputs (consultations/rules.py), asked of every persona
(tests/personas.py). Each row says for whom a rule holds: a change to a rule fails here."""

import pytest

from consultations import rules
from consultations.models import Input, SharedSeat
from tests.factories import EventFactory, InputFactory, OrganisationFactory, RegistrationFactory
from tests.personas import MEMBERS, PERSONAS, SECRETARIAT

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(personas):
    """The verified organisation is accredited and shares a seat with a migrant-led one, which
    offers it one back (a third organisation's offer is accepted); a member has registered, and
    written an input."""
    organisation = personas.organisation
    organisation.ecosoc_status = "special"
    organisation.save()
    other = OrganisationFactory(name="Migrant-led Union", migrant_led=True)
    event = EventFactory()
    member = personas["member"]
    written = InputFactory(organisation=organisation, author=member, event=event)
    return {
        "organisation": organisation,
        "unverified": personas.unverified,
        "seat_given": SharedSeat.objects.create(
            event=event, from_organisation=organisation, to_organisation=other
        ),
        "seat_received": SharedSeat.objects.create(
            event=event, from_organisation=other, to_organisation=organisation
        ),
        "seat_accepted": SharedSeat.objects.create(
            event=event,
            from_organisation=OrganisationFactory(name="Accredited Alliance"),
            to_organisation=organisation,
            state=SharedSeat.State.ACCEPTED,
        ),
        "registration": RegistrationFactory(event=event, organisation=organisation, user=member),
        "submitted_input": written,
        "published_input": InputFactory(
            organisation=organisation, author=member, event=event, state="published"
        ),
    }


RULES = [
    ("can_register_for_event", "organisation", MEMBERS),
    ("can_register_for_event", "unverified", set()),
    ("can_send_input", "organisation", MEMBERS),
    ("can_send_input", "unverified", set()),
    ("is_administrator_of_verified", "organisation", {"administrator"}),
    ("is_administrator_of_verified", "unverified", set()),
    ("can_share_seat", "organisation", {"administrator"}),
    ("can_share_seat", "unverified", set()),
    ("can_answer_seat", "seat_received", {"administrator"}),
    ("can_answer_seat", "seat_given", set()),
    ("can_answer_seat", "seat_accepted", set()),
    ("can_withdraw_seat", "seat_given", {"administrator"}),
    ("can_withdraw_seat", "seat_received", set()),
    ("can_cancel_registration", "registration", {"member"} | SECRETARIAT),
    ("can_see_input", "submitted_input", MEMBERS | SECRETARIAT),
    ("can_see_input", "published_input", set(PERSONAS)),
]

PERMISSIONS = [
    ("consultations.register_for_event", "organisation", MEMBERS | {"superuser"}),
    ("consultations.send_input", "organisation", MEMBERS | {"superuser"}),
    ("consultations.share_seat", "organisation", {"administrator", "superuser"}),
    ("consultations.answer_seat", "seat_received", {"administrator", "superuser"}),
    ("consultations.withdraw_seat", "seat_given", {"administrator", "superuser"}),
    ("consultations.cancel_registration", "registration", {"member"} | SECRETARIAT),
    ("consultations.see_input", "submitted_input", MEMBERS | SECRETARIAT),
    ("consultations.view_every_event", "", SECRETARIAT),
    ("consultations.view_every_input", "", SECRETARIAT),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("rule", "target", "holds_for"), RULES, ids=lambda v: str(v)[:40])
def test_each_rule_for_each_persona(personas, world, rule, target, holds_for, persona):
    answer = getattr(rules, rule)(personas[persona], world[target])

    assert bool(answer) == (persona in holds_for)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "target", "holds_for"), PERMISSIONS, ids=lambda v: str(v)[:40])
def test_each_permission_for_each_persona(personas, world, name, target, holds_for, persona):
    targets = (world[target],) if target else ()

    assert personas[persona].has_perm(name, *targets) == (persona in holds_for)


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_inputs_listed_are_those_the_rule_shows(personas, world, persona):
    person = personas[persona]
    inputs = [world["submitted_input"], world["published_input"]]

    assert set(Input.objects.visible_to(person)) == {
        written for written in inputs if rules.can_see_input(person, written)
    }
