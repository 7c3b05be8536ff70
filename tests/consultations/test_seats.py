"""Seat sharing: an accredited organisation gives one of its seats to a migrant-led
organisation without accreditation, which accepts it; then one of its members registers."""

import pytest
from django.core import mail

from common.errors import NotAllowed
from common.models import AuditRecord
from consultations import services
from consultations.models import SharedSeat
from consultations.seats import free_seats, seats_of
from tests.factories import (
    EventFactory,
    OrganisationFactory,
    UserFactory,
    administrator_of,
    member_of,
    secretariat_user,
)

from .helpers import url

pytestmark = pytest.mark.usefixtures("reference")


@pytest.fixture
def closed_event(db):
    """Accredited organisations only, two seats each."""
    return EventFactory(registration_accredited_only=True, seats_per_organisation=2)


def test_a_shared_seat_lets_a_migrant_led_organisation_register(
    closed_event, accredited, migrant_led, django_capture_on_commit_callbacks
):
    giver, receiver = (
        administrator_of(accredited),
        administrator_of(migrant_led, user__language="ar"),
    )
    worker = member_of(migrant_led)
    with pytest.raises(NotAllowed):
        services.register_for_event(event=closed_event, user=worker, organisation=migrant_led)

    with django_capture_on_commit_callbacks(execute=True):
        seat = services.share_seat(
            event=closed_event, from_organisation=accredited, to_organisation=migrant_led, by=giver
        )
    assert [m.to for m in mail.outbox] == [[receiver.email]]
    assert "مقعدًا" in mail.outbox[0].subject  # in the receiver's language
    assert seats_of(closed_event, accredited) == 1  # held from the offer on
    assert seats_of(closed_event, migrant_led) == 0  # not yet accepted

    with django_capture_on_commit_callbacks(execute=True):
        services.accept_shared_seat(seat=seat, by=receiver)
        registration = services.register_for_event(
            event=closed_event, user=worker, organisation=migrant_led
        )

    assert registration.organisation == migrant_led
    assert free_seats(closed_event, migrant_led) == 0
    assert [m.to for m in mail.outbox][1] == [giver.email]  # told of the acceptance
    actions = AuditRecord.objects.for_object(seat).order_by("pk").values_list("action", flat=True)
    assert list(actions) == ["share_seat", "accept_shared_seat"]


def test_an_offer_is_not_mailed_to_a_switched_off_administrator(
    closed_event, accredited, migrant_led, django_capture_on_commit_callbacks
):
    receiver = administrator_of(migrant_led)
    administrator_of(migrant_led, user__is_active=False)

    with django_capture_on_commit_callbacks(execute=True):
        services.share_seat(
            event=closed_event,
            from_organisation=accredited,
            to_organisation=migrant_led,
            by=administrator_of(accredited),
        )

    assert [m.to for m in mail.outbox] == [[receiver.email]]


@pytest.mark.parametrize(
    "case",
    [
        "giver_not_administrator",
        "giver_not_accredited",
        "receiver_accredited",
        "receiver_not_migrant_led",
        "receiver_unverified",
        "same_organisation",
        "registration_closed",
    ],
)
def test_sharing_is_refused(case, closed_event, accredited, migrant_led):
    giver, receiver, by = accredited, migrant_led, administrator_of(accredited)
    if case == "giver_not_administrator":
        by = member_of(accredited)
    elif case == "giver_not_accredited":
        giver = OrganisationFactory()
        by = administrator_of(giver)
    elif case == "receiver_accredited":
        receiver = OrganisationFactory(migrant_led=True, imrf_accreditation="approved")
    elif case == "receiver_not_migrant_led":
        receiver = OrganisationFactory()
    elif case == "receiver_unverified":
        receiver = OrganisationFactory(migrant_led=True, verification="pending")
    elif case == "same_organisation":
        receiver = giver
    elif case == "registration_closed":
        closed_event.state = "held"
        closed_event.save()

    with pytest.raises(NotAllowed):
        services.share_seat(
            event=closed_event, from_organisation=giver, to_organisation=receiver, by=by
        )
    assert not SharedSeat.objects.exists()


