"""Pages for the secretariat outside the admin: the translation queue and completeness counts."""

from django.http import Http404
from django.shortcuts import render

from . import translation_status
from .i18n import LANGUAGE_CODES


def _require_secretariat(request) -> None:
    # Out of reach answers 404, as everywhere in the portal. The rule is stakeholders.rules'.
    if not request.user.has_perm("common.use_translation_queue"):
        raise Http404


def translation_queue(request):
    _require_secretariat(request)
    language = request.GET.get("language")
    language = language if language in LANGUAGE_CODES else None
    kinds = {
        m._meta.label_lower: m._meta.verbose_name_plural
        for m in translation_status.tracked_models()
    }
    kind = request.GET.get("kind")
    kind = kind if kind in kinds else None
    return render(
        request,
        "secretariat/translation_queue.html",
        {
            "entries": translation_status.translation_queue(language=language, kind=kind),
            "completeness": translation_status.completeness(),
            "languages": LANGUAGE_CODES,
            "kinds": kinds,
            "selected_language": language or "",
            "selected_kind": kind or "",
        },
    )
