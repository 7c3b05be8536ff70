"""The portal's roles: who is the secretariat, who is a coordinator.

Roles are Django groups, so the secretariat can grant them in the admin. Rules predicates make
them usable in views, templates and `user.has_perm`.
"""

import rules
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

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


@rules.predicate
def is_member_of(user, organisation) -> bool:
    """An active member of the organisation, in any role."""
    if not user.is_authenticated or organisation is None:
        return False
    from .models import Membership

    return Membership.objects.active().filter(user=user, organisation=organisation).exists()


@rules.predicate
def is_administrator_of(user, organisation) -> bool:
    """An active administrator of the organisation: edits it and decides on its members."""
    if not user.is_authenticated or organisation is None:
        return False
    from .models import Membership

    return Membership.objects.administrators().filter(user=user, organisation=organisation).exists()


can_use_reports = is_coordinator | is_secretariat
rules.add_perm("portal.use_reports", can_use_reports)

# Named apart from Django's model permissions (change_organisation...), which the admin checks.
rules.add_perm("stakeholders.manage_organisation", is_administrator_of)
rules.add_perm("stakeholders.verify_organisation", is_secretariat)
# Asked by name in querysets (Organisation.objects.visible_to), which import no rule.
rules.add_rule("view_every_organisation", is_secretariat)
rules.add_perm("common.use_translation_queue", is_secretariat)


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


def ensure_role_groups(**kwargs) -> None:
    """Create the role groups and give the secretariat the permissions on the portal's records."""
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    Group.objects.get_or_create(name=COORDINATORS)
    permissions = Permission.objects.filter(content_type__app_label__in=SECRETARIAT_APPS).exclude(
        # Accounts stay with superusers: whoever may change a user may make them a superuser.
        codename__in=SUPERUSER_ONLY_PERMISSIONS
    )
    secretariat.permissions.set(permissions)
