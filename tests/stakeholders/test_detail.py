"""An organisation's page /<lang>/organisations/<slug>/: public once verified; before, only its
members and the secretariat see it."""

import pytest

from tests.factories import OrganisationFactory, administrator_of, member_of

pytestmark = pytest.mark.django_db


def test_a_verified_organisation_is_public(client, organisation):
    response = client.get(f"/en/organisations/{organisation.slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Migrant Workers Network" in html and "MWN" in html
    assert "Works with migrant workers in the region." in html
    assert "Lebanon" in html and "Beirut" in html
    assert "Sign in" in html  # to ask to join


@pytest.mark.parametrize("state", ["pending", "rejected"])
@pytest.mark.parametrize("persona", [None, "outsider", "other_administrator"], indirect=False)
def test_an_unverified_organisation_is_hidden_from_outsiders(client, request, state, persona):
    organisation = OrganisationFactory(verification=state)
    if persona:
        client.force_login(request.getfixturevalue(persona))

    assert client.get(f"/en/organisations/{organisation.slug}/").status_code == 404


@pytest.mark.parametrize("who", ["member", "administrator", "secretariat"])
def test_members_and_the_secretariat_see_it_pending(client, secretariat, who):
    organisation = OrganisationFactory(verification="pending")
    person = {
        "member": lambda: member_of(organisation),
        "administrator": lambda: administrator_of(organisation),
        "secretariat": lambda: secretariat,
    }[who]()
    client.force_login(person)

    response = client.get(f"/fr/organisations/{organisation.slug}/")

    assert response.status_code == 200
    assert "En attente de vérification" in response.content.decode()


def test_a_rejected_organisation_shows_the_reason_and_offers_to_ask_again(client):
    organisation = OrganisationFactory(
        verification="rejected", verification_reason="The certificate is missing."
    )
    client.force_login(administrator_of(organisation))

    html = client.get(f"/en/organisations/{organisation.slug}/").content.decode()

    assert "The certificate is missing." in html
    assert f"/en/organisations/{organisation.slug}/resubmit/" in html


def test_the_description_falls_back_honestly_and_shows_working_translations(client):
    organisation = OrganisationFactory(
        description_en="Works in Amman.",
        description_fr="Travaille à Amman.",
        working_translations=["fr"],
    )

    arabic = client.get(f"/ar/organisations/{organisation.slug}/").content.decode()
    french = client.get(f"/fr/organisations/{organisation.slug}/").content.decode()

    assert '<div lang="en" dir="ltr"><p>Works in Amman.</p></div>' in arabic
    assert "Travaille à Amman." in french and "traduction non officielle" in french


def test_the_page_offers_what_the_person_can_do(
    client, organisation, administrator, member, outsider
):
    url = f"/en/organisations/{organisation.slug}/"

    client.force_login(administrator)
    html = client.get(url).content.decode()
    assert f"{url}edit/" in html and f"{url}members/" in html

    client.force_login(member)
    html = client.get(url).content.decode()
    assert f"{url}edit/" not in html and f"{url}leave/" in html

    client.force_login(outsider)
    html = client.get(url).content.decode()
    assert f'action="{url}join/"' in html and f"{url}edit/" not in html
