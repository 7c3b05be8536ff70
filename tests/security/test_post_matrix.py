"""Every URL the project serves, POSTed by every persona with the form an allowed person would
send: those who may not act get 403, 404, 405, a redirect (to sign in, to verify their address,
or back to a page saying why) or the form again with what is wrong, and the database is exactly
as it was (tests/security/snapshot.py); those who may, really change what the route is for.

The URLs come from the resolver, the admin's moderation actions from the admin site: a new one
fails `test_every_post_route_is_classified` until it is classified here. Each POST runs in a
savepoint rolled back afterwards, so that every POST meets the same world.
"""

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from consultations.models import RoundTable
from reports.models import Report
from stakeholders.models import Membership, Organisation
from tests.factories import PASSWORD
from tests.security.post_world import (
    NEW_PASSWORD,
    POST_PERSONAS,
    build_stage,
    contribution_form,
    input_form,
    org_a_pk,
    organisation_a_form,
    organisation_form,
    pledge_form,
    practice_form,
)
from tests.security.snapshot import changes, snapshot
from tests.security.world import World, client_for, path_for, project_urls

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


# Routes that change nothing for anyone: pages, lists, files, exports. A POST may get the page
# (200), 405, or the page's refusal, but never a change.
READ_ONLY = {
    "health",
    "home",
    "account_inactive",
    "account_email_verification_sent",
    "account_reset_password_done",
    "account_reset_password_from_key_done",
    "mfa_index",
    "mfa_view_recovery_codes",
    "mfa_download_recovery_codes",
    "consultations:round_table_list",
    "consultations:objective_list",
    "consultations:event_list",
    "consultations:event_detail",
    "consultations:event_document",
    "consultations:input_detail",
    "consultations:my_events",
    "consultations:my_inputs",
    "engagement:discussion_list",
    "engagement:survey_list",
    "engagement:survey_results",
    "engagement:survey_export_csv",
    "engagement:practice_list",
    "engagement:practice_detail",
    "engagement:practice_evidence",
    "engagement:my_contributions",
    "stakeholders:organisation_list",
    "stakeholders:organisation_join",
    "stakeholders:organisation_detail",
    "stakeholders:organisation_evidence",
    "stakeholders:organisation_members",
    "stakeholders:my_account",
    "pledges:pledge_list",
    "pledges:mine",
    "pledges:dashboard",
    "pledges:export_csv",
    "pledges:export_json",
    "pledges:pledge_detail",
    "pledges:pledge_attachment",
    "reports:report_list",
    "reports:report_detail",
    "reports:report_status",
    "reports:report_download",
    "translation_queue",
    "objective_detail",
    "round_table_detail",
}

