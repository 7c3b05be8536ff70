"""Personas for the online consultations: nobody signed in, a person without an organisation, a
member of an organisation awaiting verification, a member of a verified organisation, the
secretariat."""

import pytest
from django.contrib.auth.models import AnonymousUser

from stakeholders.models import Verification
from tests.factories import OrganisationFactory, UserFactory, member_of, secretariat_user

ROLES = ["anonymous", "outsider", "pending_member", "member", "secretariat"]


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Arab Network for Migrant Workers", group="civil_society")


@pytest.fixture
def member(organisation):
    return member_of(organisation)


@pytest.fixture
def people(organisation, member):
    pending = OrganisationFactory(verification=Verification.PENDING)
    return {
        "anonymous": AnonymousUser(),
        "outsider": UserFactory(),
        "pending_member": member_of(pending),
        "member": member,
        "secretariat": secretariat_user(),
    }


@pytest.fixture
def as_role(client, people):
    """A client signed in as one of ROLES (or not signed in), and that person."""

    def sign_in(role):
        person = people[role]
        if role != "anonymous":
            client.force_login(person)
        return client, person

    return sign_in
