"""Written inputs: a stakeholder organisation's priority, gap or challenge, promising practice or
recommendation for an event or a round table, tagged with GCM objectives and moderated by the
secretariat before it is published."""

import rules
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.models import TranslatedRecord
from common.moderation import ModeratedSubmission, Transition, state_field
from gcm.models import Objective, RoundTable, TaggedQuerySet

from .events import Event


class InputQuerySet(TaggedQuerySet):
    def published(self):
        return self.filter(state=Input.State.PUBLISHED)

    def awaiting_decision(self):
        return self.filter(state=Input.State.SUBMITTED)

    def by(self, user):
        return self.filter(author=user)

    def visible_to(self, user):
        """Published inputs for everyone; the others for their author, the members of their
        organisation and the secretariat (consultations.rules.can_see_input, for lists)."""
        from stakeholders.models import Membership

        if rules.has_perm("consultations.view_every_input", user):
            return self.all()
        if not user.is_authenticated:
            return self.published()
        own = Membership.objects.active().filter(user=user).values("organisation")
        return self.filter(
            Q(state=Input.State.PUBLISHED) | Q(author=user) | Q(organisation__in=own)
        )

    def for_display(self):
        return self.select_related("organisation", "event", "round_table__forum").prefetch_related(
            "objectives"
        )


class Input(ModeratedSubmission, TranslatedRecord):
    """A written input. Its text is in the language its author wrote it in
    (`original_language`); the secretariat may add translations."""

    class Kind(models.TextChoices):
        PRIORITY = "priority", _("Priority")
        GAP = "gap", _("Gap or challenge")
        PRACTICE = "practice", _("Promising practice")
        RECOMMENDATION = "recommendation", _("Recommendation")

    class State(models.TextChoices):
        SUBMITTED = "submitted", pgettext_lazy("written input state", "Submitted")
        PUBLISHED = "published", pgettext_lazy("written input state", "Published")
        DECLINED = "declined", pgettext_lazy("written input state", "Declined")

    TRANSITIONS = {
        "publish": Transition(
            {State.SUBMITTED},
            State.PUBLISHED,
            refusal=_("This input has already been decided on."),
            audit="input_published",
            notification="consultations_input_published",
        ),
        "decline": Transition(
            {State.SUBMITTED},
            State.DECLINED,
            refusal=_("This input has already been decided on."),
            reason_required=_("Say why the input is declined: its author will read it."),
            audit="input_declined",
            notification="consultations_input_declined",
        ),
    }

    organisation = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.PROTECT,
        related_name="written_inputs",
        verbose_name=_("organisation"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="written_inputs",
        verbose_name=_("author"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    objectives = models.ManyToManyField(
        Objective, related_name="written_inputs", verbose_name=_("objectives")
    )
    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="written_inputs",
        null=True,
        blank=True,
        verbose_name=_("event"),
    )
    round_table = models.ForeignKey(
        RoundTable,
        on_delete=models.CASCADE,
        related_name="written_inputs",
        null=True,
        blank=True,
        verbose_name=_("round table"),
    )
    state = state_field(State, default=State.SUBMITTED)
    submitted_at = models.DateTimeField(_("submitted on"), auto_now_add=True)

    objects = InputQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(event__isnull=False, round_table__isnull=True)
                    | Q(event__isnull=True, round_table__isnull=False)
                ),
                name="input_for_an_event_or_a_round_table",
            )
        ]
        verbose_name = _("written input")
        verbose_name_plural = _("written inputs")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("consultations:input_detail", kwargs={"pk": self.pk})

    def clean(self):
        if bool(self.event_id) == bool(self.round_table_id):
            raise ValidationError(_("An input is for one event or one round table."))

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED

    @property
    def target(self):
        return self.event or self.round_table
