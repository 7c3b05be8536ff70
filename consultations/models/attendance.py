"""Who takes part in an event: registrations on behalf of an organisation, attendance marked by
the secretariat, and seats an accredited organisation shares with a migrant-led one.

The rules (who may register, how many seats an organisation has) live in
consultations.rules and consultations.seats; these are the records.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .events import Event


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state=Registration.State.REGISTERED)

    def attended(self):
        return self.active().filter(attended=True)

    def of_organisation(self, organisation):
        return self.filter(organisation=organisation)


class Registration(models.Model):
    """A person registered for an event on behalf of one of their organisations."""

    class State(models.TextChoices):
        REGISTERED = "registered", pgettext_lazy("registration state", "Registered")
        CANCELLED = "cancelled", pgettext_lazy("registration state", "Cancelled")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_registrations",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.CASCADE,
        related_name="event_registrations",
        verbose_name=_("organisation"),
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.REGISTERED
    )
    attended = models.BooleanField(
        _("attended"), null=True, blank=True, help_text=_("Empty until the secretariat marks it.")
    )
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("registered on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="one_registration_per_person")
        ]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self):
        return f"{self.user} — {self.event}"

    @property
    def is_active(self) -> bool:
        return self.state == self.State.REGISTERED


class SharedSeatQuerySet(models.QuerySet):
    def active(self):
        """Offers that hold a seat: made and not yet answered, or accepted."""
        return self.filter(state__in=[SharedSeat.State.OFFERED, SharedSeat.State.ACCEPTED])

    def accepted(self):
        return self.filter(state=SharedSeat.State.ACCEPTED)

    def involving(self, organisations):
        return self.filter(
            Q(from_organisation__in=organisations) | Q(to_organisation__in=organisations)
        )


class SharedSeat(models.Model):
    """One seat at an event that an accredited organisation gives to a migrant-led organisation
    without accreditation (many migrant associations are not registered, as the seed meeting
    notes). The seat is held from the offer on; the receiving organisation accepts it."""

    class State(models.TextChoices):
        OFFERED = "offered", pgettext_lazy("shared seat state", "Offered")
        ACCEPTED = "accepted", pgettext_lazy("shared seat state", "Accepted")
        DECLINED = "declined", pgettext_lazy("shared seat state", "Declined")
        WITHDRAWN = "withdrawn", pgettext_lazy("shared seat state", "Withdrawn")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="shared_seats", verbose_name=_("event")
    )
    from_organisation = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.CASCADE,
        related_name="seats_given",
        verbose_name=_("given by"),
    )
    to_organisation = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.CASCADE,
        related_name="seats_received",
        verbose_name=_("given to"),
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.OFFERED
    )
    offered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("offered by"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    created_at = models.DateTimeField(_("offered on"), auto_now_add=True)
    decided_at = models.DateTimeField(_("answered on"), null=True, blank=True)

    objects = SharedSeatQuerySet.as_manager()

    class Meta:
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_organisation=models.F("to_organisation")),
                name="seat_shared_with_another_organisation",
            ),
            models.UniqueConstraint(
                fields=["event", "from_organisation", "to_organisation"],
                condition=Q(state__in=["offered", "accepted"]),
                name="one_active_shared_seat_per_pair",
            ),
        ]
        verbose_name = _("shared seat")
        verbose_name_plural = _("shared seats")

    def __str__(self):
        return f"{self.event}: {self.from_organisation} → {self.to_organisation}"
