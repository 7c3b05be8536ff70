"""Reports made by a real Celery worker on the real Redis, against the test database — including
a worker killed in the middle of a report, whose report is noticed, queued again and made by
another worker: never left running."""

import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from reports import services
from reports.models import Report
from tests.reports import pdf
from tests.worker import needs_broker

pytestmark = [pytest.mark.worker, needs_broker]

# Short beats so that a dead worker is noticed in seconds (the defaults are 10 s and 60 s).
FAST = {"REPORTS_HEARTBEAT_SECONDS": "1", "REPORTS_STALE_AFTER_SECONDS": "4"}


@pytest.fixture
def fast_recovery(settings, tmp_path):
    settings.REPORTS_HEARTBEAT_SECONDS = 1
    settings.REPORTS_STALE_AFTER_SECONDS = 4
    return {**FAST, "MEDIA_ROOT": settings.MEDIA_ROOT}


def wait_for(report: Report, states, timeout: float = 90, recover: bool = False) -> Report:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if recover:
            services.fail_stale_reports()
        report.refresh_from_db()
        if report.state in states:
            return report
        time.sleep(0.25)
    raise AssertionError(f"Report {report.pk} still {report.state} after {timeout} s")


def test_a_worker_makes_the_three_summaries_while_the_request_returns_at_once(
    celery_worker_process, seed_event, fast_recovery, coordinator
):
    celery_worker_process(**fast_recovery)

    started = time.monotonic()
    reports = services.request_all_languages(
        kind=Report.Kind.MEETING_SUMMARY, subject=seed_event, by=coordinator
    )
    asked_in = time.monotonic() - started

    assert {report.state for report in reports} == {Report.State.QUEUED}
    assert asked_in < 5  # fingerprints only; the PDFs are the worker's job
    for report in reports:
        report = wait_for(report, {Report.State.DONE, Report.State.FAILED})
        assert report.state == Report.State.DONE, report.error
        assert report.worker.startswith("test-")  # the worker's hostname: its queue
        assert report.heartbeat_at is None
        print(f"{report.language}: {report.duration.total_seconds():.2f} s, {report.pages} pages")
    english = Path(reports[0].file.path)
    assert "Amy Muedin" in pdf.words(english)


def test_a_report_whose_worker_is_killed_half_way_is_made_by_another_worker(
    celery_worker_process, seed_event, fast_recovery
):
    # Its reports stop for a minute before printing: time to kill it in the middle of one.
    doomed = celery_worker_process(celery_app="tests.slow_reports_celery", **fast_recovery)
    report = services.request_report(
        kind=Report.Kind.MEETING_SUMMARY, subject=seed_event, language="ar"
    )
    report = wait_for(report, {Report.State.RUNNING}, timeout=60)
    time.sleep(5)  # without the pause the report would be printed by now
    report.refresh_from_db()
    assert report.state == Report.State.RUNNING
    assert report.heartbeat_at > report.started_at  # the worker is alive, in the report
    first_run = report.worker

    doomed.kill()  # SIGKILL to the worker and its pool, in the middle of the report
    report.refresh_from_db()
    assert report.state == Report.State.RUNNING  # nobody could record anything

    celery_worker_process(**fast_recovery)
    report = wait_for(report, {Report.State.DONE, Report.State.FAILED}, timeout=90, recover=True)

    assert report.state == Report.State.DONE, report.error
    assert report.attempts == 2
    assert report.worker != first_run
    assert timezone.now() - report.finished_at < timedelta(minutes=2)
    assert "Noto-Naskh-Arabic" in pdf.fonts(Path(report.file.path))
