"""Registering for an event, cancelling, and sharing seats with migrant-led organisations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.errors import NotAllowed
from consultations import services
from consultations.forms import RegistrationForm, SeatShareForm
from consultations.models import Registration, SharedSeat
from consultations.seats import can_share_from, free_seats, seat_receivers
from stakeholders.decorators import verified_email_required
from stakeholders.models import Organisation

from .events import visible_events


def _event(request, slug):
    return get_object_or_404(visible_events(request.user), slug=slug)


@verified_email_required
def event_register(request, slug):
    event = _event(request, slug)
    organisations = Organisation.objects.acting_for(request.user)
    form = RegistrationForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            services.register_for_event(
                event=event, user=request.user, organisation=form.cleaned_data["organisation"]
            )
        except NotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("You are registered. A confirmation is on its way."))
            return redirect(event)
    return render(
        request,
        "consultations/event_register.html",
        {"event": event, "form": form, "has_organisation": organisations.exists()},
    )


@verified_email_required
@require_POST
def registration_cancel(request, pk):
    registration = get_object_or_404(
        Registration.objects.select_related("event"), pk=pk, user=request.user
    )
    try:
        services.cancel_registration(registration=registration, by=request.user)
    except NotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(registration.event)


@verified_email_required
def event_seats(request, slug):
    """Seats the person's organisations share at this event, and offers made to them."""
    event = _event(request, slug)
    administered = list(_administered(request.user))
    givers = [org for org in administered if can_share_from(event, org)]
    receivers = seat_receivers().exclude(pk__in=[org.pk for org in administered])
    form = SeatShareForm(
        request.POST or None,
        givers=Organisation.objects.filter(pk__in=[org.pk for org in givers]),
        receivers=receivers,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.share_seat(
                event=event,
                from_organisation=form.cleaned_data["from_organisation"],
                to_organisation=form.cleaned_data["to_organisation"],
                by=request.user,
            )
        except NotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("The seat is offered to %(organisation)s. Its administrators are told.")
                % {"organisation": form.cleaned_data["to_organisation"]},
            )
            return redirect("consultations:event_seats", slug=event.slug)
    seats = SharedSeat.objects.filter(event=event).select_related(
        "from_organisation", "to_organisation"
    )
    return render(
        request,
        "consultations/event_seats.html",
        {
            "event": event,
            "form": form if givers else None,
            "free_seats": [(org, free_seats(event, org)) for org in givers],
            "given": seats.filter(from_organisation__in=administered),
            "received": seats.filter(to_organisation__in=administered),
            "administers": bool(administered),
        },
    )


def _administered(user):
    """The verified organisations the person administers, whose seats they share and answer for
    (consultations.rules.is_administrator_of_verified)."""
    return Organisation.objects.verified().administered_by(user)


def _seat(request, pk):
    """A seat offered by or to one of the person's organisations; 404 for any other."""
    administered = _administered(request.user)
    return get_object_or_404(
        SharedSeat.objects.involving(administered).select_related(
            "event", "from_organisation", "to_organisation"
        ),
        pk=pk,
    )


def _answer(request, pk, service, success: str):
    seat = _seat(request, pk)
    try:
        service(seat=seat, by=request.user)
    except NotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, success)
    return redirect("consultations:event_seats", slug=seat.event.slug)


@verified_email_required
@require_POST
def seat_accept(request, pk):
    return _answer(
        request,
        pk,
        services.accept_shared_seat,
        _("Seat accepted: a member of your organisation may now register."),
    )


@verified_email_required
@require_POST
def seat_decline(request, pk):
    return _answer(request, pk, services.decline_shared_seat, _("Seat declined."))


@verified_email_required
@require_POST
def seat_withdraw(request, pk):
    return _answer(request, pk, services.withdraw_shared_seat, _("Offer withdrawn."))


@login_required
def my_events(request):
    registrations = (
        Registration.objects.filter(user=request.user)
        .select_related("event", "organisation")
        .order_by("-event__starts_on")
    )
    offers = SharedSeat.objects.involving(_administered(request.user)).select_related(
        "event", "from_organisation", "to_organisation"
    )
    return render(
        request,
        "consultations/my_events.html",
        {"registrations": registrations, "offers": offers},
    )
