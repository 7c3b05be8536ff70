"""An event's agenda: ordered items, their speakers and moderators, the key points of
presentations and remarks, the guiding questions of open discussions and the interventions
from the floor, each tagged with the GCM objectives it refers to."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from common.i18n import localized
from common.models import TranslatedQuerySet
from gcm.models import Objective, RoundTable, TaggedQuerySet
from stakeholders.models import Gender, StakeholderGroup

from .events import Constituency, Event, EventPart, MeetingRecord


class Honorific(models.TextChoices):
    """How a summary introduces a person; translated with the page (Ms. / السيدة / Mme)."""

    NONE = "", pgettext_lazy("honorific", "(none)")
    HE = "he", pgettext_lazy("honorific: His or Her Excellency", "H.E.")
    AMB = "amb", pgettext_lazy("honorific: Ambassador", "Amb.")
    HON = "hon", pgettext_lazy("honorific: The Honourable", "Hon.")
    MS = "ms", _("Ms.")
    MRS = "mrs", _("Mrs.")
    MR = "mr", _("Mr.")
    DR = "dr", _("Dr.")
    PROF = "prof", _("Prof.")


class Contributor(MeetingRecord):
    """A person who spoke at an event, as the record names them: name, title and organisation.

    The organisation is linked to the registry where it is known; `organisation_name` then
    says which part of it spoke ("UNODC MENA Regional Office"). Group, country and gender feed
    the representation figures only; gender is never shown on its own.
    """

    order = models.PositiveSmallIntegerField(_("order"), default=0)
    honorific = models.CharField(
        _("honorific"), max_length=10, choices=Honorific.choices, blank=True
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    title = models.CharField(_("title or position"), max_length=300, blank=True)
    organisation = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation in the registry"),
    )
    organisation_name = models.CharField(
        _("organisation as named"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to use the registry's name."),
    )
    organisation_url = models.URLField(_("organisation's link"), max_length=500, blank=True)
    constituency = models.CharField(
        _("constituency"),
        max_length=20,
        choices=Constituency.choices,
        default=Constituency.STAKEHOLDER,
        help_text=_(
            "Member States, the UN system and intergovernmental organisations are counted apart "
            "from the stakeholder groups."
        ),
    )
    stakeholder_group = models.CharField(
        _("stakeholder group"),
        max_length=30,
        choices=StakeholderGroup.choices,
        blank=True,
        help_text=_("Leave empty to use the registry organisation's group."),
    )
    country = CountryField(
        _("country"), blank=True, help_text=_("Leave empty to use the organisation's country.")
    )
    gender = models.CharField(
        _("gender"),
        max_length=20,
        choices=Gender.choices,
        blank=True,
        help_text=_("For representation statistics only; never shown."),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.name or str(self.organisation_display or "")

    @property
    def organisation_display(self) -> str:
        named = localized(self, "organisation_name").text
        if named:
            return named
        return str(self.organisation) if self.organisation_id else ""

    @property
    def link(self) -> str:
        if self.organisation_url:
            return self.organisation_url
        return self.organisation.website if self.organisation_id else ""

    @property
    def group(self) -> str:
        """The stakeholder group, for stakeholders only."""
        if self.constituency != Constituency.STAKEHOLDER:
            return ""
        if self.stakeholder_group:
            return self.stakeholder_group
        return self.organisation.group if self.organisation_id else ""

    @property
    def country_code(self) -> str:
        if self.country:
            return self.country.code
        return self.organisation.country.code if self.organisation_id else ""


class AgendaItemQuerySet(TranslatedQuerySet):
    def for_display(self):
        """Everything a summary shows of the items, in a fixed number of queries, as lists on
        each item: `all_speakers`, `all_key_points`, `all_questions`, `all_objectives` and
        `all_interventions` (each with `all_objectives`, each with `all_round_tables`).

        Lists rather than the relations' caches: a prefetch into a relation builds a manager
        and a filtered queryset for every row, which cost more than the queries themselves."""
        contributor = ("organisation",)
        return self.prefetch_related(
            Prefetch(
                "speakers",
                Speaker.objects.select_related(*contributor),
                to_attr="all_speakers",
            ),
            Prefetch("key_points", to_attr="all_key_points"),
            Prefetch("guiding_questions", to_attr="all_questions"),
            Prefetch("objectives", to_attr="all_objectives"),
            Prefetch(
                "interventions",
                Intervention.objects.select_related(*contributor).prefetch_related(
                    Prefetch(
                        "objectives",
                        Objective.objects.prefetch_related(
                            Prefetch(
                                "round_tables",
                                RoundTable.objects.select_related("forum"),
                                to_attr="all_round_tables",
                            )
                        ),
                        to_attr="all_objectives",
                    )
                ),
                to_attr="all_interventions",
            ),
        )


def listed(record, relation: str, prefetched: str) -> list:
    """A relation's records: the list `for_display()` prefetched, else read now."""
    found = record.__dict__.get(prefetched)
    return found if found is not None else list(getattr(record, relation).all())


