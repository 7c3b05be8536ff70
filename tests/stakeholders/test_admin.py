"""The secretariat in the admin: the queue of organisations awaiting verification, decisions
with reasons (one or many), recorded and e-mailed to the organisations' administrators in their
own language."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.core import mail

from common.models import AuditRecord
from stakeholders.models import Organisation
from tests.factories import OrganisationFactory, UserFactory, administrator_of
from tests.mfa import give_totp

pytestmark = pytest.mark.django_db
QUEUE = "/admin/stakeholders/organisationawaitingverification/"
ORGANISATIONS = "/admin/stakeholders/organisation/"


@pytest.fixture
def pending(db):
    organisation = OrganisationFactory(name="Pending Network", verification="pending")
    administrator_of(organisation, user__email="fr-admin@example.org", user__language="fr")
    administrator_of(organisation, user__email="ar-admin@example.org", user__language="ar")
    return organisation


def test_the_queue_lists_organisations_awaiting_verification_only(client, secretariat, pending):
    OrganisationFactory(name="Verified Network")
    OrganisationFactory(name="Rejected Network", verification="rejected")
    client.force_login(secretariat)

    response = client.get(QUEUE)

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [pending]


def test_the_organisation_list_filters_by_state_group_and_country(client, secretariat, pending):
    OrganisationFactory(name="Moroccan Union", country="MA", group="trade_unions")
    client.force_login(secretariat)

    def names(query):
        return [o.name for o in client.get(ORGANISATIONS + query).context["cl"].result_list]

    assert names("?verification__exact=pending") == ["Pending Network"]
    assert names("?group__exact=trade_unions") == ["Moroccan Union"]
    assert names("?country=MA") == ["Moroccan Union"]


def action(client, url, name, organisations, **extra):
    return client.post(
        url,
        {"action": name, ACTION_CHECKBOX_NAME: [o.pk for o in organisations], **extra},
    )


def test_verifying_asks_for_an_optional_note_then_decides_records_and_tells(
    client, secretariat, pending, django_capture_on_commit_callbacks
):
    client.force_login(secretariat)

    page = action(client, QUEUE, "verify_selected", [pending])
    assert page.status_code == 200
    assert "Pending Network" in page.content.decode()
    assert Organisation.objects.get(pk=pending.pk).verification == "pending"

    with django_capture_on_commit_callbacks(execute=True):
        response = action(client, QUEUE, "verify_selected", [pending], apply="1", reason="Welcome.")

    assert response.status_code == 302
    pending.refresh_from_db()
    assert (pending.verification, pending.verification_reason) == ("verified", "Welcome.")
    record = AuditRecord.objects.for_object(pending).get()
    assert (record.actor, record.from_state, record.to_state, record.reason) == (
        secretariat,
        "pending",
        "verified",
        "Welcome.",
    )
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"fr-admin@example.org", "ar-admin@example.org"}
    french, arabic = by_address["fr-admin@example.org"], by_address["ar-admin@example.org"]
    assert "Pending Network est vérifiée" in french.subject
    assert "/fr/organisations/" in french.body and "Welcome." in french.body
    assert "تم التحقق من Pending Network" in arabic.subject
    assert "/ar/organisations/" in arabic.body
    assert french.extra_headers["Content-Language"] == "fr"


def test_rejecting_needs_a_reason(client, secretariat, pending, django_capture_on_commit_callbacks):
    client.force_login(secretariat)

    with django_capture_on_commit_callbacks(execute=True):
        response = action(client, QUEUE, "reject_selected", [pending], apply="1", reason=" ")

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    pending.refresh_from_db()
    assert pending.verification == "pending"
    assert len(mail.outbox) == 0


def test_rejecting_in_bulk_tells_every_organisation_why(
    client, secretariat, pending, django_capture_on_commit_callbacks
):
    other = OrganisationFactory(name="Other Pending", verification="pending")
    administrator_of(other, user__email="other@example.org")
    client.force_login(secretariat)

    with django_capture_on_commit_callbacks(execute=True):
        action(
            client,
            QUEUE,
            "reject_selected",
            [pending, other],
            apply="1",
            reason="The certificate is missing.",
        )

    assert set(Organisation.objects.values_list("verification", flat=True)) == {"rejected"}
    assert len(mail.outbox) == 3
    assert all("The certificate is missing." in message.body for message in mail.outbox)
    english = next(m for m in mail.outbox if m.to == ["other@example.org"])
    assert english.subject.endswith("Other Pending was not verified")


def test_a_decision_from_the_change_page(client, secretariat, pending):
    client.force_login(secretariat)
    change = client.get(f"{ORGANISATIONS}{pending.pk}/change/").content.decode()
    assert f"{ORGANISATIONS}{pending.pk}/decision/verify/" in change

    response = client.post(
        f"{ORGANISATIONS}{pending.pk}/decision/reject/", {"reason": "Not known."}
    )

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.verification == "rejected"
    history = client.get(f"{ORGANISATIONS}{pending.pk}/change/").content.decode()
    assert "Not known." in history and secretariat.email in history


def test_verification_is_not_a_field_of_the_admin_form(client, secretariat, pending):
    client.force_login(secretariat)
    url = f"{ORGANISATIONS}{pending.pk}/change/"
    form = client.get(url).context["adminform"].form

    assert "verification" not in form.fields
    assert "description_ar" in form.fields


def test_a_staff_member_outside_the_secretariat_cannot_decide(client, pending):
    staff = give_totp(UserFactory(is_staff=True))
    staff.user_permissions.set(
        Permission.objects.filter(codename__in=["view_organisation", "change_organisation"])
    )
    client.force_login(staff)

    assert client.get(f"{ORGANISATIONS}{pending.pk}/decision/verify/").status_code == 403
    response = action(client, ORGANISATIONS, "verify_selected", [pending], apply="1")
    assert response.status_code in (200, 302)
    pending.refresh_from_db()
    assert pending.verification == "pending"


@pytest.mark.parametrize("persona", ["member", "outsider", "administrator"], indirect=True)
def test_stakeholders_do_not_reach_the_admin(client, pending, persona):
    client.force_login(persona)

    response = client.post(f"{ORGANISATIONS}{pending.pk}/decision/verify/", {}, follow=True)

    assert (
        response.status_code in (403, 404) or "/accounts/login/" in response.redirect_chain[-1][0]
    )
    pending.refresh_from_db()
    assert pending.verification == "pending"


def test_the_secretariat_can_add_a_un_entity_which_waits_for_a_decision(client, secretariat):
    client.force_login(secretariat)

    response = client.get(f"{ORGANISATIONS}add/")

    assert response.status_code == 200
    assert "verification" not in response.context["adminform"].form.fields
