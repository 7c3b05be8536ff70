#!/usr/bin/env python3
"""Seconds per language to make the seed meeting summary: through the portal (the fingerprint a
request computes, then what the worker does: content, template, WeasyPrint, storage) and with
WeasyPrint alone on the same HTML.

    .venv/bin/python bench/report_timing.py [--repeat 3] [--ratio-only]

Needs the seed meeting (`manage.py load_demo`) in the configured database. Leaves nothing
behind: the reports are rolled back and their files written to a temporary folder. The last line
is `report_overhead=<portal / WeasyPrint alone>`.
"""

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imrf_portal.settings")
if not os.environ.get("DJANGO_SECRET_KEY"):
    os.environ.setdefault("DJANGO_DEBUG", "1")

SEED_EVENT = "arab-region-imrf-dialogue-2022"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per language (median kept)")
    parser.add_argument("--ratio-only", action="store_true", help="print the ratio line only")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import transaction
    from django.utils import timezone

    from common.cache import bump_scopes
    from consultations.models import Event
    from reports import generation, rendering
    from reports.models import Report

    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="report-timing-")
    event = Event.objects.filter(slug=SEED_EVENT).first()
    if event is None:
        sys.exit(f"No event {SEED_EVENT!r}: run `manage.py load_demo` first.")

    kind = Report.Kind.MEETING_SUMMARY

    def through_the_portal(language: str, version: int) -> tuple[float, float]:
        """As a coordinator's request does it: fingerprint, record, then the worker's run."""
        # A new version after a change of content: nothing rendered before may be reused.
        bump_scopes("consultations")
        gc.collect()
        started = time.perf_counter()
        fingerprint = rendering.content_fingerprint(kind, event, language)
        report = Report.objects.create(
            kind=kind, event=event, language=language, version=version, fingerprint=fingerprint
        )
        queued = time.perf_counter()
        outcome = generation.run_report(report.pk, worker="bench", heartbeat=False)
        finished = time.perf_counter()
        if outcome is not generation.Outcome.DONE:
            report.refresh_from_db()
            sys.exit(f"{language}: {outcome} {report.error}")
        return finished - started, finished - queued

    def weasyprint_alone(language: str) -> tuple[float, int]:
        html = rendering.render_html(
            kind, event, language, stamp=rendering.Stamp(1, timezone.now())
        )
        gc.collect()
        started = time.perf_counter()
        pdf = rendering.html_to_pdf(html)
        return time.perf_counter() - started, pdf.pages

    rows = []
    with transaction.atomic():
        for language in ("en", "ar", "fr"):
            portal, worker, alone, pages = [], [], [], 0
            for run in range(args.repeat + 1):  # the first run warms fonts and templates up
                # Taken in turn first and second, so that neither gains from going second.
                if run % 2:
                    alone_s, pages = weasyprint_alone(language)
                    portal_s, worker_s = through_the_portal(language, 1000 + run)
                else:
                    portal_s, worker_s = through_the_portal(language, 1000 + run)
                    alone_s, pages = weasyprint_alone(language)
                if run:
                    portal.append(portal_s)
                    worker.append(worker_s)
                    alone.append(alone_s)
            rows.append(
                (
                    language,
                    statistics.median(portal),
                    statistics.median(alone),
                    pages,
                    statistics.median(worker),
                )
            )
        transaction.set_rollback(True)

    if not args.ratio_only:
        # portal: the coordinator's request (which renders the document to fingerprint it) and
        # the worker's run; worker: the run alone; WeasyPrint: the same HTML to PDF, alone.
        print(f"{'language':<10}{'portal s':>10}{'worker s':>10}{'WeasyPrint s':>14}{'pages':>7}")
        for language, portal_s, alone_s, pages, worker_s in rows:
            print(f"{language:<10}{portal_s:>10.2f}{worker_s:>10.2f}{alone_s:>14.2f}{pages:>7}")
        total = sum(row[1] for row in rows)
        worker_total = sum(row[4] for row in rows)
        alone_total = sum(row[2] for row in rows)
        print(f"{'together':<10}{total:>10.2f}{worker_total:>10.2f}{alone_total:>14.2f}")
        print(f"worker_overhead={worker_total / alone_total:.2f}")
    ratio = sum(row[1] for row in rows) / sum(row[2] for row in rows)
    print(f"report_overhead={ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