# Personas, in the order of POST_PERSONAS:
# anonymous, unverified, member_a, admin_a, member_b, coordinator, secretariat, superuser,
# admin_c, staff.
POSTS = {
    # Accounts (allauth): each person acts on their own account only.
    "account_login": Post(
        (BACK,) * 10,
        lambda w: {"login": w.people["member_a"].email, "password": PASSWORD},
    ),
    "account_logout": Post((BACK,) * 10),
    "account_signup": Post(
        (DONE,) + (BACK,) * 9,
        lambda w: {
            "email": "newcomer@example.org",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
        changes="stakeholders.user",
    ),
    "account_reauthenticate": Post((LOGIN,) + (BACK,) * 9, lambda w: {"password": PASSWORD}),
    "account_request_reauthentication_code": Post((LOGIN, BACK) + (200,) * 8),
    "account_confirm_reauthentication_code": Post((LOGIN,) + (BACK,) * 9, lambda w: {"code": "X"}),
    "account_email": Post(
        # No new address on an account with a second factor (allauth's rule): form error.
        (LOGIN, DONE, DONE, DONE, DONE, 200, 200, 200, DONE, DONE),
        lambda w: {"action_add": "", "email": "second-address@example.org"},
        changes="account.emailaddress",
    ),
    "account_change_password": Post(
        (LOGIN,) + (DONE,) * 9,
        lambda w: {
            "oldpassword": PASSWORD,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
        changes="stakeholders.user",
    ),
    "account_set_password": Post(
        (LOGIN,) + (BACK,) * 9,
        lambda w: {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    ),
    "account_reset_password": Post((BACK,) * 10, lambda w: {"email": w.people["member_a"].email}),
    "account_confirm_login_code": Post((LOGIN,) + (BACK,) * 9, lambda w: {"code": "X"}),
    "account_confirm_email": Post((404,) * 10),
    "account_reset_password_from_key": Post(
        (200,) * 10, lambda w: {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    ),
    # Codes that no authenticator gives: a second factor is proved in the session only.
    "mfa_authenticate": Post((LOGIN,) + (BACK,) * 9, lambda w: {"code": "abcdef"}),
    "mfa_reauthenticate": Post(
        (LOGIN, BACK, BACK, BACK, BACK, 200, 200, 200, BACK, BACK), lambda w: {"code": "abcdef"}
    ),
    "mfa_activate_totp": Post((LOGIN,) + (BACK,) * 9, lambda w: {"code": "abcdef"}),
    # Those with an authenticator are first asked to sign in again.
    "mfa_deactivate_totp": Post((LOGIN, 404, 404, 404, 404, BACK, BACK, BACK, 404, 404)),
    "mfa_generate_recovery_codes": Post((LOGIN,) + (BACK,) * 9),
    # Consultations
    "consultations:input_create_for_round_table": Post(
        (LOGIN, VERIFY, DONE, DONE, 200, 200, 200, 200, 200, 200),
        input_form,
        changes="consultations.input",
    ),
    "consultations:event_register": Post(
        # member_a is registered already: the page says so.
        (LOGIN, VERIFY, 200, DONE, 200, 200, 200, 200, 200, 200),
        lambda w: {"organisation": org_a_pk()},
        changes="consultations.registration",
    ),
    "consultations:event_seats": Post(
        (LOGIN, VERIFY, 200, DONE, 200, 200, 200, 200, 200, 200),
        lambda w: {
            "from_organisation": org_a_pk(),
            "to_organisation": Organisation.objects.get(slug="org-d").pk,
        },
        changes="consultations.sharedseat",
    ),
    "consultations:input_create": Post(
        (LOGIN, VERIFY, DONE, DONE, 200, 200, 200, 200, 200, 200),
        input_form,
        changes="consultations.input",
    ),
    "consultations:registration_cancel": Post(
        (LOGIN, VERIFY, DONE, 404, 404, 404, 404, 404, 404, 404),
        changes="consultations.registration",
    ),
    "consultations:seat_accept": Post(
        (LOGIN, VERIFY, 404, BACK, 404, 404, 404, 404, DONE, 404),
        changes="consultations.sharedseat",
    ),
    "consultations:seat_decline": Post(
        (LOGIN, VERIFY, 404, BACK, 404, 404, 404, 404, DONE, 404),
        changes="consultations.sharedseat",
    ),
    "consultations:seat_withdraw": Post(
        (LOGIN, VERIFY, 404, DONE, 404, 404, 404, 404, BACK, 404),
        changes="consultations.sharedseat",
    ),
    # Online consultations
    "engagement:discussion_detail": Post(
        (LOGIN, 403, DONE, DONE, 200, 403, 403, 403, 200, 403),
        contribution_form,
        changes="engagement.contribution",
    ),
    "engagement:contribution_reply": Post(
        (LOGIN, VERIFY, DONE, DONE, 200, 403, 403, 403, 200, 403),
        contribution_form,
        changes="engagement.contribution",
    ),
    "engagement:discussion_follow": Post(
        # Anyone with a verified address may have the digest sent to it.
        (LOGIN, VERIFY, DONE, DONE, DONE, DONE, DONE, DONE, DONE, DONE),
        lambda w: {"follow": "1"},
        changes="engagement.follow",
    ),
    "engagement:survey_detail": Post(
        (LOGIN, 403, DONE, DONE, 200, 403, 403, 403, 200, 403),
        lambda w: {"organisation": org_a_pk()},
        changes="engagement.surveyresponse",
    ),
    "engagement:practice_create": Post(
        (LOGIN, VERIFY, DONE, DONE, 200, 403, 403, 403, 200, 403),
        practice_form,
        changes="engagement.practice",
    ),
    # The registry
    "stakeholders:organisation_register": Post(
        (LOGIN, VERIFY) + (DONE,) * 8,
        organisation_form,
        changes="stakeholders.organisation",
    ),
    "stakeholders:membership_request": Post(
        (LOGIN, VERIFY, BACK, BACK, DONE, DONE, DONE, DONE, DONE, DONE),
        changes="stakeholders.membership",
    ),
    "stakeholders:organisation_edit": Post(
        (LOGIN, VERIFY, 404, DONE, 404, 404, 404, 404, 404, 404),
        organisation_a_form,
        changes="stakeholders.organisation",
    ),
    "stakeholders:organisation_resubmit": Post(
        (LOGIN, VERIFY, 404, DONE, 404, 404, 404, 404, 404, 404),
        changes="stakeholders.organisation",
        target="rejected_org",
    ),
    "stakeholders:organisation_leave": Post(
        (LOGIN, 404, DONE, BACK, 404, 404, 404, 404, 404, 404),
        changes="stakeholders.membership",
    ),
    "stakeholders:membership_approve": Post(
        (LOGIN, VERIFY, 404, DONE, 404, 404, 404, 404, 404, 404),
        changes="stakeholders.membership",
    ),
    "stakeholders:membership_decline": Post(
        (LOGIN, VERIFY, 404, DONE, 404, 404, 404, 404, 404, 404),
        changes="stakeholders.membership",
    ),
    "stakeholders:membership_role": Post(
        (LOGIN, VERIFY, 404, DONE, 404, 404, 404, 404, 404, 404),
        lambda w: {"role": Membership.Role.ADMINISTRATOR},
        changes="stakeholders.membership",
        target="active_membership",
    ),
    "stakeholders:membership_remove": Post(
        (LOGIN, VERIFY, 404, DONE, 404, 404, 404, 404, 404, 404),
        changes="stakeholders.membership",
        target="active_membership",
    ),
    "stakeholders:profile_edit": Post(
        (LOGIN,) + (DONE,) * 9,
        lambda w: {"full_name": "A New Name", "preferred_language": "fr", "country": "JO"},
        changes="stakeholders.profile",
    ),
    # Pledges
    "pledges:pledge_create": Post(
        (LOGIN, VERIFY, DONE, DONE, 200, 403, 403, 403, 200, 403),
        pledge_form,
        changes="pledges.pledge",
    ),
    "pledges:pledge_edit": Post(
        (LOGIN, VERIFY, DONE, DONE, 404, 404, 404, 404, 404, 404),
        pledge_form,
        changes="pledges.pledge",
    ),
    "pledges:pledge_submit": Post(
        (LOGIN, VERIFY, DONE, DONE, 404, 404, 404, 404, 404, 404),
        changes="pledges.pledge",
    ),
    "pledges:pledge_withdraw": Post(
        (LOGIN, VERIFY, DONE, DONE, 404, 404, 404, 404, 404, 404),
        lambda w: {"reason": "Our funding ended."},
        changes="pledges.pledge",
    ),
    "pledges:progress_create": Post(
        (LOGIN, VERIFY, DONE, DONE, 404, 404, 404, 404, 404, 404),
        lambda w: {
            "date": timezone.localdate().isoformat(),
            "stage": "in_progress",
            "text": "Two hundred inspectors trained.",
            "language": "en",
        },
        changes="pledges.pledgeprogress",
        target="published_pledge",
    ),
    # Reports
    "reports:report_request": Post(
        (404, 404, 404, 404, 404, DONE, DONE, DONE, 404, 404),
        lambda w: {
            "kind": Report.Kind.ROUND_TABLE_BRIEFING,
            "subject": RoundTable.objects.get(forum__slug="imrf-2022", number=1).pk,
            "language": "fr",
        },
        changes="reports.report",
    ),
    "reports:report_retry": Post(
        (404, 404, 404, 404, 404, DONE, DONE, DONE, 404, 404),
        changes="reports.report",
        target="failed_report",
    ),
}


# Account steps (allauth's) whose effect is on the session only (signing in or out, proving a
# password or second factor again), an e-mail (a reset link), or nothing here: a made-up key or
# code, a password to set for people who have one, a second factor to change only after signing
# in again.
SESSION_ONLY = {
    "account_login",
    "account_logout",
    "account_reauthenticate",
    "account_request_reauthentication_code",
    "account_confirm_reauthentication_code",
    "account_set_password",
    "account_reset_password",
    "account_confirm_login_code",
    "account_confirm_email",
    "account_reset_password_from_key",
    "mfa_authenticate",
    "mfa_reauthenticate",
    "mfa_activate_totp",
    "mfa_deactivate_totp",
    "mfa_generate_recovery_codes",
}


# --- The admin: the secretariat's decisions ---------------------------------------------------

# Decision pages added to the admin (custom URLs), with the object and decision they are probed
# with; Django's own admin pages are left to Django.
ADMIN_ROUTES = {
    "admin:pledges_pledge_decide": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"reason": "Welcome."},
        changes="pledges.pledge",
        target="pledge_decision",
    ),
    "admin:stakeholders_organisation_decision": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"confirm": "1", "reason": "Checked."},
        changes="stakeholders.organisation",
        target="organisation_decision",
    ),
    "admin:stakeholders_organisationawaitingverification_decision": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"confirm": "1", "reason": "Checked."},
        changes="stakeholders.organisation",
        target="organisation_decision",
    ),
}
DJANGO_ADMIN_NAMES = {
    "index",
    "login",
    "logout",
    "password_change",
    "password_change_done",
    "jsi18n",
    "view_on_site",
    "app_list",
    "autocomplete",
}
DJANGO_ADMIN_SUFFIXES = ("_changelist", "_add", "_change", "_delete", "_history")

