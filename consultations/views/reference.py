"""Public pages of the GCM reference: round tables and objectives."""

from django.shortcuts import render

from consultations.models import Forum, GuidingPrinciple, Objective


def round_table_list(request):
    forums = Forum.objects.prefetch_related("round_tables__objectives")
    return render(
        request,
        "consultations/round_table_list.html",
        {"forums": forums, "principles": GuidingPrinciple.objects.all()},
    )


def objective_list(request):
    objectives = Objective.objects.with_round_tables()
    return render(request, "consultations/objective_list.html", {"objectives": objectives})
