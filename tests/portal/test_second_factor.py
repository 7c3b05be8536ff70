"""Whoever can reach the admin or the reports needs a second factor (allauth's TOTP): staff,
anyone holding a permission, coordinators, the secretariat and superusers."""

import pytest
from django.contrib.auth.models import Group, Permission

from tests.factories import (
    PASSWORD,
    OrganisationFactory,
    UserFactory,
    administrator_of,
    coordinator_user,
    secretariat_user,
)
from tests.mfa import current_code, give_totp

SETUP = "/en/accounts/2fa/totp/activate/"
USER_LIST = "/admin/stakeholders/user/"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("reference")]


@pytest.fixture(autouse=True)
def _require_mfa(settings):
    settings.PORTAL_REQUIRE_MFA = True


def staff_with_one_permission(codename="view_user"):
    person = UserFactory(is_staff=True)
    person.user_permissions.add(Permission.objects.get(codename=codename))
    return person


def permission_through_a_group():
    group = Group.objects.create(name="translators")
    group.permissions.add(Permission.objects.get(codename="change_event"))
    return UserFactory(groups=[group.name])


@pytest.mark.parametrize(
    "make",
    [
        staff_with_one_permission,
        permission_through_a_group,
        lambda: coordinator_user(totp=False),
        lambda: secretariat_user(totp=False),
        lambda: UserFactory(is_staff=True, is_superuser=True),
    ],
    ids=[
        "staff-with-one-permission",
        "permission-through-a-group",
        "coordinator",
        "secretariat",
        "superuser",
    ],
)
def test_without_a_second_factor_they_are_sent_to_set_one_up(client, make):
    client.force_login(make())

    for path in ("/en/", "/admin/", USER_LIST, "/en/reports/", "/en/reports/request/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == SETUP, path
    # Setting it up is open to them (allauth first asks for the password again).
    setup = client.get(SETUP, follow=True)
    assert setup.status_code == 200
    assert setup.redirect_chain[-1][0].startswith("/en/accounts/reauthenticate/")


def test_only_the_pages_to_set_it_up_are_open_not_pages_that_contain_their_names(client):
    person = staff_with_one_permission()
    client.force_login(person)

    for path in (
        f"{USER_LIST}{person.pk}/accounts/change/",
        "/admin/stakeholders/organisation/1/static/decision/verify/",
        "/en/reports/accounts/",
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == SETUP, path
    assert client.get("/healthz").status_code == 200
    assert client.get("/en/accounts/email/").status_code == 200


def test_with_a_second_factor_staff_reach_what_their_permission_allows(client):
    client.force_login(give_totp(staff_with_one_permission()))

    assert client.get(USER_LIST).status_code == 200
    assert client.get("/admin/stakeholders/user/add/").status_code == 403


@pytest.mark.parametrize(
    "make",
    [UserFactory, lambda: administrator_of(OrganisationFactory())],
    ids=["stakeholder", "organisation-administrator"],
)
def test_stakeholders_need_no_second_factor(client, make):
    client.force_login(make())

    assert client.get("/en/").status_code == 200
    assert client.get("/en/reports/").status_code == 404
    admin = client.get("/admin/")
    assert admin.status_code == 302
    assert admin["Location"].startswith("/admin/login/")


def test_signing_in_asks_for_the_code_and_lets_the_secretariat_in(client):
    person = give_totp(secretariat_user(email="samira@un.example", totp=False))

    response = client.post("/en/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get("/admin/").status_code == 302  # not signed in yet

    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    right = client.post("/en/accounts/2fa/authenticate/", {"code": current_code()})

    assert right.status_code == 302
    assert client.get("/admin/").status_code == 200
