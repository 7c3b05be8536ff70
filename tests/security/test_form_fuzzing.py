"""Every public and member form, posted thousands of generated values: never a server error,
always a clear error or a saved record; and on an error, what was typed is shown again.

The forms are read from their pages as a browser would (tests/security/formfuzz.py), hidden fields
included (sent as given, left out, or tampered with). The registry's forms are fuzzed in
tests/stakeholders/test_form_fuzzing.py and the pledge forms in tests/pledges/test_fuzz.py;
`test_every_member_form_is_fuzzed` walks every page of the permission matrix as a member and an
administrator of a verified organisation and fails on a form that none of these files fuzzes.
"""

import os
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from django.test import Client
from django.urls import resolve
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from engagement.models import Question, Survey
from stakeholders.models import Membership
from tests.engagement.factories import ChoiceFactory, QuestionFactory
from tests.factories import OrganisationFactory, UserFactory, member_of
from tests.security.formfuzz import (
    NASTY_TEXT,
    form_data_strategy,
    fuzzed_data,
    hidden_strategy,
    page_forms,
    read_form,
)
from tests.security.world import build_world, project_urls

pytestmark = pytest.mark.usefixtures("reference")


# FORM_FUZZ_SCALE=10 runs ten times as many examples, for a deeper search than CI's.
SCALE = float(os.environ.get("FORM_FUZZ_SCALE", "1"))


