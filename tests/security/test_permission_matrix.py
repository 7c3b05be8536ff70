"""Every URL the project serves, against every persona, with the answer each must get.

The URLs come from the resolver: a new URL fails `test_every_url_is_classified` until it is
added here. Objects out of a persona's reach answer 404, never 403, so that their existence is
not revealed.
"""

import pytest

from tests.security.world import PERSONAS, build_world, client_for, path_for, project_urls

# The answer to a GET, per persona, in the order of PERSONAS:
# anonymous, unverified, member_a, admin_a, member_b, coordinator, secretariat, superuser.
# 302 for anonymous is the way to the login page, and for a person whose e-mail address is not
# verified (unverified) the way to their e-mail page; 405 marks forms that only accept POST;
# 403 is a page saying why the person cannot act (their organisation is not verified, or they
# have none); 404 hides objects out of reach. Coordinators, the secretariat and superusers have
# the second factor their roles require, hence their answers on the second-factor pages.
EXPECTED = {
    "home": (200, 200, 200, 200, 200, 200, 200, 200),
    "account_login": (200, 302, 302, 302, 302, 302, 302, 302),
    "account_logout": (302, 200, 200, 200, 200, 200, 200, 200),
    "account_inactive": (200, 200, 200, 200, 200, 200, 200, 200),
    "account_signup": (200, 302, 302, 302, 302, 302, 302, 302),
    "account_reauthenticate": (302, 200, 200, 200, 200, 200, 200, 200),
    "account_request_reauthentication_code": (302, 302, 200, 200, 200, 200, 200, 200),
    "account_confirm_reauthentication_code": (302, 302, 302, 302, 302, 302, 302, 302),
    "account_email": (302, 200, 200, 200, 200, 200, 200, 200),
    "account_email_verification_sent": (200, 200, 200, 200, 200, 200, 200, 200),
    "account_change_password": (302, 200, 200, 200, 200, 200, 200, 200),
    "account_set_password": (302, 302, 302, 302, 302, 302, 302, 302),
    "account_reset_password": (200, 200, 200, 200, 200, 200, 200, 200),
    "account_confirm_login_code": (302, 302, 302, 302, 302, 302, 302, 302),
    "account_confirm_email": (200, 200, 200, 200, 200, 200, 200, 200),
    "account_reset_password_from_key_done": (200, 200, 200, 200, 200, 200, 200, 200),
    "account_reset_password_from_key": (200, 200, 200, 200, 200, 200, 200, 200),
    "account_reset_password_done": (200, 200, 200, 200, 200, 200, 200, 200),
    "mfa_index": (302, 200, 200, 200, 200, 200, 200, 200),
    "mfa_authenticate": (302, 302, 302, 302, 302, 302, 302, 302),
    "mfa_reauthenticate": (302, 302, 302, 302, 302, 200, 200, 200),
    "mfa_activate_totp": (302, 302, 302, 302, 302, 302, 302, 302),
    "mfa_deactivate_totp": (302, 404, 404, 404, 404, 302, 302, 302),
    "mfa_view_recovery_codes": (302, 404, 404, 404, 404, 404, 404, 404),
    "mfa_generate_recovery_codes": (302, 302, 302, 302, 302, 302, 302, 302),
    "mfa_download_recovery_codes": (302, 404, 404, 404, 404, 404, 404, 404),
    "gcm:round_table_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "consultations:input_create_for_round_table": (302, 302, 200, 200, 200, 200, 200, 200),
    "gcm:objective_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "consultations:event_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "consultations:event_detail": (200, 200, 200, 200, 200, 200, 200, 200),
    "consultations:event_document": (200, 200, 200, 200, 200, 200, 200, 200),
    "consultations:event_register": (302, 302, 200, 200, 200, 200, 200, 200),
    "consultations:event_seats": (302, 302, 200, 200, 200, 200, 200, 200),
    "consultations:input_create": (302, 302, 200, 200, 200, 200, 200, 200),
    "consultations:registration_cancel": (302, 302, 405, 405, 405, 405, 405, 405),
    "consultations:seat_accept": (302, 302, 405, 405, 405, 405, 405, 405),
    "consultations:seat_decline": (302, 302, 405, 405, 405, 405, 405, 405),
    "consultations:seat_withdraw": (302, 302, 405, 405, 405, 405, 405, 405),
    "consultations:input_detail": (404, 404, 200, 200, 404, 404, 200, 200),
    "consultations:my_events": (302, 200, 200, 200, 200, 200, 200, 200),
    "consultations:my_inputs": (302, 200, 200, 200, 200, 200, 200, 200),
    "engagement:discussion_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "engagement:discussion_detail": (200, 200, 200, 200, 200, 200, 200, 200),
    "engagement:contribution_reply": (302, 302, 200, 200, 200, 403, 403, 403),
    "engagement:discussion_follow": (405, 405, 405, 405, 405, 405, 405, 405),
    "engagement:survey_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "engagement:survey_detail": (200, 200, 200, 200, 200, 200, 200, 200),
    "engagement:survey_results": (200, 200, 200, 200, 200, 200, 200, 200),
    "engagement:survey_export_csv": (404, 404, 404, 404, 404, 200, 200, 200),
    "engagement:practice_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "engagement:practice_create": (302, 302, 200, 200, 200, 403, 403, 403),
    "engagement:practice_detail": (404, 404, 200, 200, 404, 404, 200, 200),
    "engagement:practice_evidence": (404, 404, 200, 200, 404, 404, 200, 200),
    "engagement:my_contributions": (302, 200, 200, 200, 200, 200, 200, 200),
    "stakeholders:organisation_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "stakeholders:organisation_register": (302, 302, 200, 200, 200, 200, 200, 200),
    "stakeholders:organisation_join": (302, 302, 200, 200, 200, 200, 200, 200),
    "stakeholders:organisation_detail": (200, 200, 200, 200, 200, 200, 200, 200),
    "stakeholders:organisation_evidence": (404, 404, 404, 200, 404, 404, 200, 200),
    "stakeholders:membership_request": (302, 302, 405, 405, 405, 405, 405, 405),
    "stakeholders:organisation_edit": (302, 302, 404, 200, 404, 404, 404, 404),
    "stakeholders:organisation_resubmit": (302, 302, 405, 405, 405, 405, 405, 405),
    "stakeholders:organisation_leave": (302, 404, 200, 200, 404, 404, 404, 404),
    "stakeholders:organisation_members": (302, 302, 404, 200, 404, 404, 404, 404),
    "stakeholders:membership_approve": (302, 302, 405, 405, 405, 405, 405, 405),
    "stakeholders:membership_decline": (302, 302, 405, 405, 405, 405, 405, 405),
    "stakeholders:membership_role": (302, 302, 405, 405, 405, 405, 405, 405),
    "stakeholders:membership_remove": (302, 302, 405, 405, 405, 405, 405, 405),
    "stakeholders:my_account": (302, 200, 200, 200, 200, 200, 200, 200),
    "stakeholders:profile_edit": (302, 200, 200, 200, 200, 200, 200, 200),
    "pledges:pledge_list": (200, 200, 200, 200, 200, 200, 200, 200),
    "pledges:mine": (302, 200, 200, 200, 200, 200, 200, 200),
    "pledges:dashboard": (200, 200, 200, 200, 200, 200, 200, 200),
    "pledges:export_csv": (200, 200, 200, 200, 200, 200, 200, 200),
    "pledges:export_json": (200, 200, 200, 200, 200, 200, 200, 200),
    "pledges:pledge_create": (302, 302, 200, 200, 200, 403, 403, 403),
    "pledges:pledge_detail": (404, 404, 200, 200, 404, 404, 404, 404),
    "pledges:pledge_attachment": (404, 404, 200, 200, 404, 404, 404, 404),
    "pledges:pledge_edit": (302, 302, 200, 200, 404, 404, 404, 404),
    "pledges:pledge_submit": (302, 302, 405, 405, 405, 405, 405, 405),
    "pledges:pledge_withdraw": (302, 302, 200, 200, 404, 404, 404, 404),
    "pledges:progress_create": (302, 302, 302, 302, 404, 404, 404, 404),
    "reports:report_list": (404, 404, 404, 404, 404, 200, 200, 200),
    "reports:report_request": (405, 405, 405, 405, 405, 405, 405, 405),
    "reports:report_detail": (404, 404, 404, 404, 404, 200, 200, 200),
    "reports:report_status": (404, 404, 404, 404, 404, 200, 200, 200),
    "reports:report_retry": (405, 405, 405, 405, 405, 405, 405, 405),
    "reports:report_download": (404, 404, 404, 404, 404, 200, 200, 200),
    "translation_queue": (404, 404, 404, 404, 404, 404, 200, 200),
    "objective_detail": (200, 200, 200, 200, 200, 200, 200, 200),
    "round_table_detail": (200, 200, 200, 200, 200, 200, 200, 200),
}

