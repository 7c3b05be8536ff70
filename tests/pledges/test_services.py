"""The life cycle of a pledge: every transition allowed and refused, who may take it, the audit
trail and the e-mails to the organisation's administrators in their language."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.utils import timezone, translation

from common.errors import NotAllowed
from common.models import AuditRecord
from common.moderation import ReasonRequired
from gcm.models import Objective
from pledges import services
from pledges.models import Pledge
from pledges.services import IllegalTransition, PledgeError
from stakeholders.models import Verification
from tests.factories import PLEDGE_DESCRIPTION, OrganisationFactory, PledgeFactory, member_of

ALL_STATES = [code for code, _label in Pledge.State.choices]


def pledge_fields(**overrides):
    fields = {
        "title": "Fair recruitment hotline",
        "description": PLEDGE_DESCRIPTION,
        "kind": "technical_capacity",
        "objectives": list(Objective.objects.filter(number__in=[6, 18])),
        "countries": ["JO"],
        "start_date": date(2022, 6, 1),
        "end_date": date(2024, 6, 1),
        "contact_name": "Rania Saleh",
        "contact_email": "rania@example.org",
    }
    fields.update(overrides)
    return fields


def last_record(pledge):
    return AuditRecord.objects.for_object(pledge).first()


# --- Creating and editing -----------------------------------------------------------------


def test_a_member_creates_a_draft_in_the_language_they_write_in(organisation, member):
    pledge = services.create_pledge(
        organisation=organisation,
        by=member,
        language="fr",
        **pledge_fields(title="Ligne d’assistance", partners=[]),
    )

    pledge.refresh_from_db()
    assert pledge.state == "draft"
    assert pledge.original_language == "fr"
    assert pledge.title_fr == "Ligne d’assistance"
    assert pledge.title_en is None and pledge.title_ar is None
    assert {o.number for o in pledge.objectives.all()} == {6, 18}
    assert pledge.created_by == member
    record = last_record(pledge)
    assert (record.action, record.to_state, record.actor) == ("create", "draft", member)


@pytest.mark.parametrize("who", ["outsider", "moderator", "unverified_member"])
def test_only_members_of_a_verified_organisation_create_pledges(
    organisation, outsider, moderator, who
):
    if who == "unverified_member":
        organisation = OrganisationFactory(verification=Verification.PENDING)
        person = member_of(organisation)
    else:
        person = {"outsider": outsider, "moderator": moderator}[who]

    with pytest.raises(NotAllowed):
        services.create_pledge(
            organisation=organisation, by=person, language="en", **pledge_fields()
        )
    assert Pledge.objects.count() == 0


def test_a_pledge_needs_an_objective_and_an_end_after_its_start(organisation, member):
    with pytest.raises(PledgeError):
        services.create_pledge(
            organisation=organisation, by=member, language="en", **pledge_fields(objectives=[])
        )
    with pytest.raises(PledgeError):
        services.create_pledge(
            organisation=organisation,
            by=member,
            language="en",
            **pledge_fields(end_date=date(2020, 1, 1)),
        )


@pytest.mark.parametrize("state", ["draft", "changes_requested"])
def test_members_edit_drafts_and_pledges_returned_for_changes(organisation, member, state):
    pledge = PledgeFactory(organisation=organisation, state=state)

    services.update_pledge(
        pledge=pledge, by=member, language="en", title="A better title", countries=["LB"]
    )

    pledge.refresh_from_db()
    assert pledge.title_en == "A better title"
    assert [c.code for c in pledge.countries] == ["LB"]
    assert pledge.state == state
    record = last_record(pledge)
    assert record.action == "update"
    assert record.changes == {"fields": ["countries", "title"]}


@pytest.mark.parametrize("state", ["submitted", "published", "rejected", "withdrawn"])
def test_text_is_fixed_outside_drafts_and_returned_pledges(organisation, member, state):
    pledge = PledgeFactory(organisation=organisation, state=state)

    with pytest.raises(IllegalTransition):
        services.update_pledge(pledge=pledge, by=member, language="en", title="Changed")

    pledge.refresh_from_db()
    assert pledge.title_en != "Changed"


def test_outsiders_cannot_edit(draft, outsider, moderator):
    for person in (outsider, moderator):
        with pytest.raises(NotAllowed):
            services.update_pledge(pledge=draft, by=person, language="en", title="Mine now")


def test_changing_the_language_moves_the_text(draft, member):
    services.update_pledge(
        pledge=draft, by=member, language="ar", title="خط مساعدة", description="ن" * 400
    )

    draft.refresh_from_db()
    assert draft.original_language == "ar"
    assert draft.title_ar == "خط مساعدة"
    assert draft.title_en is None


# --- Transitions ------------------------------------------------------------------------------

# (service, actor fixture, extra arguments, states it starts from, state it leads to)
TRANSITIONS = [
    ("submit_pledge", "member", {}, {"draft", "changes_requested"}, "submitted"),
    ("resubmit_pledge", "member", {}, {"changes_requested"}, "submitted"),
    (
        "request_changes",
        "moderator",
        {"reason": "Add numbers."},
        {"submitted"},
        "changes_requested",
    ),
    ("publish_pledge", "moderator", {}, {"submitted"}, "published"),
    ("reject_pledge", "moderator", {"reason": "Out of scope."}, {"submitted"}, "rejected"),
    (
        "withdraw_pledge",
        "member",
        {"reason": "No funding."},
        {"draft", "submitted", "changes_requested", "published"},
        "withdrawn",
    ),
]
CASES = [
    (name, actor, extra, state, state in sources, target)
    for name, actor, extra, sources, target in TRANSITIONS
    for state in ALL_STATES
]


@pytest.mark.parametrize(
    ("service", "actor", "extra", "state", "allowed", "target"),
    CASES,
    ids=[f"{c[0]}-from-{c[3]}" for c in CASES],
)
def test_every_transition_from_every_state(
    request, organisation, org_admin, service, actor, extra, state, allowed, target
):
    person = request.getfixturevalue(actor)
    pledge = PledgeFactory(organisation=organisation, state=state)
    records_before = AuditRecord.objects.count()

    if allowed:
        getattr(services, service)(pledge=pledge, by=person, **extra)
        pledge.refresh_from_db()
        assert pledge.state == target
        record = last_record(pledge)
        expected_action = {
            "submit_pledge": "resubmit" if state == "changes_requested" else "submit",
            "resubmit_pledge": "resubmit",
        }.get(service, service.replace("_pledge", ""))
        assert (record.action, record.from_state, record.to_state) == (
            expected_action,
            state,
            target,
        )
        assert record.actor == person
        assert record.reason == extra.get("reason", "")
    else:
        with pytest.raises(IllegalTransition) as refused:
            getattr(services, service)(pledge=pledge, by=person, **extra)
        assert str(refused.value)  # a message for people
        pledge.refresh_from_db()
        assert pledge.state == state
        assert AuditRecord.objects.count() == records_before


def test_refusals_are_translated(organisation, member):
    rejected = PledgeFactory(organisation=organisation, state="rejected")
    with translation.override("fr"):
        with pytest.raises(IllegalTransition) as refused:
            services.withdraw_pledge(pledge=rejected, by=member)
        assert str(refused.value) == "Un engagement rejeté ou retiré ne peut pas être retiré."


@pytest.mark.parametrize(
    ("service", "extra"),
    [
        ("request_changes", {"reason": "x"}),
        ("publish_pledge", {}),
        ("reject_pledge", {"reason": "x"}),
    ],
)
def test_only_the_secretariat_decides(submitted, member, org_admin, outsider, service, extra):
    for person in (member, org_admin, outsider):
        with pytest.raises(NotAllowed):
            getattr(services, service)(pledge=submitted, by=person, **extra)
    submitted.refresh_from_db()
    assert submitted.state == "submitted"


@pytest.mark.parametrize("service", ["submit_pledge", "withdraw_pledge"])
def test_only_members_submit_and_withdraw(draft, outsider, moderator, service):
    for person in (outsider, moderator):
        with pytest.raises(NotAllowed):
            getattr(services, service)(pledge=draft, by=person)
    draft.refresh_from_db()
    assert draft.state == "draft"


def test_a_member_of_another_organisation_is_an_outsider(draft):
    stranger = member_of(OrganisationFactory())
    with pytest.raises(NotAllowed):
        services.submit_pledge(pledge=draft, by=stranger)


@pytest.mark.parametrize("service", ["request_changes", "reject_pledge"])
def test_returning_or_rejecting_needs_a_reason(submitted, moderator, service):
    with pytest.raises(ReasonRequired):
        getattr(services, service)(pledge=submitted, by=moderator, reason="  ")
    submitted.refresh_from_db()
    assert submitted.state == "submitted"


def test_submission_and_publication_are_dated(draft, member, moderator):
    services.submit_pledge(pledge=draft, by=member)
    services.publish_pledge(pledge=draft, by=moderator)

    draft.refresh_from_db()
    assert draft.submitted_at is not None
    assert draft.published_at is not None
    assert draft.published_at >= draft.submitted_at


def test_a_stale_copy_cannot_be_decided_twice(submitted, moderator):
    other_copy = Pledge.objects.get(pk=submitted.pk)
    services.publish_pledge(pledge=submitted, by=moderator)

    with pytest.raises(IllegalTransition):
        services.reject_pledge(pledge=other_copy, by=moderator, reason="Too late")
    submitted.refresh_from_db()
    assert submitted.state == "published"


# --- E-mails ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("service", "extra", "arabic_subject"),
    [
        ("request_changes", {"reason": "Please add numbers."}, "طلب تعديلات"),
        ("publish_pledge", {}, "نُشر"),
        ("reject_pledge", {"reason": "Out of scope."}, "لم يُنشر"),
    ],
)
def test_each_decision_is_mailed_to_the_administrators_in_their_language(
    organisation,
    member,
    org_admin,
    moderator,
    service,
    extra,
    arabic_subject,
    django_capture_on_commit_callbacks,
):
    english_admin = member_of(organisation, role="administrator")
    pledge = PledgeFactory(organisation=organisation, state="submitted", title_ar="خط مساعدة")

    with django_capture_on_commit_callbacks(execute=True):
        getattr(services, service)(pledge=pledge, by=moderator, **extra)

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {org_admin.email, english_admin.email}  # not the plain member
    arabic = by_recipient[org_admin.email]
    assert arabic_subject in arabic.subject
    assert "خط مساعدة" in arabic.subject
    assert f"/ar/pledges/{pledge.pk}/" in arabic.body
    assert arabic.extra_headers["Content-Language"] == "ar"
    english = by_recipient[english_admin.email]
    assert pledge.title_en in english.subject
    assert f"/en/pledges/{pledge.pk}/" in english.body
    if extra.get("reason"):
        assert extra["reason"] in arabic.body and extra["reason"] in english.body


def test_steps_taken_by_the_organisation_send_no_mail(
    draft, member, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_pledge(pledge=draft, by=member)
        services.withdraw_pledge(pledge=draft, by=member)

    assert mail.outbox == []


# --- Progress ---------------------------------------------------------------------------------


def test_members_report_progress_on_published_pledges(published, member):
    progress = services.add_progress(
        pledge=published,
        by=member,
        date=timezone.localdate(),
        stage="in_progress",
        text="Sixty inspectors trained.",
        language="en",
    )

    assert progress.text_en == "Sixty inspectors trained."
    assert list(published.progress.all()) == [progress]
    record = last_record(published)
    assert record.action == "progress"
    assert record.changes["stage"] == "in_progress"


@pytest.mark.parametrize(
    "state", ["draft", "submitted", "changes_requested", "rejected", "withdrawn"]
)
def test_progress_only_on_published_pledges(organisation, member, state):
    pledge = PledgeFactory(organisation=organisation, state=state)
    with pytest.raises(IllegalTransition):
        services.add_progress(
            pledge=pledge,
            by=member,
            date=timezone.localdate(),
            stage="in_progress",
            text="x",
            language="en",
        )


def test_progress_is_not_dated_in_the_future_nor_reported_by_outsiders(published, member, outsider):
    with pytest.raises(PledgeError):
        services.add_progress(
            pledge=published,
            by=member,
            date=timezone.localdate() + timedelta(days=2),
            stage="in_progress",
            text="x",
            language="en",
        )
    with pytest.raises(NotAllowed):
        services.add_progress(
            pledge=published,
            by=outsider,
            date=timezone.localdate(),
            stage="in_progress",
            text="x",
            language="en",
        )
    assert published.progress.count() == 0
