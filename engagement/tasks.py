"""Background tasks of the online consultations: the daily digest of discussions."""

from celery import shared_task

from .services.discussions import send_digests


@shared_task
def send_discussion_digests() -> int:
    """E-mail each follower what is new in the discussions they follow (run daily)."""
    return send_digests()
