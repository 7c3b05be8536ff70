"""E-mails leave only once the change they tell of is committed (issue #15).

Every kind of notification (each `templates/email/<kind>_body.txt`) and django-allauth's e-mails
are triggered inside a transaction: rolled back, nothing leaves; committed, one e-mail per
recipient, and none before the commit. Each kind is tried inside the test's own transaction (a
rolled-back savepoint drops what waited for it; the commit is played by
django_capture_on_commit_callbacks), and a few are tried with real commits and rollbacks on
PostgreSQL. Both ways e-mail leaves the portal are taken: the mail backend itself (as without a
broker) and the Celery backend queueing `deliver_email` on the real Redis.
"""

import contextlib
import logging
import uuid
from pathlib import Path

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.test import Client

from consultations.services import attendance, inputs
from engagement.services.discussions import follow_discussion, hide_contribution, send_digests
from engagement.services.practices import decline_practice, publish_practice
from pledges import services as pledges
from stakeholders import services as registry
from stakeholders.models import AccreditationClaim
from tests.engagement.factories import ContributionFactory, DiscussionFactory, PracticeFactory
from tests.factories import (
    PASSWORD,
    EventFactory,
    InputFactory,
    MembershipFactory,
    OrganisationFactory,
    PledgeFactory,
    UserFactory,
    administrator_of,
    member_of,
    secretariat_user,
)
from tests.worker import needs_broker

pytestmark = pytest.mark.usefixtures("reference")

KINDS = sorted(
    path.name.removesuffix("_body.txt")
    for path in (Path(__file__).resolve().parents[2] / "templates" / "email").glob("*_body.txt")
)


class RolledBack(Exception):
    """Raised inside the transaction to roll it back."""


# --- What triggers each e-mail ----------------------------------------------------------------
# Each builder makes the records and returns the step that sends the e-mail, the addresses it
# goes to and a piece of its (English) subject.

SCENARIOS = {}


def scenario(kind):
    def register(build):
        SCENARIOS[kind] = build
        return build

    return register


def _submitted_pledge():
    organisation = OrganisationFactory(name="Tadamon Network")
    administrators = [administrator_of(organisation), administrator_of(organisation)]
    member_of(organisation)  # a plain member is not told
    pledge = PledgeFactory(organisation=organisation, state="submitted", title_en="Hotline")
    return pledge, [person.email for person in administrators]


@scenario("pledges_published")
def _():
    pledge, administrators = _submitted_pledge()
    moderator = secretariat_user()
    return (
        lambda: pledges.publish_pledge(pledge=pledge, by=moderator),
        administrators,
        "Your pledge “Hotline” is published",
    )


@scenario("pledges_changes_requested")
def _():
    pledge, administrators = _submitted_pledge()
    moderator = secretariat_user()
    return (
        lambda: pledges.request_changes(pledge=pledge, by=moderator, reason="Add numbers."),
        administrators,
        "Changes requested to your pledge “Hotline”",
    )


@scenario("pledges_rejected")
def _():
    pledge, administrators = _submitted_pledge()
    moderator = secretariat_user()
    return (
        lambda: pledges.reject_pledge(pledge=pledge, by=moderator, reason="Out of scope."),
        administrators,
        "Your pledge “Hotline” was not published",
    )


@scenario("consultations_input_published")
def _():
    written = InputFactory(title_en="End fees")
    moderator = secretariat_user()
    return (
        lambda: inputs.publish_input(input=written, by=moderator),
        [written.author.email],
        "Your written input is published: End fees",
    )


@scenario("consultations_input_declined")
def _():
    written = InputFactory(title_en="End fees")
    moderator = secretariat_user()
    return (
        lambda: inputs.decline_input(input=written, by=moderator, reason="Off topic."),
        [written.author.email],
        "Your written input was not published: End fees",
    )


@scenario("consultations_registration_confirmed")
def _():
    organisation = OrganisationFactory()
    person = member_of(organisation)
    event = EventFactory(title_en="Arab States dialogue")
    return (
        lambda: attendance.register_for_event(event=event, user=person, organisation=organisation),
        [person.email],
        "You are registered: Arab States dialogue",
    )


