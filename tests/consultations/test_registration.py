"""Registering for an event: who may, for which organisation, within the seats it has; the
secretariat marks attendance. Every change leaves an audit record."""

import datetime

import pytest
from django.core import mail

from common.errors import NotAllowed
from common.models import AuditRecord
from consultations import services
from consultations.models import Registration
from tests.factories import (
    EventFactory,
    OrganisationFactory,
    RegistrationFactory,
    UserFactory,
    member_of,
    secretariat_user,
)

from .helpers import PERSONAS, url

pytestmark = pytest.mark.usefixtures("reference")


@pytest.mark.parametrize("role", PERSONAS)
def test_who_may_register(client, persona, organisation, event, role):
    person = persona(role)
    if person:
        client.force_login(person)

    response = client.post(
        url("consultations:event_register", slug=event.slug), {"organisation": organisation.pk}
    )

    registered = Registration.objects.filter(event=event, state="registered")
    if role == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response.url
    elif role == "member":
        assert response.status_code == 302
        assert list(registered.values_list("user", "organisation")) == [
            (person.pk, organisation.pk)
        ]
        return
    else:
        # Not a member of a verified organisation: the form offers no organisation to choose.
        assert response.status_code == 200
        assert "organisation verified by the secretariat" in response.content.decode()
    assert not registered.exists()


def test_registering_confirms_by_email_in_the_person_s_language_and_is_audited(
    organisation, django_capture_on_commit_callbacks
):
    person = member_of(organisation, user__language="fr")
    event = EventFactory(
        title_en="Dialogue",
        title_fr="Dialogue en français",
        start_time=datetime.time(10),
        end_time=datetime.time(13),
        time_zone="America/New_York",
    )

    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register_for_event(
            event=event, user=person, organisation=organisation
        )

    assert [m.to for m in mail.outbox] == [[person.email]]
    assert "Vous êtes inscrit" in mail.outbox[0].subject
    assert "Dialogue en français" in mail.outbox[0].subject
    # The time in the event's time zone, named by its city in the person's language.
    assert "10:00–13:00 (heure de New York)" in mail.outbox[0].body
    assert "America/New_York" not in mail.outbox[0].body
    record = AuditRecord.objects.for_object(registration).get()
    assert (record.action, record.to_state, record.actor) == ("register", "registered", person)


def test_registration_needs_an_open_event(organisation):
    event = EventFactory(state="planned")

    with pytest.raises(NotAllowed, match="not open"):
        services.register_for_event(
            event=event, user=member_of(organisation), organisation=organisation
        )


def test_one_cannot_register_for_an_organisation_one_is_not_a_member_of(organisation, event):
    other = OrganisationFactory()

    with pytest.raises(NotAllowed, match="not an active member"):
        services.register_for_event(event=event, user=member_of(other), organisation=organisation)


def test_registering_twice_is_refused_and_after_cancelling_allowed_again(organisation, event):
    person = member_of(organisation)
    registration = services.register_for_event(event=event, user=person, organisation=organisation)

    with pytest.raises(NotAllowed, match="already registered"):
        services.register_for_event(event=event, user=person, organisation=organisation)
    services.cancel_registration(registration=registration, by=person)
    again = services.register_for_event(event=event, user=person, organisation=organisation)

    assert again.pk == registration.pk and again.state == "registered"
    actions = AuditRecord.objects.for_object(registration).values_list("action", flat=True)
    assert sorted(actions) == ["cancel_registration", "register", "register"]


def test_the_seat_limit_counts_per_organisation(organisation):
    event = EventFactory(seats_per_organisation=2)
    for _ in range(2):
        services.register_for_event(
            event=event, user=member_of(organisation), organisation=organisation
        )

    with pytest.raises(NotAllowed, match="seats of .* are taken"):
        services.register_for_event(
            event=event, user=member_of(organisation), organisation=organisation
        )
    other = OrganisationFactory()
    services.register_for_event(event=event, user=member_of(other), organisation=other)


@pytest.mark.parametrize(
    ("ecosoc", "group", "allowed"),
    [
        ("special", "civil_society", True),
        ("none", "civil_society", False),
        ("none", "un_system", True),  # UN staff attend without accreditation
    ],
)
def test_accredited_only_events(ecosoc, group, allowed):
    event = EventFactory(registration_accredited_only=True)
    organisation = OrganisationFactory(ecosoc_status=ecosoc, group=group)
    person = member_of(organisation)

    if allowed:
        services.register_for_event(event=event, user=person, organisation=organisation)
    else:
        with pytest.raises(NotAllowed, match="Only accredited organisations"):
            services.register_for_event(event=event, user=person, organisation=organisation)


def test_a_refused_registration_says_why_on_the_page(client, organisation):
    event = EventFactory(registration_accredited_only=True)
    client.force_login(member_of(organisation))

    text = client.get(event.get_absolute_url()).content.decode()

    assert "Only accredited organisations may register for this event." in text


def test_one_cannot_cancel_someone_else_s_registration(client, event):
    registration = RegistrationFactory(event=event)
    client.force_login(UserFactory())

    response = client.post(url("consultations:registration_cancel", pk=registration.pk))

    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.state == "registered"


def test_cancelling_one_s_own_registration(client, event):
    registration = RegistrationFactory(event=event)
    client.force_login(registration.user)

    response = client.post(url("consultations:registration_cancel", pk=registration.pk))

    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.state == "cancelled"


@pytest.mark.parametrize("role", ["member", "secretariat"])
def test_only_the_secretariat_marks_attendance(persona, event, role):
    registration = RegistrationFactory(event=event)
    person = persona(role)

    if role == "secretariat":
        services.mark_attendance(registration=registration, attended=True, by=person)
        registration.refresh_from_db()
        assert registration.attended is True
        record = AuditRecord.objects.for_object(registration).get()
        assert (record.action, record.to_state) == ("mark_attendance", "attended")
    else:
        with pytest.raises(NotAllowed):
            services.mark_attendance(registration=registration, attended=True, by=person)


def test_the_event_page_shows_one_s_registration(client, event):
    registration = RegistrationFactory(event=event)
    client.force_login(registration.user)

    text = client.get(event.get_absolute_url()).content.decode()

    assert "You are registered for this event on behalf of" in text
    assert "Cancel my registration" in text


def test_event_states_change_through_the_secretariat_only(event):
    secretariat = secretariat_user()
    event.state = "planned"
    event.save()

    with pytest.raises(NotAllowed):
        services.open_registration(event=event, by=UserFactory())
    services.open_registration(event=event, by=secretariat)
    services.mark_event_held(event=event, by=secretariat)
    with pytest.raises(NotAllowed, match="cannot become"):
        services.open_registration(event=event, by=secretariat)
    services.publish_summary(event=event, by=secretariat)

    event.refresh_from_db()
    assert event.state == "summary_published"
    assert list(
        AuditRecord.objects.for_object(event).order_by("pk").values_list("from_state", "to_state")
    ) == [
        ("planned", "registration_open"),
        ("registration_open", "held"),
        ("held", "summary_published"),
    ]
