"""Who may do what with events, seats and written inputs.

The predicates (django-rules) say yes or no, and are registered by name for templates, the admin
and querysets. The `check_*` functions below them say why not: each raises NotAllowed with a
message the person can act on. Services call them before changing anything, and views call them
to decide what to offer. How many seats an organisation has is consultations.seats'.
"""

import rules
from django.utils.translation import gettext as _

from common.errors import NotAllowed
from stakeholders.rules import (
    is_administrator_of,
    is_member_of,
    is_member_of_verified,
    is_secretariat,
    organisation_is_verified,
)

from .models import Event, Input, SharedSeat
from .seats import free_seats, has_own_seats, may_receive_seat, places_left, seats_of

# --- Organisations --------------------------------------------------------------------------


@rules.predicate
def organisation_is_accredited(user, organisation) -> bool:
    return organisation is not None and organisation.is_accredited


# Registers its people for events (seats permitting) and sends written inputs in its name.
can_register_for_event = is_member_of_verified
can_send_input = is_member_of_verified

# Shares seats, and answers the seats offered to it: the administrators of a verified
# organisation (an accredited one, to give a seat).
is_administrator_of_verified = organisation_is_verified & is_administrator_of
can_share_seat = is_administrator_of_verified & organisation_is_accredited


# --- Seats, registrations, inputs -----------------------------------------------------------


@rules.predicate
def seat_is_offered(user, seat: SharedSeat) -> bool:
    return seat.state == SharedSeat.State.OFFERED


@rules.predicate
def administers_seat_receiver(user, seat: SharedSeat) -> bool:
    return is_administrator_of_verified(user, seat.to_organisation)


@rules.predicate
def administers_seat_giver(user, seat: SharedSeat) -> bool:
    return is_administrator_of_verified(user, seat.from_organisation)


can_answer_seat = seat_is_offered & administers_seat_receiver
can_withdraw_seat = seat_is_offered & administers_seat_giver


@rules.predicate
def is_registrant(user, registration) -> bool:
    return user.is_authenticated and registration.user_id == user.pk


can_cancel_registration = is_registrant | is_secretariat


@rules.predicate
def input_is_published(user, written: Input) -> bool:
    return written.state == Input.State.PUBLISHED


@rules.predicate
def wrote_input(user, written: Input) -> bool:
    return user.is_authenticated and written.author_id == user.pk


@rules.predicate
def is_member_of_input_organisation(user, written: Input) -> bool:
    return is_member_of(user, written.organisation)


# Input.objects.visible_to(user) is the same rule, for lists.
can_see_input = input_is_published | is_secretariat | wrote_input | is_member_of_input_organisation

rules.add_perm("consultations.register_for_event", can_register_for_event)
rules.add_perm("consultations.send_input", can_send_input)
rules.add_perm("consultations.share_seat", can_share_seat)
rules.add_perm("consultations.answer_seat", can_answer_seat)
rules.add_perm("consultations.withdraw_seat", can_withdraw_seat)
rules.add_perm("consultations.cancel_registration", can_cancel_registration)
rules.add_perm("consultations.see_input", can_see_input)
# The secretariat prepares events before they are public and moderates inputs.
rules.add_perm("consultations.view_every_event", is_secretariat)
rules.add_perm("consultations.view_every_input", is_secretariat)


# --- Why not: the checks services run, with a reason for the person --------------------------


def check_member_of_verified(user, organisation) -> None:
    if not user.is_authenticated:
        raise NotAllowed(_("Please sign in first."))
    if not organisation_is_verified(user, organisation):
        raise NotAllowed(
            _("%(organisation)s has not been verified by the secretariat yet.")
            % {"organisation": organisation}
        )
    if not is_member_of(user, organisation):
        raise NotAllowed(
            _("You are not an active member of %(organisation)s.") % {"organisation": organisation}
        )


def check_can_register(user, event: Event, organisation) -> None:
    if event.state == Event.State.REGISTRATION_OPEN and event.registration_deadline_passed:
        raise NotAllowed(_("The registration deadline for this event has passed."))
    if not event.is_open_for_registration:
        raise NotAllowed(_("Registration for this event is not open."))
    if places_left(event) == 0:
        raise NotAllowed(_("This event is full: every place is taken."))
    check_member_of_verified(user, organisation)
    if not has_own_seats(event, organisation) and seats_of(event, organisation) == 0:
        raise NotAllowed(
            _(
                "Only accredited organisations may register for this event. An accredited "
                "organisation may share one of its seats with a migrant-led organisation."
            )
        )
    if free_seats(event, organisation) == 0:
        raise NotAllowed(
            _("All the seats of %(organisation)s for this event are taken.")
            % {"organisation": organisation}
        )


def check_can_cancel_registration(user, registration) -> None:
    if not can_cancel_registration(user, registration):
        raise NotAllowed(_("This registration is not yours."))


def check_can_share(user, event: Event, from_organisation, to_organisation) -> None:
    if not event.is_open_for_registration:
        raise NotAllowed(_("Seats can be shared only while registration is open."))
    if not is_administrator_of_verified(user, from_organisation):
        raise NotAllowed(
            _("Only an administrator of %(organisation)s may share its seats.")
            % {"organisation": from_organisation}
        )
    if not organisation_is_accredited(user, from_organisation):
        raise NotAllowed(_("Only accredited organisations may share their seats."))
    if free_seats(event, from_organisation) == 0:
        raise NotAllowed(
            _("%(organisation)s has no free seat left to share.")
            % {"organisation": from_organisation}
        )
    if from_organisation.pk == to_organisation.pk or not may_receive_seat(to_organisation):
        raise NotAllowed(
            _("Seats can be shared with verified migrant-led organisations without accreditation.")
        )
    already = SharedSeat.objects.active().filter(
        event=event, from_organisation=from_organisation, to_organisation=to_organisation
    )
    if already.exists():
        raise NotAllowed(
            _("%(organisation)s has already been offered a seat by you.")
            % {"organisation": to_organisation}
        )


def check_can_answer_seat(user, seat: SharedSeat) -> None:
    if not seat_is_offered(user, seat):
        raise NotAllowed(_("This seat has already been answered."))
    if not administers_seat_receiver(user, seat):
        raise NotAllowed(
            _("Only an administrator of %(organisation)s may answer this offer.")
            % {"organisation": seat.to_organisation}
        )


def check_can_withdraw_seat(user, seat: SharedSeat) -> None:
    if not seat_is_offered(user, seat):
        raise NotAllowed(_("Only a seat not yet accepted can be withdrawn."))
    if not administers_seat_giver(user, seat):
        raise NotAllowed(
            _("Only an administrator of %(organisation)s may withdraw this offer.")
            % {"organisation": seat.from_organisation}
        )


def check_secretariat(user) -> None:
    if not is_secretariat(user):
        raise NotAllowed(_("Only the secretariat may do this."))


def check_can_submit_input(user, organisation, *, event=None, round_table=None) -> None:
    check_member_of_verified(user, organisation)
    if event is not None and not event.accepts_inputs:
        raise NotAllowed(_("This event no longer takes written inputs: its summary is out."))
