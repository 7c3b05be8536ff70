"""The objective and round-table pages: everything the portal holds on a set of objectives.

Apps contribute sections by registering a provider at start-up (`register_sections` in their
`AppConfig.ready`), so that this page gathers every app's content without importing any app.
"""

from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from common.cache import cached_for_visitors

from .models import Objective, RoundTable


@dataclass
class Section:
    """A block of a topic page: a template and what it shows."""

    template: str
    context: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ObjectiveTag:
    """What a tag of an objective shows: its number, linked to its page. It reads as an
    objective does in templates (`objective.number`, `objective.get_absolute_url`)."""

    number: int
    url: str

    def get_absolute_url(self) -> str:
        return self.url


# The columns a translated text needs besides its own (`title_en`, …): `localized` reads them to
# choose the language shown and its note.
TRANSLATION_COLUMNS = ("original_language", "working_translations", "other_languages")


def translated_columns(*fields: str, prefix: str = "") -> list[str]:
    """Names for `only()`: `fields` (a translated field brings its languages with it) and the
    columns that tell which language a text is in, on the record `prefix` leads to."""
    return [f"{prefix}{name}" for name in (*TRANSLATION_COLUMNS, *fields)]


def attach_objective_tags(records, relation: str = "objectives") -> list:
    """Give each record `objective_tags`, its objectives as tags in number order, from one read
    of the link table: no objective records, and each number's address resolved once."""
    if not records:
        return records
    field = records[0]._meta.get_field(relation)
    links = (
        field.remote_field.through.objects.filter(
            **{f"{field.m2m_field_name()}__in": [record.pk for record in records]}
        )
        .order_by(f"{field.m2m_reverse_field_name()}__number")
        .values_list(field.m2m_column_name(), f"{field.m2m_reverse_field_name()}__number")
    )
    tags: dict[int, ObjectiveTag] = {}
    found: dict[int, list] = {record.pk: [] for record in records}
    for record_id, number in links:
        if number not in tags:
            tags[number] = ObjectiveTag(number, reverse("objective_detail", args=[number]))
        found[record_id].append(tags[number])
    for record in records:
        record.objective_tags = found[record.pk]
    return records


# Functions objectives -> [Section], in the order the apps registered them, and the kinds of
# record (common.cache scopes) each one's sections show.
_providers: list = []
_provider_scopes: dict = {}


def register_sections(provider, *, scopes) -> None:
    if provider not in _providers:
        _providers.append(provider)
    _provider_scopes[provider] = tuple(scopes)


def page_scopes() -> tuple[str, ...]:
    """What a topic page shows: the GCM reference and every registered app's sections."""
    return ("gcm", *(scope for provider in _providers for scope in _provider_scopes[provider]))


def sections_for(objectives) -> list[Section]:
    objectives = list(objectives)
    return [section for provider in _providers for section in provider(objectives)]


@cached_for_visitors(scopes=page_scopes)
def objective_detail(request, number):
    objective = get_object_or_404(Objective.objects.with_round_tables(), number=number)
    return render(
        request,
        "gcm/objective_detail.html",
        {"objective": objective, "sections": sections_for([objective])},
    )


@cached_for_visitors(scopes=page_scopes)
def round_table_detail(request, forum, number):
    round_table = get_object_or_404(
        RoundTable.objects.with_objectives(), forum__slug=forum, number=number
    )
    return render(
        request,
        "gcm/round_table_detail.html",
        {"round_table": round_table, "sections": sections_for(round_table.objectives.all())},
    )
