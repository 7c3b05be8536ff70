"""Organisations, memberships and profiles of the people who use the portal."""

import rules
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from common.models import LANGUAGE_CHOICES, TranslatedQuerySet, TranslatedRecord
from common.uploads import MaxFileSize, RandomUploadName, validate_pdf

from .matching import names_are_similar, same_acronym


class User(AbstractUser):
    """A person with an account. They sign in with their e-mail address (django-allauth)."""

    email = models.EmailField(_("email address"), unique=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    @property
    def display_name(self) -> str:
        profile = getattr(self, "profile", None)
        return (profile and profile.full_name) or self.get_full_name() or self.email


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Another gender identity")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class Profile(models.Model):
    """What a person tells the portal about themselves. Gender is never public: it only feeds
    representation statistics."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    title = models.CharField(_("title or position"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=LANGUAGE_CHOICES, default="en"
    )
    country = CountryField(_("country"), blank=True)
    gender = models.CharField(_("gender"), max_length=20, choices=Gender.choices, blank=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.full_name or self.user.email


class StakeholderGroup(models.TextChoices):
    """The stakeholders of GCM para 44, and UN system entities."""

    MIGRANTS = "migrants", _("Migrants")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    DIASPORA = "diaspora", _("Migrant and diaspora organisations")
    FAITH_BASED = "faith_based", _("Faith-based organisations")
    LOCAL_AUTHORITIES = "local_authorities", _("Local authorities and communities")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    TRADE_UNIONS = "trade_unions", _("Trade unions")
    PARLIAMENTARIANS = "parliamentarians", _("Parliamentarians")
    NHRI = "nhri", _("National human rights institutions")
    RED_CROSS = "red_cross", _("Red Cross and Red Crescent Movement")
    ACADEMIA = "academia", _("Academia")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other relevant stakeholders")
    UN_SYSTEM = "un_system", _("UN system entity")


class EcosocStatus(models.TextChoices):
    NONE = "none", pgettext_lazy("ECOSOC status", "None")
    GENERAL = "general", _("General consultative status")
    SPECIAL = "special", _("Special consultative status")
    ROSTER = "roster", _("Roster")


class ImrfAccreditation(models.TextChoices):
    NOT_REQUESTED = "not_requested", _("Not requested")
    APPLIED = "applied", _("Applied")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", pgettext_lazy("accreditation", "Rejected")


# What the secretariat confirms about an organisation, and the rules of events and seat sharing
# read: once the organisation is verified, its administrators' change to one of them waits as an
# AccreditationClaim.
ACCREDITATION_FIELDS = ("migrant_led", "ecosoc_status", "imrf_accreditation")


def grants_status(field: str, value) -> bool:
    """Whether `value` of an ACCREDITATION_FIELDS field gives the organisation a status that
    someone must confirm. A value that grants none (not migrant-led, no ECOSOC status, an IMRF
    accreditation not approved) only takes rights away, and so needs no confirmation."""
    if field == "migrant_led":
        return bool(value)
    if field == "ecosoc_status":
        return value != EcosocStatus.NONE
    return value == ImrfAccreditation.APPROVED


class Verification(models.TextChoices):
    PENDING = "pending", _("Awaiting verification")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", pgettext_lazy("verification", "Rejected")


class OrganisationQuerySet(TranslatedQuerySet):
    def verified(self):
        return self.filter(verification=Verification.VERIFIED)

    def awaiting_verification(self):
        return self.filter(verification=Verification.PENDING)

    def joinable(self):
        """Organisations a person may ask to join: all but those the secretariat rejected."""
        return self.exclude(verification=Verification.REJECTED)

    def for_translation(self):
        """What the translation queue follows: organisations shown now or about to be."""
        return self.joinable()

    def administered_by(self, user):
        """The organisations for which `stakeholders.rules.is_administrator_of` holds."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            pk__in=Membership.objects.administrators().filter(user=user).values("organisation")
        )

    def with_member(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user, memberships__state=Membership.State.ACTIVE)

    def acting_for(self, user):
        """The verified organisations `user` may act for (`rules.is_member_of_verified`): the
        choices of the forms where a person registers, sends an input, pledges or takes part."""
        if not user.is_authenticated:
            return self.none()
        members = Membership.objects.active().filter(user=user).values("organisation")
        return self.verified().filter(pk__in=members)

    def visible_to(self, user):
        """Verified organisations for everyone; the others for their members and the
        secretariat only."""
        # The rule by name (stakeholders/rules.py); `user.has_perm` would also load every model
        # permission of whoever it does not hold for, two queries on each page.
        if rules.has_perm("stakeholders.view_every_organisation", user):
            return self.all()
        if not user.is_authenticated:
            return self.verified()
        own = Membership.objects.active().filter(user=user).values("organisation")
        return self.filter(Q(verification=Verification.VERIFIED) | Q(pk__in=own))

    def with_evidence_readable_by(self, user):
        """Organisations whose accreditation evidence `user` may read: only their administrators
        and the secretariat, whatever the organisation's verification, since the letters are
        the organisation's private correspondence."""
        if rules.has_perm("stakeholders.view_every_organisation", user):
            return self.all()
        return self.administered_by(user)

    def search(self, text: str):
        """Name, acronym, city or description (in any language) containing `text`."""
        query = Q()
        for field in SEARCH_FIELDS:
            query |= Q(**{f"{field}__icontains": text})
        return self.filter(query)

    def with_accreditation(self, kind: str):
        """`accredited` (ECOSOC or IMRF), `ecosoc` (any ECOSOC status), one ECOSOC status
        (`general`, `special`, `roster`) or `imrf` (approved IMRF special accreditation)."""
        ecosoc = ~Q(ecosoc_status=EcosocStatus.NONE)
        imrf = Q(imrf_accreditation=ImrfAccreditation.APPROVED)
        if kind == "accredited":
            return self.filter(ecosoc | imrf)
        if kind == "ecosoc":
            return self.filter(ecosoc)
        if kind == "imrf":
            return self.filter(imrf)
        return self.filter(ecosoc_status=kind)

    def likely_duplicates(self, *, name: str, acronym: str, country: str) -> list:
        """Organisations that are probably the one about to be registered: same country and a
        similar name or the same acronym. Rejected records are left out."""
        candidates = self.joinable().filter(country=country)
        return [
            organisation
            for organisation in candidates
            if names_are_similar(organisation.name, name)
            or same_acronym(organisation.acronym, acronym)
        ]


