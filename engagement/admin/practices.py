"""The Repository of Practices: publishing or declining what members submit."""

from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from common.admin_filters import TranslationStatusAdminMixin
from common.downloads import DownloadLinksAdminMixin

from ..models import Practice
from ..rules import can_moderate
from ..services.practices import decline_practice, publish_practice
from .common import apply_with_reason


@admin.register(Practice)
class PracticeAdmin(DownloadLinksAdminMixin, TranslationStatusAdminMixin, TabbedTranslationAdmin):
    download_links = {
        "evidence_file": lambda upload: reverse(
            "engagement:practice_evidence", kwargs={"pk": upload.instance.pk}
        )
    }
    list_display = ("pk", "__str__", "organisation", "state", "kind", "submitted_at")
    list_display_links = ("pk", "__str__")
    list_filter = ("state", "kind", "organisation__group", "objectives")
    list_select_related = ("organisation",)
    search_fields = ("title_en", "title_ar", "title_fr", "organisation__name")
    raw_id_fields = ("organisation",)
    filter_horizontal = ("objectives",)
    readonly_fields = (
        "state",
        "decision_reason",
        "submitted_by",
        "submitted_at",
        "published_at",
    )
    actions = ["publish_selected", "decline_selected"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_add_permission(self, request):
        return False  # practices are submitted by organisations, on the portal

    def has_moderate_permission(self, request):
        return can_moderate(request.user)

    @admin.action(description=_("Publish the selected practices"), permissions=["moderate"])
    def publish_selected(self, request, queryset):
        return apply_with_reason(
            self,
            request,
            queryset,
            action="publish_selected",
            title=_("Publish"),
            required=False,
            service=lambda p, reason: publish_practice(practice=p, by=request.user, reason=reason),
        )

    @admin.action(description=_("Decline the selected practices"), permissions=["moderate"])
    def decline_selected(self, request, queryset):
        return apply_with_reason(
            self,
            request,
            queryset,
            action="decline_selected",
            title=_("Decline"),
            service=lambda p, reason: decline_practice(practice=p, by=request.user, reason=reason),
        )
