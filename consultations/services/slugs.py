"""The slug of an event: from its English title, else the French, else the Arabic one (which gives
no ASCII word), else its first day; never one already taken. Used by the admin and imports."""

from common.slugs import slug_from, unique_slug
from consultations.models import Event


def event_slug(*, title_en="", title_fr="", title_ar="", starts_on=None, exclude_pk=None) -> str:
    fallback = f"meeting-{starts_on.isoformat()}" if starts_on else "meeting"
    others = Event.objects.exclude(pk=exclude_pk) if exclude_pk else Event.objects.all()
    return unique_slug(others, slug_from(title_en, title_fr, title_ar, fallback=fallback))
