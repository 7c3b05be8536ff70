"""In Chromium: a coordinator asks for the seed meeting's summary in the three languages from the
Arabic reports page, sees them ready and downloads the Arabic PDF."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from playwright.sync_api import expect

from consultations.models import Event
from tests.factories import coordinator_user
from tests.reports import pdf

pytestmark = pytest.mark.browser

SEED_EVENT = "arab-region-imrf-dialogue-2022"


@pytest.fixture
def tasks_in_process(settings, tmp_path):
    """The live server makes the reports itself (no worker in browser tests)."""
    from imrf_portal.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.MEDIA_ROOT = str(tmp_path / "media")
    yield
    app.conf.task_always_eager = previous


@pytest.fixture
def signed_in_coordinator(live_server, transactional_db):
    call_command("load_demo", stdout=StringIO())
    client = Client()
    client.force_login(coordinator_user())
    return {
        "name": "sessionid",
        "value": client.cookies["sessionid"].value,
        "url": live_server.url,
    }


def test_a_coordinator_makes_the_three_summaries_and_downloads_the_arabic_one(
    page, signed_in_coordinator, tasks_in_process, screenshot, tmp_path
):
    page.context.add_cookies([signed_in_coordinator])
    event = Event.objects.get(slug=SEED_EVENT)

    page.goto("/ar/reports/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    row = page.locator(f"#meeting_summary-{event.pk}")
    assert row.get_by_text("لم يُعدّ بعد").count() == 3
    screenshot(page, "reports-ar-before")

    page.set_default_timeout(60000)  # three PDFs made by the live server itself
    row.get_by_role("button", name="الإعداد باللغات الثلاث").click()
    page.wait_for_url(f"**/ar/reports/#meeting_summary-{event.pk}")

    row = page.locator(f"#meeting_summary-{event.pk}")
    assert row.locator('[data-report-state="done"]').count() == 3
    assert row.get_by_text("جاهز").count() == 3
    screenshot(page, "reports-ar-ready")

    with page.expect_download() as download_info:
        row.locator("td").nth(1).get_by_role("link", name="تنزيل ملف PDF").click()
    download = download_info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)

    assert download.suggested_filename == f"imrf-meeting-summary-{SEED_EVENT}-ar-v1.pdf"
    assert "Noto-Naskh-Arabic" in pdf.fonts(path)
    assert re.search(r"صفحة\s*1\s*من\s*\d+", pdf.text(path, first=1, last=1))


def test_the_reports_page_has_no_serious_accessibility_violation(
    axe_page, axe_violations, signed_in_coordinator, tasks_in_process, screenshot
):
    axe_page.context.add_cookies([signed_in_coordinator])
    for language in ("ar", "en"):
        axe_page.goto(f"/{language}/reports/")
        assert axe_violations(axe_page) == [], language
    screenshot(axe_page, "reports-en")


def test_the_report_page_follows_the_worker_and_offers_a_retry_when_it_fails(
    page, signed_in_coordinator, tasks_in_process
):
    from gcm.models import RoundTable
    from reports.models import Report

    page.context.add_cookies([signed_in_coordinator])
    report = Report.objects.create(
        kind=Report.Kind.ROUND_TABLE_BRIEFING,
        round_table=RoundTable.objects.get(number=3),
        language="fr",
        fingerprint="0" * 64,
    )  # queued, as a worker would find it

    page.goto(f"/en/reports/{report.pk}/")
    state = page.locator(".report-progress [data-report-state]")
    assert state.inner_text() == "Queued"
    page.evaluate("window.sameDocument = true")

    # What a worker records: the page's script shows it without a reload...
    Report.objects.filter(pk=report.pk).update(state=Report.State.RUNNING)
    expect(state).to_have_text("Being generated")
    assert page.evaluate("window.sameDocument === true")
    # ...and reloads once the report is finished, here failed, to show why and offer a retry.
    Report.objects.filter(pk=report.pk).update(
        state=Report.State.FAILED, failure=Report.Failure.TIMED_OUT, error="SoftTimeLimitExceeded"
    )
    page.get_by_role("heading", name="Why it failed").wait_for()
    assert page.get_by_text("Generating the document took longer than allowed.").is_visible()

    page.get_by_role("button", name="Retry").click()  # made by the live server itself

    page.get_by_role("link", name="Download PDF").wait_for()
    report.refresh_from_db()
    assert report.state == Report.State.DONE
