"""An agenda item's content — speakers, key points, guiding questions and interventions — as
rows nested in the item on the event's page, and the item's own page, still linked from there."""

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from common.admin_tabs import (
    LANGUAGE_FIELDS,
    LANGUAGES_FIELDSET,
    NestedTabbedAdmin,
    NestedTranslationStackedInline,
    NestedTranslationTabularInline,
)
from consultations.models import AgendaItem, GuidingQuestion, Intervention, KeyPoint, Speaker

from .base import HTTPS, SHORT_TEXT, OrderedFormsetsMixin

CONTRIBUTOR_FIELDS = (
    ("order", "honorific"),
    "name",
    "title",
    ("constituency", "organisation", "stakeholder_group", "country", "gender"),
    "organisation_name",
    "organisation_url",
)


class SpeakerInline(NestedTranslationStackedInline):
    model = Speaker
    extra = 0
    formfield_overrides = HTTPS
    raw_id_fields = ("organisation",)
    fields = ("role", *CONTRIBUTOR_FIELDS, LANGUAGE_FIELDS)


class KeyPointInline(NestedTranslationTabularInline):
    model = KeyPoint
    extra = 0
    fields = ("order", "label", "text", *LANGUAGE_FIELDS)
    formfield_overrides = SHORT_TEXT


class GuidingQuestionInline(NestedTranslationTabularInline):
    model = GuidingQuestion
    extra = 0
    fields = ("order", "text", *LANGUAGE_FIELDS)
    formfield_overrides = SHORT_TEXT


class InterventionInline(NestedTranslationStackedInline):
    model = Intervention
    extra = 0
    raw_id_fields = ("organisation",)
    fields = (*CONTRIBUTOR_FIELDS, ("channel", "made_on"), "text", "objectives", LANGUAGE_FIELDS)
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 5})},
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
        **HTTPS,
    }


ITEM_CONTENT = [SpeakerInline, KeyPointInline, GuidingQuestionInline, InterventionInline]


@admin.register(AgendaItem)
class AgendaItemAdmin(OrderedFormsetsMixin, NestedTabbedAdmin):
    """One item alone. The event's page holds the same rows nested in each item; this page stays
    for links and for an item with many interventions."""

    list_display = ("__str__", "event", "part", "order", "kind")
    list_filter = ("kind", "event")
    search_fields = ("title_en", "title_ar", "title_fr", "event__title_en")
    autocomplete_fields = ("event",)
    readonly_fields = ("event_link",)
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 5})},
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("event", "event_link"),
                    ("part", "order", "kind"),
                    ("day", "start_time", "end_time"),
                    "title",
                )
            },
        ),
        (_("Text"), {"fields": ("summary", "points_intro", "conclusion", "objectives")}),
        LANGUAGES_FIELDSET,
    )

    def get_inlines(self, request, obj):
        if obj is None or obj.takes_interventions:
            return ITEM_CONTENT
        return [inline for inline in ITEM_CONTENT if inline is not InterventionInline]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "part" in form.base_fields:  # a part of this item's event (new fields per call)
            parts = form.base_fields["part"].queryset
            form.base_fields["part"].queryset = parts.filter(event_id=obj.event_id if obj else None)
        return form

    @admin.display(description=_("Back to the event"))
    def event_link(self, item):
        if not item.event_id:
            return "—"
        url = reverse("admin:consultations_event_change", args=[item.event_id])
        return format_html('<a href="{}#agenda_items-group">{}</a>', url, item.event)
