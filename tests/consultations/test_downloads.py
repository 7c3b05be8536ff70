"""The files of an event's documents: downloaded by whoever may see the event, one language at a
time, and linked from the event's page and the admin instead of the media address."""

import pytest
from django.contrib import admin
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from consultations.admin.events import EventDocumentInline
from consultations.models import Event, EventDocument
from tests.factories import EventFactory, UserFactory, secretariat_user
from tests.uploads import NOT_REALLY_PDF, TINY_PDF

PDF = b"%PDF-1.4\n% concept note\n%%EOF\n"


@pytest.fixture(autouse=True)
def _uploads_in_a_folder_of_their_own(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def document_of(event) -> EventDocument:
    document = EventDocument.objects.create(event=event, title_en="Concept note")
    document.file_ar.save("note-ar.pdf", ContentFile(PDF), save=True)
    return document


def url(document, language="ar") -> str:
    return reverse(
        "consultations:event_document",
        kwargs={"slug": document.event.slug, "pk": document.pk, "language": language},
    )


def test_anyone_downloads_a_public_events_document(client, event):
    document = document_of(event)

    response = client.get(url(document))

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="{event.slug}-document-{document.pk}-ar.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_the_event_page_links_to_the_download(client, event):
    document = document_of(event)

    page = client.get(event.get_absolute_url()).content.decode()

    assert f'href="{url(document)}" hreflang="ar"' in page
    assert "/media/" not in page


def test_a_language_without_a_file_or_an_unknown_one_is_not_found(client, event):
    document = document_of(event)

    assert client.get(url(document, "fr")).status_code == 404
    assert client.get(url(document, "de")).status_code == 404


def test_the_document_must_be_of_the_event_in_the_address(client, event):
    document = document_of(event)
    other = EventFactory()

    address = url(document).replace(f"/{event.slug}/", f"/{other.slug}/")

    assert client.get(address).status_code == 404


def test_an_event_in_preparation_is_the_secretariats_only(client, db):
    document = document_of(EventFactory(is_public=False))

    assert client.get(url(document)).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url(document)).status_code == 404
    client.force_login(secretariat_user())
    response = client.get(url(document))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_admin_links_to_the_download(client, event):
    document = document_of(event)
    client.force_login(secretariat_user())

    page = client.get(reverse("admin:consultations_event_change", args=[event.pk]))

    assert url(document) in page.content.decode()
    assert "/media/" not in page.content.decode()


def document_form(event, request, **files):
    """The admin's document form on the event's page, filled in as the secretariat would."""
    inline = EventDocumentInline(Event, admin.site)
    formset_class = inline.get_formset(request, event)
    data = {
        "documents-TOTAL_FORMS": "1",
        "documents-INITIAL_FORMS": "0",
        "documents-0-order": "1",
        "documents-0-title_en": "Concept note",
        "documents-0-original_language": "en",
        "documents-0-kind": "concept_note",
    }
    formset = formset_class(
        data,
        {f"documents-0-{name}": upload for name, upload in files.items()},
        instance=event,
        prefix="documents",
    )
    return formset


@pytest.mark.parametrize("sample", sorted(NOT_REALLY_PDF))
def test_the_admin_keeps_only_real_pdfs_as_documents(db, rf, sample):
    event = EventFactory()
    request = rf.post("/")
    request.user = secretariat_user()
    fake = SimpleUploadedFile(*NOT_REALLY_PDF[sample])
    real = SimpleUploadedFile("note.html", TINY_PDF, "text/html")

    refused = document_form(event, request, file_ar=fake)
    accepted = document_form(event, request, file_ar=real)

    assert not refused.is_valid()
    assert "file_ar" in refused.forms[0].errors
    assert accepted.is_valid(), accepted.errors
    accepted.save()
    name = event.documents.get().file_ar.name
    assert name.startswith("event-documents/") and name.endswith(".pdf")
