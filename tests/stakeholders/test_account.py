"""A person's page /<lang>/me/ and profile: created at sign-up in the page's language, lazily for
older accounts; gender never public."""

import re

import pytest
from django.core import mail
from django.test import Client

from stakeholders.models import Membership, Profile
from tests.factories import PASSWORD, OrganisationFactory, UserFactory, administrator_of

pytestmark = pytest.mark.django_db


def test_it_requires_login(client):
    for url in ("/en/me/", "/en/me/profile/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")


def test_sign_up_creates_a_profile_in_the_language_of_the_page_and_leads_to_next_steps(
    django_capture_on_commit_callbacks,
):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/ar/accounts/signup/",
            {"email": "amal@example.org", "password1": PASSWORD, "password2": PASSWORD},
        )

    profile = Profile.objects.get(user__email="amal@example.org")
    assert profile.preferred_language == "ar"

    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    response = client.post(path)
    assert response["Location"] == "/ar/me/"
    page = client.get("/ar/me/").content.decode()
    assert "/ar/organisations/register/" in page and "/ar/organisations/join/" in page


def test_an_older_account_gets_a_profile_when_it_opens_its_page(client):
    person = UserFactory()
    Profile.objects.filter(user=person).delete()
    client.force_login(person)

    assert client.get("/fr/me/").status_code == 200
    assert Profile.objects.get(user=person).preferred_language == "fr"


def test_the_page_lists_organisations_requests_and_next_steps(client):
    person = UserFactory(email="leila@example.org")
    verified = OrganisationFactory(name="Verified Network")
    pending = OrganisationFactory(name="Pending Network", verification="pending")
    asked = OrganisationFactory(name="Asked Network")
    administrator_of(verified, user=person)
    administrator_of(pending, user=person)
    Membership.objects.create(user=person, organisation=asked)
    asking = UserFactory(email="asking@example.org")
    asking.profile.full_name = "Omar Asking"
    asking.profile.save()
    Membership.objects.create(user=asking, organisation=verified)
    client.force_login(person)

    response = client.get("/en/me/")

    html = response.content.decode()
    assert [m.organisation.name for m in response.context["memberships"]] == [
        "Pending Network",
        "Verified Network",
    ]
    assert "Awaiting verification" in html and "Verified" in html
    assert [m.organisation for m in response.context["asked"]] == [asked]
    assert "Omar Asking asks to join Verified Network." in html
    assert f"/en/organisations/{verified.slug}/members/" in html


def test_the_secretariat_finds_the_verification_queue(client, secretariat):
    client.force_login(secretariat)

    html = client.get("/en/me/").content.decode()

    assert "/admin/stakeholders/organisationawaitingverification/" in html


def test_a_person_edits_the_profile(client, stakeholder):
    client.force_login(stakeholder)

    response = client.post(
        "/fr/me/profile/",
        {
            "full_name": "Nadia Benali",
            "title": "Chargée de programme",
            "preferred_language": "fr",
            "country": "TN",
            "gender": "woman",
        },
    )

    assert response["Location"] == "/fr/me/"
    profile = Profile.objects.get(user=stakeholder)
    assert (profile.full_name, profile.country.code, profile.gender) == (
        "Nadia Benali",
        "TN",
        "woman",
    )
    page = client.get("/fr/me/").content.decode()
    assert "Tunisie" in page and "Nadia Benali" in page


def test_bad_profile_input_is_explained_and_kept(client, stakeholder):
    client.force_login(stakeholder)

    response = client.post(
        "/ar/me/profile/",
        {"full_name": "", "title": "منسقة", "preferred_language": "xx", "country": "ZZ"},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "هذا الحقل مطلوب" in html  # "This field is required"
    assert 'value="منسقة"' in html
    assert set(response.context["form"].errors) == {"full_name", "preferred_language", "country"}


def test_gender_is_never_public(client, organisation, member):
    member.profile.gender = "woman"
    member.profile.save()

    for url in ("/en/organisations/", f"/en/organisations/{organisation.slug}/"):
        html = client.get(url).content.decode()
        assert "Woman" not in html and "gender" not in html.lower()
