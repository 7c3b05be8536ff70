"""The secretariat's decisions in the admin, POSTed by every persona: the decision pages the
portal adds to the admin and every moderation action of its lists. Only the secretariat (and
superusers) decide; a staff account with the secretariat's permissions but not its role decides
nothing, and neither does anyone else: the database stays exactly as it was.

The pages come from the resolver and the actions from the admin site: a new one fails
`test_every_admin_decision_is_classified` until it is classified here.
"""

from dataclasses import replace

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from tests.security.post_world import (
    BACK,
    DONE,
    LOGIN,
    POST_PERSONAS,
    Post,
    post_and_undo,
    problem_with,
)
from tests.security.snapshot import snapshot
from tests.security.world import client_for, path_for, project_urls

# Decision pages added to the admin (custom URLs), with the object and decision they are probed
# with; Django's own admin pages are left to Django.
ADMIN_ROUTES = {
    "admin:pledges_pledge_decide": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"apply": "1", "reason": "Welcome."},
        changes="pledges.pledge",
        target="pledge_decision",
    ),
    "admin:consultations_input_decide": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"apply": "1", "reason": "Welcome."},
        changes="consultations.input",
        target="input_decision",
    ),
    "admin:engagement_practice_decide": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"apply": "1", "reason": "Welcome."},
        changes="engagement.practice",
        target="practice_decision",
    ),
    "admin:engagement_contribution_decide": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"apply": "1", "reason": "Off topic."},
        changes="engagement.contribution",
        target="contribution_decision",
    ),
    "admin:stakeholders_organisation_decision": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"apply": "1", "confirm": "1", "reason": "Checked."},
        changes="stakeholders.organisation",
        target="organisation_decision",
    ),
    "admin:stakeholders_accreditationclaimawaitingconfirmation_decision": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"apply": "1", "confirm": "1", "reason": "Checked."},
        changes="stakeholders.accreditationclaim",
        target="claim_decision",
    ),
    "admin:stakeholders_organisationawaitingverification_decision": Post(
        (LOGIN,) * 6 + (DONE, DONE, LOGIN, 403),
        lambda w: {"apply": "1", "confirm": "1", "reason": "Checked."},
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
# The queues of organisations awaiting verification and of accreditation claims have no action
# but the secretariat's: for anyone else a POST only shows the list again.
QUEUE_ACTION = (LOGIN,) * 6 + (DONE, DONE, LOGIN, 200)
ADMIN_ACTIONS = {
    ("account.emailaddress", "make_verified"): Post(SUPERUSER_ONLY, target="unverified_address"),
    ("stakeholders.accreditationclaimawaitingconfirmation", "confirm_selected"): Post(
        QUEUE_ACTION, target="pending_claim"
    ),
    ("stakeholders.accreditationclaimawaitingconfirmation", "decline_selected"): Post(
        QUEUE_ACTION, target="pending_claim"
    ),
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
    ("consultations.input", "publish_selected"): Post(SECRETARIAT_ONLY, target="input"),
    ("consultations.input", "decline_selected"): Post(SECRETARIAT_ONLY, target="input"),
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
    declared = {
        (model._meta.label_lower, name)
        for model, model_admin in admin.site._registry.items()
        for name in (model_admin.actions or ())
    }
    # DecisionAdminMixin (common.admin_decisions) adds one "<decision>_selected" per decision.
    decisions = {
        (model._meta.label_lower, f"{name}_selected")
        for model, model_admin in admin.site._registry.items()
        for name in getattr(model_admin, "decisions", None) or ()
    }
    return declared | decisions


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


def test_every_admin_decision_is_classified():
    unclassified_routes = custom_admin_routes().keys() - ADMIN_ROUTES.keys()
    assert unclassified_routes == set(), (
        "classify these admin URLs in ADMIN_ROUTES (tests/security/test_admin_post_matrix.py)"
    )
    unclassified_actions = admin_actions() - ADMIN_ACTIONS.keys()
    assert unclassified_actions == set(), (
        "classify these admin actions in ADMIN_ACTIONS (tests/security/test_admin_post_matrix.py)"
    )


def test_each_decision_is_proved_to_happen_for_someone():
    entries = [*ADMIN_ROUTES.values(), *ADMIN_ACTIONS.values()]
    assert all(DONE in entry.answers for entry in entries)
    assert all(entry.changes for entry in ADMIN_ROUTES.values())


@pytest.mark.parametrize("persona", POST_PERSONAS)
def test_only_the_secretariat_decides_in_the_admin(db, post_stage, persona):
    client = client_for(post_stage, persona)
    index = POST_PERSONAS.index(persona)
    before = snapshot()
    mismatches = {}
    for name, route in custom_admin_routes().items():
        entry = ADMIN_ROUTES[name]
        path = path_for(route, name, post_stage, entry.target)
        response, changed = post_and_undo(client, path, entry.data(post_stage), before)
        problem = problem_with(entry.answers[index], response, changed, entry)
        if problem:
            mismatches[name] = problem
    for (label, action), entry in sorted(ADMIN_ACTIONS.items()):
        model = apps.get_model(label)
        path = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        data = {
            "action": action,
            "index": "0",
            ACTION_CHECKBOX_NAME: [post_stage.kwargs[entry.target]["pk"]],
            **ACTION_CONFIRMATION,
        }
        response, changed = post_and_undo(client, path, data, before)
        entry = replace(entry, changes=model._meta.concrete_model._meta.label_lower)
        problem = problem_with(entry.answers[index], response, changed, entry)
        if problem:
            mismatches[f"{label} {action}"] = problem
    assert mismatches == {}, mismatches
