"""The Repository of Practices: a member submits a practice for their organisation; the
secretariat publishes or declines it, saying why (the life cycle in `Practice.TRANSITIONS`); the
person who submitted it is told."""

from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from common.errors import NotAllowed
from common.i18n import LANGUAGE_CODES
from common.moderation import change_state
from stakeholders.notifications import notify
from stakeholders.rules import administrators_of

from ..models import Practice
from ..rules import can_act_for, can_moderate
from . import EngagementError

State = Practice.State
TEXT_FIELDS = ("title", "description", "results")


def submit_practice(
    *,
    organisation,
    by,
    language: str,
    title: str,
    description: str,
    results: str,
    kind: str,
    objectives,
    started_on: date,
    ended_on: date | None = None,
    countries=(),
    partners: str = "",
    evidence_url: str = "",
    evidence_file=None,
) -> Practice:
    """A practice of `organisation`, written by `by` in `language`, sent to the secretariat."""
    if not can_act_for(by, organisation):
        raise NotAllowed(_("Only members of a verified organisation can submit practices."))
    if language not in LANGUAGE_CODES:
        raise EngagementError(_("Choose the language the practice is written in."))
    objectives = list(objectives)
    if not objectives:
        raise EngagementError(_("Choose at least one GCM objective."))
    if not evidence_url and not evidence_file:
        raise EngagementError(_("Give a link or a PDF document as evidence."))
    if ended_on and ended_on < started_on:
        raise EngagementError(_("The end cannot come before the start."))
    practice = Practice(
        organisation=organisation,
        submitted_by=by,
        original_language=language,
        kind=kind,
        countries=sorted(str(code) for code in countries),
        partners=partners,
        started_on=started_on,
        ended_on=ended_on,
        evidence_url=evidence_url,
        state=State.SUBMITTED,
    )
    for field, value in zip(TEXT_FIELDS, (title, description, results), strict=True):
        setattr(practice, f"{field}_{language}", value)
    if evidence_file:
        practice.evidence_file = evidence_file
    with transaction.atomic():
        practice.save()
        practice.objectives.set(objectives)
        practice.log_action("submit", by=by, to_state=State.SUBMITTED)
    return practice


def _require_secretariat(by) -> None:
    if not can_moderate(by):
        raise NotAllowed(_("Only the secretariat can take this decision."))


def _people_to_tell(practice: Practice):
    """Whoever submitted the practice; the organisation's administrators if that account is
    gone."""
    if practice.submitted_by_id and practice.submitted_by.is_active:
        User = get_user_model()
        return User.objects.filter(pk=practice.submitted_by_id).select_related("profile")
    return administrators_of(practice.organisation)


def _tell(practice: Practice, template: str, reason: str) -> None:
    notify(_people_to_tell(practice), template, {"practice": practice, "reason": reason})


def publish_practice(*, practice: Practice, by, reason: str = "") -> Practice:
    """The secretariat publishes a submitted practice in the public catalogue."""
    _require_secretariat(by)
    change_state(practice, step="publish", by=by, reason=reason, notify=_tell)
    return practice


def decline_practice(*, practice: Practice, by, reason: str) -> Practice:
    """The secretariat declines a submitted practice, saying why."""
    _require_secretariat(by)
    change_state(practice, step="decline", by=by, reason=reason, notify=_tell)
    return practice
