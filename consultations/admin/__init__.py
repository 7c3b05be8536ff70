"""The secretariat's admin: events and their record, registrations, shared seats and written
inputs."""

from . import events, inputs  # noqa: F401 - each module registers its admins
