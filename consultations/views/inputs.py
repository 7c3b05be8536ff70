"""Written inputs: submitting one for an event or a round table, one's own list, one input."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from common.errors import NotAllowed
from consultations import services
from consultations.forms import InputForm
from consultations.models import Input
from gcm.models import RoundTable
from stakeholders.decorators import verified_email_required
from stakeholders.models import Organisation

from .events import visible_events


def _submit(request, *, event=None, round_table=None):
    organisations = Organisation.objects.acting_for(request.user)
    objectives = round_table.objectives.all() if round_table else None
    form = InputForm(request.POST or None, organisations=organisations, objectives=objectives)
    closed = event is not None and not event.accepts_inputs
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            written = services.submit_input(
                by=request.user,
                organisation=data["organisation"],
                kind=data["kind"],
                title=data["title"],
                text=data["text"],
                objectives=data["objectives"],
                event=event,
                round_table=round_table,
                language=data["language"],
            )
        except NotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("Thank you. The secretariat will read your input before it is published."),
            )
            return redirect(written)
    return render(
        request,
        "consultations/input_form.html",
        {
            "form": form,
            "event": event,
            "round_table": round_table,
            "has_organisation": organisations.exists(),
            "closed": closed,
        },
    )


@verified_email_required
def input_create(request, slug):
    event = get_object_or_404(visible_events(request.user), slug=slug)
    return _submit(request, event=event)


@verified_email_required
def input_create_for_round_table(request, forum, number):
    round_table = get_object_or_404(
        RoundTable.objects.with_objectives(), forum__slug=forum, number=number
    )
    return _submit(request, round_table=round_table)


@login_required
def my_inputs(request):
    inputs = Input.objects.by(request.user).for_display()
    return render(request, "consultations/my_inputs.html", {"inputs": inputs})


def input_detail(request, pk):
    """A published input for everyone; a submitted or declined one only for its author, their
    organisation and the secretariat (404 for anyone else)."""
    written = get_object_or_404(Input.objects.visible_to(request.user).for_display(), pk=pk)
    return render(request, "consultations/input_detail.html", {"input": written})
