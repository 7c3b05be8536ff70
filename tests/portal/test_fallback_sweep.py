"""No translated text vanishes in a language it was not written in.

Every field registered with django-modeltranslation, found by introspection, is filled in ONE
language only (in turn English, Arabic and French), in every row; then every page a visitor and
the secretariat see (the security sweep's pages: tests/security) and the print HTML and PDF of
every kind of report are read in the three languages. Wherever a version shows a field's text,
the other two versions must show it as often, inside an element that says its language
(`lang`), which is what the translation notes hang on. A field added later is swept without
anyone adding it here.
"""

import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from modeltranslation.translator import translator

from common.cache import local_pages
from consultations.models import Event
from gcm.models import RoundTable
from reports.models import Report
from reports.rendering import html_to_pdf, render_html
from stakeholders.models import User
from tests.security.test_markup_injection import DEMO_ORGADMIN, client_for, page_paths
from tests.security.world import build_world

LANGUAGES = [code for code, _name in django_settings.LANGUAGES]
MARKER = re.compile(r"FB\d{3}")
WORDS = {"en": "English only", "ar": "بالعربية فقط", "fr": "en français seulement"}

# Fields no page or report shows in any language, and why.
PARTS = "the event page and summary show parts and other dates from r17/meetings on; remove then"
NOT_SHOWN: dict[str, str] = {
    "consultations.EventDate.label": PARTS,
    "consultations.EventPart.title": PARTS,
    "consultations.EventPart.description": PARTS,
    "consultations.EventPart.location": PARTS,
    "engagement.Question.help_text": "shown only in the survey's form, to a member whose "
    "organisation has not answered yet (neither the visitor nor the secretariat)",
}
# Charts whose bars and table rows are built as plain text (pledges/dashboard.py,
# engagement's survey results and the briefing's survey tables): shown there, the text is in
# place but not yet marked with its language. {(page or report, field): why}
PLAIN_TEXT_CHARTS = {
    ("/en/pledges/dashboard/", "gcm.Objective.short_title"): "bars of pledges/dashboard.py",
    ("/en/surveys/gcm-implementation-mena/results/", "*"): "survey result rows and captions",
    ("round_table_briefing", "gcm.Objective.short_title"): "survey tables in the briefing",
}


def _plain_chart(where: str, label: str) -> bool:
    place = where.split(" ")[1] if where.startswith(("anonymous", "secretariat")) else where
    place = place.split(" ")[0]
    return (place, label) in PLAIN_TEXT_CHARTS or (place, "*") in PLAIN_TEXT_CHARTS


# Pages whose content differs by language on purpose, and why.
PER_LANGUAGE_PAGES = {
    "/en/secretariat/translations/": "the translation queue lists, for the page's language, "
    "the texts that language lacks; a text written in it is not in its queue",
}
# Elements that cannot say the language of part of their text, and why: shown there, the text
# is not marked (a <select>'s options are plain text; the survey charts draw SVG text).
UNMARKED_ELEMENTS = {
    "option": "a choice in a filter's <select>: plain text, and the list shows no note",
    "text": "a label drawn in a survey's SVG bar chart; the table under it is the accessible copy",
}


@dataclass
class Sweep:
    """marker -> (field, language it is written in)."""

    fields: dict[str, tuple[str, str]] = field(default_factory=dict)


def translated_fields():
    """(model, field) of every field registered with modeltranslation, in a stable order."""
    pairs = []
    for model in translator.get_registered_models():
        if model._meta.proxy or model._meta.abstract:
            continue
        for name in sorted(translator.get_options_for_model(model).fields):
            pairs.append((model, name))
    return sorted(pairs, key=lambda pair: (pair[0]._meta.label, pair[1]))


def fill_in_one_language() -> Sweep:
    sweep = Sweep()
    by_model: dict = {}
    for number, (model, name) in enumerate(translated_fields(), start=1):
        language = LANGUAGES[number % len(LANGUAGES)]
        marker = f"FB{number:03d}"
        column = model._meta.get_field(f"{name}_{language}")
        text = f"{marker} {WORDS[language]}"[: column.max_length or None]
        sweep.fields[marker] = (f"{model._meta.label}.{name}", language)
        values = by_model.setdefault(model, {})
        for code in LANGUAGES:
            values[f"{name}_{code}"] = text if code == language else ""
    for model, values in by_model.items():
        model._base_manager.update(**values)
    cache.clear()
    local_pages.clear()
    return sweep


