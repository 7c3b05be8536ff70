"""The objective and round-table pages: everything the portal holds on a set of objectives.

Apps contribute sections by registering a provider at start-up (`register_sections` in their
`AppConfig.ready`), so that this page gathers every app's content without importing any app.
"""

from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404, render

from common.cache import cached_for_visitors

from .models import Objective, RoundTable


@dataclass
class Section:
    """A block of a topic page: a template and what it shows."""

    template: str
    context: dict = field(default_factory=dict)


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
