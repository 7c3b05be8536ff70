"""An event's agenda: ordered items, their speakers and moderators, the key points of
presentations and remarks, the guiding questions of open discussions and the interventions
from the floor, each tagged with the GCM objectives it refers to."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from common.i18n import localized
from common.models import TranslatedRecord
from gcm.models import Objective, TaggedQuerySet
from stakeholders.models import Gender, StakeholderGroup

from .events import Event


class Honorific(models.TextChoices):
    """How a summary introduces a person; translated with the page (Ms. / السيدة / Mme)."""

    NONE = "", pgettext_lazy("honorific", "(none)")
    MS = "ms", _("Ms.")
    MRS = "mrs", _("Mrs.")
    MR = "mr", _("Mr.")
    DR = "dr", _("Dr.")
    PROF = "prof", _("Prof.")


class Contributor(TranslatedRecord):
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
        if self.stakeholder_group:
            return self.stakeholder_group
        return self.organisation.group if self.organisation_id else ""

    @property
    def country_code(self) -> str:
        if self.country:
            return self.country.code
        return self.organisation.country.code if self.organisation_id else ""


class AgendaItemQuerySet(models.QuerySet):
    def for_display(self):
        """Everything a summary shows of the items, in a fixed number of queries."""
        contributor = ("organisation",)
        return self.prefetch_related(
            models.Prefetch("speakers", Speaker.objects.select_related(*contributor)),
            "key_points",
            "guiding_questions",
            models.Prefetch(
                "interventions",
                Intervention.objects.select_related(*contributor).prefetch_related(
                    models.Prefetch(
                        "objectives", Objective.objects.prefetch_related("round_tables__forum")
                    )
                ),
            ),
        )


class AgendaItem(TranslatedRecord):
    """One item of an event's agenda, in order. Presentations and remarks hold key points; open
    discussions hold guiding questions and interventions from the floor."""

    class Kind(models.TextChoices):
        OPENING_REMARKS = "opening_remarks", _("Opening remarks")
        PRESENTATION = "presentation", _("Presentation")
        OPEN_DISCUSSION = "open_discussion", _("Open discussion")
        RECAPITULATION = "recapitulation", _("Recapitulation")
        CLOSING_REMARKS = "closing_remarks", _("Closing remarks")
        OTHER = "other", pgettext_lazy("agenda item kind", "Other")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda_items")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_("May be left empty for a short introduction without a heading."),
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True)
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

    @property
    def is_open_discussion(self) -> bool:
        return self.kind == self.Kind.OPEN_DISCUSSION

    @property
    def presenters(self) -> list:
        return [s for s in self.speakers.all() if s.role == Speaker.Role.SPEAKER]

    @property
    def moderators(self) -> list:
        return [s for s in self.speakers.all() if s.role == Speaker.Role.MODERATOR]

    @property
    def moderator(self):
        moderators = self.moderators
        return moderators[0] if moderators else None


class Speaker(Contributor):
    """A speaker or the moderator of an agenda item."""

    class Role(models.TextChoices):
        SPEAKER = "speaker", _("Speaker")
        MODERATOR = "moderator", _("Moderator")

    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="speakers")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.SPEAKER)

    class Meta:
        ordering = ["agenda_item", "order", "pk"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class KeyPoint(TranslatedRecord):
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


class GuidingQuestion(TranslatedRecord):
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
    text = models.TextField(_("key points"), help_text=_("Paragraphs separated by a blank line."))
    objectives = models.ManyToManyField(
        Objective, related_name="interventions", blank=True, verbose_name=_("objectives")
    )

    objects = InterventionQuerySet.as_manager()

    class Meta:
        ordering = ["agenda_item", "order", "pk"]
        verbose_name = _("intervention from the floor")
        verbose_name_plural = _("interventions from the floor")

    def clean(self):
        if self.agenda_item_id and not self.agenda_item.is_open_discussion:
            raise ValidationError(_("Interventions from the floor belong to open discussions."))

    @property
    def event(self):
        return self.agenda_item.event

    def round_tables(self) -> list:
        """The round tables covering the objectives referred to (from prefetched objectives)."""
        found = {}
        for objective in self.objectives.all():
            for round_table in objective.round_tables.all():
                found[round_table.pk] = round_table
        return sorted(found.values(), key=lambda rt: (rt.forum_id, rt.number))