# Actions of the admin's lists, with the object each is applied to (its world.kwargs key). The
# fields of every confirmation page are sent at once, so that an allowed person's action is done.
SECRETARIAT_ONLY = (LOGIN,) * 6 + (DONE, DONE, LOGIN, BACK)
SUPERUSER_ONLY = (LOGIN,) * 6 + (403, DONE, LOGIN, 403)  # accounts stay with superusers
# The queue of organisations awaiting verification has no action but the secretariat's: for
# anyone else a POST only shows the list again.
QUEUE_ACTION = (LOGIN,) * 6 + (DONE, DONE, LOGIN, 200)
ADMIN_ACTIONS = {
    ("account.emailaddress", "make_verified"): Post(SUPERUSER_ONLY, target="unverified_address"),
    ("stakeholders.organisation", "verify_selected"): Post(SECRETARIAT_ONLY, target="pending_org"),
    ("stakeholders.organisation", "reject_selected"): Post(SECRETARIAT_ONLY, target="pending_org"),
    ("stakeholders.organisationawaitingverification", "verify_selected"): Post(
        QUEUE_ACTION, target="pending_org"
    ),
    ("stakeholders.organisationawaitingverification", "reject_selected"): Post(
        QUEUE_ACTION, target="pending_org"
    ),
    ("consultations.event", "open_registration"): Post(SECRETARIAT_ONLY, target="planned_event"),
    ("consultations.event", "close_registration"): Post(SECRETARIAT_ONLY, target="open_event"),
    ("consultations.event", "mark_held"): Post(SECRETARIAT_ONLY, target="open_event"),
    ("consultations.event", "publish_summary"): Post(SECRETARIAT_ONLY, target="held_event"),
    ("consultations.registration", "mark_attended"): Post(SECRETARIAT_ONLY, target="registration"),
    ("consultations.registration", "mark_absent"): Post(SECRETARIAT_ONLY, target="registration"),
    ("consultations.input", "publish"): Post(SECRETARIAT_ONLY, target="input"),
    ("consultations.input", "decline"): Post(SECRETARIAT_ONLY, target="input"),
    ("pledges.pledge", "publish_selected"): Post(SECRETARIAT_ONLY, target="submitted_pledge"),
    ("pledges.pledge", "request_changes_selected"): Post(
        SECRETARIAT_ONLY, target="submitted_pledge"
    ),
    ("pledges.pledge", "reject_selected"): Post(SECRETARIAT_ONLY, target="submitted_pledge"),
    ("engagement.contribution", "hide_selected"): Post(SECRETARIAT_ONLY, target="contribution"),
    ("engagement.contribution", "restore_selected"): Post(
        SECRETARIAT_ONLY, target="hidden_contribution"
    ),
    ("engagement.practice", "publish_selected"): Post(SECRETARIAT_ONLY, target="practice"),
    ("engagement.practice", "decline_selected"): Post(SECRETARIAT_ONLY, target="practice"),
}
ACTION_CONFIRMATION = {"apply": "1", "confirm": "1", "reason": "Decided after review."}


