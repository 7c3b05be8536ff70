"""The demo content of `manage.py load_demo`: demo/data/*.yaml written idempotently.

The files hold the content, texts as {en, ar, fr} maps and records keyed by slugs and objective
numbers. This module holds only what must be code: dates relative to today, and the changes of
state that bring each record to the state its file gives.
"""

from functools import cache
from importlib import import_module
from pathlib import Path

import yaml
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from modeltranslation.translator import translator

# Every model the demo writes is imported here.
from imrf_portal.audit import record_change
from stakeholders.models import Membership, Organisation, Profile, User, Verification

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "ar", "fr")
CHANGE = ("action", "from_state", "to_state", "reason")  # an entry of a record's history


def read(name: str):
    """The content of demo/data/<name>.yaml."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def load(stdout) -> None:
    """Everything, in the order the apps depend on each other."""
    load_accounts(stdout)
    # The rest is still written by those apps' own demo modules.
    for module in ("consultations.demo", "pledges.demo", "engagement.demo"):
        import_module(module).load(stdout)


# --- Shared ---------------------------------------------------------------------------------


def _translate(record, field: str, text: dict | None, *, only_given: bool = False) -> None:
    """`field_en`, `field_ar`, `field_fr` from a {en, ar, fr} map. A language the map lacks is
    blanked, or with `only_given` left as it is (untranslated)."""
    for language in LANGUAGES:
        if language in (text or {}) or not only_given:
            setattr(record, f"{field}_{language}", (text or {}).get(language, ""))


def _history(record, *changes, by=None) -> None:
    """How `record` came to its state, each change an (action, from_state, to_state[, reason])."""
    for change in changes:
        record_change(record, by=by, **dict(zip(CHANGE, change, strict=False)))


@cache
def _translated_fields(model) -> frozenset:
    return frozenset(translator.get_options_for_model(model).fields)


def _fill(record, fields: dict) -> None:
    """Maps for translated fields, other values as they are. A `source` says where the content
    comes from and is not stored."""
    for name, value in fields.items():
        if name in _translated_fields(type(record)):
            _translate(record, name, value)
        elif name != "source":
            record._meta.get_field(name)  # a misspelt field in a data file fails here
            setattr(record, name, value)


def _user(email: str) -> User:
    return User.objects.get(email=email)


# --- Accounts and organisations -------------------------------------------------------------


@cache
def _organisations_file() -> dict:
    return read("organisations")


def organisation_entries() -> dict[str, dict]:
    """The demo's organisations by slug: the one list every part of the demo draws on."""
    return {entry["slug"]: entry for entry in _organisations_file()["organisations"]}


def organisation(slug: str) -> Organisation:
    """The organisation `slug`, created from organisations.yaml if the database lacks it."""
    return Organisation.objects.filter(slug=slug).first() or _create_organisation(slug)


def _create_organisation(slug: str) -> Organisation:
    entry = organisation_entries()[slug]
    fields = {name: value for name, value in entry.items() if name not in ("led", "registered")}
    created = Organisation(verification=Verification.VERIFIED)
    _fill(created, fields | {f"{kind}_led": True for kind in entry.get("led", [])})
    created.save()
    if entry.get("registered", True):
        _history(created, ("registered", "", Verification.PENDING))
        if created.verification != Verification.PENDING:
            decided_by = User.objects.filter(email=_organisations_file()["decided_by"]).first()
            decision = (created.verification, Verification.PENDING, created.verification)
            _history(created, (*decision, created.verification_reason), by=decided_by)
    return created


def load_accounts(stdout) -> None:
    """One account per role, with the passwords the README lists; the organisations; the
    accounts' memberships."""
    data = read("accounts")
    for account in data["accounts"]:
        email = account["email"]
        user, created = User.objects.get_or_create(
            email=email, defaults={"username": email.split("@")[0]}
        )
        user.first_name, user.last_name = account["first_name"], account["last_name"]
        user.is_staff = account.get("staff", False)
        user.is_superuser = account.get("superuser", False)
        if created:
            user.set_password(account["password"])
        user.save()
        user.groups.set(Group.objects.filter(name__in=account.get("groups", [])))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        Profile.objects.get_or_create(
            user=user,
            defaults={
                "full_name": f"{user.first_name} {user.last_name}",
                "title": account["title"],
                "preferred_language": account["language"],
            },
        )
    new = set(organisation_entries()) - set(Organisation.objects.values_list("slug", flat=True))
    for slug in organisation_entries():
        organisation(slug)
    for membership in data["memberships"]:
        Membership.objects.get_or_create(
            user=_user(membership["account"]),
            organisation=organisation(membership["organisation"]),
            defaults={"role": membership["role"], "state": membership["state"]},
        )
    stdout.write(
        f"{len(data['accounts'])} demo accounts, "
        f"{len(organisation_entries())} demo organisations ({len(new)} new)."
    )
