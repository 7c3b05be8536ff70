"""Every change to a pledge: one function each, called by views, admin actions and the demo alike.

Each change of state is a step of `Pledge.TRANSITIONS`, taken by common.moderation.change_state:
checked against the life cycle, recorded in the audit trail (who, when, why), and the
secretariat's decisions e-mailed to the organisation's administrators in their own language.
A refused step raises common.moderation.IllegalTransition (or ReasonRequired).
"""

from datetime import date

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.errors import NotAllowed, PortalError
from common.moderation import IllegalTransition, change_state
from stakeholders.models import Organisation
from stakeholders.notifications import notify
from stakeholders.rules import administrators_of

from .models import Pledge, PledgeProgress
from .rules import can_moderate_pledges, can_pledge_for, is_pledging_member

State = Pledge.State


class PledgeError(PortalError):
    """A rule of the pledges was broken. The message is translated and meant for people. (A
    person who may not take a step gets common.errors.NotAllowed, a PortalError too.)"""


# Fields a member sets through create_pledge and update_pledge (text fields apart).
DETAIL_FIELDS = {
    "kind",
    "partnership_type",
    "matches",
    "countries",
    "region",
    "start_date",
    "end_date",
    "budget",
    "currency",
    "contact_name",
    "contact_email",
    "attachment",
}
RELATION_FIELDS = {"objectives", "principles", "partners"}
TEXT_FIELDS = ("title", "description")


def _require_member(pledge: Pledge, by) -> None:
    if not is_pledging_member(by, pledge):
        raise NotAllowed(_("Only members of the pledging organisation can do this."))


def _require_secretariat(by) -> None:
    if not can_moderate_pledges(by):
        raise NotAllowed(_("Only the secretariat can take this decision."))


def _check(fields: dict) -> None:
    if "objectives" in fields and not list(fields["objectives"]):
        raise PledgeError(_("Choose at least one GCM objective."))
    start, end = fields.get("start_date"), fields.get("end_date")
    if start and end and end < start:
        raise PledgeError(_("The end cannot come before the start."))


