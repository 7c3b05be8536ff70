"""Recording a meeting in the admin on one page: the event with its parts, other dates,
organisers in order, aims, agenda items — each with its speakers, key points, guiding questions
and interventions nested in it — attendance and documents.

Items name their part by its place among the parts on the page (“2”), so that parts typed on
the same page, not saved yet, can be chosen: the parts are saved first, then the items take
the part saved from that row."""

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from common.admin_filters import TranslationStatusAdminMixin
from common.admin_tabs import (
    LANGUAGE_FIELDS,
    LANGUAGES_FIELDSET,
    NestedTabbedAdmin,
    NestedTranslationStackedInline,
    NestedTranslationTabularInline,
)
from common.downloads import DownloadLinksAdminMixin
from consultations import services
from consultations.models import (
    DOCUMENT_LANGUAGES,
    AgendaItem,
    AttendanceFigures,
    Event,
    EventAim,
    EventDate,
    EventDocument,
    EventPart,
    Organiser,
)
from consultations.services.slugs import event_slug
from stakeholders.models import StakeholderGroup

from .agenda import ITEM_CONTENT
from .base import HTTPS, SHORT_TEXT, OrderedFormsetsMixin, run_service

# Rows for parts the secretariat may add on the page before saving, beyond those saved.
NEW_PARTS = 6


class EventPartInline(NestedTranslationStackedInline):
    model = EventPart
    extra = 0
    formfield_overrides = SHORT_TEXT
    fields = (
        ("order", "title"),
        ("starts_on", "ends_on", "start_time", "end_time"),
        "location",
        "description",
        LANGUAGE_FIELDS,
    )


class EventDateInline(NestedTranslationTabularInline):
    model = EventDate
    extra = 0
    fields = (
        "order",
        "label",
        "starts_on",
        "ends_on",
        "start_time",
        "end_time",
        *LANGUAGE_FIELDS,
    )


class OrganiserInline(NestedTranslationTabularInline):
    model = Organiser
    extra = 0
    formfield_overrides = HTTPS
    autocomplete_fields = ("organisation",)
    fields = ("order", "constituency", "organisation", "name", "country", "url", *LANGUAGE_FIELDS)


class EventAimInline(NestedTranslationTabularInline):
    model = EventAim
    extra = 0
    fields = ("order", "text", *LANGUAGE_FIELDS)
    formfield_overrides = SHORT_TEXT


def part_choices(saved_parts) -> list[tuple[str, str]]:
    """“1. Stakeholder consultation” for the parts saved, “4” onwards for parts added on the page
    (common/admin/parts.js writes their titles in as they are typed)."""
    choices = [("", "—")]
    for number, part in enumerate(saved_parts, start=1):
        choices.append((str(number), f"{number}. {part}"))
    for number in range(len(saved_parts) + 1, len(saved_parts) + NEW_PARTS + 1):
        choices.append((str(number), str(number)))
    return choices


class AgendaItemRowForm(forms.ModelForm):
    part_number = forms.TypedChoiceField(
        label=_("part"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("The part's place in the list of parts above, saved or not."),
    )
    # The event's parts as saved, in order; set per page by AgendaItemInline.get_formset.
    saved_parts: list = []

    class Meta:
        model = AgendaItem
        fields = ("kind",)  # the inline's fieldsets give the rest

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["part_number"].choices = part_choices(self.saved_parts)
        self.fields["part_number"].widget.attrs["class"] = "portal-part-number"
        if self.instance.part_id:
            positions = {part.pk: n for n, part in enumerate(self.saved_parts, start=1)}
            self.initial.setdefault("part_number", positions.get(self.instance.part_id))


class AgendaItemFormSet(forms.BaseInlineFormSet):
    # The parts' formset on the same page (EventAdmin._create_formsets); None elsewhere.
    parts_formset = None

    def parts_in_rows(self) -> list:
        """The parts as the page lists them, each the instance of its row: saved or about to be."""
        if self.parts_formset is None:
            return list(self.form.saved_parts)
        self.parts_formset.is_valid()
        return [
            form.instance
            for form in self.parts_formset.forms
            if not self.parts_formset._should_delete_form(form)
            and (form.instance.pk or form.has_changed())
        ]

    def clean(self):
        super().clean()
        count = len(self.parts_in_rows())
        for form in self.forms:
            number = form.cleaned_data.get("part_number") if form.is_valid() else None
            if number and number > count:
                form.add_error(
                    "part_number",
                    ngettext(
                        "There is %(count)s part on this page: choose its number, 1.",
                        "There are %(count)s parts on this page: choose one of 1 to %(count)s.",
                        count,
                    )
                    % {"count": count},
                )


class AgendaItemInline(NestedTranslationStackedInline):
    model = AgendaItem
    form = AgendaItemRowForm
    formset = AgendaItemFormSet
    extra = 0
    inlines = ITEM_CONTENT
    show_change_link = True
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 60})},
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("part_number", "order", "kind"),
                    ("day", "start_time", "end_time"),
                    "title",
                    "summary",
                    "points_intro",
                    "conclusion",
                    "objectives",
                    LANGUAGE_FIELDS,
                )
            },
        ),
    )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        saved = list(obj.parts.all()) if obj and obj.pk else []
        formset.form = type("AgendaItemRowForm", (formset.form,), {"saved_parts": saved})
        return formset


