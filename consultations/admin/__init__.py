"""The secretariat's admin: the GCM reference, events and their record, registrations, shared
seats and written inputs."""

from . import events, inputs, reference  # noqa: F401 - each module registers its admins
