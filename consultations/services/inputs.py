"""Written inputs: submitted by a member of a verified organisation, published or declined by
the secretariat, the author told of the decision in their language."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.audit import record_change
from common.errors import NotAllowed
from consultations.models import Input
from consultations.rules import check_can_submit_input, check_secretariat
from stakeholders.notifications import notify

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def submit_input(
    *,
    by,
    organisation,
    kind: str,
    title: str,
    text: str,
    objectives,
    event=None,
    round_table=None,
    language: str = "en",
) -> Input:
    if (event is None) == (round_table is None):
        raise NotAllowed(_("An input is for one event or one round table."))
    if language not in LANGUAGES:
        raise NotAllowed(_("Unknown language."))
    objectives = list(objectives)
    if not objectives:
        raise NotAllowed(_("Tag the input with at least one objective."))
    check_can_submit_input(by, organisation, event=event, round_table=round_table)
    with transaction.atomic():
        written = Input(
            organisation=organisation,
            author=by,
            kind=kind,
            event=event,
            round_table=round_table,
            original_language=language,
        )
        # The text is stored in the language it was written in; the others stay empty until
        # someone translates it, and pages show the original meanwhile, marked as such.
        setattr(written, f"title_{language}", title)
        setattr(written, f"text_{language}", text)
        written.save()
        written.objectives.set(objectives)
        record_change(written, by=by, action="submit_input", to_state=written.state)
    return written


def _decide(written: Input, *, by, to_state: str, reason: str, action: str) -> Input:
    check_secretariat(by)
    with transaction.atomic():
        written = Input.objects.select_for_update().get(pk=written.pk)
        if written.state != Input.State.SUBMITTED:
            raise NotAllowed(_("This input has already been decided on."))
        written.state = to_state
        written.decision_reason = reason
        written.decided_by = by
        written.decided_at = timezone.now()
        written.save(update_fields=["state", "decision_reason", "decided_by", "decided_at"])
        record_change(
            written,
            by=by,
            action=action,
            from_state=Input.State.SUBMITTED,
            to_state=to_state,
            reason=reason,
        )
    if written.author:
        notify([written.author], f"consultations_{action}", {"input": written, "reason": reason})
    return written


def publish_input(*, input: Input, by) -> Input:
    return _decide(
        input, by=by, to_state=Input.State.PUBLISHED, reason="", action="input_published"
    )


def decline_input(*, input: Input, by, reason: str) -> Input:
    reason = (reason or "").strip()
    if not reason:
        raise NotAllowed(_("Say why the input is declined: its author will read it."))
    return _decide(
        input, by=by, to_state=Input.State.DECLINED, reason=reason, action="input_declined"
    )
