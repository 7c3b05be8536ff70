"""Registering for events, marking attendance and sharing seats."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.audit import record_change
from common.errors import NotAllowed
from consultations.models import Event, Registration, SharedSeat
from consultations.rules import (
    check_can_answer_seat,
    check_can_cancel_registration,
    check_can_register,
    check_can_share,
    check_can_withdraw_seat,
    check_secretariat,
)
from stakeholders.notifications import notify
from stakeholders.rules import administrators_of


def _lock(event: Event) -> Event:
    """Registrations and seats of one event are decided one at a time, so that two people
    cannot take the last seat together."""
    return Event.objects.select_for_update().get(pk=event.pk)


def register_for_event(*, event: Event, user, organisation) -> Registration:
    with transaction.atomic():
        event = _lock(event)
        registration = Registration.objects.filter(event=event, user=user).first()
        if registration and registration.is_active:
            raise NotAllowed(_("You are already registered for this event."))
        check_can_register(user, event, organisation)
        from_state = registration.state if registration else ""
        if registration is None:
            registration = Registration(event=event, user=user)
        registration.organisation = organisation
        registration.state = Registration.State.REGISTERED
        registration.attended = None
        registration.save()
        record_change(
            registration,
            by=user,
            action="register",
            from_state=from_state,
            to_state=registration.state,
            changes={"organisation": organisation.pk},
        )
    notify([user], "consultations_registration_confirmed", {"registration": registration})
    return registration


def cancel_registration(*, registration: Registration, by) -> Registration:
    check_can_cancel_registration(by, registration)
    if not registration.is_active:
        raise NotAllowed(_("This registration is already cancelled."))
    with transaction.atomic():
        registration.state = Registration.State.CANCELLED
        registration.save(update_fields=["state", "updated_at"])
        record_change(
            registration,
            by=by,
            action="cancel_registration",
            from_state=Registration.State.REGISTERED,
            to_state=registration.state,
        )
    return registration


def mark_attendance(*, registration: Registration, attended: bool, by) -> Registration:
    check_secretariat(by)
    if not registration.is_active:
        raise NotAllowed(_("A cancelled registration cannot be marked as attended."))
    with transaction.atomic():
        before = registration.attended
        registration.attended = attended
        registration.attendance_marked_by = by
        registration.save(update_fields=["attended", "attendance_marked_by", "updated_at"])
        record_change(
            registration,
            by=by,
            action="mark_attendance",
            from_state="" if before is None else ("attended" if before else "absent"),
            to_state="attended" if attended else "absent",
        )
    return registration


def share_seat(*, event: Event, from_organisation, to_organisation, by) -> SharedSeat:
    """Offer one of `from_organisation`'s seats to a migrant-led organisation without
    accreditation. The seat is held for it until it answers."""
    with transaction.atomic():
        event = _lock(event)
        check_can_share(by, event, from_organisation, to_organisation)
        seat = SharedSeat.objects.create(
            event=event,
            from_organisation=from_organisation,
            to_organisation=to_organisation,
            offered_by=by,
        )
        record_change(seat, by=by, action="share_seat", to_state=seat.state)
    notify(administrators_of(to_organisation), "consultations_seat_offered", {"seat": seat})
    return seat


def _answer(seat: SharedSeat, *, by, to_state: str, action: str) -> SharedSeat:
    with transaction.atomic():
        _lock(seat.event)
        seat = SharedSeat.objects.select_related(
            "event", "from_organisation", "to_organisation"
        ).get(pk=seat.pk)
        if action == "withdraw_shared_seat":
            check_can_withdraw_seat(by, seat)
        else:
            check_can_answer_seat(by, seat)
            if not seat.event.is_open_for_registration:
                raise NotAllowed(_("Registration for this event is not open."))
        from_state = seat.state
        seat.state = to_state
        seat.decided_by = by
        seat.decided_at = timezone.now()
        seat.save(update_fields=["state", "decided_by", "decided_at"])
        record_change(seat, by=by, action=action, from_state=from_state, to_state=to_state)
    return seat


def accept_shared_seat(*, seat: SharedSeat, by) -> SharedSeat:
    seat = _answer(seat, by=by, to_state=SharedSeat.State.ACCEPTED, action="accept_shared_seat")
    notify(
        [seat.offered_by] if seat.offered_by else [], "consultations_seat_accepted", {"seat": seat}
    )
    return seat


def decline_shared_seat(*, seat: SharedSeat, by) -> SharedSeat:
    return _answer(seat, by=by, to_state=SharedSeat.State.DECLINED, action="decline_shared_seat")


def withdraw_shared_seat(*, seat: SharedSeat, by) -> SharedSeat:
    return _answer(seat, by=by, to_state=SharedSeat.State.WITHDRAWN, action="withdraw_shared_seat")