class AttendanceFiguresInline(NestedTranslationStackedInline):
    model = AttendanceFigures
    extra = 0
    max_num = 1
    formfield_overrides = SHORT_TEXT
    fields = (
        ("total", "stakeholders", "un_staff", "un_agency_count"),
        "un_staff_description",
        "un_agencies",
        "note",
        LANGUAGE_FIELDS,
    )


class EventDocumentInline(DownloadLinksAdminMixin, NestedTranslationStackedInline):
    model = EventDocument
    download_links = dict.fromkeys(
        [f"file_{language}" for language in DOCUMENT_LANGUAGES],
        lambda upload: upload.instance.file_url(upload.field.name.removeprefix("file_")),
    )
    extra = 0
    formfield_overrides = HTTPS
    fields = (
        ("order", "kind", "symbol"),
        "title",
        "url",
        ("url_ar", "url_fr", "url_en"),
        ("file_ar", "file_fr", "file_en"),
        LANGUAGE_FIELDS,
    )


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ("slug",)  # the admin's fieldsets give the rest

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "title_en" in self.fields:  # a title in any one of the three languages will do
            self.fields["title_en"].required = False
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _(
                "The event's address. Leave empty to make one from the title."
            )

    def clean(self):
        cleaned = super().clean()
        titles = [cleaned.get(f"title_{language}") for language in ("en", "ar", "fr")]
        if "title_en" in self.fields and not any(titles):
            self.add_error("title_en", _("Give the title in at least one language."))
        if "slug" in self.fields and not cleaned.get("slug"):
            cleaned["slug"] = event_slug(
                title_en=cleaned.get("title_en", ""),
                title_fr=cleaned.get("title_fr", ""),
                title_ar=cleaned.get("title_ar", ""),
                starts_on=cleaned.get("starts_on"),
                exclude_pk=self.instance.pk,
            )
        return cleaned


@admin.register(Event)
class EventAdmin(TranslationStatusAdminMixin, OrderedFormsetsMixin, NestedTabbedAdmin):
    form = EventForm
    list_display = ("title", "starts_on", "region", "mode", "state", "is_public")
    list_filter = ("state", "region", "mode", "is_public")
    search_fields = ("title_en", "title_ar", "title_fr", "slug")
    date_hierarchy = "starts_on"
    filter_horizontal = ("objectives",)
    readonly_fields = ("state", "registrations_link")
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 6})}}
    # Parts come before the items, which take the parts saved from their rows.
    inlines = [
        EventPartInline,
        EventDateInline,
        OrganiserInline,
        EventAimInline,
        AgendaItemInline,
        AttendanceFiguresInline,
        EventDocumentInline,
    ]
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
                    ("registration_closes_at", "capacity"),
                    "registrations_link",
                )
            },
        ),
        LANGUAGES_FIELDSET,
    )

    class Media:
        js = ("common/admin/parts.js",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "target_groups":
            return forms.MultipleChoiceField(
                label=_("Stakeholder groups targeted"),
                choices=[c for c in StakeholderGroup.choices if c[0] != StakeholderGroup.UN_SYSTEM],
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def _create_formsets(self, request, obj, change):
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        parts = next((f for f in formsets if f.model is EventPart), None)
        for formset in formsets:
            if isinstance(formset, AgendaItemFormSet):
                formset.parts_formset = parts
        return formsets, inline_instances

    def before_saving_rows(self, formset):
        if isinstance(formset, AgendaItemFormSet):
            parts = formset.parts_in_rows()
            for form in formset.forms:
                number = getattr(form, "cleaned_data", {}).get("part_number")
                form.instance.part = parts[number - 1] if number else None

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