class Organisation(TranslatedRecord):
    """One trusted record per stakeholder organisation, across all consultations."""

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    group = models.CharField(
        _("stakeholder group"), max_length=30, choices=StakeholderGroup.choices, db_index=True
    )
    country = CountryField(_("country"), db_index=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    migrant_led = models.BooleanField(_("migrant-led"), default=False)
    women_led = models.BooleanField(_("women-led"), default=False)
    youth_led = models.BooleanField(_("youth-led"), default=False)
    ecosoc_status = models.CharField(
        _("ECOSOC consultative status"),
        max_length=20,
        choices=EcosocStatus.choices,
        default=EcosocStatus.NONE,
    )
    imrf_accreditation = models.CharField(
        _("IMRF special accreditation"),
        max_length=20,
        choices=ImrfAccreditation.choices,
        default=ImrfAccreditation.NOT_REQUESTED,
    )
    accreditation_evidence = models.FileField(
        _("accreditation evidence"),
        upload_to=RandomUploadName("accreditation-evidence"),
        validators=[validate_pdf, MaxFileSize(10 * 1024 * 1024)],
        blank=True,
        help_text=_("A PDF of at most 10 MB: the ECOSOC or IMRF accreditation letter."),
    )
    verification = models.CharField(
        _("verification"),
        max_length=20,
        choices=Verification.choices,
        default=Verification.PENDING,
        db_index=True,
        editable=False,  # only the secretariat sets it, through stakeholders.services
    )
    verification_reason = models.TextField(_("reason for the decision"), blank=True, editable=False)
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

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.label(self.name, self.acronym)

    @staticmethod
    def label(name: str, acronym: str) -> str:
        """How lists name an organisation; from two columns, for lists of thousands."""
        return f"{name} ({acronym})" if acronym else name

    def get_absolute_url(self):
        return reverse("stakeholders:organisation_detail", kwargs={"slug": self.slug})

    def get_evidence_url(self):
        """The permission-checked download of the accreditation evidence."""
        return reverse("stakeholders:organisation_evidence", kwargs={"slug": self.slug})

    @property
    def is_verified(self) -> bool:
        return self.verification == Verification.VERIFIED

    @property
    def is_accredited(self) -> bool:
        """ECOSOC consultative status or approved IMRF special accreditation."""
        return (
            self.ecosoc_status != EcosocStatus.NONE
            or self.imrf_accreditation == ImrfAccreditation.APPROVED
        )


SEARCH_FIELDS = (
    "name",
    "acronym",
    "city",
    "description_en",
    "description_ar",
    "description_fr",
)


class OrganisationAwaitingVerification(Organisation):
    """The secretariat's queue in the admin: the same records, only those awaiting a decision."""

    class Meta:
        proxy = True
        verbose_name = _("organisation awaiting verification")
        verbose_name_plural = _("organisations awaiting verification")


class AccreditationClaimQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=AccreditationClaim.State.PENDING)


