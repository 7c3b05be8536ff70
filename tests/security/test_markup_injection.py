"""No text that people write becomes markup, anywhere the portal shows it.

Every free-text column of the portal's models (every language column of translated fields),
found by introspection, gets its own payload of markup and template syntax; then every page
(as visitors, members, the secretariat and coordinators, in English, Arabic and French), every
admin page, e-mail, CSV/JSON export and report (HTML and PDF text) is read, and each place that
shows a payload must show it whole, as text. A new model field, form, page or template is
covered without anyone adding it here (see tests/security/markup.py).
"""

import csv
import io
import json
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.contrib import admin
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.core.management import call_command
from django.forms import ModelForm
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator

from common.cache import local_pages
from consultations.models import Event
from engagement.models import Survey
from gcm.models import RoundTable
from reports.models import Report
from reports.rendering import html_to_pdf, render_html
from stakeholders.models import AccreditationClaim, User
from tests.security.markup import MARKER, Findings, is_free_text, payload
from tests.security.test_permission_matrix import EXPECTED
from tests.security.world import build_world, path_for, project_urls

PROJECT_APPS = {
    "common",
    "gcm",
    "stakeholders",
    "consultations",
    "pledges",
    "engagement",
    "reports",
}
LANGUAGES = [code for code, _name in django_settings.LANGUAGES]

# Columns that only the portal's code writes, with values it compares or looks up: a payload
# there tests nothing a person can do and breaks the lookup.
WRITTEN_BY_CODE = {
    "common.AuditRecord": {"object_id", "action", "from_state", "to_state"},
    "reports.Report": {"fingerprint", "worker"},
    "stakeholders.User": {"password"},  # a hash; changing it signs everyone out
}
# Columns a person writes through a form that offers only valid values (a list of languages),
# though the model itself does not restrict them.
CHOSEN_FROM_A_LIST = {"engagement.Contribution": {"language"}}

# Columns that no page, admin page, e-mail, export or report shows, and why.
NOT_SHOWN = {
    "stakeholders.AccreditationClaim.reason": "kept with the claim; the same words are e-mailed "
    "and shown in the organisation's history, from its audit record (AuditRecord.reason)",
    "pledges.Pledge.decision_reason": "the latest decision's copy; the pledge's history shows "
    "every decision's reason from its audit record (AuditRecord.reason)",
}

# Between them they see every page: the secretariat sees the reports area too.
PAGE_PERSONAS = ["anonymous", "admin_a", "orgadmin", "secretariat"]
DEMO_ORGADMIN = "orgadmin@imrf-portal.example"


def translated_fields(model) -> set[str]:
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def text_columns(model) -> list[str]:
    """The model's free-text columns: each language column of a translated field, never the
    untranslated column modeltranslation keeps beside them."""
    label = model._meta.label
    skipped = translated_fields(model) | WRITTEN_BY_CODE.get(label, set())
    skipped |= CHOSEN_FROM_A_LIST.get(label, set())
    fields = model._meta.concrete_fields
    return [f.name for f in fields if is_free_text(f) and f.name not in skipped]


def project_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and not model._meta.proxy
    ]


def writable_columns(superuser) -> set[tuple[str, str]]:
    """(model label, column) of every text column that a form writes: the admin's forms and
    inlines (the secretariat) and every ModelForm of the portal (stakeholders)."""
    request = RequestFactory().get("/admin/")
    request.user = superuser
    forms = []
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        forms.append(model_admin.get_form(request))
        forms += [i.get_formset(request).form for i in model_admin.get_inline_instances(request)]
    forms += [f for f in _subclasses(ModelForm) if f.__module__.split(".")[0] in PROJECT_APPS]
    columns = set()
    for form in forms:
        model = form._meta.model._meta.concrete_model
        translated = translated_fields(model)
        for name in form.base_fields:
            names = [f"{name}_{code}" for code in LANGUAGES] if name in translated else [name]
            for column in names:
                try:
                    field = model._meta.get_field(column)
                except FieldDoesNotExist:  # a form field that is not a column
                    continue
                if is_free_text(field):
                    columns.add((model._meta.label, column))
    return columns


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def poison() -> dict[str, str]:
    """Writes a payload into every free-text column of every row; returns marker -> payload,
    and marker -> the column it went to (under "where")."""
    payloads, where, number = {}, {}, 0
    for model in project_models():
        values = {}
        for column in text_columns(model):
            number += 1
            field = model._meta.get_field(column)
            text = payload(number, field.max_length)
            marker = text[:5]
            payloads[marker], where[marker] = text, f"{model._meta.label}.{column}"
            values[column] = text
        if values:
            model._base_manager.update(**values)
    cache.clear()
    local_pages.clear()
    return payloads, where


