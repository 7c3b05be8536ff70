"""Editing an organisation's record: its administrators only; every change kept; verification
never set from the form."""

import pytest
from django.core import mail

from common.models import AuditRecord
from stakeholders.models import Organisation

from .conftest import organisation_data

pytestmark = pytest.mark.django_db


def edit_url(organisation) -> str:
    return f"/en/organisations/{organisation.slug}/edit/"


def test_it_requires_login(client, organisation):
    response = client.get(edit_url(organisation))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    "persona", ["member", "outsider", "other_administrator", "secretariat"], indirect=True
)
def test_it_checks_ownership(client, organisation, persona):
    client.force_login(persona)

    assert client.get(edit_url(organisation)).status_code == 404
    assert client.post(edit_url(organisation), organisation_data()).status_code == 404
    organisation.refresh_from_db()
    assert organisation.name == "Migrant Workers Network"


def test_the_form_shows_the_record(client, organisation, administrator):
    client.force_login(administrator)

    html = client.get(edit_url(organisation)).content.decode()

    assert 'value="Migrant Workers Network"' in html
    assert 'lang="ar" dir="rtl"' in html  # the Arabic description is typed right to left


def test_an_administrator_changes_the_record_and_the_change_is_kept(
    client, organisation, administrator
):
    client.force_login(administrator)

    response = client.post(
        edit_url(organisation),
        organisation_data(
            name="Migrant Workers Network",
            acronym="MWN",
            country="LB",
            city="Tripoli",
            description_en="Works with migrant workers in the region.",
            description_fr="Travaille avec les travailleurs migrants.",
        ),
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.city == "Tripoli"
    assert organisation.description_fr == "Travaille avec les travailleurs migrants."
    assert organisation.slug == "migrant-workers-network"  # links keep working
    record = AuditRecord.objects.for_object(organisation).get(action="updated")
    assert record.actor == administrator
    assert record.changes["city"] == ["Beirut", "Tripoli"]
    assert "name" not in record.changes
    assert "migrant_led" not in record.changes  # the secretariat confirms it first (issue #15)


def test_editing_never_changes_verification(client, administrator, organisation):
    organisation.verification = "pending"
    organisation.save()
    client.force_login(administrator)

    client.post(edit_url(organisation), organisation_data(verification="verified"))

    organisation.refresh_from_db()
    assert organisation.verification == "pending"
    assert organisation.name == "Association for Migrant Domestic Workers"


def test_bad_input_keeps_what_was_typed(client, organisation, administrator):
    client.force_login(administrator)

    response = client.post(
        f"/fr/organisations/{organisation.slug}/edit/",
        organisation_data(name="", city="Saïda", website="pas une adresse"),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Ce champ est obligatoire." in html
    assert "Saisissez une URL valide." in html
    assert 'value="Saïda"' in html
    organisation.refresh_from_db()
    assert organisation.city == "Beirut"


def test_a_rejected_organisation_asks_for_verification_again(
    client, organisation, administrator, secretariat, django_capture_on_commit_callbacks
):
    Organisation.objects.filter(pk=organisation.pk).update(verification="rejected")
    client.force_login(administrator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/organisations/{organisation.slug}/resubmit/")

    organisation.refresh_from_db()
    assert organisation.verification == "pending"
    assert [m.to for m in mail.outbox] == [[secretariat.email]]
    assert "To verify again" in mail.outbox[0].subject
    assert AuditRecord.objects.for_object(organisation).get().action == "resubmitted"


@pytest.mark.parametrize("state", ["pending", "verified"])
def test_asking_again_changes_nothing_unless_rejected(client, organisation, administrator, state):
    Organisation.objects.filter(pk=organisation.pk).update(verification=state)
    client.force_login(administrator)

    client.post(f"/en/organisations/{organisation.slug}/resubmit/")

    organisation.refresh_from_db()
    assert organisation.verification == state


@pytest.mark.parametrize("persona", ["member", "outsider"], indirect=True)
def test_only_administrators_ask_again(client, organisation, persona):
    Organisation.objects.filter(pk=organisation.pk).update(verification="rejected")
    client.force_login(persona)

    response = client.post(f"/en/organisations/{organisation.slug}/resubmit/")

    assert response.status_code == 404
    organisation.refresh_from_db()
    assert organisation.verification == "rejected"
