"""Personas and organisations for the consultation tests."""

import pytest

from tests.factories import (
    EventFactory,
    OrganisationFactory,
    UserFactory,
    member_of,
    secretariat_user,
)


@pytest.fixture
def organisation(db):
    """Verified, not accredited."""
    return OrganisationFactory()


@pytest.fixture
def accredited(db):
    return OrganisationFactory(name="Accredited Alliance", ecosoc_status="special")


@pytest.fixture
def migrant_led(db):
    """Verified, migrant-led, without accreditation: may receive a shared seat."""
    return OrganisationFactory(name="Migrant Domestic Workers Union", migrant_led=True)


@pytest.fixture
def event(db):
    return EventFactory()


@pytest.fixture
def persona(db, organisation):
    """Build one person per role: anonymous, outsider (no organisation), member of an
    organisation the secretariat has not verified, member of a verified one, secretariat."""

    def build(role):
        if role == "anonymous":
            return None
        if role == "outsider":
            return UserFactory()
        if role == "member_of_unverified":
            return member_of(OrganisationFactory(verification="pending"))
        if role == "member":
            return member_of(organisation)
        if role == "secretariat":
            return secretariat_user()
        raise ValueError(role)

    return build
