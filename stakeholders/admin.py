"""The secretariat's admin for people and organisations: the verification queue, decisions with
their reasons (one at a time or in bulk), and each organisation's history."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from django_countries.filters import CountryFilter
from modeltranslation.admin import TranslationAdmin

from common.admin_decisions import REQUIRED, Decision, DecisionAdminMixin
from common.admin_filters import TranslationStatusAdminMixin
from common.downloads import DownloadLinksAdminMixin
from common.models import AuditRecord

from .models import (
    AccreditationClaim,
    AccreditationClaimAwaitingConfirmation,
    Membership,
    Organisation,
    OrganisationAwaitingVerification,
    Profile,
    User,
    Verification,
)
from .rules import is_secretariat
from .services import (
    confirm_accreditation_claim,
    decline_accreditation_claim,
    reject_organisation,
    verify_organisation,
)

HISTORY_ACTIONS = {
    "registered": pgettext_lazy("organisation history", "Registered"),
    "updated": pgettext_lazy("organisation history", "Record changed"),
    "verified": pgettext_lazy("organisation history", "Verified"),
    "rejected": pgettext_lazy("organisation history", "Rejected"),
    "resubmitted": pgettext_lazy("organisation history", "Verification asked again"),
    "accreditation_claimed": pgettext_lazy(
        "organisation history", "Accreditation changes sent for confirmation"
    ),
    "accreditation_confirmed": pgettext_lazy(
        "organisation history", "Accreditation changes confirmed"
    ),
    "accreditation_declined": pgettext_lazy(
        "organisation history", "Accreditation changes declined"
    ),
    "accreditation_withdrawn": pgettext_lazy(
        "organisation history", "Accreditation changes withdrawn"
    ),
}


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    fields = ("full_name", "title", "preferred_language", "country", "gender")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ("email", "first_name", "last_name", "is_staff", "is_active", "date_joined")
    search_fields = ("email", "first_name", "last_name", "profile__full_name")
    ordering = ("email",)
    inlines = [ProfileInline]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ("full_name", "user", "title", "preferred_language", "country")
    list_filter = ("preferred_language", ("country", CountryFilter))
    search_fields = ("full_name", "title", "user__email")
    autocomplete_fields = ("user",)
    list_select_related = ("user",)


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "organisation"
    extra = 0
    fields = ("user", "role", "state", "created_at", "decided_by", "decided_at")
    readonly_fields = ("created_at", "decided_by", "decided_at")
    autocomplete_fields = ("user",)


class VerificationDecisions(DecisionAdminMixin):
    """Verify or reject organisations, only through stakeholders.services: bulk actions with a
    page asking for the reason, the same page for one organisation from its change page, and
    the organisation's history on that page."""

    decision_path = "decision"
    decision_template = "stakeholders/admin/decision.html"
    decision_errors = (ValidationError,)
    decisions = {
        "verify": Decision(
            label=_("Verify"),
            action=_("Verify the selected organisations"),
            apply=lambda organisation, **kw: verify_organisation(organisation=organisation, **kw),
            title=_("Verify organisations"),
            help_text=_("Optional. The organisation’s administrators receive it by e-mail."),
            explanation=_(
                "These organisations will be verified and appear in the public directory. "
                "Their administrators are told by e-mail."
            ),
            done=ngettext_lazy(
                "%(count)d organisation verified.", "%(count)d organisations verified.", "count"
            ),
            allowed=lambda organisation: organisation.verification != Verification.VERIFIED,
        ),
        "reject": Decision(
            label=_("Reject"),
            action=_("Reject the selected organisations, with a reason"),
            apply=lambda organisation, **kw: reject_organisation(organisation=organisation, **kw),
            reason=REQUIRED,
            title=_("Reject organisations"),
            help_text=_("Required. The organisation’s administrators receive it by e-mail."),
            explanation=_(
                "These organisations will be rejected and stay out of the public directory. "
                "Their administrators receive the reason by e-mail."
            ),
            done=ngettext_lazy(
                "%(count)d organisation rejected.", "%(count)d organisations rejected.", "count"
            ),
            allowed=lambda organisation: organisation.verification != Verification.REJECTED,
        ),
    }

    def has_decide_permission(self, request) -> bool:
        return is_secretariat(request.user)

    @admin.display(description=_("history of decisions and changes"))
    def decision_history(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        records = AuditRecord.objects.for_object(obj).select_related("actor")
        if not records:
            return _("Nothing recorded yet.")
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    date_format(localtime(record.at), "DATETIME_FORMAT"),
                    record.actor.email if record.actor else "—",
                    HISTORY_ACTIONS.get(record.action, record.action),
                    record.reason or ", ".join(sorted(record.changes)),
                )
                for record in records
            ),
        )
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            _("When"),
            _("By"),
            _("What"),
            _("Why, or what changed"),
            rows,
        )


