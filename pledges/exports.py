"""Open data: the published pledges as CSV and JSON, following the directory's filters.

The columns are listed in COLUMNS (and in the README's "Open data" section). The contact person is
never exported. CSV cells that a spreadsheet would run as a formula are prefixed with a quote.
"""

import csv
import io
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .filters import filter_pledges
from .models import Pledge, current_round_tables_by_objective, is_overdue, overdue_cutoff

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LIST_SEPARATOR = ";"

# (column, what it holds): the order of the CSV header and of each JSON record's keys.
COLUMNS = [
    ("id", "Number of the pledge on the portal."),
    ("url", "Address of the pledge's page."),
    *[(f"title_{code}", f"Title in {code} (empty when not translated).") for code in LANGUAGES],
    *[
        (f"description_{code}", f"Description in {code} (empty when not translated).")
        for code in LANGUAGES
    ],
    ("original_language", "Language the pledge was written in (en, ar, fr)."),
    ("working_translations", "Languages holding an unofficial working translation."),
    ("organisation", "Pledging organisation."),
    ("organisation_acronym", "Its acronym."),
    ("organisation_group", "Its stakeholder group (code, e.g. civil_society)."),
    ("organisation_country", "Its country (ISO 3166-1 alpha-2)."),
    ("partners", "Partner organisations."),
    ("partnership_type", "common or in_partnership, for a joint pledge."),
    ("matches", "Number of the pledge this one matches."),
    ("kind", "financial, human_resources, process_policy, technical_capacity or other."),
    ("objectives", "GCM objectives (numbers 1-23)."),
    ("forum", "The forum whose round tables are given."),
    ("round_tables", "Round tables of that forum covering the objectives (numbers)."),
    ("guiding_principles", "Guiding principles (numbers 1-10)."),
    ("countries", "Countries (ISO 3166-1 alpha-2)."),
    ("region", "Region covered as a whole, if any."),
    ("start_date", "Start (YYYY-MM-DD)."),
    ("end_date", "End (YYYY-MM-DD)."),
    ("budget", "Budget, if given."),
    ("currency", "Currency of the budget (ISO 4217)."),
    ("published_at", "Date of publication (YYYY-MM-DD)."),
    (
        "latest_stage",
        "Stage of the latest progress update: not_started, in_progress, "
        "completed or discontinued; empty before the first.",
    ),
    ("latest_progress_date", "Date of the latest progress update."),
    ("overdue", "true when no progress has been reported for 12 months."),
    ("attachment_url", "Address of the attached PDF, if any."),
]
COLUMN_NAMES = [name for name, _doc in COLUMNS]
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A CSV cell that no spreadsheet runs as a formula (OWASP's advice: a leading quote)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def export_queryset(pledges):
    return (
        pledges.select_related("organisation", "matches")
        .prefetch_related("objectives", "principles", "partners")
        .with_latest_progress()
        .order_by("pk")
    )


def pledge_records(pledges, request) -> list[dict]:
    """One dict per pledge with the COLUMNS as keys; lists stay lists (CSV joins them)."""
    index = current_round_tables_by_objective()
    cutoff = overdue_cutoff()
    records = []
    for pledge in export_queryset(pledges):
        objectives = sorted(objective.number for objective in pledge.objectives.all())
        round_tables = {
            round_table.number: round_table
            for objective in pledge.objectives.all()
            for round_table in index.get(objective.pk, [])
        }
        forum = next(iter(round_tables.values())).forum.slug if round_tables else ""
        record = {
            "id": pledge.pk,
            "url": request.build_absolute_uri(pledge.get_absolute_url()),
            **{f"title_{code}": getattr(pledge, f"title_{code}") or "" for code in LANGUAGES},
            **{
                f"description_{code}": getattr(pledge, f"description_{code}") or ""
                for code in LANGUAGES
            },
            "original_language": pledge.original_language,
            "working_translations": sorted(pledge.working_translations or []),
            "organisation": pledge.organisation.name,
            "organisation_acronym": pledge.organisation.acronym,
            "organisation_group": pledge.organisation.group,
            "organisation_country": str(pledge.organisation.country.code or ""),
            "partners": sorted(partner.name for partner in pledge.partners.all()),
            "partnership_type": pledge.partnership_type,
            "matches": pledge.matches_id,
            "kind": pledge.kind,
            "objectives": objectives,
            "forum": forum,
            "round_tables": sorted(round_tables),
            "guiding_principles": sorted(p.number for p in pledge.principles.all()),
            "countries": [country.code for country in pledge.countries],
            "region": pledge.region,
            "start_date": pledge.start_date.isoformat(),
            "end_date": pledge.end_date.isoformat(),
            "budget": str(pledge.budget) if pledge.budget is not None else None,
            "currency": pledge.currency,
            "published_at": pledge.published_at.date().isoformat() if pledge.published_at else "",
            "latest_stage": pledge.latest_stage or "",
            "latest_progress_date": (
                pledge.latest_progress_on.isoformat() if pledge.latest_progress_on else ""
            ),
            "overdue": is_overdue(pledge.published_at, pledge.latest_progress_on, cutoff),
            "attachment_url": (
                request.build_absolute_uri(pledge.get_attachment_url()) if pledge.attachment else ""
            ),
        }
        records.append(record)
    return records


def _csv_value(value) -> str:
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(item) for item in value)
    elif isinstance(value, bool):
        value = "true" if value else "false"
    return safe_cell(value)


class CsvExporter:
    identifier = "csv"
    filename = "imrf-pledges.csv"
    content_type = "text/csv; charset=utf-8"

    def render(self, records: list[dict]) -> str:
        buffer = io.StringIO()
        # A byte-order mark, so that spreadsheets read the Arabic text as UTF-8.
        buffer.write("\ufeff")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(COLUMN_NAMES)
        for record in records:
            writer.writerow([_csv_value(record[name]) for name in COLUMN_NAMES])
        return buffer.getvalue()


class JsonExporter:
    identifier = "json"
    filename = "imrf-pledges.json"
    content_type = "application/json"

    def render(self, records: list[dict], filters: dict) -> str:
        return json.dumps(
            {
                "generated_at": timezone.now().isoformat(timespec="seconds"),
                "filters": filters,
                "count": len(records),
                "columns": dict(COLUMNS),
                "pledges": records,
            },
            ensure_ascii=False,
            indent=1,
        )


def _filtered(request):
    filterset = filter_pledges(request.GET, Pledge.objects.published())
    if not filterset.is_valid():
        return filterset, JsonResponse({"errors": filterset.errors.get_json_data()}, status=400)
    return filterset, None


@require_GET
def export_csv(request):
    filterset, invalid = _filtered(request)
    if invalid:
        return invalid
    exporter = CsvExporter()
    response = HttpResponse(
        exporter.render(pledge_records(filterset.qs, request)), content_type=exporter.content_type
    )
    response["Content-Disposition"] = f'attachment; filename="{exporter.filename}"'
    return response


@require_GET
def export_json(request):
    filterset, invalid = _filtered(request)
    if invalid:
        return invalid
    exporter = JsonExporter()
    filters = {name: request.GET[name] for name in filterset.active}
    response = HttpResponse(
        exporter.render(pledge_records(filterset.qs, request), filters),
        content_type=exporter.content_type,
    )
    response["Content-Disposition"] = f'inline; filename="{exporter.filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
