"""The secretariat's admin for pledges: moderation decisions (list actions and buttons on a pledge,
each asking for the reason: common.admin_decisions), translations, and the pledge's history.

Decisions go through pledges.services, like everywhere else; the admin never sets a state itself.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.admin import TranslationTabularInline

from common.admin_decisions import REQUIRED, Decision, DecisionAdminMixin
from common.admin_filters import TranslationStatusAdminMixin
from common.admin_lists import QuickListMixin
from common.admin_tabs import LANGUAGES_FIELDSET, TabbedAdmin
from common.downloads import DownloadLinksAdminMixin
from common.errors import PortalError
from common.models import AuditRecord

from .models import Pledge, PledgeProgress
from .rules import can_moderate_pledges
from .services import publish_pledge, reject_pledge, request_changes

# The secretariat's decisions, each a step of the pledge's life cycle (Pledge.TRANSITIONS).
DONE = ngettext_lazy(
    "%(count)d pledge done: %(decision)s.", "%(count)d pledges done: %(decision)s.", "count"
)
DECISIONS = {
    "publish": Decision(
        label=_("Publish"),
        action=_("Publish the selected pledges"),
        apply=lambda pledge, **kw: publish_pledge(pledge=pledge, **kw),
        help_text=_("Optional: a note for the organisation, sent with the e-mail."),
        done=DONE,
    ),
    "request_changes": Decision(
        label=_("Request changes"),
        action=_("Request changes to the selected pledges"),
        apply=lambda pledge, **kw: request_changes(pledge=pledge, **kw),
        reason=REQUIRED,
        help_text=_("What the organisation should change. It is e-mailed to its administrators."),
        done=DONE,
    ),
    "reject": Decision(
        label=_("Reject"),
        action=_("Reject the selected pledges"),
        apply=lambda pledge, **kw: reject_pledge(pledge=pledge, **kw),
        reason=REQUIRED,
        help_text=_(
            "Why the pledge is rejected. It is e-mailed to the organisation's administrators."
        ),
        done=DONE,
    ),
}


class PledgeProgressInline(TranslationTabularInline):
    model = PledgeProgress
    extra = 0
    fields = ("date", "stage", "text", "original_language", "working_translations")

    def has_add_permission(self, request, obj=None):
        return False  # progress is reported by the pledging organisation


@admin.register(Pledge)
class PledgeAdmin(
    QuickListMixin,
    DecisionAdminMixin,
    DownloadLinksAdminMixin,
    TranslationStatusAdminMixin,
    TabbedAdmin,
):
    """Translation tabs from local files (modeltranslation's own load jQuery UI from a CDN)."""

    download_links = {"attachment": lambda upload: upload.instance.get_attachment_url()}

    list_display = (
        "pk",
        "__str__",
        "organisation",
        "state",
        "kind",
        "submitted_at",
        "published_at",
    )
    # One link per row, on the title (the number is for quoting a pledge, not for clicking), 50
    # rows a page: a moderator works through the submitted pledges a screen or two at a time, and
    # each linked cell costs a URL resolve to keep the list's filters in the link.
    list_display_links = ("__str__",)
    list_per_page = 50
    # When a pledge was submitted (today, this week, this month…), rather than drilling into the
    # day its draft was created: what a moderator asks of the queue, and no scan of every pledge's
    # dates to build the drill-down.
    list_filter = (
        "state",
        ("submitted_at", admin.DateFieldListFilter),
        "kind",
        "organisation__group",
        "original_language",
        "objectives",
    )
    search_fields = (
        "title_en",
        "title_ar",
        "title_fr",
        "organisation__name",
        "organisation__acronym",
    )
    list_select_related = ("organisation",)
    raw_id_fields = ("organisation", "matches")
    filter_horizontal = ("objectives", "principles", "partners")
    readonly_fields = (
        "state",
        "created_by",
        "created_at",
        "updated_at",
        "submitted_at",
        "published_at",
    )
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "organisation",
                    "title",
                    "description",
                    "kind",
                    "objectives",
                    "principles",
                ]
            },
        ),
        (_("Where and when"), {"fields": ["countries", "region", "start_date", "end_date"]}),
        (_("Partners"), {"fields": ["partnership_type", "partners", "matches"]}),
        (_("Budget"), {"fields": ["budget", "currency"]}),
        (_("Contact person"), {"fields": ["contact_name", "contact_email", "attachment"]}),
        LANGUAGES_FIELDSET,
        (
            _("State"),
            {
                "fields": [
                    "state",
                    "created_by",
                    "created_at",
                    "updated_at",
                    "submitted_at",
                    "published_at",
                ]
            },
        ),
    ]
    inlines = [PledgeProgressInline]
    decisions = DECISIONS
    decision_errors = (PortalError,)
    decision_template = "pledges/admin/decide.html"
    change_form_template = "pledges/admin/change_form.html"

    def has_add_permission(self, request):
        return False  # pledges are made by organisations, on the portal

    def has_moderate_permission(self, request):
        return can_moderate_pledges(request.user)

    def has_decide_permission(self, request):
        return can_moderate_pledges(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.published_at is not None:
            # Published text is fixed; translations into the other languages may still be added.
            language = obj.original_language
            fields += ["original_language", f"title_{language}", f"description_{language}"]
        return fields

    def change_view(self, request, object_id, form_url="", extra_context=None):
        pledge = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if pledge is not None:
            history = AuditRecord.objects.for_object(pledge).select_related("actor")
            extra_context["history"] = history
        return super().change_view(request, object_id, form_url, extra_context)
