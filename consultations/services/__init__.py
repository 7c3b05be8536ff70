"""Every rule that changes an event, a registration, a shared seat or a written input: one
function each, called by views, admin actions and the demo alike. Each records the change in
the audit trail (common.audit.record_change) and refuses with common.errors.NotAllowed, saying
why (consultations.rules)."""

from common.errors import NotAllowed

from .attendance import (
    accept_shared_seat,
    cancel_registration,
    decline_shared_seat,
    mark_attendance,
    register_for_event,
    share_seat,
    withdraw_shared_seat,
)
from .events import close_registration, mark_event_held, open_registration, publish_summary
from .inputs import decline_input, publish_input, submit_input

__all__ = [
    "NotAllowed",
    "accept_shared_seat",
    "cancel_registration",
    "close_registration",
    "decline_input",
    "decline_shared_seat",
    "mark_attendance",
    "mark_event_held",
    "open_registration",
    "publish_input",
    "publish_summary",
    "register_for_event",
    "share_seat",
    "submit_input",
    "withdraw_shared_seat",
]
