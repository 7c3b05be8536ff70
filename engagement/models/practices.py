"""The Repository of Practices: promising practices that members submit and the secretariat
publishes, each with its evidence (a link or a PDF).

States change only through `engagement.services.practices` (the life cycle is
common.moderation's).
"""

import rules
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from common.i18n import localized
from common.models import TranslatedRecord
from common.moderation import ModeratedSubmission, Transition, state_field
from common.uploads import MaxFileSize, RandomUploadName, validate_pdf
from gcm.models import Objective, RoundTable, TaggedQuerySet
from stakeholders.models import Organisation

DESCRIPTION_MAX_LENGTH = 4000
EVIDENCE_MAX_SIZE = 10 * 1024 * 1024


class PracticeQuerySet(TaggedQuerySet):
    def published(self):
        return self.filter(state=Practice.State.PUBLISHED)

    def of_organisations_of(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(organisation__in=Organisation.objects.with_member(user).values("pk"))

    def visible_to(self, user):
        """Published practices for everyone; their organisations' for members; all for the
        secretariat, who moderates them."""
        if rules.has_perm("engagement.moderate", user):
            return self.all()
        if not user.is_authenticated:
            return self.published()
        return self.filter(
            Q(state=Practice.State.PUBLISHED)
            | Q(organisation__in=Organisation.objects.with_member(user).values("pk"))
        )

    def for_listing(self):
        return self.select_related("organisation").prefetch_related("objectives")

    def for_translation(self):
        return self.exclude(state=Practice.State.DECLINED)


class Practice(ModeratedSubmission, TranslatedRecord):
    """A promising practice for one or more GCM objectives, with its results and evidence."""

    TRANSLATION_PRIORITY = 7

    class State(models.TextChoices):
        SUBMITTED = "submitted", pgettext_lazy("practice state", "Submitted")
        PUBLISHED = "published", pgettext_lazy("practice state", "Published")
        DECLINED = "declined", pgettext_lazy("practice state", "Declined")

    TRANSITIONS = {
        "publish": Transition(
            {State.SUBMITTED},
            State.PUBLISHED,
            refusal=_("Only a submitted practice can be published or declined."),
            stamp="published_at",
            notification="engagement_practice_published",
        ),
        "decline": Transition(
            {State.SUBMITTED},
            State.DECLINED,
            refusal=_("Only a submitted practice can be published or declined."),
            reason_required=_("Say why the practice is declined."),
            notification="engagement_practice_declined",
        ),
    }

    class Kind(models.TextChoices):
        # The kinds of promising practice stakeholders in the Arab region reported (2021 survey).
        INTEGRATION = "integration", _("Socio-economic integration")
        CAPACITY = "capacity", _("Capacity building for local actors")
        POLICY = "policy", _("National migration strategies and policies")
        RIGHTS = "rights", _("Access to basic rights and services")
        DATA = "data", _("Data collection and research")
        SKILLS = "skills", _("Vocational training and decent work")
        OTHER = "other", pgettext_lazy("practice kind", "Other")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="practices",
        verbose_name=_("organisation"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(
        _("description"), validators=[MaxLengthValidator(DESCRIPTION_MAX_LENGTH)]
    )
    results = models.TextField(
        _("results"),
        validators=[MaxLengthValidator(DESCRIPTION_MAX_LENGTH)],
        help_text=_("What changed for migrants and communities, with figures where you have them."),
    )
    kind = models.CharField(_("kind of practice"), max_length=20, choices=Kind.choices)
    objectives = models.ManyToManyField(
        Objective, related_name="practices", verbose_name=_("GCM objectives")
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    partners = models.CharField(
        _("partners"),
        max_length=500,
        blank=True,
        help_text=_("The organisations you work with, separated by commas."),
    )
    started_on = models.DateField(_("started"))
    ended_on = models.DateField(_("ended"), null=True, blank=True, help_text=_("Empty if ongoing."))
    evidence_url = models.URLField(_("link to evidence"), blank=True)
    evidence_file = models.FileField(
        _("evidence document"),
        upload_to=RandomUploadName("practice-evidence"),
        validators=[validate_pdf, MaxFileSize(EVIDENCE_MAX_SIZE)],
        blank=True,
        help_text=_("A PDF of at most 10 MB."),
    )
    state = state_field(State, default=State.SUBMITTED)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-submitted_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(evidence_url="", evidence_file=""), name="practice_has_evidence"
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="practice_ends_after_it_starts",
            ),
        ]
        verbose_name = _("promising practice")
        verbose_name_plural = _("promising practices")

    def __str__(self):
        return localized(self, "title").text or f"#{self.pk}"

    def get_absolute_url(self):
        return reverse("engagement:practice_detail", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED

    def round_tables(self):
        """The current forum's round tables covering the practice's objectives."""
        return (
            RoundTable.objects.of_current_forum()
            .filter(objectives__practices=self)
            .select_related("forum")
            .distinct()
            .order_by("number")
        )
