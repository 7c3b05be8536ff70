"""Every change to discussions, survey answers and practices: one function each, called by views,
admin actions, tasks and the demo alike (`services.discussions`, `.surveys`, `.practices`)."""


class EngagementError(Exception):
    """A rule was broken. The message is translated and meant for people."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


class NotAllowed(EngagementError):
    """The person may not do this."""


class Closed(EngagementError):
    """The discussion or survey does not take anything new (not open yet, or closed)."""