def admin_actions() -> set[tuple[str, str]]:
    """(model label, action name) of every moderation action a ModelAdmin declares."""
    return {
        (model._meta.label_lower, name)
        for model, model_admin in admin.site._registry.items()
        for name in (model_admin.actions or ())
    }


def custom_admin_routes() -> dict[str, str]:
    """Name -> route of the admin URLs that the portal adds to Django's."""
    found = {}
    for route, name in project_urls():
        if not (name and name.startswith("admin:")):
            continue
        short = name.removeprefix("admin:")
        if short in DJANGO_ADMIN_NAMES or short.endswith(DJANGO_ADMIN_SUFFIXES):
            continue
        found[name] = route
    return found


# --- The tests ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stage(django_db_setup, django_db_blocker, tmp_path_factory):
    """One world for the whole module, in a transaction rolled back at its end: each POST is
    undone anyway, and building the world for each test would double the module's time."""
    with (
        django_db_blocker.unblock(),
        override_settings(
            MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],  # as conftest
        ),
        transaction.atomic(),
    ):
        call_command("load_reference", stdout=StringIO())
        yield build_stage()
        transaction.set_rollback(True)


def test_every_post_route_is_classified():
    names = {name for _route, name in project_urls() if name and not name.startswith("admin:")}
    unclassified = names - READ_ONLY - POSTS.keys()
    assert unclassified == set(), (
        "classify these URLs for POST in tests/security/test_post_matrix.py: READ_ONLY if a POST "
        "changes nothing for anyone, else POSTS with who may act and the form they send"
    )
    assert READ_ONLY & POSTS.keys() == set()
    unclassified_admin = custom_admin_routes().keys() - ADMIN_ROUTES.keys()
    assert unclassified_admin == set(), "classify these admin URLs in ADMIN_ROUTES"
    unclassified_actions = admin_actions() - ADMIN_ACTIONS.keys()
    assert unclassified_actions == set(), "classify these admin actions in ADMIN_ACTIONS"


