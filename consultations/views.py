"""Public pages of the GCM reference: round tables and objectives."""

from django.shortcuts import get_object_or_404, render

from .models import Forum, GuidingPrinciple, Objective, RoundTable


def round_table_list(request):
    forums = Forum.objects.prefetch_related("round_tables__objectives")
    return render(
        request,
        "consultations/round_table_list.html",
        {"forums": forums, "principles": GuidingPrinciple.objects.all()},
    )


def round_table_detail(request, forum, number):
    round_table = get_object_or_404(
        RoundTable.objects.with_objectives(), forum__slug=forum, number=number
    )
    return render(request, "consultations/round_table_detail.html", {"round_table": round_table})


def objective_list(request):
    objectives = Objective.objects.with_round_tables()
    return render(request, "consultations/objective_list.html", {"objectives": objectives})


def objective_detail(request, number):
    objective = get_object_or_404(Objective.objects.with_round_tables(), number=number)
    return render(request, "consultations/objective_detail.html", {"objective": objective})