def _apply(pledge: Pledge, language: str, fields: dict) -> list[str]:
    """Put the member's values on the pledge; returns the names of what changed."""
    unknown = set(fields) - DETAIL_FIELDS - RELATION_FIELDS - set(TEXT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown pledge fields: {sorted(unknown)}")
    changed = []
    previous_language = pledge.original_language
    if pledge.pk and language != previous_language:
        # The text moves to the language it is now said to be written in.
        for field in TEXT_FIELDS:
            setattr(pledge, f"{field}_{previous_language}", None)
        changed.append("original_language")
    pledge.original_language = language
    pledge.working_translations = [
        code for code in (pledge.working_translations or []) if code != language
    ]
    for field in TEXT_FIELDS:
        if field in fields:
            attribute = f"{field}_{language}"
            if getattr(pledge, attribute) != fields[field]:
                setattr(pledge, attribute, fields[field])
                changed.append(field)
    for field in DETAIL_FIELDS & set(fields):
        value = fields[field]
        if field == "attachment":
            if value is False:  # the "clear" box of the file input
                if pledge.attachment:
                    pledge.attachment.delete(save=False)
                    changed.append(field)
                pledge.attachment = ""
            elif isinstance(value, UploadedFile):
                pledge.attachment = value
                changed.append(field)
            continue
        if value is None and field in {"partnership_type", "region", "currency"}:
            value = ""
        current = getattr(pledge, field)
        if field == "countries":
            value = sorted(str(code) for code in value or [])
            current = [country.code for country in current]
        if current != value:
            setattr(pledge, field, value)
            changed.append(field)
    return changed


def _set_relations(pledge: Pledge, fields: dict) -> list[str]:
    changed = []
    for field in RELATION_FIELDS & set(fields):
        manager = getattr(pledge, field)
        new = {item.pk for item in fields[field]}
        if {item.pk for item in manager.all()} != new:
            manager.set(new)
            changed.append(field)
    return changed


def create_pledge(*, organisation: Organisation, by, language: str, **fields) -> Pledge:
    """A new draft pledge of `organisation`, written by `by` in `language`."""
    if not can_pledge_for(by, organisation):
        raise NotAllowed(_("Only members of a verified organisation can make pledges."))
    _check(fields)
    pledge = Pledge(organisation=organisation, created_by=by, state=State.DRAFT)
    with transaction.atomic():
        _apply(pledge, language, fields)
        pledge.save()
        _set_relations(pledge, fields)
        pledge.log_action("create", by=by, to_state=State.DRAFT)
    return pledge


def update_pledge(*, pledge: Pledge, by, language: str, **fields) -> Pledge:
    """Change a pledge's text and details; only while it is a draft or returned for changes."""
    _require_member(pledge, by)
    _check(fields)
    with transaction.atomic():
        current = Pledge.objects.select_for_update().get(pk=pledge.pk)
        if not current.is_editable:
            raise IllegalTransition(
                _("Only a draft, or a pledge returned for changes, can be edited.")
            )
        changed = _apply(pledge, language, fields)
        pledge.state = current.state
        pledge.save()
        changed += _set_relations(pledge, fields)
        pledge.log_action("update", by=by, changes={"fields": sorted(changed)})
    return pledge


def _tell_administrators(pledge: Pledge, template: str, reason: str) -> None:
    notify(
        administrators_of(pledge.organisation),
        template,
        {"pledge": pledge, "organisation": pledge.organisation, "reason": reason},
    )


def submit_pledge(*, pledge: Pledge, by) -> Pledge:
    """Send a draft (or a pledge returned for changes) to the secretariat for review."""
    _require_member(pledge, by)
    step = "resubmit" if pledge.state == State.CHANGES_REQUESTED else "submit"
    change_state(pledge, step=step, by=by)
    return pledge


def resubmit_pledge(*, pledge: Pledge, by) -> Pledge:
    """Submit again a pledge the secretariat returned for changes."""
    _require_member(pledge, by)
    change_state(pledge, step="resubmit", by=by)
    return pledge


def request_changes(*, pledge: Pledge, by, reason: str) -> Pledge:
    """The secretariat returns a submitted pledge to its organisation, saying what to change."""
    _require_secretariat(by)
    change_state(pledge, step="request_changes", by=by, reason=reason, notify=_tell_administrators)
    return pledge


def publish_pledge(*, pledge: Pledge, by, reason: str = "") -> Pledge:
    """The secretariat publishes a submitted pledge; its text is fixed from now on."""
    _require_secretariat(by)
    change_state(pledge, step="publish", by=by, reason=reason, notify=_tell_administrators)
    return pledge


def reject_pledge(*, pledge: Pledge, by, reason: str) -> Pledge:
    """The secretariat rejects a submitted pledge, saying why."""
    _require_secretariat(by)
    change_state(pledge, step="reject", by=by, reason=reason, notify=_tell_administrators)
    return pledge


def withdraw_pledge(*, pledge: Pledge, by, reason: str = "") -> Pledge:
    """The pledging organisation withdraws its pledge, at any stage before a final decision."""
    _require_member(pledge, by)
    change_state(pledge, step="withdraw", by=by, reason=reason)
    return pledge


def add_progress(
    *, pledge: Pledge, by, date: date, stage: str, text: str, language: str
) -> PledgeProgress:
    """A progress update on a published pledge, from a member of the pledging organisation."""
    _require_member(pledge, by)
    if pledge.state != State.PUBLISHED:
        raise IllegalTransition(_("Progress can only be reported on a published pledge."))
    if date > timezone.localdate():
        raise PledgeError(_("A progress update cannot be dated in the future."))
    with transaction.atomic():
        progress = PledgeProgress(
            pledge=pledge, date=date, stage=stage, created_by=by, original_language=language
        )
        setattr(progress, f"text_{language}", text)
        progress.save()
        pledge.log_action("progress", by=by, changes={"date": date.isoformat(), "stage": stage})
    return progress