class AgendaItem(MeetingRecord):
    """One item of an event's agenda, in order. Presentations and remarks hold key points; open
    discussions hold guiding questions and interventions from the floor."""

    class Kind(models.TextChoices):
        OPENING_REMARKS = "opening_remarks", _("Opening remarks")
        PRESENTATION = "presentation", _("Presentation")
        PANEL = "panel", _("Panel")
        OPEN_DISCUSSION = "open_discussion", _("Open discussion")
        STATEMENTS = "statements", _("Statements")
        RECAPITULATION = "recapitulation", _("Recapitulation")
        CLOSING_REMARKS = "closing_remarks", _("Closing remarks")
        OTHER = "other", pgettext_lazy("agenda item kind", "Other")

    # Kinds whose record holds interventions (from the floor, or statements made in turn).
    TAKES_INTERVENTIONS = frozenset({Kind.OPEN_DISCUSSION, Kind.PANEL, Kind.STATEMENTS})

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda_items")
    part = models.ForeignKey(
        EventPart,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_items",
        verbose_name=_("part"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_("May be left empty for a short introduction without a heading."),
    )
    day = models.DateField(
        _("day"), null=True, blank=True, help_text=_("For meetings of several days.")
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    objectives = models.ManyToManyField(
        Objective, related_name="agenda_items", blank=True, verbose_name=_("GCM objectives")
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("Shown first. Paragraphs separated by a blank line.")
    )
    points_intro = models.CharField(
        _("introduction to the key points"),
        max_length=400,
        blank=True,
        help_text=_("For example “Survey findings are the following:”."),
    )
    conclusion = models.TextField(
        _("closing text"),
        blank=True,
        help_text=_(
            "Shown after the key points, questions and interventions: a rapporteur's "
            "recommendations, questions and answers from the floor."
        ),
    )

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self):
        return localized(self, "title").text or str(self.get_kind_display())

    def clean(self):
        if self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValidationError({"end_time": _("The item cannot end before it starts.")})
        if self.part_id and self.event_id and self.part.event_id != self.event_id:
            raise ValidationError({"part": _("Choose a part of this event.")})

    @property
    def is_open_discussion(self) -> bool:
        return self.kind == self.Kind.OPEN_DISCUSSION

    @property
    def takes_interventions(self) -> bool:
        return self.kind in self.TAKES_INTERVENTIONS

    @property
    def presenters(self) -> list:
        return [s for s in listed(self, "speakers", "all_speakers") if s.role in Speaker.PRESENTING]

    @property
    def moderators(self) -> list:
        return [
            s for s in listed(self, "speakers", "all_speakers") if s.role == Speaker.Role.MODERATOR
        ]

    def speakers_by_role(self) -> list[tuple[str, str, list]]:
        """(role, label, speakers) for every role present, in the order of Speaker.Role."""
        found = {}
        for speaker in listed(self, "speakers", "all_speakers"):
            found.setdefault(speaker.role, []).append(speaker)
        labels = dict(Speaker.Role.choices)
        return [(role, labels[role], found[role]) for role in Speaker.Role.values if role in found]

    @property
    def moderator(self):
        moderators = self.moderators
        return moderators[0] if moderators else None


class Speaker(Contributor):
    """A speaker or the moderator of an agenda item."""

    class Role(models.TextChoices):
        SPEAKER = "speaker", _("Speaker")
        PRESENTER = "presenter", _("Presenter")
        KEYNOTE = "keynote", _("Keynote speaker")
        CHAIR = "chair", _("Chair")
        MODERATOR = "moderator", _("Moderator")
        PANELLIST = "panellist", _("Panellist")
        RESPONDENT = "respondent", _("Respondent")
        RAPPORTEUR = "rapporteur", _("Rapporteur")

    # Roles a summary names with “by …” under the heading of a presentation or remarks.
    PRESENTING = frozenset({Role.SPEAKER, Role.PRESENTER})

    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="speakers")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.SPEAKER)

    class Meta:
        ordering = ["agenda_item", "order", "pk"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class KeyPoint(MeetingRecord):
    """One point of a presentation, remarks or recapitulation, in order. A label is shown in
    bold before the text ("Gaps and challenges reported include: …")."""

    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="key_points")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.CharField(_("label"), max_length=200, blank=True)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["agenda_item", "order", "pk"]
        verbose_name = _("key point")
        verbose_name_plural = _("key points")

    def __str__(self):
        return self.text[:80]


