"""The admin's translation tabs without a CDN, and languages ticked rather than typed.

modeltranslation's TabbedTranslationAdmin loads jQuery UI from ajax.googleapis.com, which the
portal's Content-Security-Policy blocks (and the portal loads nothing remote), so the tabs never
appear. These base classes load a small local stand-in instead (common/admin/tabs.js).
"""

import nested_admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationInlineModelAdmin


class TabbedAdmin(TranslationAdmin):
    class Media:
        js = (
            "admin/js/jquery.init.js",
            "modeltranslation/js/force_jquery.js",
            "common/admin/tabs.js",
            "modeltranslation/js/tabbed_translation_fields.js",
        )
        css = {"all": ("modeltranslation/css/tabbed_translation_fields.css",)}


class NestedTabbedAdmin(nested_admin.NestedModelAdminMixin, TabbedAdmin):
    """A page whose inlines hold inlines of their own (an event's agenda items and their
    speakers), with the same tabs: django-nested-admin's script and style are local files."""


class NestedTranslationStackedInline(TranslationInlineModelAdmin, nested_admin.NestedStackedInline):
    template = "admin/nested/stacked.html"  # without javascript: addresses


class NestedTranslationTabularInline(TranslationInlineModelAdmin, nested_admin.NestedTabularInline):
    template = "admin/nested/tabular.html"


# The fields of every translated record that hold languages rather than text (common.models).
LANGUAGE_FIELDS = ("original_language", "working_translations", "other_languages")

LANGUAGES_FIELDSET = (_("Languages"), {"fields": LANGUAGE_FIELDS, "classes": ("collapse",)})