def test_each_action_is_proved_to_happen_for_someone():
    """A route whose action no persona is seen doing would pass whatever its checks let
    through: each names the model it changes and someone it is done for. Only the accounts'
    sign-in steps change nothing but the session."""
    entries = {**POSTS, **ADMIN_ROUTES}
    unproved = {name for name, entry in entries.items() if DONE not in entry.answers}
    assert unproved == SESSION_ONLY
    assert {name for name, entry in entries.items() if not entry.changes} == SESSION_ONLY
    assert all(DONE in entry.answers for entry in ADMIN_ACTIONS.values())


def _post(client, path: str, data: dict, before: dict):
    """POSTs, notes what changed in the database, then undoes it (the session's cookie too)."""
    cookies = copy.deepcopy(client.cookies)
    with transaction.atomic():
        response = client.post(path, data)
        changed = changes(before, snapshot())
        transaction.set_rollback(True)
    client.cookies = cookies
    return response, changed


def _answer(response, changed) -> str | int:
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


def _check(expected, response, changed, entry) -> str | None:
    """What is wrong with the answer to one POST, in words (None: nothing)."""
    answer = _answer(response, changed)
    if response.status_code >= 500:
        return f"server error {response.status_code}"
    if answer != expected:
        return f"{answer}, expected {expected}" + (f" (changed {changed})" if changed else "")
    if answer == DONE and (entry.changes not in changed or response.status_code >= 400):
        return f"{response.status_code}, changed {changed}; expected a change of {entry.changes}"
    return None


