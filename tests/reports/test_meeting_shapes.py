"""The meeting summary of a meeting in parts (#17), as a PDF read with poppler: parts with their
dates, the time zone's city in each language, every role of a panel, the channel and date of a
written statement, and each document's address printed in full. Pages are kept as images in
test-artifacts/pdf so that a person can look at them."""

import os
import subprocess
from pathlib import Path

import pytest

from reports.models import Report
from tests.consultations.meetings import regional_review
from tests.reports import pdf

pytestmark = pytest.mark.usefixtures("reference")

ROOT = Path(__file__).resolve().parents[2]
IMAGES = Path(os.environ.get("SCREENSHOT_DIR", ROOT / "test-artifacts" / "screenshots")) / "pdf"
RECORDING = "https://webtv.un.org/en/asset/k1x/k1xyz0123456789abcdef"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["New York", "Stakeholder consultation", "Panellists:", "Written statement"]),
        ("ar", ["نيويورك", "مشاورة أصحاب المصلحة", "حلقة نقاش حول البيانات"]),
        ("fr", ["New York", "Consultation des parties prenantes", "Examen intergouvernemental"]),
    ],
)
def test_the_summary_of_a_meeting_in_parts(make_report, language, expected):
    event = regional_review()

    report = make_report(kind=Report.Kind.MEETING_SUMMARY, subject=event, language=language)

    assert report.state == Report.State.DONE, (report.failure, report.error)
    path = Path(report.file.path)
    text = pdf.words(path)
    for words in expected:
        assert words in text, words
    for name in ["Omar Hilale", "Amy Pope", "Felipe González", "Nadia Karam"]:
        # An Arabic line may break inside a Latin name, which pdftotext then reads apart.
        for word in name.split() if language == "ar" else [name]:
            assert word in text, (name, word)
    assert "America/New_York" not in text
    assert RECORDING in text.replace(" ", "")  # printed in full, however it breaks
    IMAGES.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(path), str(IMAGES / f"meeting-in-parts-{language}")],
        check=True,
    )
