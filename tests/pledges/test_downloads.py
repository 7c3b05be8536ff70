"""The pledge's document: downloaded through a view that answers like the pledge's page (public
once published, the organisation's and the secretariat's before), linked from the pledge page,
the edit form, the admin and the open data."""

import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pledges.models import Pledge
from tests.uploads import TINY_PDF as PDF

from .test_editing import NEW, form_data


@pytest.fixture(autouse=True)
def _uploads_in_a_folder_of_their_own(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def with_attachment(pledge) -> Pledge:
    pledge.attachment.save("plan.pdf", ContentFile(PDF), save=True)
    return pledge


def url(pledge) -> str:
    return reverse("pledges:pledge_attachment", kwargs={"pk": pledge.pk})


def test_anyone_downloads_a_published_pledges_document(client, published):
    response = client.get(url(with_attachment(published)))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="pledge-{published.pk}.pdf"'
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize(
    ("persona", "expected"),
    [("anonymous", 404), ("outsider", 404), ("member", 200), ("org_admin", 200)],
    indirect=["persona"],
)
def test_a_drafts_document_is_for_its_organisation_only(client, draft, persona, expected):
    response = client.get(url(with_attachment(draft)))

    assert response.status_code == expected
    if expected == 200:
        assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("persona", "expected"),
    [("anonymous", 404), ("outsider", 404), ("member", 200), ("moderator", 200)],
    indirect=["persona"],
)
def test_a_submitted_pledges_document_is_for_its_organisation_and_the_secretariat(
    client, submitted, persona, expected
):
    assert client.get(url(with_attachment(submitted))).status_code == expected


def test_the_secretariat_does_not_see_other_peoples_drafts_nor_their_documents(
    client, draft, moderator
):
    """The same rule as the pledge's page, not a second one."""
    with_attachment(draft)
    client.force_login(moderator)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(url(draft)).status_code == 404


def test_a_pledge_without_a_document_or_whose_file_is_gone_answers_not_found(client, published):
    assert client.get(url(published)).status_code == 404

    with_attachment(published)
    published.attachment.storage.delete(published.attachment.name)

    assert client.get(url(published)).status_code == 404


def test_an_uploaded_name_never_reaches_the_download(client, organisation, member):
    client.force_login(member)
    upload = SimpleUploadedFile('"><script>alert(1)</script>.pdf', PDF, "application/pdf")
    client.post(NEW, form_data(organisation, attachment=upload))
    pledge = Pledge.objects.get()

    response = client.get(url(pledge))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="pledge-{pledge.pk}.pdf"'
    assert "script" not in pledge.attachment.name


def test_the_pledge_page_links_to_the_download_not_to_the_media_file(client, published):
    with_attachment(published)

    page = client.get(published.get_absolute_url()).content.decode()

    assert f'href="{url(published)}"' in page
    assert published.attachment.url not in page


def test_the_edit_form_links_to_the_download(client, draft, member):
    with_attachment(draft)
    client.force_login(member)

    page = client.get(reverse("pledges:pledge_edit", kwargs={"pk": draft.pk})).content.decode()

    assert f'href="{url(draft)}"' in page
    assert "/media/" not in page


def test_the_admin_links_to_the_download(client, submitted, moderator):
    with_attachment(submitted)
    client.force_login(moderator)

    page = client.get(reverse("admin:pledges_pledge_change", args=[submitted.pk])).content
    page = page.decode()

    assert url(submitted) in page
    assert "/media/" not in page


def test_the_open_data_gives_the_downloads_address(client, published):
    with_attachment(published)

    response = client.get(reverse("pledges:export_json"))
    # Whether the export is streamed or not.
    content = b"".join(response.streaming_content) if response.streaming else response.content

    addresses = [row["attachment_url"] for row in json.loads(content)["pledges"]]
    assert addresses == [f"http://testserver{url(published)}"]
