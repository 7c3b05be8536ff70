"""The IMRF Stakeholder Portal project: settings, URLs, the Celery app and shared helpers."""

from .celery import app as celery_app

__all__ = ["celery_app"]
