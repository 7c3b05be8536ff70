"""Public pages of the GCM reference: the home page, round tables and objectives."""

from django.shortcuts import render

from common.cache import cached_for_visitors

from .models import Forum, GuidingPrinciple, Objective, RoundTable


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


def objective_list(request):
    objectives = Objective.objects.with_round_tables()
    return render(request, "gcm/objective_list.html", {"objectives": objectives})
