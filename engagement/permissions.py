"""Who may take part online: active members of verified organisations; who moderates: the
secretariat. Views and services ask these questions in the same words."""

from django.contrib.auth.models import Group, Permission

from stakeholders.models import Organisation
from stakeholders.roles import SECRETARIAT, is_secretariat

__all__ = ["acting_organisations", "can_act_for", "can_take_part", "is_secretariat"]


def acting_organisations(user):
    """The verified organisations `user` is an active member of (and may speak for)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    members = Organisation.objects.verified().with_member(user).values("pk")
    return Organisation.objects.filter(pk__in=members).order_by("name")


def can_take_part(user) -> bool:
    return acting_organisations(user).exists()


def can_act_for(user, organisation) -> bool:
    return acting_organisations(user).filter(pk=organisation.pk).exists()


def grant_secretariat_permissions(**kwargs) -> None:
    """The secretariat group may manage every record of this app in the admin."""
    group, _created = Group.objects.get_or_create(name=SECRETARIAT)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="engagement"))
