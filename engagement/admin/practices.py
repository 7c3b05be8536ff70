"""The Repository of Practices: publishing or declining what members submit."""

from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from common.admin_decisions import REQUIRED, Decision, DecisionAdminMixin
from common.admin_filters import TranslationStatusAdminMixin
from common.downloads import DownloadLinksAdminMixin
from common.errors import PortalError

from ..models import Practice
from ..rules import can_moderate
from ..services.practices import decline_practice, publish_practice
from .common import TOLD


@admin.register(Practice)
class PracticeAdmin(
    DecisionAdminMixin, DownloadLinksAdminMixin, TranslationStatusAdminMixin, TabbedTranslationAdmin
):
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
        "decided_by",
        "decided_at",
        "submitted_by",
        "submitted_at",
        "published_at",
    )
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    decisions = {
        "publish": Decision(
            label=_("Publish"),
            action=_("Publish the selected practices"),
            apply=lambda practice, **kw: publish_practice(practice=practice, **kw),
            help_text=TOLD,
        ),
        "decline": Decision(
            label=_("Decline"),
            action=_("Decline the selected practices"),
            apply=lambda practice, **kw: decline_practice(practice=practice, **kw),
            reason=REQUIRED,
            help_text=TOLD,
        ),
    }
    decision_errors = (PortalError,)

    def has_add_permission(self, request):
        return False  # practices are submitted by organisations, on the portal

    def has_moderate_permission(self, request):
        return can_moderate(request.user)

    def has_decide_permission(self, request):
        return can_moderate(request.user)
