"""Public pages of the GCM reference: the home page, round tables and objectives."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.shortcuts import render

from common.cache import cached_for_visitors

from .models import Forum, GuidingPrinciple, Objective, RoundTable, round_table_name
from .topics import translated_columns


@cached_for_visitors(scopes=("gcm",))
def home(request):
    forum = Forum.objects.first()
    round_tables = RoundTable.objects.with_objectives().filter(forum=forum)
    return render(
        request,
        "home.html",
        {
            "forum": forum,
            "round_tables": round_tables,
            "objective_count": Objective.objects.count(),
        },
    )


def round_table_list(request):
    forums = Forum.objects.prefetch_related("round_tables__objectives")
    return render(
        request,
        "gcm/round_table_list.html",
        {"forums": forums, "principles": GuidingPrinciple.objects.all()},
    )


@dataclass(frozen=True)
class RoundTableTag:
    """A round table as the objective list tags an objective with: its name and forum's date."""

    name: str
    forum_starts_on: date


def objective_list(request):
    objectives = list(Objective.objects.only(*translated_columns("number", "title")))
    # Which round tables cover each objective, from one read of the link table: pairs, not a
    # round table and a forum record per objective.
    links = RoundTable.objectives.through.objects.order_by(
        "-roundtable__forum__starts_on", "roundtable__number"
    ).values_list("objective_id", "roundtable__number", "roundtable__forum__starts_on")
    covered = defaultdict(list)
    for objective_id, number, starts_on in links:
        covered[objective_id].append(RoundTableTag(round_table_name(number), starts_on))
    for objective in objectives:
        objective.round_table_tags = covered[objective.pk]
    return render(request, "gcm/objective_list.html", {"objectives": objectives})
