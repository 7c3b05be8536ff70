"""Every change to discussions, survey answers and practices: one function each, called by views,
admin actions, tasks and the demo alike (`services.discussions`, `.surveys`, `.practices`).
A person who may not do something gets common.errors.NotAllowed (engagement.rules)."""

from common.errors import PortalError


class EngagementError(PortalError):
    """A rule was broken. The message is translated and meant for people."""


class Closed(EngagementError):
    """The discussion or survey does not take anything new (not open yet, or closed)."""
