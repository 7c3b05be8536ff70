"""E-mails to people in their preferred language.

A notification is two templates, `email/<name>_subject.txt` and `email/<name>_body.txt`,
rendered once per recipient inside that recipient's language, and sent once the change it tells
of is committed.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from common.mail import send_after_commit


def preferred_language(user) -> str:
    profile = getattr(user, "profile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def notify(users, template: str, context: dict, *, robust: bool = True) -> int:
    """One e-mail per person, rendered now (while the records are at hand) and sent once the
    current transaction commits, never if it rolls back; returns how many there are.
    `robust`: see common.mail.send_after_commit."""
    return send_after_commit([_message(user, template, context) for user in users], robust=robust)


def _message(user, template: str, context: dict) -> EmailMessage:
    language = preferred_language(user)
    with translation.override(language):
        full_context = {
            **context,
            "recipient": user,
            "site_url": settings.SITE_URL,
            "language": language,
        }
        subject = render_to_string(f"email/{template}_subject.txt", full_context)
        body = render_to_string(f"email/{template}_body.txt", full_context)
    return EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        to=[user.email],
        headers={"Content-Language": language},
    )
