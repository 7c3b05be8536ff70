"""E-mails to people in their preferred language.

A notification is two templates, `email/<name>_subject.txt` and `email/<name>_body.txt`,
rendered once per recipient inside that recipient's language.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def preferred_language(user) -> str:
    profile = getattr(user, "profile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def notify(users, template: str, context: dict) -> int:
    """Send one e-mail per person; returns how many were sent."""
    messages = []
    for user in users:
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
        messages.append(
            EmailMessage(
                subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
                body=body,
                to=[user.email],
                headers={"Content-Language": language},
            )
        )
    if not messages:
        return 0
    from django.core.mail import get_connection

    return get_connection().send_messages(messages)
