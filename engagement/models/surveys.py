"""The stakeholder survey: questions of a few kinds, one answer per organisation.

Answers are given only through `engagement.services.surveys`; results are read through
`engagement.results`.
"""

import rules
from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.i18n import localized
from common.models import LANGUAGE_CHOICES, TranslatedQuerySet, TranslatedRecord
from gcm.models import Objective
from stakeholders.models import Organisation

SCALE = range(1, 6)
TEXT_ANSWER_MAX_LENGTH = 3000


class SurveyQuerySet(TranslatedQuerySet):
    def visible(self, now=None):
        return self.filter(opens_at__lte=now or timezone.now())

    def visible_to(self, user):
        return self.all() if rules.has_perm("engagement.moderate", user) else self.visible()

    def for_translation(self):
        return self.all()


class Survey(TranslatedRecord):
    """A survey of stakeholders, built by the secretariat from questions."""

    TRANSLATION_PRIORITY = 5

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(
        _("closes"), null=True, blank=True, help_text=_("Leave empty to keep it open.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = SurveyQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_at", "-pk"]
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def __str__(self):
        return localized(self, "title").text or self.slug

    def get_absolute_url(self):
        return reverse("engagement:survey_detail", kwargs={"slug": self.slug})

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now and (self.closes_at is None or now < self.closes_at)

    def is_closed(self, now=None) -> bool:
        return self.closes_at is not None and self.closes_at <= (now or timezone.now())


class Question(TranslatedRecord):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        OBJECTIVES = "objectives", _("Choose GCM objectives")
        SCALE = "scale", _("Scale from 1 to 5")
        TEXT = "text", _("Free text")

    CHOICE_KINDS = (Kind.SINGLE, Kind.MULTIPLE)

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="questions", verbose_name=_("survey")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind of question"), max_length=20, choices=Kind.choices)
    text = models.CharField(_("question"), max_length=400)
    help_text = models.CharField(_("explanation"), max_length=400, blank=True)
    required = models.BooleanField(_("an answer is required"), default=True)
    max_choices = models.PositiveSmallIntegerField(
        _("at most this many choices"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("For multiple choices and objectives; empty for no limit."),
    )
    scale_low_label = models.CharField(_("meaning of 1"), max_length=100, blank=True)
    scale_high_label = models.CharField(_("meaning of 5"), max_length=100, blank=True)

    class Meta:
        ordering = ["survey", "position", "pk"]
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")

    def __str__(self):
        return localized(self, "text").text


class Choice(TranslatedRecord):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="choices", verbose_name=_("question")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(_("label"), max_length=300)

    class Meta:
        ordering = ["question", "position", "pk"]
        verbose_name = pgettext_lazy("survey", "choice")
        verbose_name_plural = pgettext_lazy("survey", "choices")

    def __str__(self):
        return localized(self, "label").text


class SurveyResponseQuerySet(models.QuerySet):
    def of_organisations_of(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(organisation__in=Organisation.objects.with_member(user).values("pk"))


class SurveyResponse(models.Model):
    """An organisation's answer to a survey, given once by one of its members."""

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="responses", verbose_name=_("survey")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="survey_responses",
        verbose_name=_("organisation"),
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    # The page's language when answering: free text is most likely written in it.
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGE_CHOICES, default="en")
    submitted_at = models.DateTimeField(_("answered"), default=timezone.now)

    objects = SurveyResponseQuerySet.as_manager()

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "organisation"], name="one_answer_per_organisation"
            )
        ]
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")

    def __str__(self):
        return f"{self.survey} — {self.organisation}"


class Answer(models.Model):
    """The answer to one question: choices, objectives, a point on the scale or text."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    choices = models.ManyToManyField(Choice, blank=True, related_name="answers")
    objectives = models.ManyToManyField(Objective, blank=True, related_name="survey_answers")
    scale_value = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(SCALE.start), MaxValueValidator(SCALE.stop - 1)],
    )
    text = models.TextField(blank=True, validators=[MaxLengthValidator(TEXT_ANSWER_MAX_LENGTH)])

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_a_question"),
            models.CheckConstraint(
                condition=Q(scale_value__isnull=True)
                | Q(scale_value__gte=SCALE.start, scale_value__lte=SCALE.stop - 1),
                name="scale_value_from_1_to_5",
            ),
        ]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return f"{self.response_id} · {self.question_id}"
