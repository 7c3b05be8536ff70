"""The error every app raises when a rule refuses what a person asks: one `NotAllowed` for "you
may not do this", and the base it shares with the apps' own errors, so that a page shows any
refusal's message the same way (`except PortalError as error: ... error.message`)."""


class PortalError(Exception):
    """A rule was broken. The message is translated and meant for people."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


class NotAllowed(PortalError):
    """The person may not do this; `str(error)` says why, in the page's language."""
