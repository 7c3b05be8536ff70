"""Pages where members of the pledging organisation write, submit, withdraw and report on pledges.

Each view fetches the pledge among the person's own organisations' pledges (404 otherwise) and
hands the change to pledges.services.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.moderation import IllegalTransition
from stakeholders.decorators import verified_email_required

from .forms import PledgeForm, ProgressForm, ReasonForm
from .models import Pledge
from .services import (
    PledgeError,
    add_progress,
    create_pledge,
    organisations_pledging_as,
    submit_pledge,
    update_pledge,
    withdraw_pledge,
)


def _own_pledge(request, pk) -> Pledge:
    """A pledge of one of the person's organisations, in any state; 404 for anyone else."""
    return get_object_or_404(
        Pledge.objects.of_organisations_of(request.user).select_related("organisation"), pk=pk
    )


def _submit_after_saving(request, pledge) -> None:
    try:
        submit_pledge(pledge=pledge, by=request.user)
    except (PledgeError, IllegalTransition) as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("Your pledge has been sent to the secretariat, who will review it.")
        )


@verified_email_required
def pledge_create(request):
    if not organisations_pledging_as(request.user).exists():
        return render(request, "pledges/cannot_pledge.html", status=403)
    form = PledgeForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            pledge = create_pledge(
                organisation=form.cleaned_data["organisation"],
                by=request.user,
                language=form.cleaned_data["language"],
                **form.pledge_fields(),
            )
        except PledgeError as error:
            form.add_error(None, error.message)
        else:
            if "submit" in request.POST:
                _submit_after_saving(request, pledge)
            else:
                messages.success(
                    request, _("Your draft is saved. Submit it to the secretariat when ready.")
                )
            return redirect(pledge)
    return render(request, "pledges/pledge_form.html", {"form": form, "pledge": None})


@verified_email_required
def pledge_edit(request, pk):
    pledge = _own_pledge(request, pk)
    if not pledge.is_editable:
        if pledge.is_published:
            messages.error(
                request, _("A published pledge's text is fixed: report progress instead.")
            )
        else:
            messages.error(request, _("This pledge can no longer be edited."))
        return redirect(pledge)
    form = PledgeForm(
        request.POST or None, request.FILES or None, instance=pledge, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            # A fresh copy: the form has already put its values on `pledge`, and the service
            # records what changed.
            pledge = update_pledge(
                pledge=Pledge.objects.get(pk=pledge.pk),
                by=request.user,
                language=form.cleaned_data["language"],
                **form.pledge_fields(),
            )
        except (PledgeError, IllegalTransition) as error:
            form.add_error(None, error.message)
        else:
            if "submit" in request.POST:
                _submit_after_saving(request, pledge)
            else:
                messages.success(request, _("Your changes are saved."))
            return redirect(pledge)
    return render(request, "pledges/pledge_form.html", {"form": form, "pledge": pledge})


@verified_email_required
@require_POST
def pledge_submit(request, pk):
    pledge = _own_pledge(request, pk)
    _submit_after_saving(request, pledge)
    return redirect(pledge)


@verified_email_required
def pledge_withdraw(request, pk):
    pledge = _own_pledge(request, pk)
    form = ReasonForm(
        request.POST or None,
        required=False,
        label=_("Why are you withdrawing the pledge? (optional)"),
    )
    if request.method == "POST" and form.is_valid():
        try:
            withdraw_pledge(pledge=pledge, by=request.user, reason=form.cleaned_data["reason"])
        except (PledgeError, IllegalTransition) as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The pledge has been withdrawn."))
        return redirect(pledge)
    return render(request, "pledges/pledge_withdraw.html", {"form": form, "pledge": pledge})


@verified_email_required
def progress_create(request, pk):
    pledge = _own_pledge(request, pk)
    if not pledge.is_published:
        messages.error(request, _("Progress can only be reported on a published pledge."))
        return redirect(pledge)
    form = ProgressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            add_progress(
                pledge=pledge,
                by=request.user,
                date=form.cleaned_data["date"],
                stage=form.cleaned_data["stage"],
                text=form.cleaned_data["text"],
                language=form.cleaned_data["language"],
            )
        except (PledgeError, IllegalTransition) as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you: your progress update is published."))
            return redirect(pledge)
    return render(request, "pledges/progress_form.html", {"form": form, "pledge": pledge})
