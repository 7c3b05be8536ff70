"""`load_demo`: organisations across every group and the Arab region, in every state, with the
demo accounts' memberships and profiles."""

import json
from io import StringIO

import pytest
from django.conf import settings

from demo import loader
from stakeholders.models import Membership, Organisation, Profile, StakeholderGroup, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    # This app's part of `load_demo` (tests/portal/test_demo.py runs the whole command).
    loader.load_accounts(StringIO())


def test_at_least_thirty_organisations_in_every_group_and_state(demo):
    organisations = Organisation.objects.all()

    assert organisations.count() >= 30
    assert set(organisations.values_list("group", flat=True)) == set(StakeholderGroup.values)
    assert set(organisations.values_list("verification", flat=True)) == {
        "pending",
        "verified",
        "rejected",
    }
    assert organisations.exclude(working_translations=[]).exists()


def test_arab_league_states_and_the_seed_organisations(demo):
    reference = json.loads(settings.REFERENCE_DATA_FILE.read_text())
    arab_states = {state["iso_alpha2"] for state in reference["arab_league_states"]}
    countries = set(Organisation.objects.values_list("country", flat=True))
    assert len(countries & arab_states) >= 15

    acronyms = set(Organisation.objects.filter(group="un_system").values_list("acronym", flat=True))
    names = set(Organisation.objects.filter(group="un_system").values_list("name", flat=True))
    assert {"IOM", "ILO", "OHCHR", "UNICEF", "UN ESCWA", "UNHCR", "UNODC"} <= acronyms
    assert "UN Women" in names
    for name in (
        "Migrant Forum in Asia",
        "Solidarity Center",
        "Fragomen",
        "International Federation of Red Cross and Red Crescent Societies",
        "Center for Migration and Refugee Studies, The American University in Cairo",
        "Hammurabi Human Rights Organization",
        "Migrant-Rights.org",
    ):
        assert Organisation.objects.filter(name=name, verification="verified").exists(), name


def test_the_demo_accounts_have_profiles_and_their_organisation(demo):
    assert Profile.objects.count() == User.objects.count()
    forum = Organisation.objects.get(slug="migrant-forum-in-asia")
    roles = dict(
        Membership.objects.active().filter(organisation=forum).values_list("user__email", "role")
    )
    assert roles == {
        "orgadmin@imrf-portal.example": "administrator",
        "member@imrf-portal.example": "member",
    }


def test_loading_twice_changes_nothing(demo):
    counts = (Organisation.objects.count(), Membership.objects.count(), Profile.objects.count())

    loader.load_accounts(StringIO())

    assert counts == (
        Organisation.objects.count(),
        Membership.objects.count(),
        Profile.objects.count(),
    )
