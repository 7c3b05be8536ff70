"""Making one report: claim it, render it while beating a heartbeat, store the PDF, and mark it
done or failed — never left running. Idempotent: a report that is done, or held by a run that
is alive, is left alone, so a message delivered twice does no harm."""

import enum
import logging
import os
import threading
import time
import uuid
from contextlib import nullcontext

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.models import F, Q
from django.utils import timezone

from . import rendering
from .models import Report, stale_running_condition

logger = logging.getLogger(__name__)


class Outcome(enum.Enum):
    DONE = "done"
    FAILED = "failed"
    BUSY = "busy"  # another run holds the report and may still be alive
    NOTHING_TO_DO = "nothing to do"  # done, failed, or gone


def run_report(report_id: int, *, worker: str, heartbeat: bool) -> Outcome:
    """Make the PDF of a queued report (or of a running one whose worker has died)."""
    claim = f"{worker}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    if not _claim(report_id, claim, heartbeat=heartbeat):
        state = Report.objects.filter(pk=report_id).values_list("state", flat=True).first()
        return Outcome.BUSY if state == Report.State.RUNNING else Outcome.NOTHING_TO_DO

    report = Report.objects.select_related("event", "round_table__forum").get(pk=report_id)
    started = time.monotonic()
    try:
        with Heartbeat(report_id, claim) if heartbeat else nullcontext():
            # As the content stands now (the request's rendering, if nothing changed since):
            # fingerprinted as it is, then stamped for the PDF.
            html = rendering.current_html(report.kind, report.subject, report.language)
            fingerprint = rendering.fingerprint_of(html)
            stamp = rendering.Stamp(version=report.version, generated_at=timezone.now())
            html = rendering.apply_stamp(html, stamp, report.language)
            pdf = rendering.html_to_pdf(html)
            name = default_storage.save(
                report.file.field.generate_filename(report, report.download_name),
                ContentFile(pdf.data),
            )
    except SoftTimeLimitExceeded:
        logger.error("Report %s took longer than the soft time limit", report_id)
        _fail(report_id, claim, Report.Failure.TIMED_OUT, "SoftTimeLimitExceeded")
        return Outcome.FAILED
    except Exception as error:
        logger.exception("Report %s could not be generated", report_id)
        _fail(report_id, claim, Report.Failure.ERROR, f"{type(error).__name__}: {error}")
        return Outcome.FAILED

    finished = Report.objects.filter(pk=report_id, state=Report.State.RUNNING, worker=claim)
    if not finished.update(
        state=Report.State.DONE,
        file=name,
        pages=pdf.pages,
        fingerprint=fingerprint,
        finished_at=timezone.now(),
        heartbeat_at=None,
    ):
        # Another run took the report over meanwhile; its result stands, this one goes.
        default_storage.delete(name)
        return Outcome.NOTHING_TO_DO
    logger.info(
        "Report %s (%s, %s, %s pages) generated in %.1f s",
        report_id,
        report.kind,
        report.language,
        pdf.pages,
        time.monotonic() - started,
    )
    return Outcome.DONE


def _claim(report_id: int, claim: str, *, heartbeat: bool) -> bool:
    """Take the report with one atomic UPDATE, so that two runs can never both hold it."""
    now = timezone.now()
    claimable = Q(state=Report.State.QUEUED) | stale_running_condition(now)
    return bool(
        Report.objects.filter(
            claimable, pk=report_id, attempts__lt=settings.REPORTS_MAX_ATTEMPTS
        ).update(
            state=Report.State.RUNNING,
            worker=claim,
            started_at=now,
            # Runs inside a web process (no broker) have no heartbeat: only the time limit
            # tells that they stopped.
            heartbeat_at=now if heartbeat else None,
            finished_at=None,
            attempts=F("attempts") + 1,
            failure="",
            error="",
        )
    )


def _fail(report_id: int, claim: str, failure: str, error: str) -> None:
    Report.objects.filter(pk=report_id, state=Report.State.RUNNING, worker=claim).update(
        state=Report.State.FAILED,
        failure=failure,
        error=error[:2000],
        finished_at=timezone.now(),
        heartbeat_at=None,
    )


class Heartbeat:
    """While a worker renders, a thread records every few seconds that it is alive; a worker
    that dies stops beating, and `fail_stale_reports` queues its report again."""

    def __init__(self, report_id: int, claim: str):
        self.report_id = report_id
        self.claim = claim
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._beat, name=f"report-{report_id}", daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopped.set()
        self.thread.join()

    def _beat(self) -> None:
        try:
            while not self.stopped.wait(settings.REPORTS_HEARTBEAT_SECONDS):
                Report.objects.filter(
                    pk=self.report_id, state=Report.State.RUNNING, worker=self.claim
                ).update(heartbeat_at=timezone.now())
        except Exception:
            logger.exception("Heartbeat of report %s stopped", self.report_id)
        finally:
            connection.close()  # the thread's own connection
