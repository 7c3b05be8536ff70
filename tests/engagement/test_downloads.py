"""A practice's evidence document: downloaded by whoever may see the practice (everyone once it is
published, its organisation and the secretariat before), linked from its page and the admin."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from engagement.models import Practice

from .factories import PracticeFactory

PDF = b"%PDF-1.4\n% evidence\n%%EOF\n"


@pytest.fixture(autouse=True)
def _uploads_in_a_folder_of_their_own(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def with_evidence(practice) -> Practice:
    practice.evidence_file.save("evaluation.pdf", ContentFile(PDF), save=True)
    return practice


def url(practice) -> str:
    return reverse("engagement:practice_evidence", kwargs={"pk": practice.pk})


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 404),
        ("outsider", 404),
        ("pending_member", 404),
        ("member", 200),
        ("secretariat", 200),
    ],
)
def test_a_submitted_practices_evidence_follows_its_page(
    reference, as_role, organisation, role, expected
):
    practice = with_evidence(PracticeFactory(organisation=organisation))
    client, _person = as_role(role)

    assert client.get(practice.get_absolute_url()).status_code == expected
    assert client.get(url(practice)).status_code == expected


def test_anyone_downloads_a_published_practices_evidence(client, reference, organisation):
    practice = with_evidence(
        PracticeFactory(organisation=organisation, state=Practice.State.PUBLISHED)
    )

    response = client.get(url(practice))

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="practice-{practice.pk}-evidence.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF
    page = client.get(practice.get_absolute_url()).content.decode()
    assert f'href="{url(practice)}"' in page
    assert "/media/" not in page


def test_a_practice_with_only_a_link_has_no_document(client, reference, organisation):
    practice = PracticeFactory(organisation=organisation, state=Practice.State.PUBLISHED)

    assert client.get(url(practice)).status_code == 404


def test_the_admin_links_to_the_download(reference, as_role, organisation):
    practice = with_evidence(PracticeFactory(organisation=organisation))
    client, _person = as_role("secretariat")

    page = client.get(reverse("admin:engagement_practice_change", args=[practice.pk]))

    assert url(practice) in page.content.decode()
    assert "/media/" not in page.content.decode()
