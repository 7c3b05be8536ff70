"""Admin list filters shared by every app: "missing Arabic / French / English" and
"working translation", for models that inherit TranslatedRecord."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import translation_status
from .i18n import LANGUAGE_CODES, language_name_in_text


class TranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        choices = []
        for language in LANGUAGE_CODES:
            name = language_name_in_text(language)
            choices.append((f"missing-{language}", _("Missing %(language)s") % {"language": name}))
        for language in LANGUAGE_CODES:
            name = language_name_in_text(language)
            choices.append(
                (f"working-{language}", _("Working translation: %(language)s") % {"language": name})
            )
        return choices

    def queryset(self, request, queryset):
        value = self.value() or ""
        state, _sep, language = value.partition("-")
        if language not in LANGUAGE_CODES:
            return queryset
        if state == "missing":
            return queryset.filter(translation_status.missing_q(queryset.model, language))
        if state == "working":
            return queryset.filter(translation_status.working_q(language))
        return queryset


class TranslationStatusAdminMixin:
    """Adds the translation filter and a column with each language's state."""

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationFilter]

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_states"]

    @admin.display(description=_("translations"))
    def translation_states(self, obj):
        states = translation_status.language_states(obj)
        labels = {
            translation_status.ORIGINAL: _("original"),
            translation_status.TRANSLATED: _("translated"),
            translation_status.WORKING: _("working"),
            translation_status.MISSING: _("missing"),
        }
        return ", ".join(f"{lang.upper()}: {labels[state]}" for lang, state in states.items())
