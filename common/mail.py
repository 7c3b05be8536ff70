"""An e-mail backend that hands messages to a Celery worker, and the worker's task.

Pages that send e-mail (sign-up, decisions on organisations and pledges) answer at once; a worker
delivers through PORTAL_EMAIL_DELIVERY_BACKEND (SMTP in production) and retries when the mail
server is down. Without a broker the task runs in process, so delivery is immediate.
"""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend


def serialize_message(message: EmailMessage) -> dict:
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
    }


def deserialize_message(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message


class CeleryEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            deliver_email.delay(serialize_message(message))
        return len(email_messages)


@shared_task(bind=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=8)
def deliver_email(self, message: dict) -> int:
    """Deliver one queued e-mail; a mail server that is down is retried with back-off."""
    connection = get_connection(settings.PORTAL_EMAIL_DELIVERY_BACKEND)
    return connection.send_messages([deserialize_message(message)])
