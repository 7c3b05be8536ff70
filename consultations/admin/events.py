"""Recording a meeting in the admin: the event with its aims, agenda, attendance and documents on
one page; each agenda item with its speakers, key points, guiding questions and interventions
on its own page, linked from the event's. Registrations and shared seats are listed for the
secretariat, who marks attendance."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from common.admin_filters import TranslationStatusAdminMixin
from common.admin_tabs import LANGUAGES_FIELDSET, TabbedAdmin
from common.downloads import DownloadLinksAdminMixin
from common.errors import NotAllowed
from consultations import services
from consultations.models import (
    DOCUMENT_LANGUAGES,
    AgendaItem,
    AttendanceFigures,
    Event,
    EventAim,
    EventDocument,
    GuidingQuestion,
    Intervention,
    KeyPoint,
    Registration,
    SharedSeat,
    Speaker,
)
from stakeholders.models import StakeholderGroup

# Addresses typed without a scheme are https (Django 6's default, chosen now).
HTTPS = {models.URLField: {"assume_scheme": "https"}}
SHORT_TEXT = {
    models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 60})},
    **HTTPS,
}


class OrderedFormsetsMixin:
    """New rows left at order 0 go to the end, so that the secretariat can add speakers, points
    or questions in the order of the record without numbering them."""

    def save_formset(self, request, form, formset, change):
        model_fields = {field.name for field in formset.model._meta.fields}
        if "order" not in model_fields:
            return super().save_formset(request, form, formset, change)
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        kept = [
            f.instance for f in formset.forms if f.instance.pk and f not in formset.deleted_forms
        ]
        highest = max((obj.order for obj in kept), default=0)
        for instance in instances:
            if not instance.order:
                highest += 10
                instance.order = highest
            instance.save()
        formset.save_m2m()


def run_service(modeladmin, request, queryset, service, done: str, **kwargs):
    """Apply a service to each selected record; report what was done and what was refused."""
    count = 0
    for obj in queryset:
        try:
            service(obj, by=request.user, **kwargs)
        except NotAllowed as refusal:
            modeladmin.message_user(request, f"{obj}: {refusal}", messages.WARNING)
        else:
            count += 1
    if count:
        modeladmin.message_user(request, done % {"count": count}, messages.SUCCESS)


# --- The event's page -------------------------------------------------------------------------


class EventAimInline(TranslationTabularInline):
    model = EventAim
    extra = 0
    fields = ("order", "text")
    formfield_overrides = SHORT_TEXT


class AgendaItemInline(TranslationTabularInline):
    model = AgendaItem
    extra = 0
    fields = ("order", "kind", "title", "start_time", "content_link")
    readonly_fields = ("content_link",)
    show_change_link = True

    @admin.display(description=_("Content"))
    def content_link(self, item):
        if not item.pk:
            return _("Save first, then add speakers, points and questions.")
        url = reverse("admin:consultations_agendaitem_change", args=[item.pk])
        return format_html(
            '<a href="{}">{}</a>',
            url,
            _(
                "speakers: %(speakers)s, points: %(points)s, questions: %(questions)s, "
                "interventions: %(interventions)s"
            )
            % {
                "speakers": item.speakers.count(),
                "points": item.key_points.count(),
                "questions": item.guiding_questions.count(),
                "interventions": item.interventions.count(),
            },
        )


class AttendanceFiguresInline(TranslationStackedInline):
    model = AttendanceFigures
    extra = 0
    max_num = 1
    formfield_overrides = SHORT_TEXT
    fields = (
        ("total", "stakeholders", "un_staff", "un_agency_count"),
        "un_staff_description",
        "un_agencies",
        "note",
    )


class EventDocumentInline(DownloadLinksAdminMixin, TranslationStackedInline):
    model = EventDocument
    download_links = dict.fromkeys(
        [f"file_{language}" for language in DOCUMENT_LANGUAGES],
        lambda upload: upload.instance.file_url(upload.field.name.removeprefix("file_")),
    )
    extra = 0
    formfield_overrides = HTTPS
    fields = (
        ("order", "symbol"),
        "title",
        "url",
        ("url_ar", "url_fr", "url_en"),
        ("file_ar", "file_fr", "file_en"),
    )


@admin.register(Event)
class EventAdmin(TranslationStatusAdminMixin, OrderedFormsetsMixin, TabbedAdmin):
    list_display = ("title", "starts_on", "region", "mode", "state", "is_public")
    list_filter = ("state", "region", "mode", "is_public")
    search_fields = ("title_en", "title_ar", "title_fr", "slug")
    date_hierarchy = "starts_on"
    prepopulated_fields = {"slug": ("title_en",)}
    filter_horizontal = ("objectives",)
    readonly_fields = ("state", "registrations_link")
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 6})}}
    inlines = [EventAimInline, AgendaItemInline, AttendanceFiguresInline, EventDocumentInline]
    actions = ["open_registration", "close_registration", "mark_held", "publish_summary"]
    fieldsets = (
        (None, {"fields": ("title", "slug", "is_public", "state")}),
        (
            _("When and where"),
            {
                "fields": (
                    ("starts_on", "ends_on"),
                    ("start_time", "end_time", "time_zone"),
                    ("mode", "region"),
                    "location",
                )
            },
        ),
        (
            _("Background"),
            {"fields": ("forum", "objectives", "background", "aims_intro", "target_groups")},
        ),
        (
            _("Registration"),
            {
                "fields": (
                    ("registration_accredited_only", "seats_per_organisation"),
                    "registrations_link",
                )
            },
        ),
        LANGUAGES_FIELDSET,
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "target_groups":
            return forms.MultipleChoiceField(
                label=_("Stakeholder groups targeted"),
                choices=[c for c in StakeholderGroup.choices if c[0] != StakeholderGroup.UN_SYSTEM],
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("Registrations"))
    def registrations_link(self, event):
        if not event.pk:
            return "—"
        url = reverse("admin:consultations_registration_changelist")
        return format_html(
            '<a href="{}?event__id__exact={}">{}</a> · <a href="{}?event__id__exact={}">{}</a>',
            url,
            event.pk,
            _("%(count)s registrations") % {"count": event.registrations.count()},
            reverse("admin:consultations_sharedseat_changelist"),
            event.pk,
            _("shared seats"),
        )

    @admin.action(description=_("Open registration"))
    def open_registration(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda e, **kw: services.open_registration(event=e, **kw),
            _("Registration opened for %(count)s events."),
        )

    @admin.action(description=_("Close registration (back to planned)"))
    def close_registration(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda e, **kw: services.close_registration(event=e, **kw),
            _("Registration closed for %(count)s events."),
        )

    @admin.action(description=_("Mark as held"))
    def mark_held(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda e, **kw: services.mark_event_held(event=e, **kw),
            _("%(count)s events marked as held."),
        )

    @admin.action(description=_("Publish the summary"))
    def publish_summary(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda e, **kw: services.publish_summary(event=e, **kw),
            _("Summary published for %(count)s events."),
        )


# --- An agenda item's page --------------------------------------------------------------------

CONTRIBUTOR_FIELDS = (
    ("order", "honorific"),
    "name",
    "title",
    ("organisation", "stakeholder_group", "country", "gender"),
    "organisation_name",
    "organisation_url",
)


class SpeakerInline(TranslationStackedInline):
    model = Speaker
    extra = 0
    formfield_overrides = HTTPS
    raw_id_fields = ("organisation",)
    fields = ("role", *CONTRIBUTOR_FIELDS)


class KeyPointInline(TranslationTabularInline):
    model = KeyPoint
    extra = 0
    fields = ("order", "label", "text")
    formfield_overrides = SHORT_TEXT


class GuidingQuestionInline(TranslationTabularInline):
    model = GuidingQuestion
    extra = 0
    fields = ("order", "text")
    formfield_overrides = SHORT_TEXT


class InterventionInline(TranslationStackedInline):
    model = Intervention
    extra = 0
    raw_id_fields = ("organisation",)
    fields = (*CONTRIBUTOR_FIELDS, "text", "objectives")
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 5})},
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
        **HTTPS,
    }


@admin.register(AgendaItem)
class AgendaItemAdmin(OrderedFormsetsMixin, TabbedAdmin):
    list_display = ("__str__", "event", "order", "kind")
    list_filter = ("kind", "event")
    search_fields = ("title_en", "title_ar", "title_fr", "event__title_en")
    autocomplete_fields = ("event",)
    readonly_fields = ("event_link",)
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 5})}}
    fieldsets = (
        (None, {"fields": (("event", "event_link"), ("order", "kind", "start_time"), "title")}),
        (_("Text"), {"fields": ("summary", "points_intro", "conclusion")}),
        LANGUAGES_FIELDSET,
    )

    def get_inlines(self, request, obj):
        inlines = [SpeakerInline, KeyPointInline, GuidingQuestionInline]
        if obj is None or obj.takes_interventions:
            inlines.append(InterventionInline)
        return inlines

    @admin.display(description=_("Back to the event"))
    def event_link(self, item):
        if not item.event_id:
            return "—"
        url = reverse("admin:consultations_event_change", args=[item.event_id])
        return format_html('<a href="{}#agenda_items-group">{}</a>', url, item.event)


# --- Registrations and shared seats -----------------------------------------------------------


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "event", "state", "attended", "created_at")
    list_filter = ("event", "state", "attended", "organisation__group")
    search_fields = ("user__email", "organisation__name", "organisation__acronym")
    list_select_related = ("user", "organisation", "event")
    readonly_fields = [
        "event",
        "user",
        "organisation",
        "state",
        "attended",
        "attendance_marked_by",
        "created_at",
        "updated_at",
    ]
    actions = ["mark_attended", "mark_absent"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Mark as attended"))
    def mark_attended(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda r, **kw: services.mark_attendance(registration=r, attended=True, **kw),
            _("%(count)s registrations marked as attended."),
        )

    @admin.action(description=_("Mark as absent"))
    def mark_absent(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda r, **kw: services.mark_attendance(registration=r, attended=False, **kw),
            _("%(count)s registrations marked as absent."),
        )


@admin.register(SharedSeat)
class SharedSeatAdmin(admin.ModelAdmin):
    """Every seat shared, for the secretariat to see; the organisations decide on them."""

    list_display = (
        "event",
        "from_organisation",
        "to_organisation",
        "state",
        "offered_by",
        "created_at",
        "decided_at",
    )
    list_filter = ("state", "event")
    search_fields = ("from_organisation__name", "to_organisation__name")
    list_select_related = ("event", "from_organisation", "to_organisation", "offered_by")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