@admin.register(Organisation)
class OrganisationAdmin(
    DownloadLinksAdminMixin, TranslationStatusAdminMixin, VerificationDecisions, TranslationAdmin
):
    download_links = {"accreditation_evidence": lambda upload: upload.instance.get_evidence_url()}
    list_display = ("name", "acronym", "group", "country", "verification", "created_at")
    list_filter = (
        "verification",
        "group",
        ("country", CountryFilter),
        "ecosoc_status",
        "imrf_accreditation",
    )
    search_fields = ("name", "acronym", "city", "slug")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = (
        "pending_claim",
        "verification",
        "verification_reason",
        "decision_history",
        "created_by",
        "created_at",
        "updated_at",
    )
    fieldsets = [
        (None, {"fields": ("name", "acronym", "slug", "group", "country", "city", "website")}),
        (
            _("Description"),
            {
                "fields": (
                    "description",
                    "original_language",
                    "working_translations",
                    "other_languages",
                )
            },
        ),
        (_("Led by"), {"fields": ("migrant_led", "women_led", "youth_led")}),
        (
            _("Accreditation"),
            {
                "fields": (
                    "ecosoc_status",
                    "imrf_accreditation",
                    "accreditation_evidence",
                    "pending_claim",
                )
            },
        ),
        (
            _("Verification"),
            {
                "fields": (
                    "verification",
                    "verification_reason",
                    "decision_history",
                    "created_by",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    ]
    inlines = [MembershipInline]
    list_select_related = ("created_by",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description=_("accreditation claim awaiting confirmation"))
    def pending_claim(self, obj):
        claim = obj.accreditation_claims.pending().first() if obj and obj.pk else None
        if claim is None:
            return self.get_empty_value_display()
        url = reverse(
            "admin:stakeholders_accreditationclaimawaitingconfirmation_change", args=[claim.pk]
        )
        return format_html('<a href="{}">{}</a>', url, _("Open the claim"))


@admin.register(OrganisationAwaitingVerification)
class OrganisationAwaitingVerificationAdmin(VerificationDecisions, admin.ModelAdmin):
    """The queue, oldest first so that nobody waits longer than needed. Records are read here
    and decided on; they are edited under Organisations."""

    list_display = ("name", "acronym", "group", "country", "created_by", "created_at")
    list_filter = ("group", ("country", CountryFilter))
    search_fields = ("name", "acronym", "city", "slug")
    list_select_related = ("created_by",)
    ordering = ("created_at",)
    fieldsets = [
        (None, {"fields": ("name", "acronym", "slug", "group", "country", "city", "website")}),
        (
            _("Description"),
            {"fields": ("description_en", "description_ar", "description_fr", "original_language")},
        ),
        (_("Led by"), {"fields": ("migrant_led", "women_led", "youth_led")}),
        (
            _("Accreditation"),
            {"fields": ("ecosoc_status", "imrf_accreditation", "evidence_link")},
        ),
        (
            _("Verification"),
            {
                "fields": (
                    "verification",
                    "verification_reason",
                    "decision_history",
                    "created_by",
                    "created_at",
                )
            },
        ),
    ]
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).awaiting_verification()

    @admin.display(description=_("accreditation evidence"))
    def evidence_link(self, obj):
        # Not the stored file's address: media files are not served, the download view is.
        if not obj.accreditation_evidence:
            return self.get_empty_value_display()
        return format_html('<a href="{}">{}</a>', obj.get_evidence_url(), _("Open the PDF"))

    def get_readonly_fields(self, request, obj=None):
        return [name for _title, options in self.fieldsets for name in options["fields"]]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _pending(claim) -> bool:
    return claim.state == AccreditationClaim.State.PENDING


@admin.register(AccreditationClaimAwaitingConfirmation)
class AccreditationClaimAwaitingConfirmationAdmin(DecisionAdminMixin, admin.ModelAdmin):
    """The secretariat's queue of accreditation claims, oldest first: what verified
    organisations' administrators changed in their accreditation or migrant leadership, with
    the letter sent. The organisations keep their confirmed values until the secretariat
    confirms, one claim or many at a time, only through stakeholders.services."""

    list_display = (
        "organisation",
        "claimed_changes",
        "evidence_link",
        "claimed_by",
        "claimed_at",
    )
    list_select_related = ("organisation", "claimed_by")
    search_fields = ("organisation__name", "organisation__acronym")
    ordering = ("claimed_at", "pk")
    fields = (
        "organisation_link",
        "claimed_changes",
        "evidence_link",
        "confirmed_evidence_link",
        "claimed_by",
        "claimed_at",
    )
    readonly_fields = fields
    decision_path = "decision"
    decision_template = "stakeholders/admin/claim_decision.html"
    decision_errors = (ValidationError,)
    decisions = {
        "confirm": Decision(
            label=_("Confirm"),
            action=_("Confirm the selected claims"),
            apply=lambda claim, **kw: confirm_accreditation_claim(claim=claim, **kw),
            title=_("Confirm accreditation claims"),
            help_text=_("Optional. The organisation’s administrators receive it by e-mail."),
            explanation=_(
                "The claimed values, and the letters sent with them, become the "
                "organisations’ own and apply at once. Their administrators are told by "
                "e-mail."
            ),
            done=ngettext_lazy(
                "%(count)d claim confirmed.", "%(count)d claims confirmed.", "count"
            ),
            allowed=_pending,
        ),
        "decline": Decision(
            label=_("Decline"),
            action=_("Decline the selected claims, with a reason"),
            apply=lambda claim, **kw: decline_accreditation_claim(claim=claim, **kw),
            reason=REQUIRED,
            title=_("Decline accreditation claims"),
            help_text=_("Required. The organisation’s administrators receive it by e-mail."),
            explanation=_(
                "The organisations keep their confirmed values. Their administrators "
                "receive the reason by e-mail."
            ),
            done=ngettext_lazy("%(count)d claim declined.", "%(count)d claims declined.", "count"),
            allowed=_pending,
        ),
    }

    def get_queryset(self, request):
        return super().get_queryset(request).pending()

    @admin.display(description=_("organisation"))
    def organisation_link(self, obj):
        url = reverse("admin:stakeholders_organisation_change", args=[obj.organisation_id])
        return format_html('<a href="{}">{}</a>', url, obj.organisation)

    @admin.display(description=_("claimed changes"))
    def claimed_changes(self, obj):
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{}</li>",
                (
                    (
                        _("%(label)s: %(value)s (confirmed now: %(confirmed)s)")
                        % {
                            "label": capfirst(change["label"]),
                            "value": change["claimed"],
                            "confirmed": change["confirmed"],
                        },
                    )
                    for change in obj.changes()
                ),
            ),
        )

    @admin.display(description=_("letter sent with the claim"))
    def evidence_link(self, obj):
        # Not the stored file's address: media files are not served, the download view is.
        if not obj.evidence:
            return self.get_empty_value_display()
        return format_html('<a href="{}">{}</a>', obj.get_evidence_url(), _("Open the PDF"))

    @admin.display(description=_("letter of the confirmed accreditation"))
    def confirmed_evidence_link(self, obj):
        if not obj.organisation.accreditation_evidence:
            return self.get_empty_value_display()
        url = obj.organisation.get_evidence_url()
        return format_html('<a href="{}">{}</a>', url, _("Open the PDF"))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_decide_permission(self, request) -> bool:
        return is_secretariat(request.user)
