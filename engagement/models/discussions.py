"""Discussion spaces: the secretariat opens a discussion on some objectives (or a round table),
members of verified organisations contribute and reply until it closes, then its summary leads.

Contributions are changed only by `engagement.services.discussions`.
"""

import rules
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.i18n import localized
from common.languages import language_direction, language_name
from common.models import TranslatedRecord
from gcm.models import Objective, RoundTable, TaggedQuerySet
from stakeholders.models import Organisation

CONTRIBUTION_MAX_LENGTH = 5000


class DiscussionQuerySet(TaggedQuerySet):
    # On its objectives, directly or through its round table's.
    objective_paths = ("objectives", "round_table__objectives")

    def visible(self, now=None):
        """Opened discussions, open or closed: what the public sees."""
        return self.filter(opens_at__lte=now or timezone.now())

    def open(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_at__lte=now, closes_at__gt=now)

    def closed(self, now=None):
        return self.filter(closes_at__lte=now or timezone.now())

    def visible_to(self, user):
        """The secretariat also sees discussions it is still preparing."""
        return self.all() if rules.has_perm("engagement.moderate", user) else self.visible()

    def for_listing(self):
        """What a list of discussions shows, in a fixed number of queries."""
        return (
            self.select_related("round_table__forum")
            .prefetch_related("objectives")
            .annotate(
                contribution_count=Count(
                    "contributions", filter=Q(contributions__hidden_at__isnull=True)
                )
            )
        )

    def for_translation(self):
        return self.all()


class Discussion(TranslatedRecord):
    """A written discussion space with guiding questions, open between two dates."""

    TRANSLATION_PRIORITY = 6

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"))
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Written by the secretariat once the discussion has closed; shown on top."),
    )
    objectives = models.ManyToManyField(
        Objective, related_name="discussions", blank=True, verbose_name=_("GCM objectives")
    )
    round_table = models.ForeignKey(
        RoundTable,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="discussions",
        verbose_name=_("round table"),
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = DiscussionQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")),
                name="discussion_closes_after_it_opens",
            )
        ]
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")

    def __str__(self):
        return localized(self, "title").text or self.slug

    def get_absolute_url(self):
        return reverse("engagement:discussion_detail", kwargs={"slug": self.slug})

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now=None) -> bool:
        return self.closes_at <= (now or timezone.now())

    def is_upcoming(self, now=None) -> bool:
        return (now or timezone.now()) < self.opens_at

    @property
    def status(self) -> str:
        if self.is_upcoming():
            return "upcoming"
        return "closed" if self.is_closed() else "open"

    def all_objectives(self):
        """Its own objectives and those of its round table, without repeats, by number."""
        ids = set(self.objectives.values_list("pk", flat=True))
        if self.round_table_id:
            ids |= set(self.round_table.objectives.values_list("pk", flat=True))
        return Objective.objects.filter(pk__in=ids).order_by("number")


class GuidingQuestion(TranslatedRecord):
    discussion = models.ForeignKey(
        Discussion, on_delete=models.CASCADE, related_name="guiding_questions"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.CharField(_("question"), max_length=400)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("guiding question")
        verbose_name_plural = _("guiding questions")

    def __str__(self):
        return localized(self, "text").text


class ContributionQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden_at__isnull=True)

    def hidden(self):
        return self.filter(hidden_at__isnull=False)

    def by(self, user):
        return self.filter(author=user) if user.is_authenticated else self.none()


class Contribution(models.Model):
    """What a member writes in a discussion, for their organisation, in the language they
    choose; or a reply to another contribution (one level of replies)."""

    discussion = models.ForeignKey(
        Discussion,
        on_delete=models.CASCADE,
        related_name="contributions",
        verbose_name=_("discussion"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    # Kept when the person's account goes: the organisation still said it.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="engagement_contributions",
        verbose_name=_("author"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="engagement_contributions",
        verbose_name=_("organisation"),
    )
    language = models.CharField(_("language"), max_length=10)
    body = models.TextField(
        _("contribution"), validators=[MaxLengthValidator(CONTRIBUTION_MAX_LENGTH)]
    )
    created_at = models.DateTimeField(_("posted"), default=timezone.now, db_index=True)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True, editable=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("hidden by"),
    )
    hidden_reason = models.TextField(_("reason for hiding"), blank=True, editable=False)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = pgettext_lazy("discussion", "contribution")
        verbose_name_plural = pgettext_lazy("discussion", "contributions")

    def __str__(self):
        return f"{self.organisation} · {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return f"{self.discussion.get_absolute_url()}#contribution-{self.pk}"

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def direction(self) -> str:
        return language_direction(self.language)


class Follow(models.Model):
    """A person who wants news of a discussion by e-mail (a daily digest)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_discussions"
    )
    discussion = models.ForeignKey(Discussion, on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(auto_now_add=True)
    # Contributions up to this moment have been sent (or predate the follow).
    notified_until = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "discussion"], name="follow_a_discussion_once")
        ]
        verbose_name = _("follower")
        verbose_name_plural = _("followers")

    def __str__(self):
        return f"{self.user} → {self.discussion}"
