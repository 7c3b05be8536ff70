"""Loading the GCM reference data (objectives, guiding principles, IMRF 2022 round tables).

Idempotent: records are matched by number or slug and updated in place, so running it again
changes nothing and never duplicates. Texts the secretariat has replaced are kept unless the
reference itself changed them (official titles win over working translations, never the reverse).
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import transaction

from .models import OBJECTIVE_COUNT, Forum, GuidingPrinciple, Objective, RoundTable

WORKING_TRANSLATIONS_FILE = Path(__file__).parent / "data" / "working_translations.json"
DEFAULT_FORUM_SLUG = "imrf-2022"


@dataclass
class ReferenceSummary:
    objectives: int
    guiding_principles: int
    round_tables: int


def _read(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _fill(record, field: str, language: str, official: str | None, working: str | None) -> str:
    """Set one language of a field: the official text if there is one, else a working one.

    A working translation never overwrites text already there that is not itself a working
    translation (the secretariat may have put in the official wording). Returns what was used:
    "official", "working" or "" (nothing).
    """
    attribute = f"{field}_{language}"
    if official:
        setattr(record, attribute, official)
        return "official"
    if working and (not getattr(record, attribute) or record.is_working_translation(language)):
        setattr(record, attribute, working)
        return "working"
    return ""


def _mark_working(record, used: dict[str, list[str]]) -> None:
    """A language is a working translation if any of the record's fields used a working text."""
    marks = set(record.working_translations or [])
    for language, sources in used.items():
        if "working" in sources:
            marks.add(language)
        elif sources and all(source == "official" for source in sources):
            marks.discard(language)
    record.working_translations = sorted(marks)


def _fill_all(record, fields: dict[tuple[str, str], tuple[str | None, str | None]]) -> None:
    used: dict[str, list[str]] = {}
    for (field, language), (official, working) in fields.items():
        used.setdefault(language, []).append(_fill(record, field, language, official, working))
    _mark_working(record, used)


@transaction.atomic
def load_reference(path: Path | None = None) -> ReferenceSummary:
    data = _read(path or settings.REFERENCE_DATA_FILE)
    working = _read(WORKING_TRANSLATIONS_FILE)

    objectives = {}
    for entry in data["objectives"]:
        number = entry["number"]
        extra = working["objectives"].get(str(number), {})
        objective = Objective.objects.filter(number=number).first() or Objective(number=number)
        objective.original_language = "en"
        _fill_all(
            objective,
            {
                ("title", "en"): (entry["en"], None),
                ("title", "fr"): (entry.get("fr"), extra.get("fr")),
                ("title", "ar"): (entry.get("ar"), extra.get("ar")),
                ("short_title", "en"): (entry["short_en"], None),
                ("short_title", "fr"): (entry.get("short_fr"), None),
                ("short_title", "ar"): (entry.get("short_ar"), extra.get("short_ar")),
            },
        )
        objective.save()
        objectives[number] = objective
    if len(objectives) != OBJECTIVE_COUNT:
        raise ValueError(
            f"The reference holds {len(objectives)} objectives, not {OBJECTIVE_COUNT}."
        )

    for number, entry in enumerate(data["guiding_principles"], start=1):
        principle = GuidingPrinciple.objects.filter(number=number).first() or GuidingPrinciple(
            number=number
        )
        principle.paragraph = entry["paragraph"]
        _fill_all(
            principle,
            {
                ("title", "en"): (entry["en"], None),
                ("title", "fr"): (entry.get("fr"), None),
                ("title", "ar"): (entry.get("ar"), working["guiding_principles"].get(str(number))),
            },
        )
        principle.save()

    forum_data = working["forums"][DEFAULT_FORUM_SLUG]
    forum = Forum.objects.filter(slug=DEFAULT_FORUM_SLUG).first() or Forum(slug=DEFAULT_FORUM_SLUG)
    forum.starts_on = date.fromisoformat(forum_data["starts_on"])
    forum.ends_on = date.fromisoformat(forum_data["ends_on"])
    _fill_all(
        forum,
        {
            (field, language): (
                None if language in forum_data["working"] else forum_data[f"{field}_{language}"],
                forum_data[f"{field}_{language}"] if language in forum_data["working"] else None,
            )
            for field in ("name", "location")
            for language in ("en", "fr", "ar")
        },
    )
    forum.save()

    for entry in data["round_tables"]:
        round_table, _ = RoundTable.objects.get_or_create(forum=forum, number=entry["number"])
        round_table.background_note_by = entry.get("background_note_by") or ""
        round_table.save()
        round_table.objectives.set([objectives[n] for n in entry["objectives"]])

    return ReferenceSummary(
        objectives=Objective.objects.count(),
        guiding_principles=GuidingPrinciple.objects.count(),
        round_tables=RoundTable.objects.filter(forum=forum).count(),
    )
