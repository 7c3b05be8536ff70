"""Pledges: what an organisation commits to do for the GCM objectives, and how it is going.

The life cycle (draft → submitted → published, changes requested, rejected, withdrawn) is declared
in `Pledge.TRANSITIONS` (common.moderation) and changed only by `pledges.services`; the reads
other parts of the portal use are the queryset methods here.
"""

from datetime import date

import rules
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from common.i18n import localized
from common.models import TranslatedQuerySet, TranslatedRecord
from common.moderation import ModeratedSubmission, Transition, state_field
from common.uploads import MaxFileSize, RandomUploadName, validate_pdf
from gcm.models import GuidingPrinciple, Objective, RoundTable, TaggedQuerySet
from stakeholders.models import Organisation

DESCRIPTION_MIN_LENGTH = 300
DESCRIPTION_MAX_LENGTH = 3000
ATTACHMENT_MAX_SIZE = 25 * 1024 * 1024
OVERDUE_AFTER_MONTHS = 12

# A short list of ISO 4217 codes: the currencies pledges in the region are made in.
CURRENCIES = [
    "USD",
    "EUR",
    "GBP",
    "CHF",
    "AED",
    "BHD",
    "DZD",
    "EGP",
    "IQD",
    "JOD",
    "KWD",
    "LBP",
    "MAD",
    "OMR",
    "QAR",
    "SAR",
    "SDG",
    "TND",
]
CURRENCY_CHOICES = [(code, code) for code in CURRENCIES]


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the last day of the month where it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has a 28th


def overdue_cutoff(today: date | None = None) -> date:
    """A published pledge whose last news is older than this day is overdue."""
    return months_before(today or timezone.localdate(), OVERDUE_AFTER_MONTHS)


def is_overdue(published_at, latest_progress_on: date | None, cutoff: date) -> bool:
    """No progress update since `cutoff`, counting from publication when there has been none."""
    if latest_progress_on is not None:
        return latest_progress_on < cutoff
    return published_at is not None and timezone.localdate(published_at) < cutoff


def current_round_tables_by_objective() -> dict[int, list[RoundTable]]:
    """The current forum's round tables by objective id (one query), to derive a list's
    round tables from the objectives already fetched."""
    index: dict[int, list[RoundTable]] = {}
    links = RoundTable.objectives.through.objects.filter(
        roundtable__in=RoundTable.objects.of_current_forum()
    ).select_related("roundtable__forum")
    for link in links.order_by("roundtable__number"):
        index.setdefault(link.objective_id, []).append(link.roundtable)
    return index


def current_round_table_numbers_by_objective() -> dict[int, list[int]]:
    """The numbers of the current forum's round tables by objective id, as plain values: all a
    list's tags need (no round table, forum or link instances built for each page)."""
    index: dict[int, list[int]] = {}
    links = RoundTable.objectives.through.objects.filter(
        roundtable__in=RoundTable.objects.of_current_forum()
    ).values_list("objective_id", "roundtable__number")
    for objective_id, number in links.order_by("roundtable__number"):
        index.setdefault(objective_id, []).append(number)
    return index


class PledgeQuerySet(TaggedQuerySet):
    def published(self):
        return self.filter(state=Pledge.State.PUBLISHED)

    def of_organisations_of(self, user):
        """Every pledge, in any state, of the organisations `user` is an active member of."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(organisation__in=Organisation.objects.with_member(user).values("pk"))

    def visible_to(self, user):
        """Published pledges for everyone; all of their organisations' pledges for members;
        everything but other people's drafts for the secretariat, who moderates them."""
        if not user.is_authenticated:
            return self.published()
        visible = Q(state=Pledge.State.PUBLISHED) | Q(
            organisation__in=Organisation.objects.with_member(user).values("pk")
        )
        if rules.has_perm("pledges.moderate_pledges", user):
            visible |= ~Q(state=Pledge.State.DRAFT)
        return self.filter(visible)

    def with_latest_progress(self):
        """Annotates `latest_progress_on` and `latest_stage` (None without any update)."""
        latest = PledgeProgress.objects.filter(pledge=OuterRef("pk")).order_by("-date", "-pk")
        return self.annotate(
            latest_progress_on=Subquery(latest.values("date")[:1]),
            latest_stage=Subquery(latest.values("stage")[:1]),
        )

    def overdue(self, today: date | None = None):
        """Published pledges with no progress update for twelve months (counting from
        publication when there has been none)."""
        cutoff = overdue_cutoff(today)
        return (
            self.published()
            .with_latest_progress()
            .filter(
                Q(latest_progress_on__lt=cutoff)
                | Q(latest_progress_on__isnull=True, published_at__date__lt=cutoff)
            )
        )

    def for_translation(self):
        """What the secretariat's translation queue looks at: published and about to be."""
        return self.filter(state__in=[Pledge.State.SUBMITTED, Pledge.State.PUBLISHED])

    def for_listing(self):
        """What a list of pledges shows, in a fixed number of queries; not their descriptions
        (up to 3,000 characters in each language, never shown in a list). The objectives' numbers
        are read for the page by pledges.views.prepare_for_listing."""
        return (
            self.select_related("organisation")
            .with_latest_progress()
            .defer("description", *(f"description_{code}" for code, _name in settings.LANGUAGES))
        )


