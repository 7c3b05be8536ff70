"""Written inputs, practices and pledges share one life cycle (common.moderation) and one way of
deciding in the admin (common.admin_decisions): every step of every model is taken through its
app's service, recorded with who, when and why, refused the same way from any other state, and
told by e-mail only once it is committed."""

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib import admin
from django.core import mail
from django.db import transaction

from common.admin_decisions import NOT_ASKED, REQUIRED
from common.models import AuditRecord
from common.moderation import IllegalTransition, ReasonRequired
from consultations import services as consultations
from consultations.models import Input
from engagement.models import Practice
from engagement.services import practices
from pledges import services as pledges
from pledges.models import Pledge
from tests.engagement.factories import PracticeFactory
from tests.factories import (
    InputFactory,
    OrganisationFactory,
    PledgeFactory,
    administrator_of,
    member_of,
    secretariat_user,
)

REASON = "Checked against the GCM objectives."

pytestmark = pytest.mark.django_db


@dataclass
class Moderated:
    model: Any
    factory: Any
    services: dict  # step: service(record, by=, reason=)
    admin_url: str


MODERATED = {
    "input": Moderated(
        Input,
        InputFactory,
        {
            "publish": lambda r, by, reason: consultations.publish_input(input=r, by=by),
            "decline": lambda r, **kw: consultations.decline_input(input=r, **kw),
        },
        "/admin/consultations/input/",
    ),
    "practice": Moderated(
        Practice,
        PracticeFactory,
        {
            "publish": lambda r, **kw: practices.publish_practice(practice=r, **kw),
            "decline": lambda r, **kw: practices.decline_practice(practice=r, **kw),
        },
        "/admin/engagement/practice/",
    ),
    "pledge": Moderated(
        Pledge,
        PledgeFactory,
        {
            "submit": lambda r, by, reason: pledges.submit_pledge(pledge=r, by=by),
            "resubmit": lambda r, by, reason: pledges.resubmit_pledge(pledge=r, by=by),
            "request_changes": lambda r, **kw: pledges.request_changes(pledge=r, **kw),
            "publish": lambda r, **kw: pledges.publish_pledge(pledge=r, **kw),
            "reject": lambda r, **kw: pledges.reject_pledge(pledge=r, **kw),
            "withdraw": lambda r, **kw: pledges.withdraw_pledge(pledge=r, **kw),
        },
        "/admin/pledges/pledge/",
    ),
}
# Steps whose service takes no reason: none is recorded.
WITHOUT_REASON = {("input", "publish"), ("pledge", "submit"), ("pledge", "resubmit")}

STEPS = [
    (kind, step, state)
    for kind, moderated in MODERATED.items()
    for step in moderated.model.TRANSITIONS
    for state in moderated.model.State.values
]
ALLOWED = [c for c in STEPS if c[2] in MODERATED[c[0]].model.TRANSITIONS[c[1]].sources]
# submit_pledge resubmits a pledge returned for changes (the "resubmit" step).
ILLEGAL = [c for c in STEPS if c not in ALLOWED and c != ("pledge", "submit", "changes_requested")]
DECISIONS = [
    (kind, step)
    for kind, moderated in MODERATED.items()
    for step, transition in moderated.model.TRANSITIONS.items()
    if transition.decision
]


def make(kind, state):
    record = MODERATED[kind].factory(organisation=OrganisationFactory(), state=state)
    administrator_of(record.organisation)  # told of the secretariat's decisions
    return record


def person_for(kind, step, record):
    """The secretariat for its decisions; a member of the organisation for its own steps."""
    if MODERATED[kind].model.TRANSITIONS[step].decision:
        return secretariat_user()
    return member_of(record.organisation)


def test_every_step_has_its_service():
    for moderated in MODERATED.values():
        assert set(moderated.services) == set(moderated.model.TRANSITIONS)


@pytest.mark.parametrize(("kind", "step", "state"), ALLOWED, ids=map("-".join, ALLOWED))
def test_an_allowed_step_is_taken_and_recorded_with_who_when_and_why(
    kind, step, state, django_capture_on_commit_callbacks
):
    transition = MODERATED[kind].model.TRANSITIONS[step]
    record = make(kind, state)
    person = person_for(kind, step, record)
    reason = "" if (kind, step) in WITHOUT_REASON else REASON

    with django_capture_on_commit_callbacks(execute=True):
        MODERATED[kind].services[step](record, by=person, reason=REASON)

    stored = type(record).objects.get(pk=record.pk)
    assert stored.state == record.state == transition.target
    entry = AuditRecord.objects.for_object(record).get()
    assert (entry.action, entry.from_state, entry.to_state, entry.actor, entry.reason) == (
        transition.audit or step,
        state,
        transition.target,
        person,
        reason,
    )
    if transition.decision:
        assert (stored.decided_by, stored.decision_reason) == (person, reason)
        assert stored.decided_at is not None and stored.decided_at <= entry.at
    else:  # the organisation's own steps leave the secretariat's last decision as it was
        assert (stored.decided_by, stored.decided_at) == (None, None)
    if transition.stamp:
        assert getattr(stored, transition.stamp) is not None
    assert bool(mail.outbox) == bool(transition.notification)
    if reason and transition.notification:
        assert all(reason in message.body for message in mail.outbox)


