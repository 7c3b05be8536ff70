"""Consultation events: what they are, when and where, who organised them, what they aimed at,
the attendance recorded for them and the documents that go with them."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from common.i18n import localized
from common.models import TranslatedRecord
from common.uploads import MaxFileSize, RandomUploadName, validate_pdf
from gcm.models import Forum, Objective, TaggedQuerySet
from stakeholders.models import StakeholderGroup

# The order in which a summary lists the language versions of a document ("AR / FR / EN").
DOCUMENT_LANGUAGES = ("ar", "fr", "en")


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Asia/Beirut or UTC."),
            code="invalid_time_zone",
            params={"value": value},
        ) from error


class MeetingRecord(TranslatedRecord):
    """A part of a meeting's record: it keeps the citation its meeting file gives (`source:`, a
    string or a map of strings), so that exporting the meeting gives the file back."""

    source = models.JSONField(_("source"), default=str, blank=True, editable=False)

    class Meta:
        abstract = True


class Constituency(models.TextChoices):
    """Who is in the room: Member States, the UN system and intergovernmental organisations take
    part in meetings without being stakeholders of the registry (GCM para 44)."""

    STAKEHOLDER = "stakeholder", _("Stakeholder")
    MEMBER_STATE = "member_state", _("Member State")
    UN_SYSTEM = "un_system", _("UN system")
    IGO = "igo", _("Intergovernmental organisation")


class Region(models.TextChoices):
    """The regions of the GCM regional reviews (the UN regional economic commissions)."""

    AFRICA = "africa", _("Africa")
    ARAB_STATES = "arab_states", _("Arab States")
    ASIA_PACIFIC = "asia_pacific", _("Asia and the Pacific")
    EUROPE_NORTH_AMERICA = "europe_north_america", _("Europe and North America")
    LATIN_AMERICA_CARIBBEAN = "latin_america_caribbean", _("Latin America and the Caribbean")
    GLOBAL = "global", pgettext_lazy("region", "Global")


def organisers_prefetch():
    """An event's organisers in order, each with its registry organisation."""
    return models.Prefetch("organisers", Organiser.objects.select_related("organisation"))


class EventQuerySet(TaggedQuerySet):
    # An event addresses the objectives it is tagged with and those of its agenda items.
    objective_paths = ("objectives", "agenda_items__objectives")

    def public(self):
        """Events shown on the public pages."""
        return self.filter(is_public=True)

    def upcoming(self, today=None):
        return self.filter(ends_on__gte=today or timezone.localdate()).order_by("starts_on", "pk")

    def past(self, today=None):
        return self.filter(ends_on__lt=today or timezone.localdate()).order_by("-starts_on", "-pk")

    def open_for_registration(self):
        return self.filter(state=Event.State.REGISTRATION_OPEN)

    def accepting_inputs(self):
        return self.exclude(state=Event.State.SUMMARY_PUBLISHED)

    def with_organisers(self):
        return self.prefetch_related(organisers_prefetch())

    def for_listing(self):
        return self.select_related("forum").with_organisers()


