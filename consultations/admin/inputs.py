"""Moderating written inputs: publish, or decline with a reason sent to the author."""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from common.admin_decisions import NOT_ASKED, REQUIRED, Decision, DecisionAdminMixin
from common.admin_filters import TranslationStatusAdminMixin
from common.admin_tabs import LANGUAGES_FIELDSET, TabbedAdmin
from common.errors import PortalError
from consultations import services
from consultations.models import Input
from stakeholders.rules import is_secretariat


@admin.register(Input)
class InputAdmin(DecisionAdminMixin, TranslationStatusAdminMixin, TabbedAdmin):
    list_display = ("title", "organisation", "kind", "target", "state", "submitted_at")
    list_filter = ("state", "kind", "event", "round_table")
    search_fields = ("title_en", "title_ar", "title_fr", "organisation__name")
    list_select_related = ("organisation", "event", "round_table__forum")
    date_hierarchy = "submitted_at"
    readonly_fields = (
        "organisation",
        "author",
        "event",
        "round_table",
        "state",
        "decision_reason",
        "decided_by",
        "decided_at",
        "submitted_at",
    )
    fieldsets = (
        (None, {"fields": (("organisation", "author"), ("event", "round_table"), "kind")}),
        (_("Input"), {"fields": ("title", "text", "objectives")}),
        (
            _("Decision"),
            {"fields": (("state", "decided_by", "decided_at"), "decision_reason", "submitted_at")},
        ),
        LANGUAGES_FIELDSET,
    )
    formfield_overrides = {
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 8})},
    }
    decisions = {
        "publish": Decision(
            label=_("Publish"),
            action=_("Publish the selected inputs"),
            apply=lambda written, by, reason: services.publish_input(input=written, by=by),
            reason=NOT_ASKED,
            done=_("%(count)s inputs published; their authors are told."),
        ),
        "decline": Decision(
            label=_("Decline"),
            action=_("Decline the selected inputs…"),
            apply=lambda written, **kw: services.decline_input(input=written, **kw),
            reason=REQUIRED,
            reason_label=_("Reason, sent to the author"),
            title=_("Decline written inputs"),
            explanation=_(
                "These inputs will be declined. Their authors receive the reason by e-mail, in "
                "their language."
            ),
            done=_("%(count)s inputs declined; their authors are told why."),
        ),
    }
    decision_errors = (PortalError,)

    def has_add_permission(self, request):
        return False  # inputs come from stakeholders, through the site

    def has_decide_permission(self, request):
        return is_secretariat(request.user)

    @admin.display(description=_("For"))
    def target(self, written):
        return written.event or written.round_table