def _seat_parties():
    event = EventFactory(
        title_en="Closed dialogue", registration_accredited_only=True, seats_per_organisation=2
    )
    giver = OrganisationFactory(name="Accredited Alliance", ecosoc_status="special")
    receiver = OrganisationFactory(name="Domestic Workers Union", migrant_led=True)
    return event, giver, administrator_of(giver), receiver, administrator_of(receiver)


@scenario("consultations_seat_offered")
def _():
    event, giver, giver_admin, receiver, receiver_admin = _seat_parties()
    return (
        lambda: attendance.share_seat(
            event=event, from_organisation=giver, to_organisation=receiver, by=giver_admin
        ),
        [receiver_admin.email],
        "offers you a seat: Closed dialogue",
    )


@scenario("consultations_seat_accepted")
def _():
    event, giver, giver_admin, receiver, receiver_admin = _seat_parties()
    seat = attendance.share_seat(
        event=event, from_organisation=giver, to_organisation=receiver, by=giver_admin
    )
    return (
        lambda: attendance.accept_shared_seat(seat=seat, by=receiver_admin),
        [giver_admin.email],
        "accepted your seat: Closed dialogue",
    )


@scenario("engagement_contribution_hidden")
def _():
    organisation = OrganisationFactory()
    author = member_of(organisation)
    contribution = ContributionFactory(
        discussion=DiscussionFactory(title_en="Fair recruitment"),
        organisation=organisation,
        author=author,
    )
    moderator = secretariat_user()
    return (
        lambda: hide_contribution(contribution=contribution, by=moderator, reason="Spam."),
        [author.email],
        "Your contribution to “Fair recruitment” was hidden",
    )


def _submitted_practice():
    organisation = OrganisationFactory()
    submitter = member_of(organisation)
    practice = PracticeFactory(organisation=organisation, submitted_by=submitter, title_en="Aid")
    return practice, submitter


@scenario("engagement_practice_published")
def _():
    practice, submitter = _submitted_practice()
    moderator = secretariat_user()
    return (
        lambda: publish_practice(practice=practice, by=moderator),
        [submitter.email],
        "Your practice “Aid” is published",
    )


@scenario("engagement_practice_declined")
def _():
    practice, submitter = _submitted_practice()
    moderator = secretariat_user()
    return (
        lambda: decline_practice(practice=practice, by=moderator, reason="No results yet."),
        [submitter.email],
        "Your practice “Aid” was not published",
    )


@scenario("stakeholders_organisation_registered")
def _():
    secretariat = [secretariat_user(), secretariat_user()]
    founder = UserFactory()
    data = {"name": "Gulf Domestic Workers Network", "group": "migrants", "country": "KW"}
    return (
        lambda: registry.register_organisation(by=founder, data=data),
        [person.email for person in secretariat],
        "To verify: Gulf Domestic Workers Network",
    )


def _pending_organisation():
    organisation = OrganisationFactory(name="Pending Network", verification="pending")
    return organisation, [
        administrator_of(organisation).email,
        administrator_of(organisation).email,
    ]


@scenario("stakeholders_organisation_verified")
def _():
    organisation, administrators = _pending_organisation()
    moderator = secretariat_user()
    return (
        lambda: registry.verify_organisation(organisation=organisation, by=moderator),
        administrators,
        "Pending Network is verified",
    )


@scenario("stakeholders_organisation_rejected")
def _():
    organisation, administrators = _pending_organisation()
    moderator = secretariat_user()
    return (
        lambda: registry.reject_organisation(
            organisation=organisation, by=moderator, reason="No certificate."
        ),
        administrators,
        "Pending Network was not verified",
    )


def _claimed_accreditation():
    organisation = OrganisationFactory(name="Diaspora Council", verification="verified")
    administrators = [administrator_of(organisation), administrator_of(organisation)]
    claim = AccreditationClaim.objects.create(
        organisation=organisation, migrant_led=True, claimed_by=administrators[0]
    )
    return claim, [person.email for person in administrators]