def fuzz_settings(examples: int):
    return hypothesis_settings(
        max_examples=max(1, round(examples * SCALE)),
        deadline=None,
        database=None,  # nothing written to the checkout; a failure prints its example
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


LANGUAGE = st.sampled_from(["en", "ar", "fr"])


def localized(path: str, language: str) -> str:
    return re.sub(r"^/en/", f"/{language}/", path)


@pytest.fixture
def no_rate_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = False


# What a page must show when it answers a post with 200: the form again, with its errors.
ERROR_SIGNS = ("errorlist", 'role="alert"', "message-error", "field-invalid")


def check_answer(response, path):
    """A server error never; a redirect (saved) or the form again with its errors."""
    assert response.status_code < 500, f"{path}: {response.status_code}"
    if response.status_code == 200:
        html = response.content.decode()
        assert any(sign in html for sign in ERROR_SIGNS), f"{path}: 200 without a visible error"


TYPED_KINDS = {"text", "textarea", "search", "email", "url", "tel", "number", "date"}


def check_kept(response, fields, data, path):
    """On an error, the form shows again what was typed in its text fields (HTML-escaped)."""
    if response.status_code != 200:
        return
    html = response.content.decode()
    lost = {
        name: value
        for name, value in data.items()
        if name in fields
        and fields[name].kind in TYPED_KINDS
        and isinstance(value, str)
        and escape(value) not in html
    }
    assert lost == {}, f"{path}: what was typed is lost on the error page"


# --- The accounts' forms (anonymous) ---------------------------------------------------------

ACCOUNT_FORMS = [
    ("sign up", None, "/en/accounts/signup/"),
    ("sign in", None, "/en/accounts/login/"),
    ("password reset", None, "/en/accounts/password/reset/"),
]


@pytest.mark.parametrize(
    ("name", "persona", "path"), ACCOUNT_FORMS, ids=[f[0] for f in ACCOUNT_FORMS]
)
def test_generated_input_never_breaks_a_form(client, no_rate_limits, name, persona, path):
    if persona == "member":
        client.force_login(UserFactory())
    fields, hidden = read_form(client.get(path).content.decode())
    assert fields, f"no form found on {path}"

    @fuzz_settings(150)
    @given(data=form_data_strategy(fields), language=LANGUAGE)
    def post(data, language):
        target = localized(path, language)
        response = client.post(target, {**hidden, **data})
        check_answer(response, target)

    post()


# --- The members' forms -----------------------------------------------------------------------


@dataclass
class Stage:
    people: dict  # persona -> user (None: anonymous)
    kwargs: dict  # placeholders of the targets' paths


def build_stage() -> Stage:
    """The permission matrix's world (tests/security/world.py), and what the forms need on top:
    a member of two verified organisations (so the organisation is a choice, not a given), a
    second migrant-led organisation to offer a seat to, a survey with a question of every kind,
    an active membership whose role can change."""
    world = build_world()
    people = dict(world.people)
    member = people["member_a"]
    second = OrganisationFactory(name="Second Verified Network")
    member_of(second, user=member)
    people["member_of_two"] = member
    people["member_of_verified_org"] = people["member_b"]  # not registered for the event yet
    people["outsider"] = UserFactory()
    OrganisationFactory(name="Another Migrant-Led Union", migrant_led=True)

    survey = Survey.objects.get(slug=world.kwargs["survey"]["slug"])
    for position, kind in enumerate(Question.Kind.values, start=1):
        question = QuestionFactory(
            survey=survey,
            position=position,
            kind=kind,
            required=kind != Question.Kind.TEXT,
            max_choices=3 if kind == Question.Kind.OBJECTIVES else None,
        )
        if kind in Question.CHOICE_KINDS:
            ChoiceFactory(question=question)
            ChoiceFactory(question=question)
    org_a = world.kwargs["org"]["slug"]
    membership = Membership.objects.get(user=member, organisation__slug=org_a)
    kwargs = {
        "event": world.kwargs["event"]["slug"],
        "discussion": world.kwargs["discussion"]["slug"],
        "contribution": world.kwargs["contribution"]["pk"],
        "survey": survey.slug,
        "org": org_a,
        "membership": membership.pk,
    }
    return Stage(people, kwargs)


@pytest.fixture
def media_root(settings, tmp_path):
    """Files the world and the forms save go to a folder of the test's own."""
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def stage(reference, media_root):
    return build_stage()


@dataclass(frozen=True)
class Target:
    name: str
    persona: str | None  # a key of Stage.people; None: anonymous
    page: str  # where the form is read, with {placeholders} of Stage.kwargs
    action: str | None = None  # where it is sent (None: the page itself)
    method: str = "post"
    keeps: bool = False  # an error re-render must show the typed text again
    files: bool = False  # file fields get generated uploads
    examples: int = 25


TARGETS = [
    # Consultations (events, written inputs, seats)
    Target("event registration", "member_of_verified_org", "/en/events/{event}/register/"),
    Target(
        "event registration from the event page",
        "member_of_verified_org",
        "/en/events/{event}/",
        action="/en/events/{event}/register/",
        examples=15,
    ),
    Target("seat sharing", "admin_a", "/en/events/{event}/seats/"),
    Target("input to an event", "member_of_two", "/en/events/{event}/inputs/new/", keeps=True),
    Target(
        "input to a round table",
        "member_of_two",
        "/en/round-tables/imrf-2022/1/inputs/new/",
        keeps=True,
    ),
    # Online consultations (discussions, surveys, practices)
    Target(
        "discussion contribution",
        "member_of_two",
        "/en/discussions/{discussion}/",
        keeps=True,
        examples=40,
    ),
    Target(
        "discussion reply (one organisation: a hidden field)",
        "admin_a",
        "/en/discussions/{discussion}/contributions/{contribution}/reply/",
        keeps=True,
    ),
    Target(
        "discussion follow",
        "member_of_two",
        "/en/discussions/{discussion}/",
        action="/en/discussions/{discussion}/follow/",
        examples=15,
    ),
    Target("survey answer", "member_of_two", "/en/surveys/{survey}/", keeps=True, examples=50),
    Target(
        "good-practice submission",
        "member_of_two",
        "/en/practices/new/",
        keeps=True,
        files=True,
        examples=60,
    ),
    # The registry's member forms not fuzzed in tests/stakeholders/test_form_fuzzing.py
    Target(
        "membership role",
        "admin_a",
        "/en/organisations/{org}/members/",
        action="/en/organisations/{org}/members/{membership}/role/",
        examples=15,
    ),
    # Pledge-like forms fuzzed elsewhere, here for what is kept on an error
    Target(
        "new pledge (typed text kept)",
        "member_of_two",
        "/en/pledges/new/",
        keeps=True,
        files=True,
        examples=20,
    ),
    Target(
        "organisation registration (typed text kept)",
        "outsider",
        "/en/organisations/register/",
        keeps=True,
        files=True,
        examples=20,
    ),
    Target("profile (member)", "member_of_two", "/en/me/profile/", keeps=True),
    # The accounts' member forms
    Target("sign out", "member_of_two", "/en/accounts/logout/", examples=10),
    Target(
        "reauthentication by code",
        "member_of_two",
        "/en/accounts/reauthenticate/code/",
        examples=10,
    ),
    Target("e-mail addresses", "member_of_two", "/en/accounts/email/", examples=15),
    Target("password change", "member_of_two", "/en/accounts/password/change/", examples=15),
    Target("reauthentication", "member_of_two", "/en/accounts/reauthenticate/", examples=15),
    # Filters of the directories (GET): always a page, never an error
    Target("pledge directory filters", None, "/en/pledges/", method="get"),
    Target("organisation directory filters", None, "/en/organisations/", method="get"),
    Target("practice catalogue filters", None, "/en/practices/", method="get"),
]


def form_on(html: str, action: str, page: str, method: str):
    """The page's form sent to `action` with `method`."""
    for form in page_forms(html):
        target = urlsplit(form.action).path if form.action else page
        if form.method == method and target == action and (form.fields or form.hidden):
            return form
    raise AssertionError(f"no {method} form sent to {action} on {page}")


@pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning")
@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_generated_input_never_breaks_a_member_form(client, stage, no_rate_limits, target):
    person = stage.people[target.persona] if target.persona else None
    page = target.page.format(**stage.kwargs)
    action = (target.action or target.page).format(**stage.kwargs)
    if person:
        client.force_login(person)
    form = form_on(client.get(page).content.decode(), action, page, target.method)

    @fuzz_settings(target.examples)
    @given(
        data=fuzzed_data(form.fields, files=target.files),
        hidden=hidden_strategy(form.hidden),
        language=LANGUAGE,
    )
    def send(data, hidden, language):
        path = localized(action, language)
        # Each example starts from the same world: what one saves is rolled back.
        with transaction.atomic():
            if person:
                client.force_login(person)
            response = getattr(client, target.method)(path, {**hidden, **data})
            transaction.set_rollback(True)
        if target.method == "get":
            assert response.status_code == 200, f"{path}: {response.status_code}"
            return
        check_answer(response, path)
        if target.keeps:
            check_kept(response, form.fields, data, path)

    send()


# --- Pages without a form of their own: the events list and the language switcher -------------

QUERY = st.dictionaries(
    st.one_of(
        st.sampled_from(["q", "page", "region", "year", "mode", "objective", "lang"]), NASTY_TEXT
    ),
    NASTY_TEXT,
    max_size=4,
)

SWITCHED_PAGES = [
    "/en/",
    "/en/events/",
    "/en/pledges/",
    "/en/organisations/",
    "/en/practices/",
    "/en/discussions/",
    "/en/surveys/",
    "/en/objectives/6/",
]


@pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning")
def test_generated_query_strings_never_break_a_page_or_its_language_switcher(client, stage):
    """The events list and the other public pages take any query string; the language switcher
    keeps it, in every language's link, escaped."""

    @fuzz_settings(40)
    @given(page=st.sampled_from(SWITCHED_PAGES), params=QUERY, language=LANGUAGE)
    def visit(page, params, language):
        path = localized(page, language)
        response = client.get(path, params)
        assert response.status_code == 200, f"{path}?{params}: {response.status_code}"
        html = response.content.decode()
        switcher = html[html.index('class="language-switcher"') :]
        for code in ("en", "ar", "fr"):
            if code != language:
                assert f'href="/{code}/' in switcher, f"{path}: no link to the {code} version"

    visit()


# --- Every member form is fuzzed somewhere -----------------------------------------------------

# Forms fuzzed in the registry's and the pledges' own fuzz tests, by the URL name they post to.
FUZZED_ELSEWHERE = {
    "stakeholders:organisation_register": "tests/stakeholders/test_form_fuzzing.py",
    "stakeholders:organisation_edit": "tests/stakeholders/test_form_fuzzing.py",
    "stakeholders:profile_edit": "tests/stakeholders/test_form_fuzzing.py",
    "stakeholders:organisation_list": "tests/stakeholders/test_form_fuzzing.py",
    "stakeholders:organisation_join": "tests/stakeholders/test_form_fuzzing.py",
    "pledges:pledge_create": "tests/pledges/test_fuzz.py",
    "pledges:pledge_edit": "tests/pledges/test_fuzz.py",
    "pledges:progress_create": "tests/pledges/test_fuzz.py",
    "pledges:pledge_withdraw": "tests/pledges/test_fuzz.py",
    "pledges:pledge_list": "tests/pledges/test_fuzz.py",
    "pledges:dashboard": "tests/pledges/test_fuzz.py",
}

# Forms that are a button and nothing else: there is nothing to generate (the permission matrix
# and each app's tests post them).
BUTTONS_ONLY = "no field but the CSRF token"

PLACEHOLDERS = {"event": "x", "discussion": "x", "contribution": 1, "survey": "x", "org": "x"}
PLACEHOLDERS["membership"] = 1


def fuzzed_url_names() -> dict[str, str]:
    names = dict(FUZZED_ELSEWHERE)
    for target in TARGETS:
        action = (target.action or target.page).format(**PLACEHOLDERS)
        names[resolve(action).view_name] = target.name
    for _name, _persona, path in ACCOUNT_FORMS:
        names[resolve(path).view_name] = _name
    return names


def test_every_member_form_is_fuzzed(reference, media_root):
    """Each page of the permission matrix, seen by a visitor, a member and an administrator of a
    verified organisation: every form with a field to fill is in one of the fuzz lists."""
    from tests.security.test_permission_matrix import EXPECTED, path_for

    world = build_world()
    fuzzed = fuzzed_url_names()
    missing = {}
    for persona in ("anonymous", "member_a", "admin_a", "member_b"):
        client = Client()
        if world.people[persona]:
            client.force_login(world.people[persona])
        for route, name in project_urls():
            if name not in EXPECTED or name.startswith(("reports:", "translation_queue")):
                continue  # the secretariat's and coordinators' tools are not member forms
            try:
                page = path_for(route, name, world)
            except (KeyError, AssertionError):
                continue  # a URL the permission matrix does not probe yet: its own test says so
            response = client.get(page)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            for form in page_forms(response.content.decode()):
                fields = (set(form.fields) | set(form.hidden)) - {"csrfmiddlewaretoken"}
                if not fields:
                    continue  # BUTTONS_ONLY
                action = urlsplit(form.action).path if form.action else page
                view_name = resolve(action).view_name
                if view_name not in fuzzed:
                    missing.setdefault(view_name, f"{persona} on {page}: {sorted(fields)}")
    assert missing == {}, f"add these forms to TARGETS: {missing}"