@pytest.fixture
def poisoned(reference, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PORTAL_REQUIRE_MFA = False  # who may reach a page is the matrix's business
    world = build_world()
    call_command("load_demo", stdout=StringIO())
    _claims(world)
    world.people["orgadmin"] = User.objects.get(email=DEMO_ORGADMIN)
    payloads, where = poison()
    return world, Findings(payloads), where


def _claims(world) -> None:
    """A claimed accreditation awaiting the secretariat, and one it declined."""
    organisation = world.people["admin_a"].memberships.get().organisation
    claims = AccreditationClaim.objects
    claims.create(organisation=organisation, migrant_led=True, claimed_by=world.people["admin_a"])
    claims.create(
        organisation=organisation,
        imrf_accreditation="approved",
        state=AccreditationClaim.State.DECLINED,
        decided_by=world.people["secretariat"],
        reason="No letter of accreditation",
    )


def client_for(world, persona) -> Client:
    client = Client()
    if world.people.get(persona) is not None:
        client.force_login(world.people[persona])
    return client


def read(findings: Findings, where: str, response) -> None:
    assert response.status_code < 500, f"{where} answered {response.status_code}"
    if response.status_code != 200:
        return
    body = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if "pdf" in kind or "octet-stream" in kind:
        return
    text = body.decode("utf-8-sig")
    if "html" in kind:
        findings.check_html(where, text)
    elif "json" in kind:
        for value in _strings(json.loads(text)):
            findings.check_text(where, value)
    elif "csv" in kind:
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                findings.check_text(where, cell)
    else:
        findings.check_text(where, text)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def page_paths(world) -> list[str]:
    """Every page of the resolver (with the matrix's objects), and the page of a few records of
    each kind and state (the demo's full meeting record, pledges in every state, ...)."""
    paths = [
        path_for(route, name, world)
        for route, name in project_urls()
        if name in EXPECTED and not name.startswith(("account_", "mfa_"))
    ]
    for model in project_models():
        if not hasattr(model, "get_absolute_url"):
            continue
        for record in _sample(model):
            paths.append(record.get_absolute_url())
    for survey in Survey.objects.all():  # answers show only in the results and their CSV
        paths += [
            reverse("engagement:survey_results", args=[survey.slug]),
            reverse("engagement:survey_export_csv", args=[survey.slug]),
        ]
    return sorted(set(paths))


def _sample(model, per_state=1, otherwise=3):
    """Every record of a kind the demo holds a few of (each meeting has its own shape); else one
    record per state (the page differs by state), or the first few."""
    if model._base_manager.count() <= 10:
        return list(model._base_manager.order_by("pk"))
    if any(f.name == "state" for f in model._meta.concrete_fields):
        seen, chosen = set(), []
        for record in model._base_manager.order_by("pk"):
            if record.state not in seen:
                seen.add(record.state)
                chosen.append(record)
        return chosen
    return list(model._base_manager.order_by("pk")[:otherwise])


def assert_clean(findings: Findings):
    problems = sorted(set(findings.problems))
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.django_db
def test_no_text_field_becomes_markup(poisoned):
    """Pages, exports and the admin; and every swept column is shown somewhere."""
    world, findings, where = poisoned
    read_pages(world, findings)
    read_admin(world, findings)
    assert_clean(findings)
    unseen = {where[marker] for marker in set(findings.payloads) - findings.seen}
    unexplained = sorted(unseen - set(NOT_SHOWN))
    assert unexplained == [], f"shown nowhere: list them in NOT_SHOWN, with why: {unexplained}"


def read_pages(world, findings: Findings) -> None:
    """Visitors' pages in every language; each other persona's pages in one language, taking
    the languages in turn, so that every language column is read on the pages that show it."""
    with translation.override("en"):
        paths = page_paths(world)
    for index, persona in enumerate(PAGE_PERSONAS):
        client = client_for(world, persona)
        for number, path in enumerate(paths):
            languages = LANGUAGES if persona == "anonymous" else [LANGUAGES[(index + number) % 3]]
            for language in languages:
                assert path.startswith("/en/"), path
                localized = f"/{language}/{path.removeprefix('/en/')}"
                read(findings, f"{persona} {localized}", client.get(localized))


def read_admin(world, findings: Findings) -> None:
    client = client_for(world, "superuser")
    for model in admin.site._registry:
        if model._meta.app_label not in PROJECT_APPS and model is not User:
            continue
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        response = client.get(base)
        assert response.status_code == 200, f"{base} answered {response.status_code}"
        read(findings, base, response)
        for record in _sample(model, otherwise=2):
            read(findings, f"{base}{record.pk}/change/", client.get(f"{base}{record.pk}/change/"))
    for route, name in project_urls():
        # The secretariat's decision pages (common.admin_decisions): one per record and decision.
        if name and name.startswith("admin:") and "<str:decision>" in route:
            model = _model_of(name)
            for record in _sample(model, otherwise=1):
                for decision in admin.site._registry[model].decisions:
                    url = "/" + route.replace("<path:object_id>", str(record.pk))
                    url = url.replace("<str:decision>", decision)
                    read(findings, url, client.get(url))
    for record in _sample(apps.get_model("pledges", "Pledge")):
        for decision in ("publish", "request_changes", "reject"):
            url = f"/admin/pledges/pledge/{record.pk}/decide/{decision}/"
            assert client.get(url).status_code == 200, url  # the addresses stay as they were


def _model_of(admin_url_name: str):
    label = admin_url_name.removeprefix("admin:").rsplit("_", 1)[0]
    for model in admin.site._registry:
        if f"{model._meta.app_label}_{model._meta.model_name}" == label:
            return model
    raise LookupError(admin_url_name)


EMAIL_TEMPLATES = sorted(
    path.name.removesuffix("_body.txt")
    for path in (Path(django_settings.BASE_DIR) / "templates" / "email").glob("*_body.txt")
)


def email_context(world) -> dict:
    """Every record an e-mail template may name, each one a poisoned record."""
    models = {
        "pledge": ("pledges", "Pledge"),
        "input": ("consultations", "Input"),
        "practice": ("engagement", "Practice"),
        "organisation": ("stakeholders", "Organisation"),
        "registration": ("consultations", "Registration"),
        "seat": ("consultations", "SharedSeat"),
        "contribution": ("engagement", "Contribution"),
        "discussion": ("engagement", "Discussion"),
        "membership": ("stakeholders", "Membership"),
        "claim": ("stakeholders", "AccreditationClaim"),
    }
    context = {name: apps.get_model(*label)._base_manager.first() for name, label in models.items()}
    context["discussions"] = [
        {"discussion": context["discussion"], "contributions": [context["contribution"]]}
    ]
    context["changes"] = context["claim"].changes()
    context["person"] = world.people["member_a"]
    context["resubmitted"] = False
    return context


@pytest.mark.django_db
def test_no_text_field_becomes_markup_in_emails(poisoned):
    """E-mails are plain text: the payload must read exactly as it was written, neither run as
    a template nor escaped into entities. Every notification template, in every language."""
    world, findings, _where = poisoned
    reason = payload(999, None)
    findings.payloads[reason[:5]] = reason
    context = {**email_context(world), "reason": reason, "site_url": django_settings.SITE_URL}
    silent = []
    for template in EMAIL_TEMPLATES:
        for language in LANGUAGES:
            with translation.override(language):
                full = {**context, "recipient": world.people["admin_a"], "language": language}
                subject = render_to_string(f"email/{template}_subject.txt", full)
                body = render_to_string(f"email/{template}_body.txt", full)
            text = " ".join(subject.split()) + "\n" + body
            findings.check_text(f"{template} ({language})", text)
            if not MARKER.search(text):
                silent.append(f"{template} ({language})")
    assert_clean(findings)
    assert silent == [], "these e-mails show no written text: give them a record to show"


REPORT_SUBJECTS = [
    (Report.Kind.MEETING_SUMMARY, lambda: Event.objects.order_by("pk")),
    (Report.Kind.ROUND_TABLE_BRIEFING, lambda: RoundTable.objects.order_by("pk")),
]


@pytest.mark.django_db
def test_no_text_field_becomes_markup_in_reports(poisoned):
    """The print HTML of every meeting summary and briefing in three languages, and the text
    WeasyPrint puts in the PDF of the richest of each."""
    _world, findings, _where = poisoned
    for kind, subjects in REPORT_SUBJECTS:
        richest = None
        for subject in subjects():
            for language in LANGUAGES:
                html = render_html(kind, subject, language)
                before = len(findings.seen)
                findings.check_html(f"{kind} {subject.pk} ({language})", html)
                if richest is None or len(findings.seen) > before:
                    richest = subject
        # A long payload wraps across lines in the PDF: read it without any white space.
        in_pdf = Findings({m: "".join(p.split()) for m, p in findings.payloads.items()})
        for language in LANGUAGES:
            pdf = html_to_pdf(render_html(kind, richest, language))
            text = subprocess.run(
                ["pdftotext", "-raw", "-", "-"], input=pdf.data, capture_output=True, check=True
            ).stdout.decode()
            before = len(in_pdf.seen)
            if translation.get_language_info(language)["bidi"]:
                # Extracted from right-to-left lines, Latin runs come back mirrored ("<" for
                # ">"): the print HTML above was checked; here, that the text is in the PDF.
                in_pdf.seen |= set(MARKER.findall(text))
            else:
                in_pdf.check_text(f"{kind} PDF ({language})", "".join(text.split()))
            assert len(in_pdf.seen) > before, f"{kind} PDF ({language}) shows no written text"
    assert_clean(findings)
    assert_clean(in_pdf)


@pytest.mark.django_db
def test_every_writable_text_field_is_swept(poisoned):
    """The sweep covers every column a form writes, and every swept column is shown somewhere
    (or listed in NOT_SHOWN with the reason)."""
    world, _findings, where = poisoned
    swept = set(where.values())
    superuser = world.people["superuser"]
    writable = {f"{label}.{column}" for label, column in writable_columns(superuser)}
    assert writable - swept == set()
    assert len(swept) > 150
