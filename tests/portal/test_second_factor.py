"""The secretariat, coordinators and superusers need a second factor (allauth's TOTP)."""

import pytest

from tests.factories import PASSWORD, UserFactory, coordinator_user, secretariat_user
from tests.mfa import current_code, give_totp

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("reference")]


@pytest.fixture(autouse=True)
def _require_mfa(settings):
    settings.PORTAL_REQUIRE_MFA = True


@pytest.mark.parametrize(
    "make",
    [
        lambda: secretariat_user(totp=False),
        lambda: coordinator_user(totp=False),
        lambda: UserFactory(is_staff=True, is_superuser=True),
    ],
    ids=["secretariat", "coordinator", "superuser"],
)
def test_without_a_second_factor_they_are_sent_to_set_one_up(client, make):
    client.force_login(make())

    for path in ("/en/", "/admin/", "/en/reports/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    # Setting it up is open to them (allauth first asks for the password again).
    setup = client.get("/en/accounts/2fa/totp/activate/", follow=True)
    assert setup.status_code == 200
    assert setup.redirect_chain[-1][0].startswith("/en/accounts/reauthenticate/")


def test_a_stakeholder_needs_no_second_factor(client, stakeholder):
    client.force_login(stakeholder)

    assert client.get("/en/").status_code == 200


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
