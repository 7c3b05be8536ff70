"""`manage.py generate_report --event <slug> --language ar --wait`: a report from the shell."""

import time

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from common.i18n import LANGUAGE_CODES
from consultations.models import Event
from gcm.models import Forum, RoundTable
from reports import services
from reports.models import Report


class Command(BaseCommand):
    help = (
        "Generate the meeting summary of an event or the briefing of a round table in one "
        "language, and print the path of the PDF. A finished report of unchanged content is "
        "reused."
    )

    def add_arguments(self, parser):
        subject = parser.add_mutually_exclusive_group(required=True)
        subject.add_argument("--event", metavar="SLUG", help="the event's slug")
        subject.add_argument("--round-table", type=int, metavar="N", help="round table number")
        parser.add_argument(
            "--forum", metavar="SLUG", help="the round table's forum (default: the latest)"
        )
        parser.add_argument("--language", required=True, choices=LANGUAGE_CODES)
        parser.add_argument(
            "--wait",
            action="store_true",
            help="wait for the worker to finish (without a broker it runs in this process)",
        )

    def handle(self, *args, event, round_table, forum, language, wait, **options):
        kind, subject = self._subject(event, round_table, forum)
        services.fail_stale_reports()
        report = services.request_report(kind=kind, subject=subject, language=language)
        if wait:
            report = self._wait(report)
        if report.state == Report.State.FAILED:
            raise CommandError(f"Report {report.pk} failed: {report.failure} — {report.error}")
        if report.state != Report.State.DONE:
            self.stderr.write(
                f"Report {report.pk} is {report.state}; run again with --wait to wait for it."
            )
            return
        self.stdout.write(self._path(report))

    def _subject(self, event, round_table, forum):
        try:
            if event:
                return Report.Kind.MEETING_SUMMARY, Event.objects.get(slug=event)
            forums = Forum.objects.filter(slug=forum) if forum else Forum.objects.all()
            chosen = forums.order_by("-starts_on").first()
            if chosen is None:
                raise CommandError(f"No forum {forum!r}.")
            return Report.Kind.ROUND_TABLE_BRIEFING, RoundTable.objects.get(
                forum=chosen, number=round_table
            )
        except ObjectDoesNotExist:
            raise CommandError("No such event or round table.") from None

    def _wait(self, report: Report) -> Report:
        # The worker has its hard time limit for each attempt; then the report is recovered.
        limit = (settings.CELERY_TASK_TIME_LIMIT + settings.REPORTS_STALE_AFTER_SECONDS) * (
            settings.REPORTS_MAX_ATTEMPTS + 1
        )
        deadline = time.monotonic() + limit
        while report.in_progress and time.monotonic() < deadline:
            time.sleep(0.5)
            services.fail_stale_reports()
            report.refresh_from_db()
        return report

    def _path(self, report: Report) -> str:
        try:
            return default_storage.path(report.file.name)
        except NotImplementedError:  # remote storage: the name inside the bucket
            return report.file.name
