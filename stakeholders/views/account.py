"""A person's own page: profile, organisations, requests, and what to do next."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..forms import ProfileForm
from ..models import Membership, Organisation
from ..services import ensure_profile


@login_required
def my_account(request):
    profile = ensure_profile(user=request.user)
    memberships = list(
        Membership.objects.filter(user=request.user)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    requests_to_answer = (
        Membership.objects.requests()
        .filter(organisation__in=Organisation.objects.administered_by(request.user))
        .select_related("user__profile", "organisation")
        .order_by("organisation__name", "created_at")
    )
    return render(
        request,
        "stakeholders/my_account.html",
        {
            "profile": profile,
            "memberships": [m for m in memberships if m.state == Membership.State.ACTIVE],
            "asked": [m for m in memberships if m.state == Membership.State.REQUESTED],
            "declined": [m for m in memberships if m.state == Membership.State.DECLINED],
            "requests_to_answer": requests_to_answer,
        },
    )


@login_required
def profile_edit(request):
    profile = ensure_profile(user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("stakeholders:my_account")
    return render(request, "stakeholders/profile_form.html", {"form": form})
