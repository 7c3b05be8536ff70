"""A member's own page: their contributions (and whether the secretariat hid one, and why),
their organisations' survey answers and practices."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from stakeholders.models import Organisation

from ..models import Contribution, Practice, SurveyResponse


@login_required
def my_contributions(request):
    user = request.user
    return render(
        request,
        "engagement/my_contributions.html",
        {
            "organisations": Organisation.objects.acting_for(user),
            "contributions": Contribution.objects.by(user)
            .select_related("discussion", "organisation")
            .order_by("-created_at"),
            "responses": SurveyResponse.objects.of_organisations_of(user)
            .select_related("survey", "organisation", "answered_by__profile")
            .order_by("-submitted_at"),
            "practices": Practice.objects.of_organisations_of(user)
            .for_listing()
            .order_by("-submitted_at"),
        },
    )
