"""The admin's translation tabs without a CDN, and languages ticked rather than typed.

modeltranslation's TabbedTranslationAdmin loads jQuery UI from ajax.googleapis.com, which the
portal's Content-Security-Policy blocks (and the portal loads nothing remote), so the tabs never
appear. This base class loads a small local stand-in instead (common/admin/tabs.js).
"""

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


LANGUAGES_FIELDSET = (
    _("Languages"),
    {"fields": ("original_language", "working_translations"), "classes": ("collapse",)},
)
