"""Who may do what with events and inputs, and how many seats an organisation has.

Each `check_*` function raises NotAllowed with a message the person can act on; services call
them before changing anything, and views call them to decide what to offer.
"""

from django.utils.translation import gettext as _

from stakeholders.models import EcosocStatus, ImrfAccreditation, Organisation, StakeholderGroup
from stakeholders.roles import is_secretariat

from .models import Event, Registration, SharedSeat


class NotAllowed(Exception):
    """The action is refused; `str(error)` says why, in the page's language."""


def verified_organisations_of(user):
    """The verified organisations the person is an active member of."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.verified().with_member(user).distinct()


def administered_organisations_of(user):
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.verified().administered_by(user).distinct()


def is_member_of(user, organisation) -> bool:
    return verified_organisations_of(user).filter(pk=organisation.pk).exists()


def is_administrator_of(user, organisation) -> bool:
    return administered_organisations_of(user).filter(pk=organisation.pk).exists()


def check_member_of_verified(user, organisation) -> None:
    if not user.is_authenticated:
        raise NotAllowed(_("Please sign in first."))
    if not organisation.is_verified:
        raise NotAllowed(
            _("%(organisation)s has not been verified by the secretariat yet.")
            % {"organisation": organisation}
        )
    if not is_member_of(user, organisation):
        raise NotAllowed(
            _("You are not an active member of %(organisation)s.") % {"organisation": organisation}
        )


# --- Seats ----------------------------------------------------------------------------------


def is_un_system(organisation) -> bool:
    return organisation.group == StakeholderGroup.UN_SYSTEM


def has_own_seats(event: Event, organisation) -> bool:
    """Whether the organisation may register without a shared seat."""
    if not event.registration_accredited_only:
        return True
    return organisation.is_accredited or is_un_system(organisation)


def seats_of(event: Event, organisation) -> int | None:
    """How many people the organisation may register (None: no limit): its own seats, less
    those it shares, plus those shared with it and accepted."""
    shared = SharedSeat.objects.filter(event=event)
    received = shared.accepted().filter(to_organisation=organisation).count()
    if not has_own_seats(event, organisation):
        return received
    if event.seats_per_organisation is None:
        return None
    given = shared.active().filter(from_organisation=organisation).count()
    return max(event.seats_per_organisation - given, 0) + received


def seats_taken(event: Event, organisation) -> int:
    return Registration.objects.active().filter(event=event, organisation=organisation).count()


def free_seats(event: Event, organisation) -> int | None:
    seats = seats_of(event, organisation)
    return None if seats is None else max(seats - seats_taken(event, organisation), 0)


# --- Checks -----------------------------------------------------------------------------------


def check_can_register(user, event: Event, organisation) -> None:
    if not event.is_open_for_registration:
        raise NotAllowed(_("Registration for this event is not open."))
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


def can_share_from(event: Event, organisation) -> bool:
    """An accredited organisation with a seat to spare, while registration is open."""
    return (
        event.is_open_for_registration
        and organisation.is_verified
        and organisation.is_accredited
        and free_seats(event, organisation) != 0
    )


def seat_receivers():
    """Organisations a seat may be shared with: verified, migrant-led, not accredited."""
    return (
        Organisation.objects.verified()
        .filter(migrant_led=True, ecosoc_status=EcosocStatus.NONE)
        .exclude(imrf_accreditation=ImrfAccreditation.APPROVED)
        .order_by("name")
    )


def may_receive_seat(organisation) -> bool:
    return organisation.is_verified and organisation.migrant_led and not organisation.is_accredited


def check_can_share(user, event: Event, from_organisation, to_organisation) -> None:
    if not event.is_open_for_registration:
        raise NotAllowed(_("Seats can be shared only while registration is open."))
    if not is_administrator_of(user, from_organisation):
        raise NotAllowed(
            _("Only an administrator of %(organisation)s may share its seats.")
            % {"organisation": from_organisation}
        )
    if not from_organisation.is_accredited:
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
    if seat.state != SharedSeat.State.OFFERED:
        raise NotAllowed(_("This seat has already been answered."))
    if not is_administrator_of(user, seat.to_organisation):
        raise NotAllowed(
            _("Only an administrator of %(organisation)s may answer this offer.")
            % {"organisation": seat.to_organisation}
        )


def check_can_withdraw_seat(user, seat: SharedSeat) -> None:
    if seat.state != SharedSeat.State.OFFERED:
        raise NotAllowed(_("Only a seat not yet accepted can be withdrawn."))
    if not is_administrator_of(user, seat.from_organisation):
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