class Event(MeetingRecord):
    """A consultation: a dialogue, briefing or webinar with stakeholders on the GCM and the forum
    it prepares. Its agenda, attendance and documents are records of their own."""

    class State(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("event state", "Planned")
        REGISTRATION_OPEN = "registration_open", pgettext_lazy("event state", "Registration open")
        HELD = "held", pgettext_lazy("event state", "Held")
        SUMMARY_PUBLISHED = "summary_published", pgettext_lazy("event state", "Summary published")

    class Mode(models.TextChoices):
        VIRTUAL = "virtual", _("Virtual")
        IN_PERSON = "in_person", _("In person")
        HYBRID = "hybrid", _("Hybrid")
        ONLINE_WRITTEN = "online_written", _("Online written consultation")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    background = models.TextField(
        _("background and objective"),
        blank=True,
        help_text=_("Paragraphs separated by a blank line. The forum's round tables follow it."),
    )
    aims_intro = models.CharField(
        _("introduction to the aims"),
        max_length=200,
        blank=True,
        help_text=_("For example “The briefing aimed to:”. The aims follow as a numbered list."),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("The time zone of the start and end times, e.g. Asia/Beirut."),
    )
    mode = models.CharField(_("mode"), max_length=20, choices=Mode.choices, default=Mode.VIRTUAL)
    location = models.CharField(_("location"), max_length=200, blank=True)
    region = models.CharField(_("region"), max_length=30, choices=Region.choices)
    objectives = models.ManyToManyField(
        Objective,
        related_name="events",
        blank=True,
        verbose_name=_("GCM objectives"),
        help_text=_("The objectives the meeting addresses: it shows on their pages."),
    )
    forum = models.ForeignKey(
        Forum,
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
        verbose_name=_("forum it prepares"),
    )
    target_groups = models.JSONField(
        _("stakeholder groups targeted"),
        default=list,
        blank=True,
        help_text=_("Codes of the stakeholder groups the event was meant for."),
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PLANNED, db_index=True
    )
    is_public = models.BooleanField(
        _("shown on the public pages"),
        default=False,
        help_text=_("Leave unticked while the record is being prepared."),
    )
    registration_accredited_only = models.BooleanField(
        _("only accredited organisations may register"),
        default=False,
        help_text=_(
            "ECOSOC status or IMRF accreditation. UN system entities and organisations given a "
            "shared seat may register too."
        ),
    )
    seats_per_organisation = models.PositiveSmallIntegerField(
        _("seats per organisation"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_(
            "No registration is taken after it. Leave empty to take them until it is closed."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Registrations taken in all. Leave empty for no limit."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("consultations:event_detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The event cannot end before it starts.")})
        if (
            self.start_time
            and self.end_time
            and self.is_single_day
            and self.end_time < self.start_time
        ):
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})
        unknown = set(self.target_groups or []) - set(StakeholderGroup.values)
        if unknown:
            raise ValidationError({"target_groups": _("Unknown stakeholder group.")})

    @property
    def is_open_for_registration(self) -> bool:
        return self.state == self.State.REGISTRATION_OPEN and not self.registration_deadline_passed

    @property
    def registration_deadline_passed(self) -> bool:
        return bool(self.registration_closes_at) and self.registration_closes_at <= timezone.now()

    @property
    def accepts_inputs(self) -> bool:
        return self.state != self.State.SUMMARY_PUBLISHED

    @property
    def is_past(self) -> bool:
        return self.ends_on < timezone.localdate()

    @property
    def is_single_day(self) -> bool:
        return self.starts_on == self.ends_on

    @property
    def target_group_labels(self) -> list[str]:
        labels = dict(StakeholderGroup.choices)
        return [labels[code] for code in StakeholderGroup.values if code in self.target_groups]


class EventAim(MeetingRecord):
    """One aim of an event, in the order the event lists them."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="aims")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("aim"))

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("aim")
        verbose_name_plural = _("aims")

    def __str__(self):
        return self.text[:80]


class Organiser(MeetingRecord):
    """One organiser of an event, in the order the record names them: a registry organisation, a
    Member State, a UN entity or an intergovernmental organisation (which are not stakeholders of
    the registry and never enter its verification queue)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="organisers")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    constituency = models.CharField(
        _("constituency"),
        max_length=20,
        choices=Constituency.choices,
        default=Constituency.STAKEHOLDER,
    )
    organisation = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organisation in the registry"),
    )
    name = models.CharField(
        _("name"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to use the registry's name, or the country's for a Member State."),
    )
    country = CountryField(_("Member State"), blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")

    def __str__(self):
        named = localized(self, "name").text
        if named:
            return named
        if self.organisation_id:
            return str(self.organisation)
        return str(self.country.name) if self.country else ""

    def clean(self):
        if not (
            self.name_en or self.name_ar or self.name_fr or self.organisation_id or self.country
        ):
            raise ValidationError(
                _("Name the organiser, choose it in the registry or choose a State.")
            )
        if self.constituency == Constituency.MEMBER_STATE and not self.country:
            raise ValidationError({"country": _("Choose the Member State.")})

    @property
    def link(self) -> str:
        if self.url:
            return self.url
        return self.organisation.website if self.organisation_id else ""


class DaySpan(models.Model):
    """Days (one unless `ends_on` says more) with optional times: a part of a meeting, another
    date of it."""

    ENDS_BEFORE_IT_STARTS = _("This cannot end before it starts.")

    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(
        _("ends on"), null=True, blank=True, help_text=_("Leave empty for one day.")
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)

    class Meta:
        abstract = True

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": self.ENDS_BEFORE_IT_STARTS})

    @property
    def last_day(self):
        return self.ends_on or self.starts_on

    @property
    def is_single_day(self) -> bool:
        return self.last_day == self.starts_on


class EventPart(MeetingRecord, DaySpan):
    """A part of a meeting held in parts (a stakeholder consultation on day 1, the
    intergovernmental review on days 2 and 3), with its own dates; agenda items belong to it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="parts")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)

    class Meta:
        ordering = ["event", "order", "starts_on", "pk"]
        verbose_name = _("part")
        verbose_name_plural = _("parts")

    def __str__(self):
        return localized(self, "title").text

    ENDS_BEFORE_IT_STARTS = _("The part cannot end before it starts.")


class EventDate(MeetingRecord, DaySpan):
    """Another date of an event the record gives: an online platform open for written inputs, a
    preparatory briefing, a recording available until a day."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="other_dates")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.CharField(_("what"), max_length=300)

    class Meta:
        ordering = ["event", "order", "starts_on", "pk"]
        verbose_name = _("other date")
        verbose_name_plural = _("other dates")

    def __str__(self):
        return localized(self, "label").text


class AttendanceFigures(MeetingRecord):
    """Attendance as the secretariat recorded it, for events whose registrations the portal did
    not run (the seed meeting: 145 participants, 88 from stakeholder groups, 57 UN staff)."""

    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="recorded_figures")
    total = models.PositiveIntegerField(_("participants in total"), null=True, blank=True)
    stakeholders = models.PositiveIntegerField(
        _("participants from stakeholder groups"), null=True, blank=True
    )
    un_staff = models.PositiveIntegerField(
        _("participants from the UN system"), null=True, blank=True
    )
    un_staff_description = models.CharField(
        _("who the UN participants were"),
        max_length=300,
        blank=True,
        help_text=_(
            "Completes “… participants from”, e.g. “UN Country Teams in the Arab region and "
            "members of Regional and National UN Migration Networks”."
        ),
    )
    un_agency_count = models.PositiveSmallIntegerField(
        _("number of UN agencies represented"), null=True, blank=True
    )
    un_agencies = models.TextField(
        _("UN agencies represented"),
        blank=True,
        help_text=_("As the record names them, separated by commas (e.g. ILO, IOM, UNICEF)."),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("recorded attendance")
        verbose_name_plural = _("recorded attendance")

    def __str__(self):
        return f"{self.event}: {self.total}"

    @property
    def un_agency_list(self) -> list[str]:
        return [name.strip() for name in self.un_agencies.split(",") if name.strip()]


class EventDocument(MeetingRecord):
    """A document relevant to an event, with a file or a link for each language it exists in,
    and optionally one link for all languages (a calendar, a web page)."""

    class Kind(models.TextChoices):
        AGENDA = "agenda", _("Agenda")
        CONCEPT_NOTE = "concept_note", _("Concept note")
        REPORT = "report", _("Report")
        STATEMENT = "statement", _("Statement")
        RESOLUTION = "resolution", _("Resolution")
        PRESENTATION = "presentation", _("Presentation")
        VIDEO_RECORDING = "video_recording", _("Video recording")
        WEB_PAGE = "web_page", _("Web page")
        OTHER = "other", pgettext_lazy("document kind", "Other")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="documents")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(_("title"), max_length=400)
    symbol = models.CharField(
        _("document symbol"), max_length=60, blank=True, help_text=_("e.g. A/RES/73/195")
    )
    url = models.URLField(_("link (any language)"), max_length=500, blank=True)
    url_ar = models.URLField(_("link to the Arabic version"), max_length=500, blank=True)
    url_fr = models.URLField(_("link to the French version"), max_length=500, blank=True)
    url_en = models.URLField(_("link to the English version"), max_length=500, blank=True)
    file_ar = models.FileField(
        _("Arabic file"),
        upload_to=RandomUploadName("event-documents"),
        validators=[validate_pdf, MaxFileSize(20 * 1024 * 1024)],
        blank=True,
    )
    file_fr = models.FileField(
        _("French file"),
        upload_to=RandomUploadName("event-documents"),
        validators=[validate_pdf, MaxFileSize(20 * 1024 * 1024)],
        blank=True,
    )
    file_en = models.FileField(
        _("English file"),
        upload_to=RandomUploadName("event-documents"),
        validators=[validate_pdf, MaxFileSize(20 * 1024 * 1024)],
        blank=True,
    )

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def file_url(self, language: str) -> str:
        """The permission-checked download of the file in `language` (media files are not
        served): whoever may see the event may download it."""
        return reverse(
            "consultations:event_document",
            kwargs={"slug": self.event.slug, "pk": self.pk, "language": language},
        )

    def versions(self) -> list[tuple[str, str]]:
        """(language code, address) of each language version, uploaded files first, in the
        order of DOCUMENT_LANGUAGES."""
        found = []
        for language in DOCUMENT_LANGUAGES:
            upload = getattr(self, f"file_{language}")
            address = self.file_url(language) if upload else getattr(self, f"url_{language}")
            if address:
                found.append((language, address))
        return found