@pytest.mark.parametrize(("kind", "step", "state"), ILLEGAL, ids=map("-".join, ILLEGAL))
def test_an_illegal_step_is_refused_with_the_same_error_and_changes_nothing(kind, step, state):
    transition = MODERATED[kind].model.TRANSITIONS[step]
    record = make(kind, state)

    with pytest.raises(IllegalTransition) as refused:
        MODERATED[kind].services[step](record, by=person_for(kind, step, record), reason=REASON)

    assert str(refused.value) == str(transition.refusal)
    record.refresh_from_db()
    assert record.state == state
    assert not AuditRecord.objects.for_object(record).exists()
    assert mail.outbox == []


NEEDING_A_REASON = [
    (kind, step)
    for kind, step in DECISIONS
    if MODERATED[kind].model.TRANSITIONS[step].reason_required
]


@pytest.mark.parametrize(("kind", "step"), NEEDING_A_REASON, ids=map("-".join, NEEDING_A_REASON))
def test_a_decision_that_needs_a_reason_is_refused_without_one(kind, step):
    record = make(kind, "submitted")

    with pytest.raises(ReasonRequired):
        MODERATED[kind].services[step](record, by=secretariat_user(), reason="  ")

    record.refresh_from_db()
    assert record.state == "submitted"
    assert not AuditRecord.objects.for_object(record).exists()


class Rollback(Exception):
    pass


@pytest.mark.parametrize(("kind", "step"), DECISIONS, ids=map("-".join, DECISIONS))
def test_a_decision_rolled_back_tells_nobody(kind, step, django_capture_on_commit_callbacks):
    record = make(kind, "submitted")
    secretariat = secretariat_user()

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(Rollback),
        transaction.atomic(),
    ):
        MODERATED[kind].services[step](record, by=secretariat, reason=REASON)
        raise Rollback

    assert (callbacks, mail.outbox) == ([], [])
    record.refresh_from_db()
    assert (record.state, record.decided_by) == ("submitted", None)
    assert not AuditRecord.objects.for_object(record).exists()


@pytest.mark.parametrize(("kind", "step"), DECISIONS, ids=map("-".join, DECISIONS))
def test_the_admin_decision_page_asks_for_the_reason_where_it_is_required(
    kind, step, client, django_capture_on_commit_callbacks
):
    model = MODERATED[kind].model
    decision = admin.site._registry[model].decisions[step]
    required = bool(model.TRANSITIONS[step].reason_required)
    record = make(kind, "submitted")
    client.force_login(secretariat_user())
    url = f"{MODERATED[kind].admin_url}{record.pk}/decide/{step}/"

    page = client.get(url)
    change = client.get(f"{MODERATED[kind].admin_url}{record.pk}/change/").content.decode()
    without = client.post(url, {"reason": ""})

    assert page.status_code == 200
    assert url in change  # a button on the record's page
    assert (decision.reason == REQUIRED) == required
    fields = page.context["form"].fields
    if decision.reason == NOT_ASKED:
        assert "reason" not in fields
    else:
        assert fields["reason"].required == required
    record.refresh_from_db()
    if required:
        assert without.status_code == 200 and without.context["form"].errors
        assert record.state == "submitted"
        with django_capture_on_commit_callbacks(execute=True):
            done = client.post(url, {"reason": REASON})
        record.refresh_from_db()
        assert done.status_code == 302
        assert record.decision_reason == REASON
        assert mail.outbox
    else:
        assert without.status_code == 302
    assert record.state == model.TRANSITIONS[step].target
    assert record.decided_by is not None


@pytest.mark.parametrize("kind", sorted(MODERATED))
def test_decided_records_show_no_decision_buttons(kind, client):
    record = make(kind, "published")
    client.force_login(secretariat_user())

    change = client.get(f"{MODERATED[kind].admin_url}{record.pk}/change/").content.decode()

    assert "/decide/" not in change
