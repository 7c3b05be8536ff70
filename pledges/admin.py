"""The secretariat's admin for pledges: moderation decisions (list actions and buttons on a pledge,
each asking for the reason), translations, and the pledge's history.

Decisions go through pledges.services, like everywhere else; the admin never sets a state itself.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationTabularInline

from common.admin_filters import TranslationStatusAdminMixin
from common.admin_tabs import LANGUAGES_FIELDSET, TabbedAdmin
from common.downloads import DownloadLinksAdminMixin
from common.errors import PortalError
from common.models import AuditRecord

from .forms import ReasonForm
from .models import Pledge, PledgeProgress
from .rules import can_moderate_pledges
from .services import publish_pledge, reject_pledge, request_changes

# decision: (service, button and page title, reason required, help for the reason)
DECISIONS = {
    "publish": (
        publish_pledge,
        _("Publish"),
        False,
        _("Optional: a note for the organisation, sent with the e-mail."),
    ),
    "request_changes": (
        request_changes,
        _("Request changes"),
        True,
        _("What the organisation should change. It is e-mailed to its administrators."),
    ),
    "reject": (
        reject_pledge,
        _("Reject"),
        True,
        _("Why the pledge is rejected. It is e-mailed to the organisation's administrators."),
    ),
}


class PledgeProgressInline(TranslationTabularInline):
    model = PledgeProgress
    extra = 0
    fields = ("date", "stage", "text", "original_language", "working_translations")

    def has_add_permission(self, request, obj=None):
        return False  # progress is reported by the pledging organisation


@admin.register(Pledge)
class PledgeAdmin(DownloadLinksAdminMixin, TranslationStatusAdminMixin, TabbedAdmin):
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
    list_display_links = ("pk", "__str__")
    list_filter = ("state", "kind", "organisation__group", "original_language", "objectives")
    search_fields = (
        "title_en",
        "title_ar",
        "title_fr",
        "organisation__name",
        "organisation__acronym",
    )
    list_select_related = ("organisation",)
    date_hierarchy = "created_at"
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
    actions = ["publish_selected", "request_changes_selected", "reject_selected"]
    change_form_template = "pledges/admin/change_form.html"

    def has_add_permission(self, request):
        return False  # pledges are made by organisations, on the portal

    def has_moderate_permission(self, request):
        return can_moderate_pledges(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.published_at is not None:
            # Published text is fixed; translations into the other languages may still be added.
            language = obj.original_language
            fields += ["original_language", f"title_{language}", f"description_{language}"]
        return fields

    def get_urls(self):
        decide = self.admin_site.admin_view(self.decide_view)
        return [
            path("<int:pk>/decide/<slug:decision>/", decide, name="pledges_pledge_decide"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        pledge = self.get_object(request, object_id)
        if pledge is not None:
            extra_context["history"] = AuditRecord.objects.for_object(pledge).select_related(
                "actor"
            )
            if pledge.state == Pledge.State.SUBMITTED and can_moderate_pledges(request.user):
                extra_context["decisions"] = [
                    (
                        reverse("admin:pledges_pledge_decide", args=[pledge.pk, name]),
                        label,
                    )
                    for name, (_service, label, _required, _help) in DECISIONS.items()
                ]
        return super().change_view(request, object_id, form_url, extra_context)

    # --- Decisions ------------------------------------------------------------------------

    def _reason_form(self, decision, data=None):
        _service, label, required, help_text = DECISIONS[decision]
        return ReasonForm(data, required=required, help_text=help_text)

    def _apply(self, request, pledges, decision, reason) -> int:
        service = DECISIONS[decision][0]
        done = 0
        for pledge in pledges:
            try:
                service(pledge=pledge, by=request.user, reason=reason)
            except PortalError as error:
                messages.error(request, f"{pledge}: {error.message}")
            else:
                done += 1
        return done

    def _decision_page(self, request, decision, pledges, form, *, single=None):
        _service, label, _required, _help = DECISIONS[decision]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": label,
            "decision": decision,
            "pledges": pledges,
            "form": form,
            "single": single,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "pledges/admin/decide.html", context)

    def _decide_selected(self, request, queryset, decision):
        if not can_moderate_pledges(request.user):
            raise PermissionDenied
        pledges = list(queryset.select_related("organisation"))
        form = self._reason_form(decision, request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and form.is_valid():
            done = self._apply(request, pledges, decision, form.cleaned_data["reason"])
            if done:
                messages.success(
                    request,
                    ngettext(
                        "%(count)d pledge done: %(decision)s.",
                        "%(count)d pledges done: %(decision)s.",
                        done,
                    )
                    % {"count": done, "decision": DECISIONS[decision][1]},
                )
            return None
        return self._decision_page(request, decision, pledges, form)

    @admin.action(description=_("Publish the selected pledges"), permissions=["moderate"])
    def publish_selected(self, request, queryset):
        return self._decide_selected(request, queryset, "publish")

    @admin.action(
        description=_("Request changes to the selected pledges"), permissions=["moderate"]
    )
    def request_changes_selected(self, request, queryset):
        return self._decide_selected(request, queryset, "request_changes")

    @admin.action(description=_("Reject the selected pledges"), permissions=["moderate"])
    def reject_selected(self, request, queryset):
        return self._decide_selected(request, queryset, "reject")

    def decide_view(self, request, pk, decision):
        """One decision on one pledge, from the buttons on its page."""
        if decision not in DECISIONS or not can_moderate_pledges(request.user):
            raise PermissionDenied
        pledge = get_object_or_404(Pledge.objects.select_related("organisation"), pk=pk)
        form = self._reason_form(decision, request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            if self._apply(request, [pledge], decision, form.cleaned_data["reason"]):
                messages.success(
                    request,
                    _("%(pledge)s: %(decision)s — done.")
                    % {"pledge": pledge, "decision": DECISIONS[decision][1]},
                )
            return redirect("admin:pledges_pledge_change", pledge.pk)
        return self._decision_page(request, decision, [pledge], form, single=pledge)
