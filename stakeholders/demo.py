"""Demo people and organisations: one account per role, with the passwords the README lists,
and some forty organisations in every verification state."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from common.audit import record_change

from .demo_organisations import ORGANISATIONS
from .models import Membership, Organisation, Profile, User, Verification
from .rules import COORDINATORS, SECRETARIAT

# (e-mail, password, first name, last name, staff, superuser, groups)
DEMO_USERS = [
    ("admin@imrf-portal.example", "demo-admin-2022", "Ada", "Admin", True, True, []),
    (
        "secretariat@imrf-portal.example",
        "demo-secretariat-2022",
        "Samira",
        "Haddad",
        True,
        False,
        [SECRETARIAT],
    ),
    (
        "coordinator@imrf-portal.example",
        "demo-coordinator-2022",
        "Colette",
        "Martin",
        False,
        False,
        [COORDINATORS],
    ),
    ("member@imrf-portal.example", "demo-member-2022", "Karim", "Mansour", False, False, []),
    ("orgadmin@imrf-portal.example", "demo-orgadmin-2022", "Leila", "Benali", False, False, []),
]


# Each demo person's profile: title and preferred language.
DEMO_PROFILES = {
    "admin@imrf-portal.example": ("Portal administrator", "en"),
    "secretariat@imrf-portal.example": ("Civil Society Liaison, UN Network on Migration", "en"),
    "coordinator@imrf-portal.example": ("Regional Coordinator", "fr"),
    "member@imrf-portal.example": ("Programme Officer", "ar"),
    "orgadmin@imrf-portal.example": ("Regional Coordinator", "fr"),
}

# (person, organisation, role, state)
DEMO_MEMBERSHIPS = [
    ("orgadmin@imrf-portal.example", "migrant-forum-in-asia", "administrator", "active"),
    ("member@imrf-portal.example", "migrant-forum-in-asia", "member", "active"),
    ("orgadmin@imrf-portal.example", "gulf-domestic-workers-network", "administrator", "active"),
    ("member@imrf-portal.example", "gulf-domestic-workers-network", "member", "requested"),
]


def load(stdout) -> None:
    for email, password, first, last, staff, superuser, groups in DEMO_USERS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"username": email.split("@")[0]}
        )
        user.first_name, user.last_name = first, last
        user.is_staff, user.is_superuser = staff, superuser
        if created:
            user.set_password(password)
        user.save()
        user.groups.set(Group.objects.filter(name__in=groups))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        title, language = DEMO_PROFILES[email]
        Profile.objects.get_or_create(
            user=user,
            defaults={
                "full_name": f"{first} {last}",
                "title": title,
                "preferred_language": language,
            },
        )
    stdout.write(f"{len(DEMO_USERS)} demo accounts.")
    _load_organisations(stdout)


def _load_organisations(stdout) -> None:
    secretariat = User.objects.get(email="secretariat@imrf-portal.example")
    created = 0
    for entry in ORGANISATIONS:
        translations = [code for code in ("ar", "fr") if entry.get(code)]
        organisation, is_new = Organisation.objects.get_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "acronym": entry.get("acronym", ""),
                "group": entry["group"],
                "country": entry["country"],
                "city": entry.get("city", ""),
                "website": entry.get("website", ""),
                "migrant_led": "migrant" in entry.get("led", ()),
                "women_led": "women" in entry.get("led", ()),
                "youth_led": "youth" in entry.get("led", ()),
                "ecosoc_status": entry.get("ecosoc", "none"),
                "imrf_accreditation": entry.get("imrf", "not_requested"),
                "verification": entry.get("verification", Verification.VERIFIED),
                "verification_reason": entry.get("reason", ""),
                "original_language": "en",
                "working_translations": translations,
                "description_en": entry["en"],
                "description_ar": entry.get("ar", ""),
                "description_fr": entry.get("fr", ""),
            },
        )
        if is_new:
            created += 1
            record_change(organisation, by=None, action="registered", to_state="pending")
            if organisation.verification != Verification.PENDING:
                record_change(
                    organisation,
                    by=secretariat,
                    action=organisation.verification,
                    from_state=Verification.PENDING,
                    to_state=organisation.verification,
                    reason=organisation.verification_reason,
                )
    for email, slug, role, state in DEMO_MEMBERSHIPS:
        Membership.objects.get_or_create(
            user=User.objects.get(email=email),
            organisation=Organisation.objects.get(slug=slug),
            defaults={"role": role, "state": state},
        )
    stdout.write(f"{len(ORGANISATIONS)} demo organisations ({created} new).")