ADMIN_PERSONAS = {  # the admin: staff only; others are sent to the (allauth) login
    "anonymous": 302,
    "unverified": 302,
    "member_a": 302,
    "admin_a": 302,
    "member_b": 302,
    "coordinator": 302,
    "secretariat": 200,
    "superuser": 200,
}
UNPROBED = {"health"}  # answers everyone the same (tests/portal/test_layout.py)


@pytest.fixture
def world(reference, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")  # the world's uploaded files
    return build_world()


def test_every_url_is_classified():
    names = {name for _route, name in project_urls() if name}
    unclassified = {
        name
        for name in names
        if name not in EXPECTED and not name.startswith("admin:") and name not in UNPROBED
    }
    assert unclassified == set(), "classify these URLs in EXPECTED"
    unnamed = [
        route
        for route, name in project_urls()
        if not name and not route.startswith(("admin/", "^media"))
    ]
    assert unnamed == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_gets_the_expected_answer_everywhere(world, persona):
    client = client_for(world, persona)
    index = PERSONAS.index(persona)
    routes = {name: route for route, name in project_urls() if name in EXPECTED}
    answers = {}
    for name, route in routes.items():
        answers[name] = client.get(path_for(route, name, world)).status_code
    expected = {name: EXPECTED[name][index] for name in routes}
    mismatches = {n: f"{a}, expected {expected[n]}" for n, a in answers.items() if a != expected[n]}
    assert mismatches == {}, mismatches


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_admin_is_for_the_secretariat(world, persona):
    client = client_for(world, persona)
    urls = ["/admin/"] + [
        "/" + route
        for route, name in project_urls()
        if name and name.startswith("admin:") and name.endswith("_changelist")
    ]
    answers = {url: client.get(url).status_code for url in urls}
    expected = {url: ADMIN_PERSONAS[persona] for url in urls}
    if persona == "secretariat":
        # Accounts, groups and second factors stay with superusers; the portal's records don't.
        for url in urls:
            if url.startswith(("/admin/auth/", "/admin/account/", "/admin/mfa/")):
                expected[url] = 403
    assert answers == expected
