"""Surveys, built from questions (each with its choices), and the answers received."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from common.admin_filters import TranslationStatusAdminMixin

from ..models import Choice, Question, Survey, SurveyResponse


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 0
    show_change_link = True  # the choices are edited on the question's page
    fields = (
        ("position", "kind", "required", "max_choices"),
        "text",
        "help_text",
        ("scale_low_label", "scale_high_label"),
        ("original_language", "working_translations"),
        "other_languages",
    )


@admin.register(Survey)
class SurveyAdmin(TranslationStatusAdminMixin, TabbedTranslationAdmin):
    list_display = ("__str__", "opens_at", "closes_at", "answer_count", "results_link")
    search_fields = ("title_en", "title_ar", "title_fr", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    inlines = [QuestionInline]

    @admin.display(description=_("answers"))
    def answer_count(self, obj):
        return obj.responses.count()

    @admin.display(description=_("results"))
    def results_link(self, obj):
        url = reverse("engagement:survey_results", kwargs={"slug": obj.slug})
        return format_html('<a href="{}">{}</a>', url, _("Results"))


class ChoiceInline(TranslationTabularInline):
    model = Choice
    extra = 2
    fields = ("position", "label", "original_language", "working_translations", "other_languages")


@admin.register(Question)
class QuestionAdmin(TranslationStatusAdminMixin, TabbedTranslationAdmin):
    list_display = ("__str__", "survey", "position", "kind")
    list_filter = ("survey", "kind")
    list_select_related = ("survey",)
    inlines = [ChoiceInline]

    def get_inlines(self, request, obj):
        if obj is not None and obj.kind not in Question.CHOICE_KINDS:
            return []
        return super().get_inlines(request, obj)


@admin.register(SurveyResponse)
class SurveyResponseAdmin(admin.ModelAdmin):
    """Who answered for which organisation: for the secretariat only, never on public pages."""

    list_display = ("survey", "organisation", "answered_by", "submitted_at")
    list_filter = ("survey", "organisation__group")
    list_select_related = ("survey", "organisation", "answered_by")
    search_fields = ("organisation__name",)
    readonly_fields = ("survey", "organisation", "answered_by", "language", "submitted_at")

    def has_add_permission(self, request):
        return False  # organisations answer on the portal

    def has_change_permission(self, request, obj=None):
        return False