@scenario("stakeholders_accreditation_claimed")
def _():
    organisation = OrganisationFactory(name="Diaspora Council", verification="verified")
    administrator = administrator_of(organisation)
    secretariat = secretariat_user()
    return (
        lambda: registry.update_organisation(
            organisation=organisation, by=administrator, data={"migrant_led": True}
        ),
        [secretariat.email],
        "To confirm: accreditation of Diaspora Council",
    )


@scenario("stakeholders_accreditation_confirmed")
def _():
    claim, administrators = _claimed_accreditation()
    moderator = secretariat_user()
    return (
        lambda: registry.confirm_accreditation_claim(claim=claim, by=moderator),
        administrators,
        "Accreditation of Diaspora Council confirmed",
    )


@scenario("stakeholders_accreditation_declined")
def _():
    claim, administrators = _claimed_accreditation()
    moderator = secretariat_user()
    return (
        lambda: registry.decline_accreditation_claim(
            claim=claim, by=moderator, reason="No letter of accreditation."
        ),
        administrators,
        "Accreditation of Diaspora Council not confirmed",
    )


@scenario("stakeholders_membership_requested")
def _():
    organisation = OrganisationFactory(name="Migrant Forum")
    administrators = [administrator_of(organisation), administrator_of(organisation)]
    applicant = UserFactory()
    return (
        lambda: registry.request_membership(organisation=organisation, by=applicant),
        [person.email for person in administrators],
        "asks to join Migrant Forum",
    )


def _membership_request():
    organisation = OrganisationFactory(name="Migrant Forum")
    request = MembershipFactory(organisation=organisation, state="requested")
    return request, administrator_of(organisation)


@scenario("stakeholders_membership_approved")
def _():
    request, administrator = _membership_request()
    return (
        lambda: registry.approve_membership(membership=request, by=administrator),
        [request.user.email],
        "You are now a member of Migrant Forum",
    )


@scenario("stakeholders_membership_declined")
def _():
    request, administrator = _membership_request()
    return (
        lambda: registry.decline_membership(membership=request, by=administrator),
        [request.user.email],
        "Your request to join Migrant Forum",
    )


# django-allauth's e-mails, sent from its pages.


@scenario("account_email_confirmation_signup")
def _():
    return (
        lambda: Client().post(
            "/en/accounts/signup/",
            {"email": "amal@example.org", "password1": PASSWORD, "password2": PASSWORD},
        ),
        ["amal@example.org"],
        "Please Confirm Your Email Address",
    )


@scenario("account_password_reset_key")
def _():
    UserFactory(email="forgot@example.org")
    return (
        lambda: Client().post("/en/accounts/password/reset/", {"email": "forgot@example.org"}),
        ["forgot@example.org"],
        "Password Reset",
    )


# --- Where e-mail goes -------------------------------------------------------------------------


@pytest.fixture(params=["backend", pytest.param("celery", marks=needs_broker)])
def sent(request, settings):
    """A function that takes out what has left so far, as (recipients, subject) pairs.

    backend: the mail backend receives the messages (the test outbox stands for SMTP, as it is
    without a broker). celery: the Celery backend queues `deliver_email` tasks, read back from a
    queue of their own on the real Redis.
    """
    if request.param == "backend":

        def take():
            taken = [(message.to, message.subject) for message in mail.outbox]
            mail.outbox.clear()
            return taken

        yield take
        return

    from imrf_portal.celery import app

    queue = f"test-mail-{uuid.uuid4().hex[:8]}"
    previous = app.conf.task_default_queue, app.conf.task_always_eager
    app.conf.task_default_queue, app.conf.task_always_eager = queue, False
    settings.EMAIL_BACKEND = "common.mail.CeleryEmailBackend"

    def queued():
        tasks = []
        with app.connection_for_read() as connection, connection.SimpleQueue(queue) as waiting:
            while True:
                try:
                    task = waiting.get_nowait()
                except waiting.Empty:
                    return tasks
                task.ack()
                tasks.append(task)

    def take():
        assert mail.outbox == []
        taken = []
        for task in queued():
            assert task.headers["task"] == "common.mail.deliver_email"
            (message,), _kwargs, _embed = task.decode()
            taken.append((message["to"], message["subject"]))
        return taken

    try:
        yield take
    finally:
        queued()  # leave nothing for another test
        app.conf.task_default_queue, app.conf.task_always_eager = previous


