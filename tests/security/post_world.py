"""The world of the POST matrices (test_post_matrix.py, test_admin_post_matrix.py): the GET
matrix's world, two more people, an object in the state each action acts from, the forms that a
person allowed to act sends, and how a POST is made, undone and judged."""

import copy
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from consultations.models import Event, Input
from engagement.models import Contribution, Practice
from gcm.models import Objective, RoundTable
from pledges.models import Pledge
from reports.models import Report
from stakeholders.models import AccreditationClaim, Membership, Organisation, Verification
from stakeholders.rules import SECRETARIAT
from tests.engagement.factories import ContributionFactory
from tests.factories import (
    PLEDGE_DESCRIPTION,
    EventFactory,
    MembershipFactory,
    OrganisationFactory,
    PledgeFactory,
    UserFactory,
)
from tests.mfa import give_totp
from tests.security.snapshot import changes, snapshot
from tests.security.world import PERSONAS, World, build_world

# The GET matrix's personas, and two more: the administrator of the migrant-led organisation C
# that organisation A offers a seat to (who may answer the offer), and a staff account holding
# the secretariat's permissions on the portal's records without being in its group (as a
# superuser might set one up for a translator): it may edit records, but decide nothing.
POST_PERSONAS = [*PERSONAS, "admin_c", "staff"]


def build_stage() -> World:
    """The GET matrix's world, and what the POSTs need on top: something for each action to
    act on, in the state it acts from."""
    world = build_world()
    people, kwargs = world.people, world.kwargs
    org_a = Organisation.objects.get(slug="org-a")
    people["admin_c"] = Membership.objects.get(
        organisation__slug="org-c", role=Membership.Role.ADMINISTRATOR
    ).user
    people["staff"] = give_totp(UserFactory(is_staff=True))  # the admin asks a second factor
    people["staff"].user_permissions.set(Group.objects.get(name=SECRETARIAT).permissions.all())
    OrganisationFactory(slug="org-d", name="Organisation D", migrant_led=True)  # a seat to give
    rejected = OrganisationFactory(slug="org-rejected", verification=Verification.REJECTED)
    MembershipFactory(
        organisation=rejected, user=people["admin_a"], role=Membership.Role.ADMINISTRATOR
    )
    pending = OrganisationFactory(slug="org-pending", verification=Verification.PENDING)
    claim = AccreditationClaim.objects.create(
        organisation=Organisation.objects.get(slug="org-b"), migrant_led=True
    )
    published = PledgeFactory(organisation=org_a, state=Pledge.State.PUBLISHED)
    submitted = PledgeFactory(organisation=org_a, state=Pledge.State.SUBMITTED)
    contribution = Contribution.objects.get(pk=kwargs["contribution"]["pk"])
    hidden = ContributionFactory(
        discussion=contribution.discussion,
        organisation=org_a,
        author=people["member_a"],
        hidden_at=timezone.now(),
        hidden_by=people["secretariat"],
        hidden_reason="Off topic.",
    )
    planned = EventFactory(slug="planned-event", state=Event.State.PLANNED)
    held = EventFactory(slug="held-event", state=Event.State.HELD)
    failed = Report.objects.create(
        kind=Report.Kind.ROUND_TABLE_BRIEFING,
        round_table=RoundTable.objects.get(forum__slug="imrf-2022", number=2),
        language="en",
        state=Report.State.FAILED,
        requested_by=people["coordinator"],
    )
    kwargs.update(
        {
            "rejected_org": {"slug": rejected.slug},
            "active_membership": {
                "slug": org_a.slug,
                "pk": Membership.objects.get(organisation=org_a, user=people["member_a"]).pk,
            },
            "published_pledge": {"pk": published.pk},
            "failed_report": {"pk": failed.pk},
            # Objects of the admin's decisions and actions.
            "submitted_pledge": {"pk": submitted.pk},
            "pending_org": {"pk": pending.pk},
            "hidden_contribution": {"pk": hidden.pk},
            "pledge_decision": {"object_id": submitted.pk, "decision": "publish"},
            "input_decision": {"object_id": kwargs["input"]["pk"], "decision": "publish"},
            "practice_decision": {"object_id": kwargs["practice"]["pk"], "decision": "publish"},
            "contribution_decision": {
                "object_id": kwargs["contribution"]["pk"],
                "decision": "hide",
            },
            "organisation_decision": {"object_id": pending.pk, "decision": "verify"},
            "pending_claim": {"pk": claim.pk},
            "claim_decision": {"object_id": claim.pk, "decision": "confirm"},
            "unverified_address": {"pk": EmailAddress.objects.get(user=people["unverified"]).pk},
            "planned_event": {"pk": planned.pk},
            "open_event": {"pk": Event.objects.get(slug=kwargs["event"]["slug"]).pk},
            "held_event": {"pk": held.pk},
        }
    )
    return world


