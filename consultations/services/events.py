"""An event's life: planned → registration open → held → summary published."""

from django.db import transaction
from django.utils.translation import gettext as _

from common.audit import record_change
from common.errors import NotAllowed
from consultations.models import Event
from consultations.rules import check_secretariat

State = Event.State


def _move(event: Event, *, by, to_state: str, allowed_from: tuple[str, ...], action: str) -> Event:
    check_secretariat(by)
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.state == to_state:
            return event
        if event.state not in allowed_from:
            raise NotAllowed(
                _("An event that is “%(state)s” cannot become “%(new)s”.")
                % {"state": event.get_state_display(), "new": State(to_state).label}
            )
        from_state = event.state
        event.state = to_state
        event.save(update_fields=["state", "updated_at"])
        record_change(event, by=by, action=action, from_state=from_state, to_state=to_state)
    return event


def open_registration(*, event: Event, by) -> Event:
    return _move(
        event,
        by=by,
        to_state=State.REGISTRATION_OPEN,
        allowed_from=(State.PLANNED,),
        action="open_registration",
    )


def close_registration(*, event: Event, by) -> Event:
    """Back to planned: registrations are kept, no new ones are taken."""
    return _move(
        event,
        by=by,
        to_state=State.PLANNED,
        allowed_from=(State.REGISTRATION_OPEN,),
        action="close_registration",
    )


def mark_event_held(*, event: Event, by) -> Event:
    return _move(
        event,
        by=by,
        to_state=State.HELD,
        allowed_from=(State.PLANNED, State.REGISTRATION_OPEN),
        action="mark_held",
    )


def publish_summary(*, event: Event, by) -> Event:
    return _move(
        event,
        by=by,
        to_state=State.SUMMARY_PUBLISHED,
        allowed_from=(State.HELD,),
        action="publish_summary",
    )