# --- The tests ---------------------------------------------------------------------------------


def test_every_kind_of_notification_is_tried():
    tried = {kind for kind in SCENARIOS if not kind.startswith("account_")}
    assert tried | {"engagement_digest"} == set(KINDS)  # the digest: see below


def roll_back_then_commit(step, sent, commit):
    """Run `step` in a transaction that rolls back, then in one that commits (by `commit`);
    returns what left after the commit, checking that nothing left before it."""
    with pytest.raises(RolledBack), transaction.atomic():
        step()
        raise RolledBack
    assert sent() == []
    cache.clear()  # rate limits (one verification e-mail per address at a time) stay in the cache
    with commit(), transaction.atomic():
        step()
        assert sent() == []  # not before the commit
    return sent()


@pytest.mark.parametrize("kind", sorted(SCENARIOS))
def test_an_email_leaves_only_once_its_change_is_committed(
    kind, sent, django_capture_on_commit_callbacks
):
    step, recipients, subject = SCENARIOS[kind]()

    messages = roll_back_then_commit(
        step, sent, commit=lambda: django_capture_on_commit_callbacks(execute=True)
    )

    assert sorted(to for to, _subject in messages) == sorted([address] for address in recipients)
    assert all(subject in message_subject for _to, message_subject in messages)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("kind", ["pledges_published", "account_email_confirmation_signup"])
def test_an_email_leaves_only_once_its_change_is_committed_on_postgresql(kind, sent):
    step, recipients, _subject = SCENARIOS[kind]()
    sent()  # whatever setting the scene sent

    messages = roll_back_then_commit(step, sent, commit=contextlib.nullcontext)

    assert sorted(to for to, _subject in messages) == sorted([address] for address in recipients)


@pytest.mark.django_db(transaction=True)
def test_the_digest_is_never_sent_from_inside_a_transaction(sent):
    """The digest records what it sent once it has left: inside a transaction, it could record
    a digest that a rollback or a failure then never sends."""
    follower = UserFactory()
    discussion = DiscussionFactory()
    follow = follow_discussion(discussion=discussion, user=follower)
    ContributionFactory(discussion=discussion, body="Fees must go.")
    before = follow.notified_until

    with pytest.raises(RuntimeError, match="outside a transaction"), transaction.atomic():
        send_digests()
    follow.refresh_from_db()
    assert follow.notified_until == before
    assert sent() == []

    assert send_digests() == 1
    assert [to for to, _subject in sent()] == [[follower.email]]


@pytest.mark.django_db(transaction=True)
def test_an_e_mail_that_fails_stops_neither_the_others_nor_the_change(caplog):
    """An address the mail system refuses (it would inject a header) fails on its own."""
    organisation = OrganisationFactory()
    administrator_of(organisation, user__email="amal@example.org\nBcc: x@y.z")
    administrator_of(organisation, user__email="rania@example.org")
    pledge = PledgeFactory(organisation=organisation, state="submitted")
    applicant = UserFactory()

    with caplog.at_level(logging.ERROR), transaction.atomic():
        pledges.publish_pledge(pledge=pledge, by=secretariat_user())
        registry.request_membership(organisation=organisation, by=applicant)

    pledge.refresh_from_db()
    assert pledge.state == "published"
    assert [message.to for message in mail.outbox] == [["rania@example.org"]] * 2
    failures = [record for record in caplog.records if "newlines" in record.getMessage()]
    assert len(failures) == 2  # logged, each time


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("sent", ["celery"], indirect=True)
def test_the_celery_backend_queues_only_once_committed(sent):
    """Whatever sends through Django's mail directly, not through the portal's helper."""
    with pytest.raises(RolledBack), transaction.atomic():
        send_mail("Rolled back", "Never sent.", None, ["amal@example.org"])
        raise RolledBack
    assert sent() == []

    with transaction.atomic():
        send_mail("Committed", "Sent.", None, ["amal@example.org"])
        assert sent() == []  # not before the commit

    assert sent() == [(["amal@example.org"], "Committed")]
