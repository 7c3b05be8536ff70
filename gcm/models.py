"""The GCM's objectives and guiding principles, the forums that review it and their round tables,
and the reads of anything tagged with objectives (`TaggedQuerySet`)."""

from functools import reduce
from operator import or_

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from common.models import TranslatedQuerySet, TranslatedRecord

OBJECTIVE_COUNT = 23


class ObjectiveQuerySet(TranslatedQuerySet):
    def with_round_tables(self):
        return self.prefetch_related(
            models.Prefetch("round_tables", queryset=RoundTable.objects.select_related("forum"))
        )


class Objective(TranslatedRecord):
    """One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        unique=True,
        validators=[MinValueValidator(1), MaxValueValidator(OBJECTIVE_COUNT)],
    )
    title = models.CharField(_("title"), max_length=300)
    short_title = models.CharField(_("short title"), max_length=120)

    objects = ObjectiveQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")
        verbose_name_plural = _("GCM objectives")

    def __str__(self):
        return f"{self.number}. {self.short_title}"

    def get_absolute_url(self):
        return reverse("objective_detail", kwargs={"number": self.number})


class GuidingPrinciple(TranslatedRecord):
    """One of the ten cross-cutting guiding principles of the GCM (A/RES/73/195, para 15)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    paragraph = models.CharField(_("paragraph"), max_length=60)
    title = models.CharField(_("title"), max_length=200)

    class Meta:
        ordering = ["number"]
        verbose_name = _("guiding principle")
        verbose_name_plural = _("guiding principles")

    def __str__(self):
        return self.title


class Forum(TranslatedRecord):
    """An International Migration Review Forum (IMRF), held every four years."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    location = models.CharField(_("location"), max_length=200, blank=True)

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("forum")
        verbose_name_plural = _("forums")

    def __str__(self):
        return self.name


class RoundTableQuerySet(TranslatedQuerySet):
    def with_objectives(self):
        return self.select_related("forum").prefetch_related("objectives")

    def of_current_forum(self):
        latest = Forum.objects.order_by("-starts_on").values("pk")[:1]
        return self.filter(forum__in=latest)


class RoundTable(TranslatedRecord):
    """A multi-stakeholder round table of a forum, covering a set of GCM objectives."""

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="round_tables", verbose_name=_("forum")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    background_note_by = models.CharField(_("background note by"), max_length=200, blank=True)
    objectives = models.ManyToManyField(
        Objective, related_name="round_tables", verbose_name=_("objectives")
    )

    objects = RoundTableQuerySet.as_manager()

    class Meta:
        ordering = ["forum", "number"]
        constraints = [
            models.UniqueConstraint(fields=["forum", "number"], name="unique_round_table_number")
        ]
        verbose_name = _("round table")
        verbose_name_plural = _("round tables")

    def __str__(self):
        return f"{self.forum} — {self.name}"

    @property
    def name(self) -> str:
        return round_table_name(self.number)

    def get_absolute_url(self):
        return reverse(
            "round_table_detail",
            kwargs={"forum": self.forum.slug, "number": self.number},
        )


def round_table_name(number: int) -> str:
    """“Round table 2”, in the page's language: a round table is named by its number."""
    return pgettext("round table name", "Round table %(number)s") % {"number": number}


class TaggedQuerySet(TranslatedQuerySet):
    """Records tagged with GCM objectives (pledges, inputs, interventions, practices,
    discussions), and through them mapped to round tables: derived, never stored.

    `objective_paths` names the relations a record is tagged through, from the record; a
    discussion is also tagged with the objectives of its round table."""

    objective_paths: tuple[str, ...] = ("objectives",)

    def tagged_with(self, objectives):
        """Records tagged with any of `objectives` (instances, a queryset or primary keys),
        each once."""
        return self._tagged("in", objectives)

    def for_round_table(self, round_table):
        """Records tagged with an objective the round table covers, each once."""
        return self._tagged("round_tables", round_table)

    def _tagged(self, lookup: str, value):
        if lookup == "round_tables":
            # The round table's objectives, read from its link table inside the same query.
            value = RoundTable.objectives.through.objects.filter(roundtable=value).values(
                "objective_id"
            )
        # EXISTS rather than a join: a record tagged with two matching objectives is one row.
        return self.filter(
            reduce(or_, (self._tagged_through(path, value) for path in self.objective_paths))
        )

    def _tagged_through(self, path: str, objectives) -> Exists:
        field = self.model._meta.get_field(path) if "__" not in path else None
        if field is not None and field.many_to_many and not field.auto_created:
            # A tag of the record itself: look in the link table alone, with its (objective,
            # record) index, rather than joining the record's table back to itself.
            through = field.remote_field.through
            return Exists(
                through.objects.filter(
                    **{
                        field.m2m_field_name(): OuterRef("pk"),
                        f"{field.m2m_reverse_field_name()}__in": objectives,
                    }
                )
            )
        return Exists(
            self.model._base_manager.filter(pk=OuterRef("pk"), **{f"{path}__in": objectives})
        )
