"""Acting as a stakeholder needs a verified e-mail address: a person signed in without one is
sent to their e-mail page, told why, and offered to have the link sent again."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

EMAIL_PAGE = "/en/accounts/email/"


@pytest.fixture
def unverified(db):
    return UserFactory(email="new@example.org", verified=False)


def test_registering_or_joining_an_organisation_sends_them_to_their_email_page(
    client, unverified, organisation
):
    client.force_login(unverified)

    answers = [
        client.get(reverse("stakeholders:organisation_register")),
        client.get(reverse("stakeholders:organisation_join")),
        client.post(reverse("stakeholders:membership_request", args=[organisation.slug])),
    ]

    assert [(a.status_code, a["Location"]) for a in answers] == [(302, EMAIL_PAGE)] * 3
    assert not organisation.memberships.filter(user=unverified).exists()


def test_the_email_page_says_why_and_offers_to_send_the_link_again(client, unverified):
    client.force_login(unverified)

    page = client.get(reverse("stakeholders:organisation_register"), follow=True)

    html = page.content.decode()
    assert page.redirect_chain == [(EMAIL_PAGE, 302)]
    assert "Please verify your e-mail address first" in html
    assert "new@example.org" in html
    assert 'name="action_send"' in html  # allauth's "Re-send verification" button


def test_once_verified_the_pages_open(client, unverified):
    EmailAddress.objects.filter(user=unverified).update(verified=True)
    client.force_login(unverified)

    assert client.get(reverse("stakeholders:organisation_register")).status_code == 200
    assert client.get(reverse("stakeholders:organisation_join")).status_code == 200


@pytest.mark.parametrize("name", ["pledges:pledge_create", "engagement:practice_create"])
def test_the_same_rule_where_one_acts_for_an_organisation(client, unverified, name):
    client.force_login(unverified)

    response = client.get(reverse(name))

    assert (response.status_code, response["Location"]) == (302, EMAIL_PAGE)


@pytest.mark.parametrize("name", ["stakeholders:my_account", "consultations:my_events"])
def test_their_own_pages_stay_open(client, unverified, name):
    client.force_login(unverified)

    assert client.get(reverse(name)).status_code == 200


def test_visitors_are_still_sent_to_sign_in(client):
    response = client.get(reverse("stakeholders:organisation_register"))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
