"""Registering a new organisation: the person becomes its administrator, it waits for the
secretariat, likely duplicates are offered first, and bad input is explained."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from common.models import AuditRecord
from stakeholders.models import Membership, Organisation
from tests.factories import OrganisationFactory
from tests.uploads import NOT_REALLY_PDF

from .conftest import PDF, organisation_data

pytestmark = pytest.mark.django_db
URL = "/en/organisations/register/"


def test_it_requires_login(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_a_person_registers_an_organisation_and_becomes_its_administrator(
    client, outsider, secretariat, django_capture_on_commit_callbacks
):
    client.force_login(outsider)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, organisation_data())

    organisation = Organisation.objects.get(name="Association for Migrant Domestic Workers")
    assert response.status_code == 302
    assert response["Location"] == "/en/organisations/association-for-migrant-domestic-workers/"
    assert organisation.verification == "pending"
    assert organisation.created_by == outsider
    assert organisation.original_language == "en"
    assert (organisation.migrant_led, organisation.women_led, organisation.youth_led) == (
        True,
        True,
        False,
    )
    membership = Membership.objects.get(organisation=organisation)
    assert (membership.user, membership.role, membership.state) == (
        outsider,
        "administrator",
        "active",
    )
    record = AuditRecord.objects.for_object(organisation).get()
    assert (record.action, record.to_state, record.actor) == ("registered", "pending", outsider)
    # The secretariat hears of it.
    assert [message.to for message in mail.outbox] == [[secretariat.email]]
    assert "Association for Migrant Domestic Workers" in mail.outbox[0].subject
    assert "/admin/stakeholders/organisationawaitingverification/" in mail.outbox[0].body

    page = client.get(response["Location"])
    assert "Awaiting verification" in page.content.decode()


def test_the_description_may_be_written_in_the_language_of_the_page(client, outsider):
    client.force_login(outsider)

    client.post(
        "/ar/organisations/register/",
        organisation_data(description_en="", description_ar="عاملات منزليات مهاجرات"),
    )

    organisation = Organisation.objects.get()
    assert organisation.original_language == "ar"
    assert organisation.description_ar == "عاملات منزليات مهاجرات"


def test_verification_cannot_be_set_by_the_form(client, outsider):
    client.force_login(outsider)

    client.post(URL, organisation_data(verification="verified", verification_reason="me"))

    assert Organisation.objects.get().verification == "pending"


@pytest.mark.parametrize(
    ("language", "overrides", "field", "message"),
    [
        ("en", {"name": ""}, "name", "This field is required."),
        ("fr", {"group": "pirates"}, "group", "Sélectionnez un choix valide."),
        ("ar", {"country": "XX"}, "country", "انتق خياراً صحيحاً"),
        ("en", {"website": "not a web address"}, "website", "Enter a valid URL."),
        (
            "en",
            {"description_en": ""},
            "description_en",
            "Describe the organisation in at least one of the three languages.",
        ),
        (
            "fr",
            {"description_en": ""},
            "description_en",
            "Décrivez l’organisation dans au moins une des trois langues.",
        ),
        (
            "ar",
            {"ecosoc_status": "special"},
            "accreditation_evidence",
            "أرفق رسالة الاعتماد",
        ),
    ],
)
def test_bad_input_is_explained_in_the_page_language_and_what_was_typed_is_kept(
    client, outsider, language, overrides, field, message
):
    client.force_login(outsider)

    response = client.post(f"/{language}/organisations/register/", organisation_data(**overrides))

    assert response.status_code == 200
    assert Organisation.objects.count() == 0
    form = response.context["form"]
    assert field in form.errors
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html  # the summary of errors
    assert f'aria-describedby="id_{field}_error' in html or f"id_{field}_error" in html
    assert 'value="Amman"' in html  # kept


@pytest.mark.parametrize("sample", sorted(NOT_REALLY_PDF))
def test_the_evidence_must_be_a_pdf_that_opens(client, outsider, sample):
    client.force_login(outsider)
    not_pdf = SimpleUploadedFile(*NOT_REALLY_PDF[sample])

    response = client.post(
        URL, organisation_data(ecosoc_status="special", accreditation_evidence=not_pdf)
    )

    assert response.status_code == 200
    assert Organisation.objects.count() == 0
    html = response.content.decode()
    assert (
        "The file is not a PDF document." in html
        or "The PDF document cannot be opened: it is damaged or incomplete." in html
    )
    assert 'value="Amman"' in html  # what was typed is kept


def test_an_accreditation_letter_is_stored_under_a_random_name(
    client, outsider, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(outsider)
    letter = SimpleUploadedFile("our letter <x>.html", PDF, "text/html")

    client.post(
        URL, organisation_data(imrf_accreditation="approved", accreditation_evidence=letter)
    )

    organisation = Organisation.objects.get()
    assert organisation.imrf_accreditation == "approved"
    assert organisation.accreditation_evidence.name.startswith("accreditation-evidence/")
    assert "letter" not in organisation.accreditation_evidence.name
    assert organisation.accreditation_evidence.name.endswith(".pdf")


class TestLikelyDuplicates:
    @pytest.fixture
    def existing(self, db):
        return OrganisationFactory(
            name="Association for Migrant Domestic Workers",
            acronym="AMDW",
            slug="amdw",
            country="JO",
            verification="pending",
        )

    @pytest.mark.parametrize(
        "overrides",
        [
            {},
            {"name": "The Association for Migrant Domestic Workers"},
            {"name": "Association of Migrant Domestic Worker"},
            {"name": "Something else entirely", "acronym": "amdw"},
        ],
    )
    def test_they_are_shown_with_the_offer_to_join(self, client, outsider, existing, overrides):
        client.force_login(outsider)

        response = client.post(URL, organisation_data(**overrides))

        assert response.status_code == 200
        assert Organisation.objects.count() == 1
        html = response.content.decode()
        assert "Is it one of these organisations?" in html
        assert 'action="/en/organisations/amdw/join/"' in html
        assert "not_a_duplicate" in response.context["form"].errors
        assert 'value="Amman"' in html

    def test_confirming_it_is_another_one_registers_it(self, client, outsider, existing):
        client.force_login(outsider)

        response = client.post(URL, organisation_data(not_a_duplicate="on"))

        assert response.status_code == 302
        assert Organisation.objects.count() == 2
        assert (
            Organisation.objects.exclude(pk=existing.pk).get().slug
            == "association-for-migrant-domestic-workers"
        )

    @pytest.mark.parametrize(
        "overrides",
        [
            {"country": "LB"},  # same name, another country
            {"name": "Migrant Domestic Workers Legal Aid Clinic", "acronym": "MDWLAC"},
        ],
    )
    def test_different_organisations_are_not_duplicates(
        self, client, outsider, existing, overrides
    ):
        client.force_login(outsider)

        response = client.post(URL, organisation_data(**overrides))

        assert response.status_code == 302

    def test_rejected_records_are_not_offered(self, client, outsider, existing):
        existing.verification = "rejected"
        existing.save()
        client.force_login(outsider)

        assert client.post(URL, organisation_data()).status_code == 302


def test_slugs_are_unique_and_never_take_a_page_name(client, outsider):
    OrganisationFactory(slug="association-for-migrant-domestic-workers", country="MA")
    client.force_login(outsider)

    client.post(URL, organisation_data())
    client.post(URL, organisation_data(name="Register", acronym="", country="EG"))

    slugs = set(Organisation.objects.values_list("slug", flat=True))
    assert "association-for-migrant-domestic-workers-2" in slugs
    assert "register-organisation" in slugs
