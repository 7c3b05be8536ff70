"""Accreditation and migrant leadership are the secretariat's to confirm (issue #15): once an
organisation is verified, its administrators' change to them waits in the secretariat's queue
with its evidence, and the confirmed values stay in force until the secretariat confirms."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from common.errors import NotAllowed
from common.models import AuditRecord
from consultations import services as consultations
from consultations.seats import may_receive_seat, seat_receivers
from stakeholders import services
from stakeholders.models import Organisation
from tests.factories import EventFactory, OrganisationFactory, UserFactory, member_of

from .conftest import PDF, organisation_data

pytestmark = pytest.mark.django_db
QUEUE = "/admin/stakeholders/accreditationclaimawaitingconfirmation/"


@pytest.fixture(autouse=True)
def _uploads_in_a_folder_of_their_own(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def edit_url(organisation) -> str:
    return f"/en/organisations/{organisation.slug}/edit/"


def letter() -> SimpleUploadedFile:
    return SimpleUploadedFile("ecosoc-letter.pdf", PDF, "application/pdf")


def claim_everything(client, organisation, administrator, **overrides):
    """The administrator says the organisation has ECOSOC status, IMRF accreditation and is
    migrant-led, with the letter attached."""
    client.force_login(administrator)
    data = organisation_data(
        name=organisation.name,
        group=organisation.group,
        country=organisation.country.code,
        ecosoc_status="special",
        imrf_accreditation="approved",
        migrant_led="on",
        accreditation_evidence=letter(),
        **overrides,
    )
    response = client.post(edit_url(organisation), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


@pytest.fixture
def claimed(client, organisation, administrator, django_capture_on_commit_callbacks):
    """A verified organisation, neither accredited nor migrant-led, whose administrator has
    claimed both; its administrator reads French."""
    administrator.profile.preferred_language = "fr"
    administrator.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        claim_everything(client, organisation, administrator)
    client.logout()
    organisation.refresh_from_db()
    return organisation


# --- The confirmed values stay in force -------------------------------------------------------


def test_a_claimed_accreditation_does_not_open_accredited_only_events(claimed):
    event = EventFactory(registration_accredited_only=True, seats_per_organisation=2)

    assert (claimed.ecosoc_status, claimed.imrf_accreditation) == ("none", "not_requested")
    assert not claimed.is_accredited
    with pytest.raises(NotAllowed, match="Only accredited organisations"):
        consultations.register_for_event(event=event, user=member_of(claimed), organisation=claimed)


def test_a_claimed_accreditation_shares_no_seat(claimed, administrator):
    event = EventFactory(registration_accredited_only=True, seats_per_organisation=2)
    receiver = OrganisationFactory(migrant_led=True)

    with pytest.raises(NotAllowed, match="Only accredited organisations may share"):
        consultations.share_seat(
            event=event, from_organisation=claimed, to_organisation=receiver, by=administrator
        )


def test_a_claimed_migrant_leadership_receives_no_seat(claimed):
    assert claimed.migrant_led is False
    assert not may_receive_seat(claimed)
    assert claimed not in seat_receivers()


def test_a_claimed_status_is_neither_shown_nor_found_in_the_directory(client, claimed):
    page = client.get(claimed.get_absolute_url()).content.decode()
    assert "Special consultative status" not in page
    assert "Migrant-led" not in client.get("/en/organisations/").content.decode()
    accredited = client.get("/en/organisations/?accreditation=accredited").content.decode()
    assert claimed.name not in accredited


# --- The claim waits for the secretariat, with its evidence ------------------------------------


def test_the_claim_holds_what_was_claimed_by_whom_with_the_letter(claimed, administrator):
    claim = claimed.accreditation_claims.get()

    assert claim.state == "pending"
    assert claim.claimed() == {
        "migrant_led": True,
        "ecosoc_status": "special",
        "imrf_accreditation": "approved",
    }
    assert claim.claimed_by == administrator
    assert claim.evidence.read() == PDF
    assert not claimed.accreditation_evidence  # the letter backs no confirmed status yet
    record = AuditRecord.objects.for_object(claimed).get(action="accreditation_claimed")
    assert record.actor == administrator
    assert record.changes["ecosoc_status"] == ["none", "special"]
    assert record.changes["migrant_led"] == [False, True]


def test_the_secretariat_is_told_of_the_claim(secretariat, claimed):
    message = next(m for m in mail.outbox if m.to == [secretariat.email])
    claim = claimed.accreditation_claims.get()

    assert message.subject.endswith("To confirm: accreditation of Migrant Workers Network")
    assert "Special consultative status (confirmed now: None)" in message.body
    assert f"{QUEUE}{claim.pk}/change/" in message.body


def test_the_claim_shows_in_the_secretariat_s_queue_with_its_evidence(client, claimed, secretariat):
    OrganisationFactory(name="Unchanged Union")
    claim = claimed.accreditation_claims.get()
    client.force_login(secretariat)

    queue = client.get(QUEUE)

    assert queue.status_code == 200
    assert list(queue.context["cl"].result_list) == [claim]
    html = queue.content.decode()
    assert "Migrant Workers Network" in html and "Unchanged Union" not in html
    assert "Special consultative status (confirmed now: None)" in html
    assert "Migrant-led: yes (confirmed now: no)" in html
    assert claim.get_evidence_url() in html and "/media/" not in html
    download = client.get(claim.get_evidence_url())
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    page = client.get(f"{QUEUE}{claim.pk}/change/").content.decode()
    assert claim.get_evidence_url() in page
    assert f"{QUEUE}{claim.pk}/decision/confirm/" in page
    record = client.get(f"/admin/stakeholders/organisation/{claimed.pk}/change/").content
    assert f"{QUEUE}{claim.pk}/change/" in record.decode()


@pytest.mark.parametrize("persona", ["member", "outsider", "other_administrator"], indirect=True)
def test_the_claim_s_letter_is_for_administrators_and_the_secretariat_only(
    client, claimed, persona
):
    claim = claimed.accreditation_claims.get()
    client.force_login(persona)

    assert client.get(claim.get_evidence_url()).status_code == 404


@pytest.mark.parametrize("claim", ["abc", "99999999", "1" * 40, ""])
def test_a_claim_that_is_not_the_organisation_s_is_not_found(client, claimed, administrator, claim):
    OrganisationFactory().accreditation_claims.create(evidence=ContentFile(PDF, "other.pdf"))
    client.force_login(administrator)
    other = claimed.accreditation_claims.model.objects.exclude(organisation=claimed).get()

    for value in (claim, str(other.pk)):
        url = f"{claimed.get_evidence_url()}?claim={value}"
        assert client.get(url).status_code == 404


def test_the_organisation_page_tells_its_administrators_what_awaits_confirmation(
    client, claimed, administrator, member
):
    client.force_login(administrator)
    page = client.get("/fr/organisations/migrant-workers-network/").content.decode()
    assert "En attente de la confirmation du secrétariat" in page
    assert "Statut consultatif spécial" in page
    page = client.get("/ar/organisations/migrant-workers-network/").content.decode()
    assert "في انتظار تأكيد الأمانة" in page

    client.force_login(member)
    page = client.get(claimed.get_absolute_url()).content.decode()
    assert "Awaiting the secretariat’s confirmation" not in page


def test_the_form_shows_the_claim_and_saving_it_again_keeps_its_place(
    client, claimed, administrator
):
    claim = claimed.accreditation_claims.get()
    client.force_login(administrator)
    form = client.get(edit_url(claimed)).context["form"]
    assert form["ecosoc_status"].value() == "special"
    assert form["migrant_led"].value() is True

    client.post(
        edit_url(claimed),
        organisation_data(
            name=claimed.name,
            group=claimed.group,
            country="LB",
            city="Tripoli",
            ecosoc_status="special",
            imrf_accreditation="approved",
            migrant_led="on",
        ),
    )

    claimed.refresh_from_db()
    assert claimed.city == "Tripoli"
    assert (claimed.ecosoc_status, claimed.migrant_led) == ("none", False)
    assert list(claimed.accreditation_claims.all()) == [claim]
    assert claimed.accreditation_claims.get().claimed_at == claim.claimed_at
    assert claimed.accreditation_claims.get().evidence.name == claim.evidence.name


def test_a_new_accreditation_needs_its_own_letter(client, organisation, administrator):
    organisation.imrf_accreditation = "approved"
    organisation.accreditation_evidence.save("imrf.pdf", ContentFile(PDF), save=True)
    client.force_login(administrator)

    response = client.post(
        edit_url(organisation),
        organisation_data(
            name=organisation.name,
            group=organisation.group,
            country="LB",
            ecosoc_status="general",
            imrf_accreditation="approved",
        ),
    )

    assert response.status_code == 200
    assert "Attach the letter that shows the new accreditation" in response.content.decode()
    assert not organisation.accreditation_claims.exists()


def test_taking_the_claimed_values_back_withdraws_the_claim(client, claimed, administrator):
    client.force_login(administrator)

    client.post(
        edit_url(claimed),
        organisation_data(name=claimed.name, group=claimed.group, country="LB", migrant_led=None),
    )

    assert claimed.accreditation_claims.get().state == "withdrawn"
    assert not claimed.accreditation_claims.pending().exists()  # gone from the queue
    assert AuditRecord.objects.for_object(claimed).filter(action="accreditation_withdrawn")


# --- Changes that need no confirmation ---------------------------------------------------------


def test_dropping_a_status_applies_at_once(client, administrator, organisation):
    Organisation.objects.filter(pk=organisation.pk).update(
        ecosoc_status="special", migrant_led=True, imrf_accreditation="approved"
    )
    client.force_login(administrator)

    client.post(
        edit_url(organisation),
        organisation_data(name=organisation.name, group=organisation.group, migrant_led=None),
    )

    organisation.refresh_from_db()
    assert (
        organisation.ecosoc_status,
        organisation.imrf_accreditation,
        organisation.migrant_led,
    ) == ("none", "not_requested", False)
    assert not organisation.accreditation_claims.exists()
    record = AuditRecord.objects.for_object(organisation).get()
    assert record.action == "updated"
    assert record.changes["ecosoc_status"] == ["special", "none"]


@pytest.mark.parametrize("state", ["pending", "rejected"])
def test_before_verification_the_values_apply_and_verification_confirms_them(
    client, organisation, administrator, state
):
    Organisation.objects.filter(pk=organisation.pk).update(verification=state)

    claim_everything(client, organisation, administrator)

    organisation.refresh_from_db()
    assert (organisation.ecosoc_status, organisation.migrant_led) == ("special", True)
    assert organisation.accreditation_evidence.read() == PDF
    assert not organisation.accreditation_claims.exists()


# --- The secretariat decides ------------------------------------------------------------------


def decide(client, name, claims, **extra):
    return client.post(
        QUEUE, {"action": name, ACTION_CHECKBOX_NAME: [c.pk for c in claims], **extra}
    )


def test_confirming_makes_the_claim_take_effect(
    client, claimed, administrator, secretariat, django_capture_on_commit_callbacks
):
    claim = claimed.accreditation_claims.get()
    mail.outbox.clear()
    client.force_login(secretariat)

    page = decide(client, "confirm_selected", [claim])
    assert page.status_code == 200
    assert "Special consultative status (confirmed now: None)" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = decide(client, "confirm_selected", [claim], apply="1", reason="Checked.")

    assert response.status_code == 302
    claimed.refresh_from_db()
    assert claimed.is_accredited and claimed.migrant_led
    assert claimed.accreditation_evidence.name == claim.evidence.name
    record = AuditRecord.objects.for_object(claimed).get(action="accreditation_confirmed")
    assert (record.actor, record.reason, record.to_state) == (secretariat, "Checked.", "confirmed")
    assert record.changes["imrf_accreditation"] == ["not_requested", "approved"]
    [message] = mail.outbox
    assert message.to == [administrator.email]
    assert "Accréditation de Migrant Workers Network confirmée" in message.subject
    assert "Statut consultatif spécial" in message.body and "Checked." in message.body
    assert not client.get(QUEUE).context["cl"].result_list
    event = EventFactory(registration_accredited_only=True)
    consultations.register_for_event(event=event, user=member_of(claimed), organisation=claimed)


def test_declining_keeps_the_old_values_and_tells_the_administrators_why(
    client, claimed, administrator, secretariat, django_capture_on_commit_callbacks
):
    claim = claimed.accreditation_claims.get()
    mail.outbox.clear()
    client.force_login(secretariat)

    refused = decide(client, "decline_selected", [claim], apply="1", reason=" ")
    assert "This field is required." in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{QUEUE}{claim.pk}/decision/decline/",
            {"reason": "The letter is for another organisation."},
        )

    claimed.refresh_from_db()
    assert not claimed.is_accredited and not claimed.migrant_led
    claim.refresh_from_db()
    assert (claim.state, claim.decided_by) == ("declined", secretariat)
    record = AuditRecord.objects.for_object(claimed).get(action="accreditation_declined")
    assert (record.actor, record.reason) == (secretariat, "The letter is for another organisation.")
    [message] = mail.outbox
    assert message.to == [administrator.email]
    assert "non confirmée" in message.subject
    assert "The letter is for another organisation." in message.body
    assert "(reste\u00a0: Aucun)" in message.body  # the confirmed ECOSOC status stays
    history = client.get(f"/admin/stakeholders/organisation/{claimed.pk}/change/").content
    assert "Accreditation changes declined" in history.decode()


def test_a_claim_is_decided_once(claimed, secretariat):
    claim = claimed.accreditation_claims.get()

    assert services.decline_accreditation_claim(claim=claim, by=secretariat, reason="No.")
    assert services.confirm_accreditation_claim(claim=claim, by=secretariat) is False

    claimed.refresh_from_db()
    assert not claimed.is_accredited


@pytest.mark.parametrize("persona", ["administrator", "member", "outsider"], indirect=True)
def test_only_the_secretariat_decides(claimed, persona):
    claim = claimed.accreditation_claims.get()

    with pytest.raises(PermissionDenied):
        services.confirm_accreditation_claim(claim=claim, by=persona)
    with pytest.raises(PermissionDenied):
        services.decline_accreditation_claim(claim=claim, by=persona, reason="No.")

    claimed.refresh_from_db()
    assert not claimed.is_accredited


def test_declining_without_a_reason_is_refused(claimed, secretariat):
    with pytest.raises(ValidationError):
        services.decline_accreditation_claim(
            claim=claimed.accreditation_claims.get(), by=secretariat, reason=" "
        )


def test_a_staff_member_outside_the_secretariat_cannot_decide(client, claimed):
    client.force_login(UserFactory(is_staff=True))
    claim = claimed.accreditation_claims.get()

    client.post(f"{QUEUE}{claim.pk}/decision/confirm/", {})

    claimed.refresh_from_db()
    assert not claimed.is_accredited
