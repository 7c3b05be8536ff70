"""The admin's translation tabs without a CDN, and languages ticked rather than typed.

modeltranslation's TabbedTranslationAdmin loads jQuery UI from ajax.googleapis.com, which the
portal's Content-Security-Policy blocks (and the portal loads nothing remote), so the tabs never
appear. This base class loads a small local stand-in instead (common/admin/tabs.js).
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin


class TabbedAdmin(TranslationAdmin):
    class Media:
        js = (
            "admin/js/jquery.init.js",
            "modeltranslation/js/force_jquery.js",
            "common/admin/tabs.js",
            "modeltranslation/js/tabbed_translation_fields.js",
        )
        css = {"all": ("modeltranslation/css/tabbed_translation_fields.css",)}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "working_translations":
            return forms.MultipleChoiceField(
                label=db_field.verbose_name.capitalize(),
                help_text=db_field.help_text,
                choices=settings.LANGUAGES,
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


LANGUAGES_FIELDSET = (
    _("Languages"),
    {"fields": ("original_language", "working_translations"), "classes": ("collapse",)},
)
