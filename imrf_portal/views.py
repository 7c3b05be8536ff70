"""Pages that belong to no single app: the home page and the health check."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from consultations.models import Forum, Objective, RoundTable

from .cache import cached_for_visitors


@cached_for_visitors
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


@never_cache
def health(request):
    """For load balancers and `docker compose`: answers 200 once the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
