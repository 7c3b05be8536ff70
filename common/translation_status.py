"""What still needs translating: per record and language, original, translation, working
translation or missing; and the secretariat's queue of what is published (or about to be) and
not yet fully translated.

Models take part by inheriting `TranslatedRecord` and registering their text fields with
modeltranslation. A model may narrow what is "published or about to be" with a queryset method
`for_translation()`, and say how visible it is with `TRANSLATION_PRIORITY` (higher first).
"""

from dataclasses import dataclass
from functools import cache, reduce
from operator import or_

from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from modeltranslation.translator import translator

from .i18n import LANGUAGE_CODES
from .models import TranslatedRecord

ORIGINAL = "original"
TRANSLATED = "translation"
WORKING = "working"
MISSING = "missing"


@cache  # registered once at start-up; asked for every row of an admin list
def translated_fields(model) -> tuple[str, ...]:
    return tuple(sorted(translator.get_options_for_model(model).get_field_names()))


def tracked_models() -> list[type[TranslatedRecord]]:
    """Every model whose text is translated and that knows its original language."""
    models = [m for m in translator.get_registered_models() if issubclass(m, TranslatedRecord)]
    return sorted(
        models,
        key=lambda m: (-getattr(m, "TRANSLATION_PRIORITY", 0), m._meta.label_lower),
    )


def _filled(record, field: str, language: str) -> bool:
    return bool(getattr(record, f"{field}_{language}", None))


def language_state(record: TranslatedRecord, language: str) -> str:
    """Original, translation, working (unverified) or missing — for the record as a whole."""
    if language == record.original_language:
        return ORIGINAL
    for field in translated_fields(type(record)):
        if _filled(record, field, record.original_language) and not _filled(
            record, field, language
        ):
            return MISSING
    if record.is_working_translation(language):
        return WORKING
    return TRANSLATED


def language_states(record: TranslatedRecord) -> dict[str, str]:
    return {language: language_state(record, language) for language in LANGUAGE_CODES}


def _empty(field: str, language: str) -> Q:
    return Q(**{f"{field}_{language}": ""}) | Q(**{f"{field}_{language}__isnull": True})


def missing_q(model, language: str) -> Q:
    """Records with text in their original language that this language lacks, in SQL."""
    clauses = []
    for original in LANGUAGE_CODES:
        if original == language:
            continue
        for field in translated_fields(model):
            clauses.append(
                Q(original_language=original) & ~_empty(field, original) & _empty(field, language)
            )
    return reduce(or_, clauses) if clauses else Q(pk__in=[])


def working_q(language: str) -> Q:
    """Records whose text in this language is a working translation (JSON list contains)."""
    return Q(working_translations__icontains=f'"{language}"') & ~Q(original_language=language)


def queue_queryset(model, language: str | None = None):
    base = model._default_manager.all()
    if hasattr(base, "for_translation"):
        base = base.for_translation()
    languages = [language] if language else LANGUAGE_CODES
    condition = reduce(or_, [missing_q(model, lang) | working_q(lang) for lang in languages])
    return base.filter(condition)


@dataclass
class QueueEntry:
    record: TranslatedRecord
    kind: str  # app_label.model_name
    kind_name: str
    states: dict[str, str]
    admin_url: str

    @property
    def missing(self) -> list[str]:
        return [lang for lang, state in self.states.items() if state == MISSING]

    @property
    def working(self) -> list[str]:
        return [lang for lang, state in self.states.items() if state == WORKING]


def _admin_url(record) -> str:
    meta = record._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return ""


def _named_after(model) -> list[str]:
    """The rows a record's name may read (a round table's forum, the figures' event, a nameless
    speaker's organisation): fetched with the records, not once per record."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and (field.many_to_one or field.one_to_one)
    ]


def translation_queue(*, language: str | None = None, kind: str | None = None, limit: int = 500):
    """The secretariat's queue, most visible kinds first."""
    entries = []
    for model in tracked_models():
        label = model._meta.label_lower
        if kind and kind != label:
            continue
        records = queue_queryset(model, language).select_related(*_named_after(model))
        for record in records[:limit]:
            states = language_states(record)
            wanted = [language] if language else LANGUAGE_CODES
            if not any(states[lang] in (MISSING, WORKING) for lang in wanted):
                continue  # the SQL filter is generous about JSON lists; this is exact
            entries.append(
                QueueEntry(record, label, str(model._meta.verbose_name), states, _admin_url(record))
            )
    return entries[:limit]


@dataclass
class Completeness:
    kind: str
    kind_name: str
    total: int
    per_language: dict[str, dict[str, int]]  # language -> {state: count}


def completeness() -> list[Completeness]:
    """Counts per kind and language: complete (original or verified), working, missing."""
    results = []
    for model in tracked_models():
        base = model._default_manager.all()
        if hasattr(base, "for_translation"):
            base = base.for_translation()
        total = base.count()
        per_language = {}
        for language in LANGUAGE_CODES:
            missing = base.filter(missing_q(model, language)).count()
            working = base.filter(working_q(language)).exclude(missing_q(model, language)).count()
            per_language[language] = {
                MISSING: missing,
                WORKING: working,
                "complete": total - missing - working,
            }
        results.append(
            Completeness(
                model._meta.label_lower, str(model._meta.verbose_name_plural), total, per_language
            )
        )
    return results