def test_an_organisation_cannot_give_more_seats_than_it_has(closed_event, accredited):
    by = administrator_of(accredited)
    for _ in range(2):
        services.share_seat(
            event=closed_event,
            from_organisation=accredited,
            to_organisation=OrganisationFactory(migrant_led=True),
            by=by,
        )

    with pytest.raises(NotAllowed, match="no free seat"):
        services.share_seat(
            event=closed_event,
            from_organisation=accredited,
            to_organisation=OrganisationFactory(migrant_led=True),
            by=by,
        )


@pytest.mark.parametrize("who", ["giver", "outsider", "receiver"])
def test_only_the_receiver_s_administrator_answers_an_offer(
    who, closed_event, accredited, migrant_led
):
    giver = administrator_of(accredited)
    seat = services.share_seat(
        event=closed_event, from_organisation=accredited, to_organisation=migrant_led, by=giver
    )
    person = {"giver": giver, "outsider": UserFactory(), "receiver": administrator_of(migrant_led)}[
        who
    ]

    if who == "receiver":
        services.decline_shared_seat(seat=seat, by=person)
        seat.refresh_from_db()
        assert seat.state == "declined"
        assert seats_of(closed_event, accredited) == 2  # the seat went back
    else:
        with pytest.raises(NotAllowed):
            services.accept_shared_seat(seat=seat, by=person)


def test_the_giver_may_withdraw_an_offer_not_yet_accepted(closed_event, accredited, migrant_led):
    giver = administrator_of(accredited)
    seat = services.share_seat(
        event=closed_event, from_organisation=accredited, to_organisation=migrant_led, by=giver
    )
    services.withdraw_shared_seat(seat=seat, by=giver)
    seat.refresh_from_db()
    assert seat.state == "withdrawn"

    again = services.share_seat(
        event=closed_event, from_organisation=accredited, to_organisation=migrant_led, by=giver
    )
    services.accept_shared_seat(seat=again, by=administrator_of(migrant_led))
    with pytest.raises(NotAllowed, match="not yet accepted"):
        services.withdraw_shared_seat(seat=again, by=giver)


def test_seat_pages_for_giver_and_receiver(client, closed_event, accredited, migrant_led):
    giver = administrator_of(accredited)
    client.force_login(giver)
    page = client.get(url("consultations:event_seats", slug=closed_event.slug))
    assert "Migrant Domestic Workers Union" in page.content.decode()

    response = client.post(
        url("consultations:event_seats", slug=closed_event.slug),
        {"from_organisation": accredited.pk, "to_organisation": migrant_led.pk},
    )
    assert response.status_code == 302
    seat = SharedSeat.objects.get()

    client.force_login(administrator_of(migrant_led))
    event_page = client.get(closed_event.get_absolute_url()).content.decode()
    assert "A seat is offered to your organisation" in event_page
    response = client.post(url("consultations:seat_accept", pk=seat.pk))
    assert response.status_code == 302
    seat.refresh_from_db()
    assert seat.state == "accepted"


def test_someone_else_s_seat_answers_404(client, closed_event, accredited, migrant_led):
    seat = services.share_seat(
        event=closed_event,
        from_organisation=accredited,
        to_organisation=migrant_led,
        by=administrator_of(accredited),
    )
    client.force_login(administrator_of(OrganisationFactory(migrant_led=True)))

    for name in ("seat_accept", "seat_decline", "seat_withdraw"):
        assert client.post(url(f"consultations:{name}", pk=seat.pk)).status_code == 404
    seat.refresh_from_db()
    assert seat.state == "offered"


def test_the_secretariat_sees_every_shared_seat(client, closed_event, accredited, migrant_led):
    services.share_seat(
        event=closed_event,
        from_organisation=accredited,
        to_organisation=migrant_led,
        by=administrator_of(accredited),
    )
    client.force_login(secretariat_user())

    response = client.get("/admin/consultations/sharedseat/")

    assert response.status_code == 200
    assert "Migrant Domestic Workers Union" in response.content.decode()
