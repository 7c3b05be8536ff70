"""Discussions (with their guiding questions) and the moderation of contributions."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from common.admin_decisions import REQUIRED, Decision, DecisionAdminMixin
from common.admin_filters import TranslationStatusAdminMixin
from common.audit import record_change
from common.errors import PortalError

from ..models import Contribution, Discussion, GuidingQuestion
from ..rules import can_moderate
from ..services.discussions import hide_contribution, restore_contribution
from .common import TOLD


class GuidingQuestionInline(TranslationTabularInline):
    model = GuidingQuestion
    extra = 1
    fields = ("position", "text", "original_language", "working_translations", "other_languages")


@admin.register(Discussion)
class DiscussionAdmin(TranslationStatusAdminMixin, TabbedTranslationAdmin):
    list_display = ("__str__", "opens_at", "closes_at", "round_table", "status_display")
    list_filter = ("round_table", "objectives")
    search_fields = ("title_en", "title_ar", "title_fr", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    filter_horizontal = ("objectives",)
    readonly_fields = ("created_by", "created_at")
    inlines = [GuidingQuestionInline]
    fieldsets = (
        (None, {"fields": ("slug", "title", "introduction", "original_language")}),
        (_("Topic"), {"fields": ("objectives", "round_table")}),
        (_("Dates"), {"fields": ("opens_at", "closes_at")}),
        (_("After closing"), {"fields": ("summary",)}),
        (
            _("Translation"),
            {"fields": ("working_translations", "other_languages", "created_by", "created_at")},
        ),
    )

    @admin.display(description=_("status"))
    def status_display(self, obj):
        return {"open": _("Open"), "closed": _("Closed"), "upcoming": _("Not open yet")}[obj.status]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change:
            record_change(obj, by=request.user, action="open", to_state="open")


class HiddenFilter(admin.SimpleListFilter):
    title = _("visibility")
    parameter_name = "hidden"

    def lookups(self, request, model_admin):
        return [("no", _("Visible")), ("yes", _("Hidden"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.hidden()
        if self.value() == "no":
            return queryset.visible()
        return queryset


@admin.register(Contribution)
class ContributionAdmin(DecisionAdminMixin, admin.ModelAdmin):
    list_display = ("__str__", "discussion", "author", "language", "created_at", "is_hidden")
    list_filter = (HiddenFilter, "discussion")
    list_select_related = ("discussion", "organisation", "author")
    search_fields = ("body", "organisation__name", "author__email")
    date_hierarchy = "created_at"
    fields = (
        "discussion",
        "parent",
        "organisation",
        "author",
        "language",
        "body",
        "created_at",
        "hidden_at",
        "hidden_by",
        "hidden_reason",
    )
    readonly_fields = fields
    decisions = {
        "hide": Decision(
            label=_("Hide"),
            action=_("Hide the selected contributions"),
            apply=lambda contribution, **kw: hide_contribution(contribution=contribution, **kw),
            reason=REQUIRED,
            help_text=TOLD,
            allowed=lambda contribution: not contribution.is_hidden,
        ),
        "restore": Decision(
            label=_("Show again"),
            action=_("Show the selected contributions again"),
            apply=lambda contribution, **kw: restore_contribution(contribution=contribution, **kw),
            help_text=TOLD,
            allowed=lambda contribution: contribution.is_hidden,
        ),
    }
    decision_errors = (PortalError,)

    def has_add_permission(self, request):
        return False  # members write contributions on the portal

    def has_moderate_permission(self, request):
        return can_moderate(request.user)

    def has_decide_permission(self, request):
        return can_moderate(request.user)

    @admin.display(description=_("hidden"), boolean=True)
    def is_hidden(self, obj):
        return obj.is_hidden