class Occurrences(HTMLParser):
    """Each marker in the text of a page's body, with the language of the element holding it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.found: list[tuple[str, str, str]] = []  # (marker, language, element)
        self.in_body = False

    VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col", "area"}

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in self.VOID:
            return
        self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not self.in_body or any(tag in {"script", "style"} for tag, _ in self.stack):
            return
        language = next((lang for _tag, lang in reversed(self.stack) if lang), "")
        element = self.stack[-1][0]
        self.found.extend((marker, language[:2], element) for marker in MARKER.findall(data))


def occurrences(html: str, page_language: str) -> list[tuple[str, str, str]]:
    parser = Occurrences()
    parser.stack.append(("html", page_language))  # pages declare it on <html>
    parser.feed(html)
    parser.close()
    return parser.found


def compare(sweep: Sweep, where: str, versions: dict[str, str]) -> tuple[list, set]:
    """Problems with the three language versions of one document, and the markers it shows."""
    found = {language: occurrences(html, language) for language, html in versions.items()}
    counts = {language: Counter(m for m, _lang, _tag in found[language]) for language in found}
    problems, seen = [], set()
    for marker, (label, written_in) in sweep.fields.items():
        expected = counts[written_in][marker]
        if not expected:
            continue
        seen.add(marker)
        for language in LANGUAGES:
            if language == written_in:
                continue
            shown = counts[language][marker]
            if shown < expected:
                problems.append(
                    f"{where} ({language}): {label}, written in {written_in} only, shown "
                    f"{shown} times instead of {expected}"
                )
            unmarked = [
                tag
                for m, lang, tag in found[language]
                if m == marker and lang != written_in and tag not in UNMARKED_ELEMENTS
            ]
            if unmarked and not _plain_chart(where, label):
                problems.append(
                    f"{where} ({language}): {label} shown in {written_in} without "
                    f'lang="{written_in}" (in <{unmarked[0]}>)'
                )
    return problems, seen


@pytest.fixture
def one_language_world(reference, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PORTAL_REQUIRE_MFA = False
    world = build_world()
    call_command("load_demo", stdout=StringIO())
    world.people["orgadmin"] = User.objects.get(email=DEMO_ORGADMIN)
    return world, fill_in_one_language()


def read_pages(world, sweep: Sweep) -> tuple[list, set]:
    with translation.override("en"):
        paths = page_paths(world)
    problems, seen = [], set()
    for persona in ("anonymous", "secretariat"):
        client = client_for(world, persona)
        for path in paths:
            if path in PER_LANGUAGE_PAGES:
                continue
            versions = {}
            for language in LANGUAGES:
                response = client.get(f"/{language}/{path.removeprefix('/en/')}")
                if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                    break
                versions[language] = response.content.decode()
            else:
                found, shown = compare(sweep, f"{persona} {path}", versions)
                problems += found
                seen |= shown
    return problems, seen


REPORTS = [
    (Report.Kind.MEETING_SUMMARY, lambda: Event.objects.order_by("pk")),
    (Report.Kind.ROUND_TABLE_BRIEFING, lambda: RoundTable.objects.order_by("pk")),
]


def pdf_text(html: str) -> str:
    pdf = html_to_pdf(html)
    return subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf.data, capture_output=True, check=True
    ).stdout.decode()


def read_reports(sweep: Sweep) -> tuple[list, set]:
    """The print HTML of every report in three languages; the PDF text of the richest of each
    kind: every marker its source-language PDF shows, the other two show as well."""
    problems, seen = [], set()
    for kind, subjects in REPORTS:
        richest, most = None, -1
        for subject in subjects():
            versions = {code: render_html(kind, subject, code) for code in LANGUAGES}
            found, shown = compare(sweep, f"{kind} {subject.pk}", versions)
            problems += found
            seen |= shown
            if len(shown) > most:
                richest, most = subject, len(shown)
        texts = {code: pdf_text(render_html(kind, richest, code)) for code in LANGUAGES}
        for marker, (label, written_in) in sweep.fields.items():
            if marker not in texts[written_in]:
                continue
            for code in LANGUAGES:
                if marker not in texts[code]:
                    problems.append(f"{kind} PDF ({code}): {label} ({written_in} only) missing")
    return problems, seen


@pytest.mark.django_db
def test_every_translated_field_shows_in_the_other_languages(one_language_world):
    world, sweep = one_language_world
    problems, seen = read_pages(world, sweep)
    report_problems, in_reports = read_reports(sweep)
    problems = sorted(set(problems + report_problems))
    assert problems == [], "\n".join(problems[:400])
    unseen = {sweep.fields[m][0] for m in set(sweep.fields) - seen - in_reports}
    unexplained = sorted(unseen - set(NOT_SHOWN))
    assert unexplained == [], f"{unexplained} shown nowhere: list them in NOT_SHOWN, with why"
    assert len(sweep.fields) > 50