class Pledge(ModeratedSubmission, TranslatedRecord):
    """An organisation's pledge of concrete action for one or more GCM objectives."""

    class State(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("pledge state", "Draft")
        SUBMITTED = "submitted", pgettext_lazy("pledge state", "Submitted")
        CHANGES_REQUESTED = "changes_requested", pgettext_lazy("pledge state", "Changes requested")
        PUBLISHED = "published", pgettext_lazy("pledge state", "Published")
        REJECTED = "rejected", pgettext_lazy("pledge state", "Rejected")
        WITHDRAWN = "withdrawn", pgettext_lazy("pledge state", "Withdrawn")

    # Submitting, resubmitting and withdrawing are the organisation's steps; the others are the
    # secretariat's decisions.
    TRANSITIONS = {
        "submit": Transition(
            {State.DRAFT},
            State.SUBMITTED,
            refusal=_("Only a draft, or a pledge returned for changes, can be submitted."),
            decision=False,
            stamp="submitted_at",
        ),
        "resubmit": Transition(
            {State.CHANGES_REQUESTED},
            State.SUBMITTED,
            refusal=_("Only a pledge returned for changes can be resubmitted."),
            decision=False,
            stamp="submitted_at",
        ),
        "request_changes": Transition(
            {State.SUBMITTED},
            State.CHANGES_REQUESTED,
            refusal=_("Changes can only be requested on a submitted pledge."),
            reason_required=_("Say what should change."),
            notification="pledges_changes_requested",
        ),
        "publish": Transition(
            {State.SUBMITTED},
            State.PUBLISHED,
            refusal=_("Only a submitted pledge can be published."),
            stamp="published_at",
            notification="pledges_published",
        ),
        "reject": Transition(
            {State.SUBMITTED},
            State.REJECTED,
            refusal=_("Only a submitted pledge can be rejected."),
            reason_required=_("Say why the pledge is rejected."),
            notification="pledges_rejected",
        ),
        "withdraw": Transition(
            {State.DRAFT, State.SUBMITTED, State.CHANGES_REQUESTED, State.PUBLISHED},
            State.WITHDRAWN,
            refusal=_("A rejected or withdrawn pledge cannot be withdrawn."),
            decision=False,
        ),
    }

    class Kind(models.TextChoices):
        FINANCIAL = "financial", _("Financial")
        HUMAN_RESOURCES = "human_resources", _("Human resources")
        PROCESS_POLICY = "process_policy", _("Process and policy")
        TECHNICAL_CAPACITY = "technical_capacity", _("Technical and capacity building")
        OTHER = "other", pgettext_lazy("pledge kind", "Other")

    class Partnership(models.TextChoices):
        COMMON = "common", _("Common pledge")
        IN_PARTNERSHIP = "in_partnership", _("In partnership")

    class Region(models.TextChoices):
        ARAB_STATES = "arab_states", _("Arab States")
        AFRICA = "africa", _("Africa")
        AMERICAS = "americas", _("Latin America and the Caribbean")
        ASIA_PACIFIC = "asia_pacific", _("Asia and the Pacific")
        EUROPE_NORTH_AMERICA = "europe_north_america", _("Europe and North America")
        GLOBAL = "global", _("Global")

    # The translation queue shows pledges before consultation records: they are public text.
    TRANSLATION_PRIORITY = 5

    # States in which the pledging organisation may still change the text.
    EDITABLE_STATES = (State.DRAFT, State.CHANGES_REQUESTED)

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="pledges",
        verbose_name=_("pledging organisation"),
    )
    partners = models.ManyToManyField(
        Organisation,
        related_name="partner_pledges",
        blank=True,
        verbose_name=_("partner organisations"),
    )
    partnership_type = models.CharField(
        _("joint pledge"),
        max_length=20,
        choices=Partnership.choices,
        blank=True,
        help_text=_(
            "A common pledge is made by all the organisations together; a pledge in partnership "
            "is led by the pledging organisation with the help of its partners."
        ),
    )
    matches = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="matched_by",
        verbose_name=_("matches the pledge"),
    )
    title = models.CharField(_("title"), max_length=200)
    # 300 to 3,000 characters in the language it is written in (PledgeForm checks): not on the
    # field, which modeltranslation copies to every language, where a translation may be shorter
    # or longer than the original.
    description = models.TextField(_("description"))
    kind = models.CharField(_("kind of pledge"), max_length=30, choices=Kind.choices)
    objectives = models.ManyToManyField(
        Objective, related_name="pledges", verbose_name=_("GCM objectives")
    )
    principles = models.ManyToManyField(
        GuidingPrinciple, related_name="pledges", blank=True, verbose_name=_("guiding principles")
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    region = models.CharField(_("region-wide"), max_length=30, choices=Region.choices, blank=True)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"))
    budget = models.DecimalField(
        _("budget"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    attachment = models.FileField(
        _("attachment"),
        upload_to=RandomUploadName("pledge-attachments"),
        validators=[validate_pdf, MaxFileSize(ATTACHMENT_MAX_SIZE)],
        blank=True,
        help_text=_("Optional: a PDF of at most 25 MB."),
    )
    state = state_field(State, default=State.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    objects = PledgeQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at", "-pk"]
        indexes = [
            # The directory's first page, newest first, without sorting every published pledge;
            # and, holding the id, the counts of published pledges from the index alone.
            models.Index(
                fields=["-published_at", "-created_at", "-id"],
                condition=Q(state="published"),
                name="pledge_published_newest",
            ),
            # The secretariat's list (every state, newest first) and its dates, without
            # sorting or reading every pledge.
            models.Index(fields=["-published_at", "-created_at", "-id"], name="pledge_newest"),
            models.Index(fields=["created_at"], name="pledge_created"),
        ]
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")

    def __str__(self):
        return localized(self, "title").text or f"#{self.pk}"

    def get_absolute_url(self):
        return reverse("pledges:pledge_detail", kwargs={"pk": self.pk})

    def get_attachment_url(self):
        """The permission-checked download of the attachment (media files are not served)."""
        return reverse("pledges:pledge_attachment", kwargs={"pk": self.pk})

    @property
    def is_editable(self) -> bool:
        return self.state in self.EDITABLE_STATES

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED

    def latest_progress_date(self) -> date | None:
        if hasattr(self, "latest_progress_on"):
            return self.latest_progress_on
        return max((update.date for update in self.progress.all()), default=None)

    @property
    def is_overdue(self) -> bool:
        if not self.is_published:
            return False
        return is_overdue(self.published_at, self.latest_progress_date(), overdue_cutoff())

    def round_tables(self):
        """The current forum's round tables covering the pledge's objectives."""
        return (
            RoundTable.objects.of_current_forum()
            .filter(objectives__pledges=self)
            .select_related("forum")
            .distinct()
            .order_by("number")
        )


class PledgeProgressQuerySet(TranslatedQuerySet):
    def for_translation(self):
        return self.filter(pledge__state=Pledge.State.PUBLISHED)


class PledgeProgress(TranslatedRecord):
    """A dated report from the pledging organisation on how its published pledge is going."""

    class Stage(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        DISCONTINUED = "discontinued", _("Discontinued")

    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="progress", verbose_name=_("pledge")
    )
    date = models.DateField(_("date"))
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    text = models.TextField(_("progress"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = PledgeProgressQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")

    def __str__(self):
        return f"{self.pledge_id} · {self.date} · {self.get_stage_display()}"
