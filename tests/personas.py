"""The personas every rules test asks about (tests/<app>/test_rules.py): a verified organisation,
one awaiting verification, and ten people in every relation to them and to the portal."""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser

from stakeholders.models import Organisation
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    administrator_of,
    coordinator_user,
    member_of,
    secretariat_user,
)

PERSONAS = (
    "anonymous",
    "unverified_email",  # an active member of the verified organisation, address not verified
    "stakeholder",  # signed up, in no organisation
    "member",  # of the verified organisation
    "member_of_unverified",  # of the organisation awaiting verification only
    "administrator",  # of the verified organisation
    "inactive_administrator",  # of the verified organisation, account switched off
    "secretariat",
    "coordinator",
    "superuser",
)

# Who is an active member of the verified organisation, whatever else they are.
MEMBERS = {"unverified_email", "member", "administrator", "inactive_administrator"}
SECRETARIAT = {"secretariat", "superuser"}


@dataclass
class Personas:
    organisation: Organisation  # verified
    unverified: Organisation  # awaiting verification
    people: dict

    def __getitem__(self, name: str):
        return self.people[name]


def build_personas() -> Personas:
    organisation = OrganisationFactory(name="Verified Network")
    unverified = OrganisationFactory(name="Network Awaiting Verification", verification="pending")
    return Personas(
        organisation=organisation,
        unverified=unverified,
        people={
            "anonymous": AnonymousUser(),
            "unverified_email": member_of(organisation, user__verified=False),
            "stakeholder": UserFactory(),
            "member": member_of(organisation),
            "member_of_unverified": member_of(unverified),
            "administrator": administrator_of(organisation),
            "inactive_administrator": administrator_of(organisation, user__is_active=False),
            "secretariat": secretariat_user(totp=False),
            "coordinator": coordinator_user(totp=False),
            "superuser": UserFactory(is_staff=True, is_superuser=True),
        },
    )
