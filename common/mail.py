"""E-mail leaves only once the change it tells of is committed; a Celery worker delivers it
(the backend that queues it and the worker's task are both here).

`send_after_commit` is the one way the portal's code sends e-mail (notifications, django-allauth's
messages). The Celery backend queues on commit as well, for anything sent through Django directly.
Pages that send e-mail (sign-up, decisions on organisations and pledges) answer at once; a worker
delivers through PORTAL_EMAIL_DELIVERY_BACKEND (SMTP in production) and retries when the mail
server is down. Without a broker the task runs in process, so delivery is immediate.
"""

from functools import partial

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction


def send_after_commit(messages: list[EmailMessage], *, robust: bool = True) -> int:
    """Hand each message to the mail backend once the current transaction commits; returns how
    many there are.

    A change that is rolled back sends nothing; outside a transaction the messages leave at once.
    Each message leaves on its own: with `robust`, one that fails is logged and the others (and
    whatever else waits for the commit) still go, since the change they tell of is done; without
    it, the failure is raised to whoever commits, which is the caller outside a transaction.
    """
    for message in messages:
        # A bound method, not a partial: Django names a failed robust callback by its __qualname__.
        transaction.on_commit(message.send, robust=robust)
    return len(messages)


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
        # A rolled-back transaction queues nothing; outside a transaction, queued at once.
        for message in email_messages:
            transaction.on_commit(partial(deliver_email.delay, serialize_message(message)))
        return len(email_messages)


@shared_task(bind=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=8)
def deliver_email(self, message: dict) -> int:
    """Deliver one queued e-mail; a mail server that is down is retried with back-off."""
    connection = get_connection(settings.PORTAL_EMAIL_DELIVERY_BACKEND)
    return connection.send_messages([deserialize_message(message)])
