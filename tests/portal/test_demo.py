"""`load_demo`: idempotent, and every demo account listed in the README can sign in."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from demo import loader
from gcm.models import Objective
from stakeholders.models import User

README = Path(__file__).resolve().parents[2] / "README.md"
ACCOUNTS = loader.read("accounts")["accounts"]


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_content():
    call_command("load_demo", stdout=StringIO())
    counts = (User.objects.count(), Objective.objects.count())
    call_command("load_demo", stdout=StringIO())

    assert (User.objects.count(), Objective.objects.count()) == counts
    assert counts == (len(ACCOUNTS), 23)


@pytest.mark.django_db
@pytest.mark.parametrize(("email", "password"), [(a["email"], a["password"]) for a in ACCOUNTS])
def test_each_demo_account_signs_in_with_the_password_in_the_readme(
    client, settings, email, password
):
    settings.PORTAL_REQUIRE_MFA = False  # as in the local demo, where debug is on
    call_command("load_demo", stdout=StringIO())
    readme = README.read_text()
    assert email in readme and password in readme

    response = client.post("/en/accounts/login/", {"login": email, "password": password})

    assert response.status_code == 302
    assert client.get("/en/").context["user"].email == email


@pytest.mark.django_db
def test_outside_the_demo_staff_roles_are_asked_for_a_second_factor(client, settings):
    settings.PORTAL_REQUIRE_MFA = True
    call_command("load_demo", stdout=StringIO())

    client.post(
        "/en/accounts/login/",
        {"login": "secretariat@imrf-portal.example", "password": "demo-secretariat-2022"},
    )

    assert client.get("/en/")["Location"] == "/en/accounts/2fa/totp/activate/"


@pytest.mark.django_db
def test_demo_roles(client):
    call_command("load_demo", stdout=StringIO())

    from stakeholders.rules import is_coordinator, is_secretariat

    assert is_secretariat(User.objects.get(email="secretariat@imrf-portal.example"))
    assert is_coordinator(User.objects.get(email="coordinator@imrf-portal.example"))
    assert not is_secretariat(User.objects.get(email="member@imrf-portal.example"))