# --- The forms an allowed person sends -----------------------------------------------------------


def org_a_pk() -> int:
    return Organisation.objects.get(slug="org-a").pk


def objective_pk(number: int) -> int:
    return Objective.objects.get(number=number).pk


def input_form(world) -> dict:
    return {
        "organisation": org_a_pk(),
        "kind": Input.Kind.RECOMMENDATION,
        "title": "Fair recruitment",
        "text": "Abolish recruitment fees charged to migrant workers.",
        "objectives": [objective_pk(6)],
        "language": "en",
    }


def contribution_form(world) -> dict:
    return {"organisation": org_a_pk(), "body": "Recruitment fees must go.", "language": "en"}


def practice_form(world) -> dict:
    return {
        "organisation": org_a_pk(),
        "language": "en",
        "title": "Legal clinics for domestic workers",
        "description": "Weekly clinics with volunteer lawyers.",
        "results": "Three hundred cases resolved in a year.",
        "kind": Practice.Kind.RIGHTS,
        "objectives": [objective_pk(6)],
        "countries": ["JO"],
        "started_on": "2021-01-01",
        "evidence_url": "https://clinics.example.org/evaluation",
    }


def organisation_form(world) -> dict:
    return {
        "name": "Association for Migrant Domestic Workers",
        "acronym": "AMDW",
        "group": "migrants",
        "country": "JO",
        "city": "Amman",
        "description_en": "Migrant domestic workers organising for their rights.",
        "migrant_led": "on",
        "ecosoc_status": "none",
        "imrf_accreditation": "not_requested",
    }


def organisation_a_form(world) -> dict:
    """Organisation A's record with a new description (its evidence is already attached)."""
    return {
        **organisation_form(world),
        "name": "Organisation A",
        "ecosoc_status": "special",
        "description_en": "A new description of Organisation A.",
    }


def pledge_form(world) -> dict:
    return {
        "organisation": org_a_pk(),
        "language": "en",
        "title": "Fair recruitment hotline",
        "description": PLEDGE_DESCRIPTION,
        "kind": Pledge.Kind.TECHNICAL_CAPACITY,
        "objectives": [objective_pk(6)],
        "countries": ["JO"],
        "start_date": "2022-06-01",
        "end_date": "2024-06-01",
        "contact_name": "Rania Saleh",
        "contact_email": "rania@example.org",
    }


NEW_PASSWORD = "another-long-test-password-43"


# --- Making a POST and judging its answer ------------------------------------------------------

# What a POST did, besides a status code.
DONE = "done"  # the action happened: the route's model changed
LOGIN = "login"  # nothing changed; sent to the sign-in page
VERIFY = "verify"  # nothing changed; sent to the e-mail page to verify the address first
BACK = "back"  # nothing changed; sent back to a page that says why (or has nothing to do)


@dataclass(frozen=True)
class Post:
    answers: tuple  # per POST_PERSONAS: DONE, LOGIN, VERIFY, BACK or a status code
    data: Callable[[World], dict] | None = None  # the form an allowed person sends
    changes: str = ""  # the model whose rows a DONE changes (its label)
    target: str | None = None  # the world.kwargs key reached, when not the GET matrix's


def post_and_undo(client, path: str, data: dict, before: dict):
    """POSTs, notes what changed in the database, then undoes it (the session's cookie too)."""
    cookies = copy.deepcopy(client.cookies)
    with transaction.atomic():
        response = client.post(path, data)
        changed = changes(before, snapshot())
        transaction.set_rollback(True)
    client.cookies = cookies
    return response, changed


def answer_to(response, changed) -> str | int:
    if changed:
        return DONE
    if response.status_code == 302:
        location = urlsplit(response["Location"]).path
        if location in ("/en/accounts/login/", "/admin/login/"):
            return LOGIN
        if location == "/en/accounts/email/":
            return VERIFY
        return BACK
    return response.status_code


def problem_with(expected, response, changed, entry) -> str | None:
    """What is wrong with the answer to one POST, in words (None: nothing)."""
    answer = answer_to(response, changed)
    if response.status_code >= 500:
        return f"server error {response.status_code}"
    if answer != expected:
        return f"{answer}, expected {expected}" + (f" (changed {changed})" if changed else "")
    if answer == DONE and (entry.changes not in changed or response.status_code >= 400):
        return f"{response.status_code}, changed {changed}; expected a change of {entry.changes}"
    return None
