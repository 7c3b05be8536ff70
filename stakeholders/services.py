"""Rules that change the registry: organisations, memberships, verification and profiles.

Views and admin actions call these functions alike. Each one records what changed
(`common.audit.record_change`) and tells the people concerned by e-mail, in their own
language, once the change is committed.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from common.audit import record_change

from .models import (
    ACCREDITATION_FIELDS,
    AccreditationClaim,
    Membership,
    Organisation,
    Profile,
    User,
    Verification,
    grants_status,
)
from .notifications import notify
from .rules import administrators_of, can_run_organisation, is_secretariat, secretariat_members

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# What an organisation's administrators may set. Verification is not among them.
ORGANISATION_FIELDS = (
    "name",
    "acronym",
    "group",
    "country",
    "city",
    "website",
    "description_en",
    "description_ar",
    "description_fr",
    "migrant_led",
    "women_led",
    "youth_led",
    "ecosoc_status",
    "imrf_accreditation",
    "accreditation_evidence",
)

# Path segments under /organisations/ that an organisation's slug must not take.
RESERVED_SLUGS = {"register", "join"}


# --- Profiles -------------------------------------------------------------------------------


def ensure_profile(*, user: User, language: str | None = None) -> Profile:
    """The person's profile, created on first need (people who signed up before profiles
    existed); a new profile takes the language of the page as the preferred language."""
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    if language not in LANGUAGE_CODES:
        language = settings.LANGUAGE_CODE
    profile, _created = Profile.objects.get_or_create(
        user=user,
        defaults={"preferred_language": language, "full_name": user.get_full_name()},
    )
    return profile


# --- Organisations --------------------------------------------------------------------------


@transaction.atomic
def register_organisation(*, by: User, data: dict, language: str | None = None) -> Organisation:
    """A new organisation, awaiting verification, with `by` as its first administrator.

    `data` holds the form's fields (ORGANISATION_FIELDS); `language` is the page's, taken as
    the language the description was written in when that description is filled in.
    """
    organisation = Organisation(created_by=by, verification=Verification.PENDING)
    _apply(organisation, data)
    organisation.original_language = _original_language(organisation, language)
    organisation.slug = unique_slug(organisation.name, organisation.acronym)
    organisation.save()
    Membership.objects.create(
        user=by,
        organisation=organisation,
        role=Membership.Role.ADMINISTRATOR,
        state=Membership.State.ACTIVE,
        decided_by=by,
        decided_at=timezone.now(),
    )
    record_change(organisation, by=by, action="registered", to_state=organisation.verification)
    _notify_secretariat(organisation, resubmitted=False)
    return organisation


@transaction.atomic
def update_organisation(*, organisation: Organisation, by: User, data: dict) -> Organisation:
    """Change an organisation's record; the changed fields are kept in the audit trail.

    Once the organisation is verified, a change that grants a status (ACCREDITATION_FIELDS)
    does not apply: it becomes the organisation's accreditation claim, with the letter sent
    along, and the confirmed values stay in force until the secretariat confirms it. A change
    that only takes a status away applies at once. Before verification everything applies, and
    verification confirms it."""
    _require_administrator(organisation, by)
    current = Organisation.objects.select_for_update().get(pk=organisation.pk)
    data = dict(data)
    claimed, evidence = None, None
    if current.is_verified:
        claimed = _take_claimed(current, data)
        if claimed and isinstance(data.get("accreditation_evidence"), UploadedFile):
            evidence = data.pop("accreditation_evidence")
    before = {field: _audit_value(getattr(current, field)) for field in ORGANISATION_FIELDS}
    _apply(current, data)
    if not getattr(current, f"description_{current.original_language}"):
        current.original_language = _original_language(current, None)
    current.save()
    after = {field: _audit_value(getattr(current, field)) for field in ORGANISATION_FIELDS}
    changes = {
        field: [before[field], after[field]]
        for field in ORGANISATION_FIELDS
        if before[field] != after[field]
    }
    if changes:
        record_change(current, by=by, action="updated", changes=changes)
    if claimed is not None:
        _file_claim(current, by=by, claimed=claimed, evidence=evidence)
    elif any(field in data for field in ACCREDITATION_FIELDS):
        _file_claim(current, by=by, claimed={}, evidence=None)  # applied: nothing left to claim
    return current


def _take_claimed(organisation: Organisation, data: dict) -> dict | None:
    """Take out of `data` the changes that wait for the secretariat, and return the claim they
    make with what is already claimed for the fields `data` leaves out; None when `data`
    touches none of ACCREDITATION_FIELDS (the claim, if any, stays as it is)."""
    if not any(field in data for field in ACCREDITATION_FIELDS):
        return None
    pending = organisation.accreditation_claims.pending().first()
    claimed = pending.claimed() if pending else {}
    for field in ACCREDITATION_FIELDS:
        if field not in data:
            continue
        claimed.pop(field, None)
        if data[field] != getattr(organisation, field) and grants_status(field, data[field]):
            claimed[field] = data.pop(field)
    return claimed


def _file_claim(organisation: Organisation, *, by: User, claimed: dict, evidence) -> None:
    """Make `claimed` the organisation's pending claim: a new one, an update of the one waiting
    (which keeps its letter unless a new one comes), or none (the waiting one is withdrawn)."""
    pending = organisation.accreditation_claims.select_for_update().pending().first()
    if not claimed:
        if pending is not None:
            pending.state = AccreditationClaim.State.WITHDRAWN
            pending.decided_by, pending.decided_at = by, timezone.now()
            pending.save(update_fields=["state", "decided_by", "decided_at"])
            record_change(
                organisation,
                by=by,
                action="accreditation_withdrawn",
                from_state=AccreditationClaim.State.PENDING,
                to_state=AccreditationClaim.State.WITHDRAWN,
            )
        return
    if pending is not None and pending.claimed() == claimed and evidence is None:
        return  # saved again as it was: the claim keeps its place in the queue
    claim = pending or AccreditationClaim(organisation=organisation)
    for field in ACCREDITATION_FIELDS:
        setattr(claim, field, claimed.get(field, None if field == "migrant_led" else ""))
    if evidence is not None:
        claim.evidence = evidence
    claim.claimed_by, claim.claimed_at = by, timezone.now()
    claim.save()
    changes = {
        field: [_audit_value(getattr(organisation, field)), _audit_value(value)]
        for field, value in claimed.items()
    }
    if evidence is not None:
        changes["evidence"] = ["", claim.evidence.name]
    record_change(
        organisation,
        by=by,
        action="accreditation_claimed",
        to_state=AccreditationClaim.State.PENDING,
        changes=changes,
    )
    context = {"organisation": organisation, "claim": claim, "changes": claim.changes()}
    transaction.on_commit(
        lambda: notify(secretariat_members(), "stakeholders_accreditation_claimed", context)
    )


def confirm_accreditation_claim(*, claim: AccreditationClaim, by: User, reason: str = "") -> bool:
    """The secretariat confirms an accreditation claim: the claimed values, and the letter sent
    with them, become the organisation's. Returns whether anything changed (a claim already
    decided or withdrawn stays as it is)."""
    return _decide_claim(
        claim,
        by=by,
        to_state=AccreditationClaim.State.CONFIRMED,
        reason=reason,
        template="stakeholders_accreditation_confirmed",
    )


def decline_accreditation_claim(*, claim: AccreditationClaim, by: User, reason: str) -> bool:
    """The secretariat declines an accreditation claim, saying why to the organisation's
    administrators; the organisation keeps its confirmed values."""
    if not (reason or "").strip():
        raise ValidationError(
            _("Give the reason for declining: the organisation’s administrators will read it."),
            code="reason_required",
        )
    return _decide_claim(
        claim,
        by=by,
        to_state=AccreditationClaim.State.DECLINED,
        reason=reason,
        template="stakeholders_accreditation_declined",
    )


@transaction.atomic
def _decide_claim(claim, *, by, to_state: str, reason: str, template: str) -> bool:
    if not is_secretariat(by):
        raise PermissionDenied("Only the secretariat confirms accreditation.")
    # The organisation first, as update_organisation locks them.
    organisation = Organisation.objects.select_for_update().get(pk=claim.organisation_id)
    current = AccreditationClaim.objects.select_for_update().get(pk=claim.pk)
    if current.state != AccreditationClaim.State.PENDING:
        return False
    current.organisation = organisation
    described = current.changes()  # before the confirmed values change
    changes = {
        field: [_audit_value(getattr(organisation, field)), _audit_value(value)]
        for field, value in current.claimed().items()
    }
    if to_state == AccreditationClaim.State.CONFIRMED:
        for field, value in current.claimed().items():
            setattr(organisation, field, value)
        if current.evidence:
            organisation.accreditation_evidence = current.evidence.name
        organisation.save()
    current.state = to_state
    current.decided_by, current.decided_at = by, timezone.now()
    current.reason = (reason or "").strip()
    current.save(update_fields=["state", "decided_by", "decided_at", "reason"])
    claim.state, claim.reason = current.state, current.reason
    record_change(
        organisation,
        by=by,
        action=f"accreditation_{to_state}",
        from_state=AccreditationClaim.State.PENDING,
        to_state=to_state,
        reason=current.reason,
        changes=changes,
    )
    context = {"organisation": organisation, "changes": described, "reason": current.reason}
    transaction.on_commit(lambda: notify(administrators_of(organisation), template, context))
    return True


@transaction.atomic
def resubmit_organisation(*, organisation: Organisation, by: User) -> bool:
    """A rejected organisation, corrected by its administrators, asks to be verified again.
    Only the secretariat decides; this puts the record back in its queue."""
    _require_administrator(organisation, by)
    current = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if current.verification != Verification.REJECTED:
        return False
    current.verification = Verification.PENDING
    current.save(update_fields=["verification", "updated_at"])
    organisation.verification = current.verification
    record_change(
        current,
        by=by,
        action="resubmitted",
        from_state=Verification.REJECTED,
        to_state=Verification.PENDING,
    )
    _notify_secretariat(current, resubmitted=True)
    return True


def verify_organisation(*, organisation: Organisation, by: User, reason: str = "") -> bool:
    """The secretariat verifies an organisation: it enters the public directory. Returns
    whether anything changed (an organisation already verified stays as it is)."""
    return _decide(
        organisation,
        by=by,
        to_state=Verification.VERIFIED,
        reason=reason,
        template="stakeholders_organisation_verified",
    )


def reject_organisation(*, organisation: Organisation, by: User, reason: str) -> bool:
    """The secretariat rejects an organisation, saying why to its administrators."""
    if not (reason or "").strip():
        raise ValidationError(
            _("Give the reason for the rejection: the organisation’s administrators will read it."),
            code="reason_required",
        )
    return _decide(
        organisation,
        by=by,
        to_state=Verification.REJECTED,
        reason=reason,
        template="stakeholders_organisation_rejected",
    )


@transaction.atomic
def _decide(organisation, *, by, to_state: str, reason: str, template: str) -> bool:
    if not is_secretariat(by):
        raise PermissionDenied("Only the secretariat verifies organisations.")
    current = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if current.verification == to_state:
        return False
    from_state = current.verification
    current.verification = to_state
    current.verification_reason = (reason or "").strip()
    current.save(update_fields=["verification", "verification_reason", "updated_at"])
    organisation.verification = current.verification
    organisation.verification_reason = current.verification_reason
    record_change(
        current,
        by=by,
        action=to_state,
        from_state=from_state,
        to_state=to_state,
        reason=current.verification_reason,
    )
    context = {"organisation": current, "reason": current.verification_reason}
    notify(administrators_of(current), template, context)
    return True


# --- Memberships ----------------------------------------------------------------------------


@transaction.atomic
def request_membership(*, organisation: Organisation, by: User) -> Membership:
    """Ask to join an organisation; its administrators approve or decline."""
    if organisation.verification == Verification.REJECTED:
        raise ValidationError(
            _("This organisation cannot be joined."), code="organisation_rejected"
        )
    membership, created = Membership.objects.select_for_update().get_or_create(
        user=by, organisation=organisation
    )
    if not created:
        if membership.state == Membership.State.ACTIVE:
            raise ValidationError(
                _("You are already a member of %(organisation)s."),
                code="already_member",
                params={"organisation": organisation.name},
            )
        if membership.state == Membership.State.REQUESTED:
            return membership  # asked already: the administrators have been told
        membership.state = Membership.State.REQUESTED
        membership.role = Membership.Role.MEMBER
        membership.decided_by = None
        membership.decided_at = None
        membership.save()
    record_change(membership, by=by, action="membership_requested", to_state=membership.state)
    context = {"organisation": organisation, "person": by}
    notify(administrators_of(organisation), "stakeholders_membership_requested", context)
    return membership


def approve_membership(*, membership: Membership, by: User) -> Membership:
    return _decide_membership(
        membership,
        by=by,
        state=Membership.State.ACTIVE,
        template="stakeholders_membership_approved",
    )


def decline_membership(*, membership: Membership, by: User) -> Membership:
    return _decide_membership(
        membership,
        by=by,
        state=Membership.State.DECLINED,
        template="stakeholders_membership_declined",
    )


@transaction.atomic
def _decide_membership(membership, *, by, state: str, template: str) -> Membership:
    _require_administrator(membership.organisation, by)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.state != Membership.State.REQUESTED:
        raise ValidationError(_("This request has already been answered."), code="already_decided")
    membership.state = state
    membership.decided_by = by
    membership.decided_at = timezone.now()
    membership.save(update_fields=["state", "decided_by", "decided_at"])
    record_change(
        membership,
        by=by,
        action=f"membership_{state}",
        from_state=Membership.State.REQUESTED,
        to_state=state,
    )
    context = {"organisation": membership.organisation}
    notify([membership.user], template, context)
    return membership


@transaction.atomic
def change_member_role(*, membership: Membership, role: str, by: User) -> Membership:
    """Make an active member an administrator, or an administrator a member."""
    _require_administrator(membership.organisation, by)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.state != Membership.State.ACTIVE or role not in Membership.Role.values:
        raise ValidationError(_("Only active members have a role."), code="not_active")
    if membership.role == role:
        return membership
    if membership.role == Membership.Role.ADMINISTRATOR:
        _keep_an_administrator(membership)
    from_role = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    record_change(membership, by=by, action="role_changed", from_state=from_role, to_state=role)
    return membership


@transaction.atomic
def remove_member(*, membership: Membership, by: User) -> None:
    """An administrator takes someone out of the organisation."""
    _require_administrator(membership.organisation, by)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.state == Membership.State.ACTIVE and (
        membership.role == Membership.Role.ADMINISTRATOR
    ):
        _keep_an_administrator(membership)
    record_change(membership, by=by, action="member_removed", from_state=membership.state)
    membership.delete()


@transaction.atomic
def leave_organisation(*, organisation: Organisation, by: User) -> None:
    """A member leaves. The last administrator must first hand the role to someone else."""
    membership = (
        Membership.objects.active()
        .select_for_update()
        .filter(user=by, organisation=organisation)
        .first()
    )
    if membership is None:
        raise ValidationError(
            _("You are not a member of %(organisation)s."),
            code="not_member",
            params={"organisation": organisation.name},
        )
    if membership.role == Membership.Role.ADMINISTRATOR:
        _keep_an_administrator(membership)
    record_change(membership, by=by, action="member_left", from_state=membership.state)
    membership.delete()


# --- Helpers --------------------------------------------------------------------------------


def unique_slug(name: str, acronym: str = "") -> str:
    base = (slugify(name) or slugify(acronym) or "organisation")[:200].strip("-")
    if base in RESERVED_SLUGS:
        base = f"{base}-organisation"
    slug, number = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


def _notify_secretariat(organisation: Organisation, *, resubmitted: bool) -> None:
    context = {"organisation": organisation, "resubmitted": resubmitted}
    notify(secretariat_members(), "stakeholders_organisation_registered", context)


def _require_administrator(organisation: Organisation, user: User) -> None:
    if not can_run_organisation(user, organisation):
        raise PermissionDenied("Only the organisation's administrators may do this.")


def _keep_an_administrator(leaving: Membership) -> None:
    administrators = list(
        Membership.objects.administrators()
        .select_for_update()
        .filter(organisation_id=leaving.organisation_id)
        .exclude(pk=leaving.pk)
    )
    if not administrators:
        raise ValidationError(
            _(
                "%(organisation)s needs at least one administrator: make another member an "
                "administrator first."
            ),
            code="last_administrator",
            params={"organisation": leaving.organisation.name},
        )


def _apply(organisation: Organisation, data: dict) -> None:
    for field in ORGANISATION_FIELDS:
        if field not in data:
            continue
        value = data[field]
        if field == "accreditation_evidence":
            if value is False:  # "clear" ticked
                organisation.accreditation_evidence = None
            elif isinstance(value, UploadedFile):
                organisation.accreditation_evidence = value
            continue
        if isinstance(value, str):
            value = value.strip()
        setattr(organisation, field, value)


def _original_language(organisation: Organisation, preferred: str | None) -> str:
    preferred = (preferred or get_language() or settings.LANGUAGE_CODE)[:2]
    filled = [code for code in LANGUAGE_CODES if getattr(organisation, f"description_{code}")]
    if preferred in filled or not filled:
        return preferred if preferred in LANGUAGE_CODES else settings.LANGUAGE_CODE
    return filled[0]


def _audit_value(value):
    if isinstance(value, FieldFile):
        return value.name or ""
    if value is None or isinstance(value, bool | int):
        return value
    return str(value)
