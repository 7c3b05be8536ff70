"""How many people an organisation may register for an event: its own seats, less those it shares
with migrant-led organisations, plus those shared with it and accepted. Who may share or answer
is consultations.rules'."""

from stakeholders.models import EcosocStatus, ImrfAccreditation, Organisation, StakeholderGroup

from .models import Event, Registration, SharedSeat


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


def places_left(event: Event) -> int | None:
    """Places the event still has (None: no limit). A registration holds a place until it is
    cancelled; shared seats only move places between organisations."""
    if event.capacity is None:
        return None
    return max(event.capacity - Registration.objects.active().filter(event=event).count(), 0)


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
