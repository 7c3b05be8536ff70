"""Asking for reports, reusing them, versions, failures and retries, and the recovery of reports
a dead worker left behind. Tasks run in process here; tests/reports/test_worker.py runs them in a
real worker."""

import time
from datetime import timedelta
from pathlib import Path

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone

from gcm.models import RoundTable
from reports import generation, rendering, services
from reports.models import Report
from reports.tasks import generate_report
from tests.factories import PledgeFactory

pytestmark = pytest.mark.usefixtures("reference")

BRIEFING = Report.Kind.ROUND_TABLE_BRIEFING


@pytest.fixture
def round_table(reference):
    return RoundTable.objects.get(forum__slug="imrf-2022", number=1)


@pytest.fixture
def briefing(make_report, round_table, coordinator):
    """A finished English briefing of round table 1."""
    return make_report(kind=BRIEFING, subject=round_table, language="en", by=coordinator)


def test_a_report_is_made_and_stored_with_who_asked_and_when(briefing, coordinator):
    assert briefing.state == Report.State.DONE
    assert briefing.requested_by == coordinator
    assert briefing.version == 1
    assert briefing.attempts == 1
    assert briefing.started_at <= briefing.finished_at
    assert briefing.pages >= 2
    assert briefing.file.name.startswith("reports/")
    assert briefing.file.read(5) == b"%PDF-"
    assert len(briefing.fingerprint) == 64


def test_asking_again_for_unchanged_content_reuses_the_finished_file(
    briefing, make_report, round_table, coordinator
):
    again = make_report(kind=BRIEFING, subject=round_table, language="en", by=coordinator)

    assert again.pk == briefing.pk
    assert again.file.name == briefing.file.name
    assert Report.objects.count() == 1


def test_changed_content_makes_a_new_version_and_keeps_the_old_one(
    briefing, make_report, round_table
):
    PledgeFactory(title_en="Ethical recruitment hotline", state="published", objectives=[6])

    newer = make_report(kind=BRIEFING, subject=round_table, language="en")

    assert newer.pk != briefing.pk
    assert newer.version == 2
    assert newer.fingerprint != briefing.fingerprint
    briefing.refresh_from_db()
    assert briefing.state == Report.State.DONE
    assert briefing.file.storage.exists(briefing.file.name)
    assert list(Report.objects.of(BRIEFING, round_table).values_list("version", flat=True)) == [
        2,
        1,
    ]


def test_content_changed_while_a_report_waits_in_the_queue_is_in_its_pdf(
    round_table, coordinator, django_capture_on_commit_callbacks
):
    """The worker reuses the rendering made when the report was asked for, unless the content
    changed in between: then the PDF holds the content as it is when it is made."""
    from tests.reports.pdf import text

    with django_capture_on_commit_callbacks(execute=False):
        report = services.request_report(
            kind=BRIEFING, subject=round_table, language="en", by=coordinator
        )
    asked_with = report.fingerprint
    PledgeFactory(title_en="Hotline added while queued", state="published", objectives=[6])

    assert generation.run_report(report.pk, worker="test", heartbeat=False) is (
        generation.Outcome.DONE
    )

    report.refresh_from_db()
    assert report.fingerprint != asked_with
    assert "Hotline added while queued" in text(Path(report.file.path))


def test_each_language_is_a_report_of_its_own(make_report, round_table):
    english = make_report(kind=BRIEFING, subject=round_table, language="en")
    arabic = make_report(kind=BRIEFING, subject=round_table, language="ar")

    assert english.pk != arabic.pk
    assert (english.version, arabic.version) == (1, 1)
    assert english.fingerprint != arabic.fingerprint


def test_the_fingerprint_leaves_out_the_date_and_version_of_generation(round_table):
    fingerprint = rendering.content_fingerprint(BRIEFING, round_table, "fr")
    stamped = rendering.render_html(
        BRIEFING, round_table, "fr", stamp=rendering.Stamp(7, timezone.now())
    )

    assert rendering.content_fingerprint(BRIEFING, round_table, "fr") == fingerprint
    assert rendering.fingerprint_of(stamped) != fingerprint


