"""Moderating written inputs: publish, or decline with a reason sent to the author."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from common.admin_filters import TranslationStatusAdminMixin
from common.admin_tabs import LANGUAGES_FIELDSET, TabbedAdmin
from consultations import services
from consultations.forms import DeclineForm
from consultations.models import Input

from .events import run_service


@admin.register(Input)
class InputAdmin(TranslationStatusAdminMixin, TabbedAdmin):
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
    actions = ["publish", "decline"]

    def has_add_permission(self, request):
        return False  # inputs come from stakeholders, through the site

    @admin.display(description=_("For"))
    def target(self, written):
        return written.event or written.round_table

    @admin.action(description=_("Publish the selected inputs"))
    def publish(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda i, **kw: services.publish_input(input=i, **kw),
            _("%(count)s inputs published; their authors are told."),
        )

    @admin.action(description=_("Decline the selected inputs…"))
    def decline(self, request, queryset):
        """Asks for the reason first (sent to each author), then declines."""
        form = DeclineForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            run_service(
                self,
                request,
                queryset,
                lambda i, **kw: services.decline_input(
                    input=i, reason=form.cleaned_data["reason"], **kw
                ),
                _("%(count)s inputs declined; their authors are told why."),
            )
            return None
        if "reason" in request.POST:
            self.message_user(request, _("Please give a reason."), messages.ERROR)
        return TemplateResponse(
            request,
            "consultations/admin/decline_inputs.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Decline written inputs"),
                "inputs": queryset,
                "form": form,
                "opts": self.model._meta,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            },
        )
