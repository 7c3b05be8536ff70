"""Every upload field, found by introspection (a new one is covered without being listed): it
keeps only files that a PDF reader opens, and stores them as `<folder>/<random>.pdf` whatever
the uploaded name says."""

import io
import re

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from pypdf import PdfReader, PdfWriter

from common.uploads import RandomUploadName, validate_pdf
from reports.admin import ReportAdmin
from reports.models import Report
from tests.uploads import NOT_REALLY_PDF, TINY_PDF

# Files the portal writes itself, never uploaded by anyone: generated reports (read-only in the
# admin, see test_the_portal_written_files_cannot_be_uploaded).
PORTAL_WRITTEN = {Report._meta.get_field("file")}

UPLOAD_FIELDS = [
    field
    for model in apps.get_models()
    for field in model._meta.local_fields  # a proxy model has none: each field comes once
    if isinstance(field, models.FileField) and field not in PORTAL_WRITTEN
]
FIELD_IDS = [f"{field.model._meta.label}.{field.name}" for field in UPLOAD_FIELDS]


def test_the_upload_fields_are_found():
    assert {
        "consultations.EventDocument.file_ar",
        "consultations.EventDocument.file_fr",
        "consultations.EventDocument.file_en",
        "engagement.Practice.evidence_file",
        "pledges.Pledge.attachment",
        "stakeholders.Organisation.accreditation_evidence",
    } <= set(FIELD_IDS)


def test_the_portal_written_files_cannot_be_uploaded():
    assert all(field.name in ReportAdmin.readonly_fields for field in PORTAL_WRITTEN)


def clean(field, name: str, content: bytes, content_type: str = "application/pdf"):
    """The model field's own checks on an uploaded file, as a form or the admin runs them."""
    instance = field.model()
    field.save_form_data(instance, SimpleUploadedFile(name, content, content_type))
    return field.clean(getattr(instance, field.attname), instance)


@pytest.mark.parametrize("field", UPLOAD_FIELDS, ids=FIELD_IDS)
@pytest.mark.parametrize("sample", sorted(NOT_REALLY_PDF))
def test_a_file_that_only_pretends_to_be_a_pdf_is_refused(field, sample):
    name, content, content_type = NOT_REALLY_PDF[sample]

    with pytest.raises(ValidationError) as refused:
        clean(field, name, content, content_type)

    assert {error.code for error in refused.value.error_list} <= {"not_pdf", "pdf_damaged"}


@pytest.mark.parametrize("field", UPLOAD_FIELDS, ids=FIELD_IDS)
def test_a_real_pdf_is_stored_as_pdf_whatever_its_name(field, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    assert isinstance(field.upload_to, RandomUploadName)
    upload = clean(field, "x.html", TINY_PDF, "text/html")

    instance = field.model()
    getattr(instance, field.attname).save(upload.name, ContentFile(TINY_PDF), save=False)

    stored = getattr(instance, field.attname).name
    assert re.fullmatch(rf"{re.escape(field.upload_to.folder)}/[0-9a-f]{{32}}\.pdf", stored)
    assert (tmp_path / stored).read_bytes() == TINY_PDF


def test_the_tiny_pdf_of_the_tests_is_a_real_pdf():
    """What the tests upload as the real thing is one: a strict reader finds its page."""
    assert len(PdfReader(io.BytesIO(TINY_PDF), strict=True).pages) == 1
    validate_pdf(ContentFile(TINY_PDF))


def test_a_pdf_locked_by_a_password_is_refused_with_its_reason():
    writer = PdfWriter(clone_from=io.BytesIO(TINY_PDF))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)

    with pytest.raises(ValidationError) as refused:
        validate_pdf(ContentFile(locked.getvalue()))

    assert refused.value.code == "pdf_encrypted"


def test_a_pdf_encrypted_without_a_password_is_accepted():
    writer = PdfWriter(clone_from=io.BytesIO(TINY_PDF))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    opened = io.BytesIO()
    writer.write(opened)

    validate_pdf(ContentFile(opened.getvalue()))