def test_all_three_languages_are_queued_at_once_after_the_commit(
    round_table, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        reports = services.request_all_languages(kind=BRIEFING, subject=round_table, by=coordinator)

    assert [r.language for r in reports] == ["en", "ar", "fr"]
    assert {r.state for r in reports} == {Report.State.QUEUED}
    assert len(callbacks) == 3  # one task each, sent once the transaction commits


def test_asking_again_while_it_is_queued_returns_the_same_report(
    round_table, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        first = services.request_report(kind=BRIEFING, subject=round_table, language="ar")
        second = services.request_report(kind=BRIEFING, subject=round_table, language="ar")

    assert second.pk == first.pk
    assert len(callbacks) == 1


def test_a_failure_is_kept_with_its_reason_and_a_retry_makes_the_report(
    make_report, round_table, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(html):
        raise OSError("Pango could not load a font")

    monkeypatch.setattr(rendering, "html_to_pdf", broken)
    failed = make_report(kind=BRIEFING, subject=round_table, language="en")

    assert failed.state == Report.State.FAILED
    assert failed.failure == Report.Failure.ERROR
    assert "Pango could not load a font" in failed.error
    assert failed.finished_at is not None

    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        retried = services.retry_report(report=failed)
    retried.refresh_from_db()

    assert retried.pk == failed.pk
    assert retried.state == Report.State.DONE
    assert (retried.failure, retried.error) == ("", "")


def test_asking_again_after_a_failure_retries_the_failed_report(
    make_report, round_table, monkeypatch
):
    monkeypatch.setattr(rendering, "html_to_pdf", lambda html: 1 / 0)
    failed = make_report(kind=BRIEFING, subject=round_table, language="en")
    monkeypatch.undo()

    again = make_report(kind=BRIEFING, subject=round_table, language="en")

    assert again.pk == failed.pk
    assert again.state == Report.State.DONE


def test_the_soft_time_limit_fails_the_report_saying_it_took_too_long(
    make_report, round_table, monkeypatch
):
    def slow(html):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(rendering, "html_to_pdf", slow)
    report = make_report(kind=BRIEFING, subject=round_table, language="en")

    assert report.state == Report.State.FAILED
    assert report.failure == Report.Failure.TIMED_OUT


def test_the_task_is_idempotent_a_finished_report_is_left_alone(briefing):
    result = generate_report.apply(args=[briefing.pk]).get()

    assert result == "nothing to do"
    before = briefing.file.name
    briefing.refresh_from_db()
    assert briefing.file.name == before
    assert briefing.attempts == 1


def test_two_runs_cannot_both_hold_a_report(round_table, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        report = services.request_report(kind=BRIEFING, subject=round_table, language="en")

    assert generation._claim(report.pk, "worker-a", heartbeat=True)
    assert not generation._claim(report.pk, "worker-b", heartbeat=True)
    assert generation.run_report(report.pk, worker="b", heartbeat=True) is generation.Outcome.BUSY


def running(report, *, heartbeat_age=None, started_age=0, attempts=1):
    now = timezone.now()
    Report.objects.filter(pk=report.pk).update(
        state=Report.State.RUNNING,
        worker="test-worker@host:4242:dead",
        attempts=attempts,
        started_at=now - timedelta(seconds=started_age),
        heartbeat_at=None if heartbeat_age is None else now - timedelta(seconds=heartbeat_age),
        file="",
    )


def queued_report(round_table, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        return services.request_report(kind=BRIEFING, subject=round_table, language="en")


def test_a_report_whose_worker_went_silent_is_queued_again_and_made(
    round_table, settings, django_capture_on_commit_callbacks
):
    report = queued_report(round_table, django_capture_on_commit_callbacks)
    running(report, heartbeat_age=settings.REPORTS_STALE_AFTER_SECONDS + 1)

    with django_capture_on_commit_callbacks(execute=True):
        changed = services.fail_stale_reports()
    report.refresh_from_db()

    assert changed == 1
    assert report.state == Report.State.DONE
    assert report.attempts == 2


def test_a_report_running_past_the_hard_time_limit_is_recovered(
    round_table, settings, django_capture_on_commit_callbacks
):
    report = queued_report(round_table, django_capture_on_commit_callbacks)
    overdue = settings.CELERY_TASK_TIME_LIMIT + settings.REPORTS_STALE_AFTER_SECONDS + 1
    running(report, heartbeat_age=None, started_age=overdue)  # ran in a web process

    with django_capture_on_commit_callbacks(execute=True):
        services.fail_stale_reports()
    report.refresh_from_db()

    assert report.state == Report.State.DONE


def test_a_report_whose_attempts_are_used_up_fails_with_a_clear_reason(
    round_table, settings, django_capture_on_commit_callbacks
):
    report = queued_report(round_table, django_capture_on_commit_callbacks)
    running(report, heartbeat_age=600, attempts=settings.REPORTS_MAX_ATTEMPTS)

    with django_capture_on_commit_callbacks() as callbacks:
        services.fail_stale_reports()
    report.refresh_from_db()

    assert report.state == Report.State.FAILED
    assert report.failure == Report.Failure.WORKER_LOST
    assert "test-worker@host" in report.error
    assert callbacks == []


def test_a_report_with_a_live_worker_is_left_alone(round_table, django_capture_on_commit_callbacks):
    report = queued_report(round_table, django_capture_on_commit_callbacks)
    running(report, heartbeat_age=1)

    assert services.fail_stale_reports() == 0
    report.refresh_from_db()
    assert report.state == Report.State.RUNNING


def test_a_report_no_worker_took_up_fails_saying_so(
    round_table, settings, django_capture_on_commit_callbacks
):
    report = queued_report(round_table, django_capture_on_commit_callbacks)
    Report.objects.filter(pk=report.pk).update(
        queued_at=timezone.now() - timedelta(seconds=settings.REPORTS_QUEUED_TIMEOUT_SECONDS + 1)
    )

    services.fail_stale_reports()
    report.refresh_from_db()

    assert report.state == Report.State.FAILED
    assert report.failure == Report.Failure.NOT_TAKEN_UP


@pytest.mark.django_db(transaction=True)
def test_the_heartbeat_records_that_the_worker_is_alive(round_table, settings):
    settings.REPORTS_HEARTBEAT_SECONDS = 0.1
    report = Report.objects.create(
        kind=BRIEFING, round_table=round_table, language="en", fingerprint="x" * 64
    )
    running(report, heartbeat_age=300)
    claim = "test-worker@host:4242:dead"

    with generation.Heartbeat(report.pk, claim):
        time.sleep(0.5)
    report.refresh_from_db()

    assert timezone.now() - report.heartbeat_at < timedelta(seconds=2)
