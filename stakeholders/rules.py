"""Who people are to the portal: the secretariat, coordinators, and the members and administrators
of organisations. Each rule is said once here, as a django-rules predicate, and used by the views,
templates, admin and services of every app (each app's own rules.py builds on these).

Roles are Django groups, so the secretariat can grant them in the admin.
"""

import rules
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from .models import Membership, Organisation, User

SECRETARIAT = "secretariat"
COORDINATORS = "coordinators"

SUPERUSER_ONLY_PERMISSIONS = ("add_user", "change_user", "delete_user")

# Apps whose records the secretariat moderates and translates in the admin.
SECRETARIAT_APPS = (
    "gcm",
    "stakeholders",
    "consultations",
    "pledges",
    "engagement",
    "reports",
    "common",
)


# --- Roles ----------------------------------------------------------------------------------


@rules.predicate
def is_secretariat(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or (user.is_staff and _in_group(user, SECRETARIAT))


@rules.predicate
def is_coordinator(user) -> bool:
    return user.is_authenticated and _in_group(user, COORDINATORS)


def _in_group(user, name: str) -> bool:
    if not hasattr(user, "_portal_group_names"):
        user._portal_group_names = set(user.groups.values_list("name", flat=True))
    return name in user._portal_group_names


can_use_reports = is_coordinator | is_secretariat


@rules.predicate
def needs_second_factor(user) -> bool:
    """Whoever can reach the admin or the reports: staff (the admin lets them in), anyone holding
    a permission of their own or through a group, coordinators, the secretariat, superusers."""
    if not user.is_authenticated:
        return False
    # Cheapest first, for the plain stakeholders who make most requests: two attributes, the
    # group names (kept on the user for the page's other role checks), then one query.
    return user.is_superuser or user.is_staff or can_use_reports(user) or holds_any_permission(user)


def holds_any_permission(user) -> bool:
    """Any model permission, given to the person or to one of their groups: what
    `user.get_all_permissions()` would list, asked in one EXISTS query instead of loading it all
    on every request of every signed-in person."""
    return Permission.objects.filter(Q(user=user) | Q(group__user=user)).exists()


@rules.predicate
def has_verified_email(user) -> bool:
    """The person's primary e-mail address is verified: the condition, checked by
    `decorators.verified_email_required` in front of every page where a person acts as a
    stakeholder, for acting in an organisation's name. The rules below leave it to that page."""
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, primary=True, verified=True).exists()


# --- Organisations --------------------------------------------------------------------------


@rules.predicate
def organisation_is_verified(user, organisation) -> bool:
    return organisation is not None and organisation.is_verified


@rules.predicate
def is_member_of(user, organisation) -> bool:
    """An active member of the organisation, in any role (its administrators too)."""
    if not user.is_authenticated or organisation is None:
        return False
    return Membership.objects.active().filter(user=user, organisation=organisation).exists()


# Who may act for the organisation (register for events, send inputs, pledge, take part online).
is_member_of_verified = organisation_is_verified & is_member_of


@rules.predicate
def is_administrator_of(user, organisation) -> bool:
    """An active administrator of the organisation, with an active account: edits it, decides on
    its members, and is told of the secretariat's decisions (`administrators_of`)."""
    if not user.is_authenticated or organisation is None:
        return False
    return Membership.objects.administrators().filter(user=user, organisation=organisation).exists()


@rules.predicate
def acts_for_a_verified_organisation(user) -> bool:
    """An active member of at least one verified organisation (`Organisation.objects.acting_for`
    lists them)."""
    if not user.is_authenticated:
        return False
    return Organisation.objects.acting_for(user).exists()


# Changes an organisation's record and members: its administrators, and the secretariat.
can_run_organisation = is_administrator_of | is_secretariat


# --- The people a role names, for e-mails ---------------------------------------------------


def administrators_of(organisation: Organisation):
    """The people `is_administrator_of` holds for, with their profiles (for their language)."""
    administrators = Membership.objects.administrators().filter(organisation=organisation)
    return (
        User.objects.filter(memberships__in=administrators).select_related("profile").order_by("pk")
    )


def secretariat_members():
    """The people the secretariat's e-mails go to: the active staff in its group, those for whom
    `is_secretariat` holds as members. Superusers outside the group may act as the secretariat
    (they may do anything) but are not mailed: they are the accounts of whoever runs the
    deployment, not of the secretariat's desk."""
    return (
        User.objects.filter(is_active=True, is_staff=True, groups__name=SECRETARIAT)
        .select_related("profile")
        .distinct()
        .order_by("pk")
    )


# --- Rules by name: for templates (`{% has_perm %}`), `user.has_perm`, admin and querysets ----

rules.add_perm("portal.use_reports", can_use_reports)
# Named apart from Django's model permissions (change_organisation...), which the admin checks.
rules.add_perm("stakeholders.manage_organisation", is_administrator_of)
rules.add_perm("stakeholders.verify_organisation", is_secretariat)
rules.add_perm("stakeholders.view_every_organisation", is_secretariat)
rules.add_perm("common.use_translation_queue", is_secretariat)


def ensure_role_groups(**kwargs) -> None:
    """Create the role groups and give the secretariat the permissions on the portal's records."""
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    Group.objects.get_or_create(name=COORDINATORS)
    permissions = Permission.objects.filter(content_type__app_label__in=SECRETARIAT_APPS).exclude(
        # Accounts stay with superusers: whoever may change a user may make them a superuser.
        codename__in=SUPERUSER_ONLY_PERMISSIONS
    )
    secretariat.permissions.set(permissions)
