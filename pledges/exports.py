"""Open data: the published pledges as CSV and JSON, following the directory's filters.

The columns are listed in COLUMNS (and in the README's "Open data" section). The contact person is
never exported. CSV cells are made safe to open in a spreadsheet by common.csv_cells.
"""

import json
from collections.abc import Iterable, Iterator
from itertools import islice

from django.conf import settings
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from common.csv_cells import csv_cell, csv_writer

from .filters import filter_pledges
from .models import Pledge, current_round_tables_by_objective, is_overdue, overdue_cutoff

LANGUAGES = [code for code, _name in settings.LANGUAGES]

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


# Pledges read per query while exporting: 10,000 pledges stream out in steady memory.
CHUNK_SIZE = 1000
PLEDGE_FIELDS = [
    "pk",
    *[f"{name}_{code}" for name in ("title", "description") for code in LANGUAGES],
    "original_language",
    "working_translations",
    "organisation__name",
    "organisation__acronym",
    "organisation__group",
    "organisation__country",
    "partnership_type",
    "matches_id",
    "kind",
    "countries",
    "region",
    "start_date",
    "end_date",
    "budget",
    "currency",
    "published_at",
    "latest_stage",
    "latest_progress_on",
    "attachment",
]


def export_queryset(pledges):
    return pledges.with_latest_progress().order_by("pk").values(*PLEDGE_FIELDS)


def _values_by_pledge(through, pledge_ids, *fields) -> dict:
    """{pledge id: [values]} of one many-to-many relation, for a chunk of pledges in one query."""
    found: dict = {}
    rows = through.objects.filter(pledge_id__in=pledge_ids).values_list("pledge_id", *fields)
    for pledge_id, *values in rows:
        found.setdefault(pledge_id, []).append(values[0] if len(values) == 1 else tuple(values))
    return found


def pledge_records(pledges, request) -> Iterator[dict]:
    """One dict per pledge with the COLUMNS as keys; lists stay lists (CSV joins them).

    Read as plain values, a chunk at a time, with each relation of a chunk in one query: building
    model instances and prefetching them took most of an export's time (6 s for 5,800 pledges)."""
    index = current_round_tables_by_objective()
    cutoff = overdue_cutoff()
    site = request.build_absolute_uri("/").rstrip("/")
    detail_url = reverse("pledges:pledge_detail", kwargs={"pk": 0}).replace("/0/", "/{pk}/")
    attachment_url = reverse("pledges:pledge_attachment", kwargs={"pk": 0}).replace("/0/", "/{pk}/")
    rows = export_queryset(pledges).iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(rows, CHUNK_SIZE)):
        ids = [row["pk"] for row in chunk]
        objectives_of = _values_by_pledge(
            Pledge.objectives.through, ids, "objective_id", "objective__number"
        )
        principles_of = _values_by_pledge(
            Pledge.principles.through, ids, "guidingprinciple__number"
        )
        partners_of = _values_by_pledge(Pledge.partners.through, ids, "organisation__name")
        for row in chunk:
            pk = row["pk"]
            objectives = objectives_of.get(pk, [])
            round_tables = {
                round_table.number: round_table
                for objective_id, _number in objectives
                for round_table in index.get(objective_id, [])
            }
            forum = next(iter(round_tables.values())).forum.slug if round_tables else ""
            yield {
                "id": pk,
                "url": site + detail_url.format(pk=pk),
                **{f"title_{code}": row[f"title_{code}"] or "" for code in LANGUAGES},
                **{f"description_{code}": row[f"description_{code}"] or "" for code in LANGUAGES},
                "original_language": row["original_language"],
                "working_translations": sorted(row["working_translations"] or []),
                "organisation": row["organisation__name"],
                "organisation_acronym": row["organisation__acronym"],
                "organisation_group": row["organisation__group"],
                "organisation_country": str(row["organisation__country"] or ""),
                "partners": sorted(partners_of.get(pk, [])),
                "partnership_type": row["partnership_type"],
                "matches": row["matches_id"],
                "kind": row["kind"],
                "objectives": sorted(number for _id, number in objectives),
                "forum": forum,
                "round_tables": sorted(round_tables),
                "guiding_principles": sorted(principles_of.get(pk, [])),
                "countries": [code for code in (row["countries"] or "").split(",") if code],
                "region": row["region"],
                "start_date": row["start_date"].isoformat(),
                "end_date": row["end_date"].isoformat(),
                "budget": str(row["budget"]) if row["budget"] is not None else None,
                "currency": row["currency"],
                "published_at": row["published_at"].date().isoformat()
                if row["published_at"]
                else "",
                "latest_stage": row["latest_stage"] or "",
                "latest_progress_date": (
                    row["latest_progress_on"].isoformat() if row["latest_progress_on"] else ""
                ),
                "overdue": is_overdue(row["published_at"], row["latest_progress_on"], cutoff),
                "attachment_url": site + attachment_url.format(pk=pk) if row["attachment"] else "",
            }


class _Passthrough:
    """A file-like object whose write returns what it is given: csv.writer then hands back
    each line instead of storing it."""

    def write(self, value: str) -> str:
        return value


def _batched(lines: Iterable[str], size: int = 64 * 1024) -> Iterator[str]:
    """Lines joined into pieces of about `size` characters: a few large writes to the socket
    rather than one per pledge."""
    batch, length = [], 0
    for line in lines:
        batch.append(line)
        length += len(line)
        if length >= size:
            yield "".join(batch)
            batch, length = [], 0
    if batch:
        yield "".join(batch)


class CsvExporter:
    identifier = "csv"
    filename = "imrf-pledges.csv"
    content_type = "text/csv; charset=utf-8"

    def render(self, records: Iterable[dict]) -> Iterator[str]:
        writer = csv_writer(_Passthrough())
        # A byte-order mark, so that spreadsheets read the Arabic text as UTF-8.
        yield "\ufeff" + writer.writerow(COLUMN_NAMES)
        for record in records:
            yield writer.writerow([csv_cell(record[name]) for name in COLUMN_NAMES])


class JsonExporter:
    identifier = "json"
    filename = "imrf-pledges.json"
    content_type = "application/json"

    def render(self, records: Iterable[dict], filters: dict, count: int) -> Iterator[str]:
        head = json.dumps(
            {
                "generated_at": timezone.now().isoformat(timespec="seconds"),
                "filters": filters,
                "count": count,
                "columns": dict(COLUMNS),
            },
            ensure_ascii=False,
            indent=1,
        )
        yield head.removesuffix("\n}") + ',\n "pledges": ['
        separator = "\n  "
        for record in records:
            yield separator + json.dumps(record, ensure_ascii=False)
            separator = ",\n  "
        yield "\n ]\n}\n"


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
    response = StreamingHttpResponse(
        _batched(exporter.render(pledge_records(filterset.qs, request))),
        content_type=exporter.content_type,
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
    records = pledge_records(filterset.qs, request)
    response = StreamingHttpResponse(
        _batched(exporter.render(records, filters, count=filterset.qs.count())),
        content_type=exporter.content_type,
    )
    response["Content-Disposition"] = f'inline; filename="{exporter.filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
