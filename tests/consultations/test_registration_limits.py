"""The registration deadline and the number of places: a registration after the deadline or
beyond the last place is refused with a reason and changes nothing, even when two people take
the last place at the same moment; the event page says how long and how many places are left."""

import datetime
import threading

import pytest
from django.db import connection
from django.utils import timezone

from common.errors import NotAllowed
from consultations import services
from consultations.models import Registration
from tests.factories import EventFactory, OrganisationFactory, RegistrationFactory, member_of

from .helpers import page_text, url


def test_a_registration_after_the_deadline_is_refused_and_changes_nothing(db):
    event = EventFactory(registration_closes_at=timezone.now() - datetime.timedelta(minutes=1))
    organisation = OrganisationFactory()

    with pytest.raises(NotAllowed) as refusal:
        services.register_for_event(
            event=event, user=member_of(organisation), organisation=organisation
        )

    assert "registration deadline for this event has passed" in str(refusal.value)
    assert not Registration.objects.exists()


def test_the_last_place_goes_to_one_person_and_a_cancelled_registration_frees_it(db):
    event = EventFactory(capacity=2)
    RegistrationFactory(event=event, state="cancelled")  # holds no place
    first = RegistrationFactory(event=event)
    organisation = OrganisationFactory()
    services.register_for_event(
        event=event, user=member_of(organisation), organisation=organisation
    )

    late = member_of(organisation)
    with pytest.raises(NotAllowed) as refusal:
        services.register_for_event(event=event, user=late, organisation=organisation)
    assert "This event is full" in str(refusal.value)
    assert Registration.objects.active().filter(event=event).count() == 2

    services.cancel_registration(registration=first, by=first.user)
    services.register_for_event(event=event, user=late, organisation=organisation)
    assert Registration.objects.active().filter(event=event).count() == 2


@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_place_at_once_cannot_both_have_it():
    event = EventFactory(capacity=1)
    organisations = [OrganisationFactory(), OrganisationFactory()]
    people = [member_of(organisation) for organisation in organisations]
    start = threading.Barrier(2)
    outcomes = []

    def register(person, organisation):
        try:
            start.wait()
            services.register_for_event(event=event, user=person, organisation=organisation)
            outcomes.append("registered")
        except NotAllowed:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=register, args=pair)
        for pair in zip(people, organisations, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["refused", "registered"]
    assert Registration.objects.active().filter(event=event).count() == 1


@pytest.mark.usefixtures("reference")
@pytest.mark.parametrize(
    ("language", "deadline", "places"),
    [
        ("en", "Registration closes on", "3 places left of 4"),
        ("fr", "Les inscriptions ferment le", "3 places restantes sur 4"),
        ("ar", "يُغلق باب التسجيل في", "بقيت 3 أماكن من أصل 4"),
    ],
)
def test_the_page_gives_the_deadline_and_the_places_left(client, language, deadline, places):
    event = EventFactory(
        capacity=4, registration_closes_at=timezone.now() + datetime.timedelta(days=3)
    )
    RegistrationFactory(event=event)

    text = page_text(client.get(url("consultations:event_detail", language, slug=event.slug)))

    assert deadline in text and places in text


@pytest.mark.usefixtures("reference")
def test_the_refusals_read_in_the_reader_s_language(client):
    closed = EventFactory(registration_closes_at=timezone.now() - datetime.timedelta(hours=1))
    full = EventFactory(capacity=1)
    RegistrationFactory(event=full)

    french = page_text(client.get(url("consultations:event_detail", "fr", slug=closed.slug)))
    arabic = page_text(client.get(url("consultations:event_detail", "ar", slug=full.slug)))

    assert "La date limite d’inscription est passée." in french
    assert "هذه الفعالية مكتملة: جميع الأماكن محجوزة." in arabic


@pytest.mark.usefixtures("reference")
def test_the_page_says_when_registration_has_closed_or_the_event_is_full(client):
    closed = EventFactory(registration_closes_at=timezone.now() - datetime.timedelta(hours=1))
    full = EventFactory(capacity=1)
    RegistrationFactory(event=full)

    assert "The registration deadline has passed." in page_text(
        client.get(closed.get_absolute_url())
    )
    assert "This event is full: every place is taken." in page_text(
        client.get(full.get_absolute_url())
    )
