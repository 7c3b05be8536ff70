"""The secretariat's admin for the online consultations: discussions and their moderation,
surveys and their questions, the Repository of Practices."""

from . import discussions, practices, surveys  # noqa: F401 - registers the admins
