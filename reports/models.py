"""A generated PDF: the meeting summary of an event or the briefing of a round table, in one
language, with the state of its generation and a fingerprint of the content it was built from.

Reports change state only through `reports.services` and `reports.generation`.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.models import LANGUAGE_CHOICES
from common.uploads import RandomUploadName


def stale_running_condition(now) -> Q:
    """Running reports whose worker has stopped: no heartbeat for a while, or running past the
    hard time limit (which kills a task without letting it record anything)."""
    silent_since = now - timedelta(seconds=settings.REPORTS_STALE_AFTER_SECONDS)
    overdue_since = now - timedelta(
        seconds=settings.CELERY_TASK_TIME_LIMIT + settings.REPORTS_STALE_AFTER_SECONDS
    )
    return Q(state=Report.State.RUNNING) & (
        Q(heartbeat_at__lt=silent_since) | Q(started_at__lt=overdue_since)
    )


class ReportQuerySet(models.QuerySet):
    def of(self, kind: str, subject):
        """Every version, in every language, of the `kind` report on `subject`."""
        return self.filter(kind=kind, **{Report.SUBJECT_FIELDS[kind]: subject})

    def in_progress(self):
        return self.filter(state__in=[Report.State.QUEUED, Report.State.RUNNING])

    def stale_running(self, now=None):
        return self.filter(stale_running_condition(now or timezone.now()))

    def stale_queued(self, now=None):
        """Queued reports no worker has taken up in time (no worker running, message lost)."""
        now = now or timezone.now()
        since = now - timedelta(seconds=settings.REPORTS_QUEUED_TIMEOUT_SECONDS)
        return self.filter(state=Report.State.QUEUED, queued_at__lt=since)


class Report(models.Model):
    class Kind(models.TextChoices):
        MEETING_SUMMARY = "meeting_summary", _("Meeting summary")
        ROUND_TABLE_BRIEFING = "round_table_briefing", _("Round-table briefing")

    class State(models.TextChoices):
        QUEUED = "queued", pgettext_lazy("report state", "Queued")
        RUNNING = "running", pgettext_lazy("report state", "Being generated")
        DONE = "done", pgettext_lazy("report state", "Ready")
        FAILED = "failed", pgettext_lazy("report state", "Failed")

    class Failure(models.TextChoices):
        """Why a report failed, as the coordinator reads it; the technical detail is in `error`
        and in the worker's log."""

        ERROR = "error", _("The document could not be generated.")
        TIMED_OUT = "timed_out", _("Generating the document took longer than allowed.")
        WORKER_LOST = (
            "worker_lost",
            _("The worker generating the document stopped, and the attempts allowed are used up."),
        )
        NOT_TAKEN_UP = (
            "not_taken_up",
            _("No worker took up the request in time: the background service may be stopped."),
        )

    # The field holding the subject of each kind of report.
    SUBJECT_FIELDS = {Kind.MEETING_SUMMARY: "event", Kind.ROUND_TABLE_BRIEFING: "round_table"}

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    event = models.ForeignKey(
        "consultations.Event",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("event"),
    )
    round_table = models.ForeignKey(
        "gcm.RoundTable",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("round table"),
    )
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGE_CHOICES)
    version = models.PositiveIntegerField(_("version"), default=1)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.QUEUED, db_index=True
    )
    fingerprint = models.CharField(
        _("fingerprint"),
        max_length=64,
        help_text=_("SHA-256 of the content the document is built from."),
    )
    file = models.FileField(_("file"), upload_to=RandomUploadName("reports"), blank=True)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    failure = models.CharField(_("reason"), max_length=20, choices=Failure.choices, blank=True)
    error = models.TextField(_("technical detail"), blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    queued_at = models.DateTimeField(_("queued"), default=timezone.now)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # hostname:pid:claim of the run that holds the report, so that only that run may finish it.
    worker = models.CharField(_("worker"), max_length=200, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "event", "round_table", "language", "-version"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind="meeting_summary", event__isnull=False, round_table__isnull=True)
                    | Q(kind="round_table_briefing", event__isnull=True, round_table__isnull=False)
                ),
                name="report_subject_matches_kind",
            ),
            models.UniqueConstraint(
                fields=["event", "language", "version"],
                condition=Q(kind="meeting_summary"),
                name="one_meeting_summary_version",
            ),
            models.UniqueConstraint(
                fields=["round_table", "language", "version"],
                condition=Q(kind="round_table_briefing"),
                name="one_round_table_briefing_version",
            ),
        ]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return f"{self.get_kind_display()} — {self.subject} ({self.language}, v{self.version})"

    def get_absolute_url(self):
        return reverse("reports:report_detail", kwargs={"pk": self.pk})

    @property
    def subject(self):
        return getattr(self, self.SUBJECT_FIELDS[self.kind])

    @property
    def in_progress(self) -> bool:
        return self.state in (self.State.QUEUED, self.State.RUNNING)

    @property
    def duration(self) -> timedelta | None:
        if self.started_at and self.finished_at:
            return self.finished_at - self.started_at
        return None

    @property
    def download_name(self) -> str:
        """The file name a coordinator saves, e.g. imrf-meeting-summary-<slug>-ar-v2.pdf."""
        if self.kind == self.Kind.MEETING_SUMMARY:
            subject = self.event.slug
        else:
            subject = f"{self.round_table.forum.slug}-round-table-{self.round_table.number}"
        kind = self.kind.replace("_", "-")
        return f"imrf-{kind}-{subject}-{self.language}-v{self.version}.pdf"
