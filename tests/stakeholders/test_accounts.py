"""Accounts with django-allauth: sign up, mandatory e-mail verification, sign in, reset."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_up(client, language="en", email="amal@example.org", password=PASSWORD):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": password, "password2": password},
    )


def link_in(message) -> str:
    return re.search(r"https?://[^\s]+", message.body).group(0)


def test_sign_up_sends_a_verification_link_that_signs_you_in(django_capture_on_commit_callbacks):
    from django.test import Client

    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amal@example.org"]
    assert not EmailAddress.objects.get(email="amal@example.org").verified

    confirm_url = link_in(mail.outbox[0])
    path = confirm_url.split("://", 1)[1].split("/", 1)[1]
    page = client.get(f"/{path}")
    assert page.status_code == 200
    response = client.post(f"/{path}")

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="amal@example.org").verified
    assert client.get("/en/").context["user"].is_authenticated


def test_an_unverified_address_cannot_sign_in(client):
    UserFactory(email="new@example.org", verified=False)

    response = client.post(
        "/en/accounts/login/", {"login": "new@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not client.get("/en/").context["user"].is_authenticated


def test_a_verified_person_signs_in_and_out(client):
    UserFactory(email="known@example.org")

    response = client.post(
        "/en/accounts/login/", {"login": "known@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/en/").context["user"].is_authenticated

    client.post("/en/accounts/logout/")
    assert not client.get("/en/").context["user"].is_authenticated


def test_the_verification_email_is_in_the_language_of_the_page(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, language="fr", email="fatou@example.org")

    assert len(mail.outbox) == 1
    assert "Confirmez" in mail.outbox[0].subject or "confirm" in mail.outbox[0].body.lower()
    assert "/fr/accounts/confirm-email/" in mail.outbox[0].body


def test_bad_sign_up_says_why_in_the_language_of_the_page_and_keeps_the_email(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/ar/accounts/signup/",
            {"email": "amal@example.org", "password1": "short", "password2": "short"},
        )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="amal@example.org"' in html
    assert "كلمة المرور هذه قصيرة" in html  # "This password is too short"
    assert len(mail.outbox) == 0


def test_password_reset_sends_a_link(client, django_capture_on_commit_callbacks):
    UserFactory(email="forgot@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": "forgot@example.org"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body


def test_the_admin_signs_in_through_the_portal_login(client):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0] == "/en/accounts/login/?next=%2Fadmin%2F"
    assert response.status_code == 200


def test_the_secretariat_reaches_the_admin_and_a_stakeholder_does_not(
    client, secretariat, stakeholder
):
    client.force_login(secretariat)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/gcm/objective/").status_code == 200

    client.force_login(stakeholder)
    assert client.get("/admin/", follow=True).status_code == 403
