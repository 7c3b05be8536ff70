"""Personas for the registry's tests: an organisation, its administrator and member, an
outsider, and the administrator of another organisation."""

import pytest

from tests.factories import OrganisationFactory, UserFactory, administrator_of, member_of
from tests.uploads import TINY_PDF

PDF = TINY_PDF  # a real one: the upload fields open what they are given


@pytest.fixture
def organisation(db):
    return OrganisationFactory(
        name="Migrant Workers Network",
        acronym="MWN",
        slug="migrant-workers-network",
        country="LB",
        city="Beirut",
    )


@pytest.fixture
def administrator(organisation):
    return administrator_of(organisation, user__email="mwn-admin@example.org")


@pytest.fixture
def member(organisation):
    return member_of(organisation, user__email="mwn-member@example.org")


@pytest.fixture
def outsider(db):
    return UserFactory(email="outsider@example.org")


@pytest.fixture
def other_administrator(db):
    return administrator_of(OrganisationFactory(), user__email="other-admin@example.org")


@pytest.fixture
def persona(request):
    """Parametrize with indirect=True and a fixture name ("administrator", "member", …)."""
    return request.getfixturevalue(request.param)


def organisation_data(**overrides) -> dict:
    """What a person types into the organisation form."""
    data = {
        "name": "Association for Migrant Domestic Workers",
        "acronym": "AMDW",
        "group": "migrants",
        "country": "JO",
        "city": "Amman",
        "website": "https://amdw.example.org",
        "description_en": "Migrant domestic workers organising for their rights.",
        "description_ar": "",
        "description_fr": "",
        "migrant_led": "on",
        "women_led": "on",
        "ecosoc_status": "none",
        "imrf_accreditation": "not_requested",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
