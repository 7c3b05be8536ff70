"""The life cycle that written inputs, practices and pledges share: submitted, then published or
declined by the secretariat with a reason; every step recorded in the audit trail (who, when,
why) and told by e-mail only once it is committed.

A moderated model (`ModeratedSubmission`) declares its states and, in `TRANSITIONS`, each step:
where it may start, where it leads, the message it is refused with, whether it needs a reason,
the date it stamps and the e-mail that tells of it. `change_state` takes a step. Who may take it
is the app's rule, checked by the app's service before; the app's service also passes `notify`,
which chooses the recipients and sends (stakeholders.notifications sends on commit), so that
this module imports no app.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .audit import record_change
from .errors import PortalError


class ModerationError(PortalError):
    """A step the life cycle refuses. The message is translated and meant for people."""


class IllegalTransition(ModerationError):
    """The record's state does not allow this step."""


class ReasonRequired(ModerationError):
    """The step needs a reason, which the people it is sent to will read."""


@dataclass(frozen=True)
class Transition:
    """One step of a life cycle and its side effects."""

    sources: frozenset[str]  # the states it may start from
    target: str
    refusal: str  # the message when the record is in any other state
    reason_required: str = ""  # when set, the message when no reason is given
    decision: bool = True  # the secretariat's: the record keeps who decided, when and why
    stamp: str = ""  # a date-and-time field of the record set to now
    notification: str = ""  # the e-mail that tells of it (templates/email/<name>_*.txt)
    audit: str = ""  # its name in the audit trail, when not the step's own

    def __post_init__(self):
        object.__setattr__(self, "sources", frozenset(self.sources))


def state_field(states: type[models.TextChoices], *, default: str) -> models.CharField:
    """A moderated record's state. Each model has its own labels (the words agree with the
    record's noun in French and Arabic); it changes only through `change_state`."""
    return models.CharField(
        _("state"),
        max_length=20,
        choices=states.choices,
        default=default,
        db_index=True,
        editable=False,
    )


class ModeratedSubmission(models.Model):
    """A record the secretariat decides on. A subclass declares `State`, `state =
    state_field(State, default=...)` and `TRANSITIONS`; the latest decision's who, when and why
    stay on the record, and every step is in the audit trail."""

    TRANSITIONS: ClassVar[Mapping[str, Transition]] = {}

    decision_reason = models.TextField(_("reason for the decision"), blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def may(self, step: str) -> bool:
        """Whether the life cycle allows `step` from the current state (not who may take it)."""
        return self.state in self.TRANSITIONS[step].sources

    def log_action(self, action: str, *, by, **details):
        """One entry in the audit trail (common.audit.record_change) for this record."""
        return record_change(self, by=by, action=action, **details)


Notify = Callable[[ModeratedSubmission, str, str], object]


def change_state(
    record: ModeratedSubmission, *, step: str, by, reason: str = "", notify: Notify | None = None
) -> str:
    """Take `step` on `record`, locked against a simultaneous decision; returns the state it left.

    Refused with ReasonRequired or IllegalTransition before anything changes. The step is
    recorded in the audit trail, and its e-mail handed to `notify(record, template, reason)`,
    inside the same transaction: a decision rolled back tells nobody.
    """
    transition = record.TRANSITIONS[step]
    reason = (reason or "").strip()
    if transition.reason_required and not reason:
        raise ReasonRequired(transition.reason_required)
    if transition.notification and notify is None:
        raise TypeError(f"{step!r} sends {transition.notification!r}: pass notify")
    model = type(record)
    with transaction.atomic():
        current = model._default_manager.select_for_update().get(pk=record.pk)
        if current.state not in transition.sources:
            raise IllegalTransition(transition.refusal)
        previous, now = current.state, timezone.now()
        updates = {"state": transition.target}
        if transition.decision:
            updates.update(decision_reason=reason, decided_by=by, decided_at=now)
        if transition.stamp:
            updates[transition.stamp] = now
        for name, value in updates.items():
            setattr(current, name, value)
        touched = [f.name for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]
        # Saved through the model: its signals tell the visitors' page cache (common.cache).
        current.save(update_fields=[*updates, *touched])
        for name in [*updates, *touched]:
            setattr(record, name, getattr(current, name))
        record.log_action(
            transition.audit or step,
            by=by,
            from_state=previous,
            to_state=transition.target,
            reason=reason,
        )
        if transition.notification:
            notify(record, transition.notification, reason)
    return previous
