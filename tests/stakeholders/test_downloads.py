"""The accreditation evidence: the organisation's private letter, downloaded by its
administrators and the secretariat only, whether or not the organisation is verified."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from stakeholders.models import Organisation, Verification
from tests.factories import OrganisationFactory, UserFactory, administrator_of
from tests.mfa import give_totp

from .conftest import PDF, organisation_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _uploads_in_a_folder_of_their_own(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def superuser(db):
    return give_totp(UserFactory(is_staff=True, is_superuser=True))


@pytest.fixture
def evidence(organisation):
    organisation.accreditation_evidence.save("letter.pdf", ContentFile(PDF), save=True)
    return organisation


def url(organisation) -> str:
    return reverse("stakeholders:organisation_evidence", kwargs={"slug": organisation.slug})


def test_it_is_not_found_for_visitors(client, evidence):
    assert client.get(url(evidence)).status_code == 404


@pytest.mark.parametrize(
    "persona", ["member", "outsider", "other_administrator", "coordinator"], indirect=True
)
def test_it_is_not_found_for_anyone_but_administrators_and_the_secretariat(
    client, evidence, persona
):
    client.force_login(persona)

    assert client.get(url(evidence)).status_code == 404


@pytest.mark.parametrize("persona", ["administrator", "secretariat", "superuser"], indirect=True)
def test_administrators_and_the_secretariat_download_it(client, evidence, persona):
    client.force_login(persona)

    response = client.get(url(evidence))

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="accreditation-evidence-{evidence.pk}.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content) == PDF


def test_administrators_of_an_organisation_awaiting_verification_download_it(client):
    pending = OrganisationFactory(verification=Verification.PENDING)
    pending.accreditation_evidence.save("letter.pdf", ContentFile(PDF), save=True)
    client.force_login(administrator_of(pending))

    assert client.get(url(pending)).status_code == 200


def test_without_evidence_or_with_the_file_gone_it_is_not_found(
    client, organisation, administrator
):
    client.force_login(administrator)
    assert client.get(url(organisation)).status_code == 404

    organisation.accreditation_evidence.save("letter.pdf", ContentFile(PDF), save=True)
    organisation.accreditation_evidence.storage.delete(organisation.accreditation_evidence.name)

    assert client.get(url(organisation)).status_code == 404


def test_an_uploaded_name_never_reaches_the_download(client, stakeholder):
    client.force_login(stakeholder)
    upload = SimpleUploadedFile('"><script>alert(1)</script>.pdf', PDF, "application/pdf")
    data = organisation_data(ecosoc_status="special", accreditation_evidence=upload)
    client.post(reverse("stakeholders:organisation_register"), data)
    organisation = Organisation.objects.get(acronym="AMDW")

    response = client.get(url(organisation))

    assert response.status_code == 200
    assert "script" not in response["Content-Disposition"]
    assert "script" not in organisation.accreditation_evidence.name


def test_the_edit_form_links_to_the_download(client, evidence, administrator):
    client.force_login(administrator)

    page = client.get(reverse("stakeholders:organisation_edit", args=[evidence.slug]))

    assert f'href="{url(evidence)}"' in page.content.decode()
    assert "/media/" not in page.content.decode()


@pytest.mark.parametrize(
    "admin_page",
    ["stakeholders_organisation_change", "stakeholders_organisationawaitingverification_change"],
)
def test_the_admin_links_to_the_download(client, secretariat, admin_page):
    pending = OrganisationFactory(verification=Verification.PENDING)
    pending.accreditation_evidence.save("letter.pdf", ContentFile(PDF), save=True)
    client.force_login(secretariat)

    page = client.get(reverse(f"admin:{admin_page}", args=[pending.pk])).content.decode()

    assert url(pending) in page
    assert "/media/" not in page
