"""The secretariat's admin: an event's whole record on one page (events.py, with the agenda's
nested rows from agenda.py), registrations and shared seats, and written inputs."""

from . import agenda, events, inputs, registrations  # noqa: F401 - each module registers admins
