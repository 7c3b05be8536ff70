"""Written inputs: submitted by a member of a verified organisation, published or declined by
the secretariat (the life cycle in `Input.TRANSITIONS`), the author told of the decision in their
language."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from common.errors import NotAllowed
from common.moderation import change_state
from consultations.models import Event, Input
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
        if event is not None:
            # Read the state again under a lock: a summary published a moment ago closes it.
            check_can_submit_input(
                by, organisation, event=Event.objects.select_for_update().get(pk=event.pk)
            )
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
        written.log_action("submit_input", by=by, to_state=written.state)
    return written


def _tell_author(written: Input, template: str, reason: str) -> None:
    if written.author:
        notify([written.author], template, {"input": written, "reason": reason})


def publish_input(*, input: Input, by) -> Input:
    check_secretariat(by)
    change_state(input, step="publish", by=by, notify=_tell_author)
    return input


def decline_input(*, input: Input, by, reason: str) -> Input:
    check_secretariat(by)
    change_state(input, step="decline", by=by, reason=reason, notify=_tell_author)
    return input
