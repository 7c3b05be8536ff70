"""The objective and round-table pages: everything the portal holds on a set of objectives.

Each app contributes sections through its own `topics.sections(objectives)`, so that gathering
content from several apps happens here and no two apps import each other.
"""

from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404, render

from consultations import topics as consultation_topics
from consultations.models import Objective, RoundTable
from engagement import topics as engagement_topics
from imrf_portal.cache import cached_for_visitors
from pledges import topics as pledge_topics


@dataclass
class Section:
    """A block of a topic page: a template and what it shows."""

    template: str
    context: dict = field(default_factory=dict)


PROVIDERS = (consultation_topics, pledge_topics, engagement_topics)


def sections_for(objectives) -> list[Section]:
    objectives = list(objectives)
    return [section for provider in PROVIDERS for section in provider.sections(objectives)]


@cached_for_visitors
def objective_detail(request, number):
    objective = get_object_or_404(Objective.objects.with_round_tables(), number=number)
    return render(
        request,
        "consultations/objective_detail.html",
        {"objective": objective, "sections": sections_for([objective])},
    )


@cached_for_visitors
def round_table_detail(request, forum, number):
    round_table = get_object_or_404(
        RoundTable.objects.with_objectives(), forum__slug=forum, number=number
    )
    return render(
        request,
        "consultations/round_table_detail.html",
        {"round_table": round_table, "sections": sections_for(round_table.objectives.all())},
    )