def _read_only_problems(client, paths: dict[str, str], before: dict) -> dict[str, str]:
    """POSTs to every read-only route in one savepoint, which one snapshot checks; if anything
    changed, POSTs again one by one to name the route that changed it."""
    cookies = copy.deepcopy(client.cookies)
    with transaction.atomic():
        statuses = {name: client.post(path).status_code for name, path in paths.items()}
        changed = changes(before, snapshot())
        transaction.set_rollback(True)
    client.cookies = cookies
    problems = {
        name: f"server error {status}" for name, status in statuses.items() if status >= 500
    }
    if changed:
        for name, path in paths.items():
            _response, changed = _post(client, path, {}, before)
            if changed:
                problems[name] = f"changed {changed}"
    return problems


@pytest.mark.parametrize("persona", POST_PERSONAS)
def test_each_persona_changes_only_what_it_may(db, stage, persona):
    client = client_for(stage, persona)
    index = POST_PERSONAS.index(persona)
    routes = {name: route for route, name in project_urls()}
    before = snapshot()
    mismatches = _read_only_problems(
        client, {name: path_for(routes[name], name, stage) for name in READ_ONLY}, before
    )
    for name, entry in POSTS.items():
        path = path_for(routes[name], name, stage, entry.target)
        data = entry.data(stage) if entry.data else {}
        response, changed = _post(client, path, data, before)
        problem = _check(entry.answers[index], response, changed, entry)
        if problem:
            mismatches[name] = problem
    assert mismatches == {}, mismatches


@pytest.mark.parametrize("persona", POST_PERSONAS)
def test_only_the_secretariat_decides_in_the_admin(db, stage, persona):
    client = client_for(stage, persona)
    index = POST_PERSONAS.index(persona)
    before = snapshot()
    mismatches = {}
    for name, route in custom_admin_routes().items():
        entry = ADMIN_ROUTES[name]
        path = path_for(route, name, stage, entry.target)
        response, changed = _post(client, path, entry.data(stage), before)
        problem = _check(entry.answers[index], response, changed, entry)
        if problem:
            mismatches[name] = problem
    for (label, action), entry in sorted(ADMIN_ACTIONS.items()):
        model = apps.get_model(label)
        path = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        data = {
            "action": action,
            "index": "0",
            ACTION_CHECKBOX_NAME: [stage.kwargs[entry.target]["pk"]],
            **ACTION_CONFIRMATION,
        }
        response, changed = _post(client, path, data, before)
        entry = replace(entry, changes=model._meta.concrete_model._meta.label_lower)
        problem = _check(entry.answers[index], response, changed, entry)
        if problem:
            mismatches[f"{label} {action}"] = problem
    assert mismatches == {}, mismatches
