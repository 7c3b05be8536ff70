"""Context every page needs: the text direction and the person's roles."""

from django.utils.translation import get_language_bidi

from stakeholders.rules import can_use_reports, is_secretariat


def portal(request):
    user = getattr(request, "user", None)
    return {
        "text_direction": "rtl" if get_language_bidi() else "ltr",
        "user_is_secretariat": bool(user and is_secretariat(user)),
        "user_can_use_reports": bool(user and can_use_reports(user)),
    }
