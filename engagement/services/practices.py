"""The Repository of Practices: a member submits a practice for their organisation; the
secretariat publishes or declines it, saying why; the person who submitted it is told."""

from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.audit import record_change
from common.errors import NotAllowed
from common.i18n import LANGUAGE_CODES
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
        record_change(practice, by=by, action="submit", to_state=State.SUBMITTED)
    return practice


def _require_secretariat(by) -> None:
    if not can_moderate(by):
        raise NotAllowed(_("Only the secretariat can take this decision."))


def _decide(practice: Practice, *, by, action: str, target: str, reason: str, **stamps) -> None:
    _require_secretariat(by)
    with transaction.atomic():
        current = Practice.objects.select_for_update().get(pk=practice.pk)
        if current.state != State.SUBMITTED:
            raise EngagementError(_("Only a submitted practice can be published or declined."))
        updates = {"state": target, "decision_reason": reason, **stamps}
        for name, value in updates.items():
            setattr(practice, name, value)
        # A save, not a queryset update: pages cached for visitors learn of the change.
        practice.save(update_fields=list(updates))
        record_change(
            practice,
            by=by,
            action=action,
            from_state=current.state,
            to_state=target,
            reason=reason,
        )


def _people_to_tell(practice: Practice):
    """Whoever submitted the practice; the organisation's administrators if that account is
    gone."""
    if practice.submitted_by_id and practice.submitted_by.is_active:
        User = get_user_model()
        return User.objects.filter(pk=practice.submitted_by_id).select_related("profile")
    return administrators_of(practice.organisation)


def publish_practice(*, practice: Practice, by, reason: str = "") -> Practice:
    """The secretariat publishes a submitted practice in the public catalogue."""
    _decide(
        practice,
        by=by,
        action="publish",
        target=State.PUBLISHED,
        reason=(reason or "").strip(),
        published_at=timezone.now(),
    )
    notify(_people_to_tell(practice), "engagement_practice_published", {"practice": practice})
    return practice


def decline_practice(*, practice: Practice, by, reason: str) -> Practice:
    """The secretariat declines a submitted practice, saying why."""
    _require_secretariat(by)
    reason = (reason or "").strip()
    if not reason:
        raise EngagementError(_("Say why the practice is declined."))
    _decide(practice, by=by, action="decline", target=State.DECLINED, reason=reason)
    notify(
        _people_to_tell(practice),
        "engagement_practice_declined",
        {"practice": practice, "reason": reason},
    )
    return practice
