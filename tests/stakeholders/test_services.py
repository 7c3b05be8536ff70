"""The registry's rules, called directly as views, admin actions and tasks call them."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from common.models import AuditRecord
from stakeholders import services
from stakeholders.matching import names_are_similar, same_acronym
from stakeholders.models import Membership, Organisation
from stakeholders.rules import is_administrator_of, is_member_of
from tests.factories import OrganisationFactory, UserFactory, administrator_of, coordinator_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("persona", ["administrator", "member", "outsider"], indirect=True)
def test_only_the_secretariat_verifies(organisation, persona):
    organisation.verification = "pending"
    organisation.save()

    with pytest.raises(PermissionDenied):
        services.verify_organisation(organisation=organisation, by=persona)
    with pytest.raises(PermissionDenied):
        services.reject_organisation(organisation=organisation, by=persona, reason="No.")

    organisation.refresh_from_db()
    assert organisation.verification == "pending"
    assert not AuditRecord.objects.exists()


def test_coordinators_are_not_the_secretariat(organisation):
    with pytest.raises(PermissionDenied):
        services.verify_organisation(organisation=organisation, by=coordinator_user())


def test_a_decision_is_made_once(organisation, secretariat):
    assert services.verify_organisation(organisation=organisation, by=secretariat) is False
    assert services.reject_organisation(organisation=organisation, by=secretariat, reason="x")
    assert services.verify_organisation(organisation=organisation, by=secretariat)
    assert [r.action for r in AuditRecord.objects.for_object(organisation)] == [
        "verified",
        "rejected",
    ]


def test_rejecting_without_a_reason_is_refused(organisation, secretariat):
    with pytest.raises(ValidationError):
        services.reject_organisation(organisation=organisation, by=secretariat, reason="  ")


def test_no_e_mail_leaves_when_the_decision_is_rolled_back(
    organisation, administrator, secretariat
):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        services.reject_organisation(organisation=organisation, by=secretariat, reason="x")
        raise RuntimeError

    organisation.refresh_from_db()
    assert organisation.verification == "verified"
    assert len(mail.outbox) == 0


def test_register_organisation_keeps_only_the_fields_people_may_set(outsider):
    organisation = services.register_organisation(
        by=outsider,
        data={
            "name": "  Gulf Network  ",
            "group": "migrants",
            "country": "QA",
            "description_fr": "Un réseau.",
            "verification": "verified",
        },
        language="en",
    )

    assert organisation.name == "Gulf Network"
    assert organisation.verification == "pending"
    assert organisation.original_language == "fr"  # the only language written
    assert is_administrator_of(outsider, organisation)


@pytest.mark.parametrize(
    ("persona", "is_member", "is_administrator"),
    [
        ("administrator", True, True),
        ("member", True, False),
        ("outsider", False, False),
        ("other_administrator", False, False),
    ],
    indirect=["persona"],
)
def test_role_predicates(organisation, persona, is_member, is_administrator):
    assert is_member_of(persona, organisation) is is_member
    assert is_administrator_of(persona, organisation) is is_administrator
    assert persona.has_perm("stakeholders.manage_organisation", organisation) is is_administrator


def test_requests_and_declined_people_are_not_members(organisation):
    asking = UserFactory()
    Membership.objects.create(user=asking, organisation=organisation, role="administrator")

    assert not is_member_of(asking, organisation)
    assert not is_administrator_of(asking, organisation)
    assert list(Organisation.objects.administered_by(asking)) == []
    assert list(Organisation.objects.with_member(asking)) == []


def test_querysets_for_other_apps(organisation, administrator, member):
    pending = OrganisationFactory(verification="pending")
    administrator_of(pending, user=member)

    assert list(Organisation.objects.verified()) == [organisation]
    assert set(Organisation.objects.with_member(member)) == {organisation, pending}
    assert list(Organisation.objects.administered_by(member)) == [pending]
    assert list(Organisation.objects.administered_by(administrator)) == [organisation]


@pytest.mark.parametrize(
    ("first", "second", "similar"),
    [
        ("Migrant Forum in Asia", "Migrant Forum in Asia", True),
        ("Migrant Forum in Asia", "migrant forum asia", True),
        ("Migrant Forum", "Migrant Forum in Asia", True),
        ("Association for Migrant Workers", "Asociation for Migrant Workers", True),
        ("Réseau des migrants", "Reseau des Migrants", True),
        ("منتدى المهاجرين", "مُنتدى المهاجرين", True),
        ("Solidarity Center", "Migrant Forum in Asia", False),
        ("Legal Aid", "Legal Aid Network for Migrant Workers", False),
        ("", "Anything", False),
    ],
)
def test_similar_names(first, second, similar):
    assert names_are_similar(first, second) is similar
    assert names_are_similar(second, first) is similar


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [("MFA", "mfa", True), ("UN-ESCWA", "UN ESCWA", True), ("", "", False), ("ILO", "IOM", False)],
)
def test_same_acronym(first, second, same):
    assert same_acronym(first, second) is same