class GuidingQuestion(MeetingRecord):
    """A question that guided an open discussion, in order."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="guiding_questions"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("question"))

    class Meta:
        ordering = ["agenda_item", "order", "pk"]
        verbose_name = _("guiding question")
        verbose_name_plural = _("guiding questions")

    def __str__(self):
        return self.text[:80]


class InterventionQuerySet(TaggedQuerySet):
    def public(self):
        return self.filter(agenda_item__event__is_public=True)

    def for_display(self):
        return self.select_related("agenda_item__event", "organisation").prefetch_related(
            "objectives"
        )


class Intervention(Contributor):
    """An intervention from the floor in an open discussion: who spoke, for which organisation
    and stakeholder group, what they said, and the GCM objectives it refers to (which tie it to
    the round tables covering them)."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="interventions"
    )

    class Channel(models.TextChoices):
        FLOOR = "floor", _("From the floor")
        ONLINE_DISCUSSION = "online_discussion", _("In an online discussion")
        WRITTEN_STATEMENT = "written_statement", _("Written statement")
        OTHER = "other", pgettext_lazy("channel of an intervention", "Other")

    text = models.TextField(_("key points"), help_text=_("Paragraphs separated by a blank line."))
    channel = models.CharField(
        _("made"),
        max_length=20,
        choices=Channel.choices,
        default=Channel.FLOOR,
        help_text=_("Contributions made elsewhere (an online discussion, a written statement)."),
    )
    made_on = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("The day it was made, where it is not the meeting's."),
    )
    objectives = models.ManyToManyField(
        Objective, related_name="interventions", blank=True, verbose_name=_("objectives")
    )

    objects = InterventionQuerySet.as_manager()

    class Meta:
        ordering = ["agenda_item", "order", "pk"]
        verbose_name = _("intervention from the floor")
        verbose_name_plural = _("interventions from the floor")

    def clean(self):
        if self.agenda_item_id and not self.agenda_item.takes_interventions:
            raise ValidationError(
                _("Interventions belong to open discussions, panels and statements.")
            )

    @property
    def event(self):
        return self.agenda_item.event

    def round_tables(self) -> list:
        """The round tables covering the objectives referred to (from prefetched objectives)."""
        found = {}
        for objective in listed(self, "objectives", "all_objectives"):
            for round_table in listed(objective, "round_tables", "all_round_tables"):
                found[round_table.pk] = round_table
        return sorted(found.values(), key=lambda rt: (rt.forum_id, rt.number))
