"""The files of an event's documents: downloaded by whoever may see the event, one language at a
time, and linked from the event's page and the admin instead of the media address."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from consultations.models import EventDocument
from tests.factories import EventFactory, UserFactory, secretariat_user

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
