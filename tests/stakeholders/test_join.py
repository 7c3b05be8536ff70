"""Asking to join an organisation; its administrators approve or decline, by e-mail in each
person's language."""

import pytest
from django.core import mail

from common.models import AuditRecord
from stakeholders.models import Membership
from tests.factories import OrganisationFactory, UserFactory, administrator_of

pytestmark = pytest.mark.django_db


def test_the_search_requires_login(client):
    assert client.get("/en/organisations/join/?q=net").status_code == 302


def test_the_search_finds_verified_and_pending_organisations_but_not_rejected(client, outsider):
    OrganisationFactory(name="Amman Network", slug="amman")
    OrganisationFactory(name="Amman Pending Network", slug="amman-pending", verification="pending")
    OrganisationFactory(name="Amman Rejected Network", verification="rejected")
    client.force_login(outsider)

    response = client.get("/en/organisations/join/?q=amman")

    assert [o.name for o, _m in response.context["results"]] == [
        "Amman Network",
        "Amman Pending Network",
    ]
    html = response.content.decode()
    assert 'action="/en/organisations/amman/join/"' in html
    assert 'action="/en/organisations/amman-pending/join/"' in html


def test_the_search_survives_odd_input(client, outsider):
    client.force_login(outsider)

    for text in ("\x00", "%", "' OR 1=1 --", "a" * 5000):
        assert client.get("/en/organisations/join/", {"q": text}).status_code == 200


def test_asking_to_join_tells_the_administrators_in_their_language(
    client, organisation, outsider, django_capture_on_commit_callbacks
):
    administrator_of(organisation, user__email="ar@mwn.example", user__language="ar")
    administrator_of(organisation, user__email="fr@mwn.example", user__language="fr")
    outsider.profile.full_name = "Amal Haddad"
    outsider.profile.save()
    client.force_login(outsider)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/organisations/{organisation.slug}/join/")

    assert response["Location"] == "/en/me/"
    membership = Membership.objects.get(user=outsider)
    assert (membership.state, membership.role) == ("requested", "member")
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"ar@mwn.example", "fr@mwn.example"}
    assert "Amal Haddad" in by_address["ar@mwn.example"].subject
    assert "يطلب الانضمام" in by_address["ar@mwn.example"].subject
    assert "demande à rejoindre" in by_address["fr@mwn.example"].subject
    assert f"/fr/organisations/{organisation.slug}/members/" in by_address["fr@mwn.example"].body
    assert AuditRecord.objects.for_object(membership).get().action == "membership_requested"


def test_asking_twice_sends_one_request(client, organisation, administrator, outsider):
    client.force_login(outsider)

    client.post(f"/en/organisations/{organisation.slug}/join/")
    client.post(f"/en/organisations/{organisation.slug}/join/")

    assert Membership.objects.filter(user=outsider).count() == 1


def test_a_member_cannot_ask_again(client, organisation, member):
    client.force_login(member)

    response = client.post(f"/en/organisations/{organisation.slug}/join/", follow=True)

    assert "You are already a member of Migrant Workers Network." in response.content.decode()


def test_a_rejected_organisation_cannot_be_joined(client, outsider):
    rejected = OrganisationFactory(verification="rejected")
    client.force_login(outsider)

    assert client.post(f"/en/organisations/{rejected.slug}/join/").status_code == 404


def test_joining_needs_a_post(client, organisation, outsider):
    client.force_login(outsider)

    assert client.get(f"/en/organisations/{organisation.slug}/join/").status_code == 405


@pytest.fixture
def join_request(organisation):
    person = UserFactory(email="asker@example.org", language="fr")
    return Membership.objects.create(user=person, organisation=organisation)


@pytest.mark.parametrize("decision", ["approve", "decline"])
@pytest.mark.parametrize("persona", ["member", "outsider", "other_administrator"], indirect=True)
def test_only_its_administrators_answer_a_request(client, join_request, persona, decision):
    client.force_login(persona)

    url = (
        f"/en/organisations/{join_request.organisation.slug}/members/{join_request.pk}/{decision}/"
    )
    response = client.post(url)

    assert response.status_code == 404
    join_request.refresh_from_db()
    assert join_request.state == "requested"


@pytest.mark.parametrize(
    ("decision", "state", "subject"),
    [
        ("approve", "active", "Vous êtes désormais membre de Migrant Workers Network"),
        ("decline", "declined", "Votre demande d’adhésion à Migrant Workers Network"),
    ],
)
def test_an_administrator_answers_and_the_person_is_told(
    client,
    join_request,
    administrator,
    decision,
    state,
    subject,
    django_capture_on_commit_callbacks,
):
    client.force_login(administrator)
    slug = join_request.organisation.slug

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/organisations/{slug}/members/{join_request.pk}/{decision}/")

    assert response["Location"] == f"/en/organisations/{slug}/members/"
    join_request.refresh_from_db()
    assert (join_request.state, join_request.decided_by) == (state, administrator)
    assert [message.to for message in mail.outbox] == [["asker@example.org"]]
    assert subject in mail.outbox[0].subject
    record = AuditRecord.objects.for_object(join_request).get()
    assert (record.from_state, record.to_state, record.actor) == ("requested", state, administrator)


def test_a_request_is_answered_once(client, join_request, administrator):
    client.force_login(administrator)
    slug = join_request.organisation.slug
    client.post(f"/en/organisations/{slug}/members/{join_request.pk}/approve/")

    response = client.post(
        f"/en/organisations/{slug}/members/{join_request.pk}/decline/", follow=True
    )

    join_request.refresh_from_db()
    assert join_request.state == "active"
    assert "This request has already been answered." in response.content.decode()


def test_a_declined_person_may_ask_again(client, join_request):
    join_request.state = "declined"
    join_request.save()
    client.force_login(join_request.user)

    client.post(f"/en/organisations/{join_request.organisation.slug}/join/")

    join_request.refresh_from_db()
    assert join_request.state == "requested"
