"""Personas and pledges for the pledge tests: a verified organisation with an administrator
(Arabic-speaking) and a member, an outsider, the secretariat."""

import pytest
from django.utils import translation

from tests.factories import (
    OrganisationFactory,
    PledgeFactory,
    UserFactory,
    administrator_of,
    member_of,
    secretariat_user,
)


@pytest.fixture(autouse=True)
def _reference_data(reference):
    """Every pledge test runs with the GCM objectives and round tables loaded, and starts in
    English whatever language an earlier test's request left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def organisation(reference):
    return OrganisationFactory(name="Tadamon Network", acronym="TDN")


@pytest.fixture
def member(organisation):
    return member_of(organisation)


@pytest.fixture
def org_admin(organisation):
    return administrator_of(organisation, user__language="ar")


@pytest.fixture
def outsider(db):
    return UserFactory()


@pytest.fixture
def moderator(db):
    return secretariat_user()


@pytest.fixture
def draft(organisation):
    return PledgeFactory(organisation=organisation)


@pytest.fixture
def submitted(organisation):
    return PledgeFactory(organisation=organisation, state="submitted")


@pytest.fixture
def published(organisation):
    return PledgeFactory(organisation=organisation, state="published")


PERSONAS = ["anonymous", "outsider", "member", "org_admin", "moderator"]


@pytest.fixture
def persona(request, client, outsider, member, org_admin, moderator):
    """Signs the client in as the persona named by the test's `persona` parameter."""
    name = request.param
    user = {"outsider": outsider, "member": member, "org_admin": org_admin}.get(name)
    user = moderator if name == "moderator" else user
    if user is not None:
        client.force_login(user)
    return name
