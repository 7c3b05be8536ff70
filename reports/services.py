"""Asking for reports, retrying them, and recovering the ones a dead worker left behind.

The PDF itself is made by `reports.tasks.generate_report` (a Celery worker, or this process when
no broker is configured), queued once the request's transaction has committed.
"""

import logging
from functools import partial

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from common.i18n import LANGUAGE_CODES

from . import rendering
from .models import Report

logger = logging.getLogger(__name__)


def request_report(*, kind: str, subject, language: str, by=None) -> Report:
    """The report on `subject` in `language`: the finished one if the content has not changed
    since, the one being made, or a new version queued for a worker."""
    fingerprint = rendering.content_fingerprint(kind, subject, language)
    with transaction.atomic():
        # One request at a time per subject, so that two clicks make one version.
        list(type(subject)._default_manager.select_for_update().filter(pk=subject.pk).values("pk"))
        versions = Report.objects.of(kind, subject).filter(language=language)
        latest = versions.order_by("-version").first()
        if latest and latest.fingerprint == fingerprint:
            if latest.state == Report.State.FAILED:
                return retry_report(report=latest, by=by)
            return latest
        report = Report.objects.create(
            kind=kind,
            language=language,
            version=(versions.aggregate(Max("version"))["version__max"] or 0) + 1,
            fingerprint=fingerprint,
            requested_by=by,
            **{Report.SUBJECT_FIELDS[kind]: subject},
        )
        _queue(report.pk)
    report.refresh_from_db()  # without a broker, the task has run on commit
    return report


def request_all_languages(*, kind: str, subject, by=None) -> list[Report]:
    return [
        request_report(kind=kind, subject=subject, language=language, by=by)
        for language in LANGUAGE_CODES
    ]


def retry_report(*, report: Report, by=None) -> Report:
    """Queue a failed report again, with a fresh count of attempts."""
    with transaction.atomic():
        now = timezone.now()
        retried = Report.objects.filter(pk=report.pk, state=Report.State.FAILED).update(
            state=Report.State.QUEUED,
            failure="",
            error="",
            attempts=0,
            requested_by=by,
            requested_at=now,
            queued_at=now,
            started_at=None,
            finished_at=None,
            worker="",
        )
        if retried:
            _queue(report.pk)
    report.refresh_from_db()
    return report


def fail_stale_reports(*, now=None) -> int:
    """Notice reports that no live worker is making: a running report whose worker went silent
    is queued again (or failed once its attempts are used up); a report queued for too long
    fails. Cheap when there is nothing to do (one query), so pages and tasks call it freely.
    Returns how many reports it changed."""
    now = now or timezone.now()
    changed = 0
    for report in Report.objects.stale_running(now).only("pk", "worker", "attempts"):
        # The same conditions again, in the UPDATE: a concurrent caller changes it only once.
        still_stale = Report.objects.stale_running(now).filter(
            pk=report.pk, worker=report.worker, attempts=report.attempts
        )
        if report.attempts >= settings.REPORTS_MAX_ATTEMPTS:
            changed += still_stale.update(
                state=Report.State.FAILED,
                failure=Report.Failure.WORKER_LOST,
                error=f"No sign of life from {report.worker} after {report.attempts} attempts.",
                finished_at=now,
                heartbeat_at=None,
            )
        elif still_stale.update(
            state=Report.State.QUEUED,
            queued_at=now,
            started_at=None,
            heartbeat_at=None,
            worker="",
        ):
            logger.warning(
                "Report %s: no sign of life from %s; queued again", report.pk, report.worker
            )
            _queue(report.pk)
            changed += 1
    changed += Report.objects.stale_queued(now).update(
        state=Report.State.FAILED,
        failure=Report.Failure.NOT_TAKEN_UP,
        error=f"Queued for more than {settings.REPORTS_QUEUED_TIMEOUT_SECONDS} s.",
        finished_at=now,
    )
    return changed


def _queue(report_id: int) -> None:
    # The task by its name (ReportsConfig.ready registers it): the task module calls these
    # services, so importing it here would make a circle.
    task = current_app.tasks["reports.tasks.generate_report"]
    transaction.on_commit(partial(task.delay, report_id))
