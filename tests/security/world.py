"""A small world for the permission matrices: two organisations, people in every role, and one
object of each kind the portal serves, some in reach of organisation A only."""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from consultations.models import EventDocument
from consultations.services import share_seat
from engagement.models import Practice, Survey
from gcm.models import RoundTable
from reports.models import Report
from tests.engagement.factories import ContributionFactory, DiscussionFactory, PracticeFactory
from tests.factories import (
    EventFactory,
    InputFactory,
    MembershipFactory,
    OrganisationFactory,
    PledgeFactory,
    RegistrationFactory,
    UserFactory,
    administrator_of,
    coordinator_user,
    member_of,
    secretariat_user,
)
from tests.mfa import give_totp
from tests.uploads import TINY_PDF

PDF = TINY_PDF  # a real PDF: a form that keeps the stored file checks it again

PERSONAS = [
    "anonymous",
    "unverified",
    "member_a",
    "admin_a",
    "member_b",
    "coordinator",
    "secretariat",
    "superuser",
]


@dataclass
class World:
    people: dict
    kwargs: dict  # URL name -> kwargs reaching an object of organisation A (or public)


def build_world() -> World:
    org_a = OrganisationFactory(slug="org-a", name="Organisation A", ecosoc_status="special")
    org_a.accreditation_evidence.save("letter.pdf", ContentFile(PDF), save=True)
    org_b = OrganisationFactory(slug="org-b", name="Organisation B")
    migrant_led = OrganisationFactory(slug="org-c", name="Organisation C", migrant_led=True)
    people = {
        "anonymous": None,
        "unverified": UserFactory(verified=False),
        "member_a": member_of(org_a),
        "admin_a": administrator_of(org_a),
        "member_b": member_of(org_b),
        "coordinator": coordinator_user(),
        "secretariat": secretariat_user(),
        "superuser": give_totp(UserFactory(is_staff=True, is_superuser=True)),
    }
    MembershipFactory(organisation=migrant_led, role="administrator")
    request = MembershipFactory(organisation=org_a, state="requested")
    event = EventFactory(slug="open-event")
    registration = RegistrationFactory(event=event, organisation=org_a, user=people["member_a"])
    seat = share_seat(
        event=event, from_organisation=org_a, to_organisation=migrant_led, by=people["admin_a"]
    )
    written = InputFactory(organisation=org_a, author=people["member_a"], event=event)
    draft = PledgeFactory(organisation=org_a, state="draft")
    draft.attachment.save("pledge.pdf", ContentFile(PDF), save=True)
    discussion = DiscussionFactory(slug="open-discussion")
    contribution = ContributionFactory(
        discussion=discussion, organisation=org_a, author=people["member_a"]
    )
    practice = PracticeFactory(organisation=org_a, state=Practice.State.SUBMITTED)
    practice.evidence_file.save("evidence.pdf", ContentFile(PDF), save=True)
    document = EventDocument.objects.create(event=event, title_en="Concept note")
    document.file_en.save("concept-note.pdf", ContentFile(PDF), save=True)
    report = Report.objects.create(
        kind=Report.Kind.ROUND_TABLE_BRIEFING,
        round_table=RoundTable.objects.get(forum__slug="imrf-2022", number=1),
        language="en",
        state=Report.State.DONE,
        pages=1,
        requested_by=people["coordinator"],
    )
    report.file.save("briefing.pdf", ContentFile(PDF), save=True)
    survey = Survey.objects.create(
        slug="world-survey",
        title_en="Survey on GCM implementation",
        opens_at=timezone.now() - timedelta(days=1),
        closes_at=timezone.now() + timedelta(days=30),
    )
    kwargs = {
        "org": {"slug": org_a.slug},
        "membership": {"slug": org_a.slug, "pk": request.pk},
        "event": {"slug": event.slug},
        "document": {"slug": event.slug, "pk": document.pk, "language": "en"},
        "registration": {"pk": registration.pk},
        "seat": {"pk": seat.pk},
        "input": {"pk": written.pk},
        "pledge": {"pk": draft.pk},
        "discussion": {"slug": discussion.slug},
        "contribution": {"slug": discussion.slug, "pk": contribution.pk},
        "practice": {"pk": practice.pk},
        "report": {"pk": report.pk},
        "survey": {"slug": survey.slug},
    }
    return World(people, kwargs)


def project_urls():
    """(route, name) of every URL the project serves, found from the resolver."""

    def walk(patterns, prefix="", namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                name = pattern.name and (
                    f"{namespace}:{pattern.name}" if namespace else pattern.name
                )
                yield prefix + str(pattern.pattern), name

    return list(walk(get_resolver().url_patterns))


# Which of the world's objects each URL with parameters is probed with (world.kwargs keys).
URL_KWARGS = {
    "consultations:input_create_for_round_table": {"forum": "imrf-2022", "number": 1},
    "consultations:event_detail": "event",
    "consultations:event_document": "document",
    "consultations:event_register": "event",
    "consultations:event_seats": "event",
    "consultations:input_create": "event",
    "consultations:registration_cancel": "registration",
    "consultations:seat_accept": "seat",
    "consultations:seat_decline": "seat",
    "consultations:seat_withdraw": "seat",
    "consultations:input_detail": "input",
    "engagement:discussion_detail": "discussion",
    "engagement:contribution_reply": "contribution",
    "engagement:discussion_follow": "discussion",
    "engagement:survey_detail": "survey",
    "engagement:survey_results": "survey",
    "engagement:survey_export_csv": "survey",
    "engagement:practice_detail": "practice",
    "engagement:practice_evidence": "practice",
    "stakeholders:organisation_detail": "org",
    "stakeholders:organisation_evidence": "org",
    "stakeholders:membership_request": "org",
    "stakeholders:organisation_edit": "org",
    "stakeholders:organisation_resubmit": "org",
    "stakeholders:organisation_leave": "org",
    "stakeholders:organisation_members": "org",
    "stakeholders:membership_approve": "membership",
    "stakeholders:membership_decline": "membership",
    "stakeholders:membership_role": "membership",
    "stakeholders:membership_remove": "membership",
    "pledges:pledge_detail": "pledge",
    "pledges:pledge_attachment": "pledge",
    "pledges:pledge_edit": "pledge",
    "pledges:pledge_submit": "pledge",
    "pledges:pledge_withdraw": "pledge",
    "pledges:progress_create": "pledge",
    "reports:report_detail": "report",
    "reports:report_status": "report",
    "reports:report_retry": "report",
    "reports:report_download": "report",
    "objective_detail": {"number": 6},
    "round_table_detail": {"forum": "imrf-2022", "number": 1},
}


# Routes written as regular expressions, probed with a made-up (invalid) key.
FIXED_PATHS = {
    "account_confirm_email": "/en/accounts/confirm-email/not-a-valid-key/",
    "account_reset_password_from_key": "/en/accounts/password/reset/key/1-not-a-valid-key/",
}


def path_for(route: str, name: str, world, source=None) -> str:
    """The route's path, reaching the object URL_KWARGS names (or `source`, a key of
    world.kwargs or the kwargs themselves)."""
    if name in FIXED_PATHS:
        return FIXED_PATHS[name]
    source = source or URL_KWARGS.get(name, {})
    kwargs = world.kwargs[source] if isinstance(source, str) else source
    path = "/" + route
    for key, value in kwargs.items():
        path = re.sub(rf"<(?:\w+:)?{key}>", str(value), path)
    assert "<" not in path, f"{name}: no object to probe {route} with"
    return path


def client_for(world, persona) -> Client:
    client = Client()
    if world.people[persona] is not None:
        client.force_login(world.people[persona])
    return client