class AccreditationClaim(models.Model):
    """A change that a verified organisation's administrators made to what the secretariat
    confirms (ACCREDITATION_FIELDS), with its evidence. The organisation keeps its confirmed
    values, which every rule reads, until the secretariat confirms the claim. A field left empty
    (blank, or None for migrant_led) is not claimed."""

    class State(models.TextChoices):
        PENDING = "pending", _("Awaiting the secretariat’s confirmation")
        CONFIRMED = "confirmed", pgettext_lazy("accreditation claim", "Confirmed")
        DECLINED = "declined", pgettext_lazy("accreditation claim", "Declined")
        WITHDRAWN = "withdrawn", pgettext_lazy("accreditation claim", "Withdrawn")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="accreditation_claims",
        verbose_name=_("organisation"),
    )
    migrant_led = models.BooleanField(_("migrant-led"), null=True, blank=True)
    ecosoc_status = models.CharField(
        _("ECOSOC consultative status"), max_length=20, choices=EcosocStatus.choices, blank=True
    )
    imrf_accreditation = models.CharField(
        _("IMRF special accreditation"),
        max_length=20,
        choices=ImrfAccreditation.choices,
        blank=True,
    )
    evidence = models.FileField(
        _("accreditation evidence"),
        upload_to=RandomUploadName("accreditation-evidence"),
        validators=[validate_pdf, MaxFileSize(10 * 1024 * 1024)],
        blank=True,
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PENDING, db_index=True
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("claimed by"),
    )
    claimed_at = models.DateTimeField(_("claimed"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    reason = models.TextField(_("reason for the decision"), blank=True)

    objects = AccreditationClaimQuerySet.as_manager()

    class Meta:
        ordering = ["claimed_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(state="pending"),
                name="one_pending_accreditation_claim_each",
            )
        ]
        verbose_name = _("accreditation claim")
        verbose_name_plural = _("accreditation claims")

    def __str__(self):
        return str(self.organisation)

    def claimed(self) -> dict:
        """The claimed values, by field name."""
        values = {field: getattr(self, field) for field in ACCREDITATION_FIELDS}
        return {field: value for field, value in values.items() if value not in ("", None)}

    def changes(self) -> list[dict]:
        """What the claim would change on the organisation, for people to read: each field's
        label, its confirmed value and the claimed one (translated when displayed)."""
        return [
            {
                "label": Organisation._meta.get_field(field).verbose_name,
                "confirmed": _display(field, getattr(self.organisation, field)),
                "claimed": _display(field, value),
            }
            for field, value in self.claimed().items()
        ]

    def get_evidence_url(self):
        """The permission-checked download of the letter sent with the claim."""
        return f"{self.organisation.get_evidence_url()}?claim={self.pk}"


def _display(field: str, value):
    if field == "migrant_led":
        return pgettext_lazy("migrant-led", "yes") if value else pgettext_lazy("migrant-led", "no")
    choices = EcosocStatus if field == "ecosoc_status" else ImrfAccreditation
    return choices(value).label


class AccreditationClaimAwaitingConfirmation(AccreditationClaim):
    """The secretariat's queue of accreditation claims in the admin: pending ones only."""

    class Meta:
        proxy = True
        verbose_name = _("accreditation claim awaiting confirmation")
        verbose_name_plural = _("accreditation claims awaiting confirmation")


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state=Membership.State.ACTIVE)

    def administrators(self):
        """Active administrators whose account is active: whoever runs the organisation, and is
        told of what happens to it (`stakeholders.rules`)."""
        return self.active().filter(role=Membership.Role.ADMINISTRATOR, user__is_active=True)

    def requests(self):
        return self.filter(state=Membership.State.REQUESTED)


class Membership(models.Model):
    """A person's place in an organisation: administrator or member, once approved."""

    class Role(models.TextChoices):
        ADMINISTRATOR = "administrator", _("Administrator")
        MEMBER = "member", _("Member")

    class State(models.TextChoices):
        REQUESTED = "requested", _("Asked to join")
        ACTIVE = "active", pgettext_lazy("membership", "Active")
        DECLINED = "declined", pgettext_lazy("membership", "Declined")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.REQUESTED
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_each")
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"
