"""Every URL the project serves, POSTed by every persona with the form an allowed person would
send: those who may not act get 403, 404, 405, a redirect (to sign in, to verify their address,
or back to a page saying why) or the form again with what is wrong, and the database is exactly
as it was (tests/security/snapshot.py); those who may, really change what the route is for.

The URLs come from the resolver: a new one fails `test_every_post_route_is_classified` until it
is classified here. Each POST runs in a savepoint rolled back afterwards, so that every POST
meets the same world. The admin's decisions: test_admin_post_matrix.py.
"""

import copy

import pytest
from django.db import transaction
from django.utils import timezone

from gcm.models import RoundTable
from reports.models import Report
from stakeholders.models import Membership, Organisation
from tests.factories import PASSWORD
from tests.security.post_world import (
    BACK,
    DONE,
    LOGIN,
    NEW_PASSWORD,
    POST_PERSONAS,
    VERIFY,
    Post,
    contribution_form,
    input_form,
    org_a_pk,
    organisation_a_form,
    organisation_form,
    pledge_form,
    post_and_undo,
    practice_form,
    problem_with,
)
from tests.security.snapshot import changes, snapshot
from tests.security.world import client_for, path_for, project_urls

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
    "gcm:round_table_list",
    "gcm:objective_list",
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
        (LOGIN, DONE, DONE, DONE, DONE, 200, 200, 200, DONE, 200),
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
        (LOGIN, BACK, BACK, BACK, BACK, 200, 200, 200, BACK, 200), lambda w: {"code": "abcdef"}
    ),
    "mfa_activate_totp": Post((LOGIN,) + (BACK,) * 9, lambda w: {"code": "abcdef"}),
    # Those with an authenticator are first asked to sign in again.
    "mfa_deactivate_totp": Post((LOGIN, 404, 404, 404, 404, BACK, BACK, BACK, 404, BACK)),
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


# --- The tests ---------------------------------------------------------------------------------


def test_every_post_route_is_classified():
    names = {name for _route, name in project_urls() if name and not name.startswith("admin:")}
    unclassified = names - READ_ONLY - POSTS.keys()
    assert unclassified == set(), (
        "classify these URLs for POST in tests/security/test_post_matrix.py: READ_ONLY if a POST "
        "changes nothing for anyone, else POSTS with who may act and the form they send"
    )
    assert READ_ONLY & POSTS.keys() == set()


def test_each_action_is_proved_to_happen_for_someone():
    """A route whose action no persona is seen doing would pass whatever its checks let
    through: each names the model it changes and someone it is done for. Only the accounts'
    sign-in steps change nothing but the session."""
    unproved = {name for name, entry in POSTS.items() if DONE not in entry.answers}
    assert unproved == SESSION_ONLY
    assert {name for name, entry in POSTS.items() if not entry.changes} == SESSION_ONLY


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
            _response, changed = post_and_undo(client, path, {}, before)
            if changed:
                problems[name] = f"changed {changed}"
    return problems


@pytest.mark.parametrize("persona", POST_PERSONAS)
def test_each_persona_changes_only_what_it_may(db, post_stage, persona):
    client = client_for(post_stage, persona)
    index = POST_PERSONAS.index(persona)
    routes = {name: route for route, name in project_urls()}
    before = snapshot()
    mismatches = _read_only_problems(
        client, {name: path_for(routes[name], name, post_stage) for name in READ_ONLY}, before
    )
    for name, entry in POSTS.items():
        path = path_for(routes[name], name, post_stage, entry.target)
        data = entry.data(post_stage) if entry.data else {}
        response, changed = post_and_undo(client, path, data, before)
        problem = problem_with(entry.answers[index], response, changed, entry)
        if problem:
            mismatches[name] = problem
    assert mismatches == {}, mismatches
