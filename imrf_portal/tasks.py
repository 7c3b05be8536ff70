"""Background tasks of the portal as a whole."""

from celery import shared_task
from django.conf import settings
from django.core.mail import get_connection

from .mail import deserialize_message


@shared_task(bind=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=8)
def deliver_email(self, message: dict) -> int:
    """Deliver one queued e-mail; a mail server that is down is retried with back-off."""
    connection = get_connection(settings.PORTAL_EMAIL_DELIVERY_BACKEND)
    return connection.send_messages([deserialize_message(message)])
