"""Texts in other languages and Arabic typography on the event page and its meeting summary:
“written in Spanish”, one translation note per list, isolated names and Arabic list
punctuation."""

import subprocess

import pytest

from consultations.models import GuidingQuestion, KeyPoint, Organiser
from reports.models import Report
from reports.rendering import html_to_pdf, render_html
from tests.factories import AgendaItemFactory, EventFactory, SpeakerFactory
from tests.reports.pdf import BIDI_MARKS

from .helpers import page_text, url

NOTE_AR = "معروض باللغة"  # start of “Shown in English — Arabic translation pending” in Arabic


@pytest.fixture
def event(db):
    event = EventFactory(title_ar="حوار مع أصحاب المصلحة", background_ar="خلفية الحوار.")
    for order, name in enumerate(["UN Migration", "ESCWA"]):
        Organiser.objects.create(event=event, order=order, name_en=name)
    item = AgendaItemFactory(event=event, title_ar="عرض", summary_ar="ما عُرض.")
    SpeakerFactory(agenda_item=item, name_en="Amy Muedin", title_en="Deputy Head")
    for order in range(3):
        KeyPoint.objects.create(agenda_item=item, order=order, text_en=f"Point {order}")
    GuidingQuestion.objects.create(
        agenda_item=item,
        text_en="What works?",
        other_languages={"es": {"text": "¿Qué funciona?"}},
    )
    AgendaItemFactory(event=event, title_en="", other_languages={"es": {"title": "Migración"}})
    return event


def test_the_translation_note_is_said_once_per_list(client, event):
    """Three key points and a question in English only: one note under each list, not one
    after every bullet; each bullet still says its language."""
    html = client.get(url("consultations:event_detail", "ar", slug=event.slug)).content.decode()
    assert html.count('<span lang="en" dir="ltr">Point') == 3
    key_points = html[html.index('class="key-points"') :]
    key_points = key_points[: key_points.index("</ul>") + 200]
    assert key_points.count('class="translation-note"') == 1
    # key points, guiding questions, and the second item's summary (English only)
    assert page_text_of(html).count(NOTE_AR) == 3


def page_text_of(html: str) -> str:
    class Response:
        content = html.encode()

    return page_text(Response)


def test_a_text_only_in_spanish_says_so(client, event):
    english = client.get(url("consultations:event_detail", "en", slug=event.slug))
    html = english.content.decode()
    assert '<span lang="es" dir="ltr">Migración</span>' in html
    assert '<span lang="es" dir="ltr">¿Qué funciona?</span>' in html
    assert page_text(english).count("written in Spanish") == 2
    arabic = client.get(url("consultations:event_detail", "ar", slug=event.slug))
    assert "الإسبانية" in page_text(arabic)  # the language's name in the reader's language


def test_arabic_lists_and_names_are_isolated(client, event):
    html = client.get(url("consultations:event_detail", "ar", slug=event.slug)).content.decode()
    # Organisers are a list of their own on the page, each isolated; a sentence joins them with
    # Arabic commas (the event cards, the PDF cover).
    assert '<li><bdi><span lang="en" dir="ltr">UN Migration</span></bdi></li>' in html
    assert '<li><bdi><span lang="en" dir="ltr">ESCWA</span></bdi></li>' in html
    listing = client.get(url("consultations:event_list", "ar")).content.decode()
    organisers = '<bdi><span lang="en" dir="ltr">UN Migration</span></bdi>، '
    assert organisers + '<bdi><span lang="en" dir="ltr">ESCWA</span></bdi>' in listing
    assert '<span lang="en" dir="ltr">Amy Muedin</span></bdi>، <bdi>' in html


def pdf_words(event, language: str) -> str:
    pdf = html_to_pdf(render_html(Report.Kind.MEETING_SUMMARY, event, language))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf.data, capture_output=True, check=True
    ).stdout.decode()
    return " ".join(BIDI_MARKS.sub("", text).split())


def test_the_arabic_summary_keeps_and_apart_from_a_latin_name(event):
    html = render_html(Report.Kind.MEETING_SUMMARY, event, "ar")
    cover = html[html.index('class="organisers"') :].split("</p>")[0]
    assert cover.endswith('و <bdi><span lang="en" dir="ltr">ESCWA</span></bdi>')
    words = pdf_words(event, "ar")
    assert "ESCWA" in words
    assert "وESCWA" not in words and "ESCWAو" not in words
    assert "¿Qué funciona?" in pdf_words(event, "en")


@pytest.mark.usefixtures("reference")
def test_objectives_are_linked_as_tags_or_as_a_list_in_the_readers_language(db):
    """Built in one pass by the objective_links tag: the same markup the template's loop gave."""
    from django.template import Context, Template
    from django.utils import translation

    from gcm.models import Objective

    template = Template(
        "{% load consultations %}{% objective_links objectives %}|"
        "{% objective_links objectives tags=False %}"
    )
    objectives = list(Objective.objects.filter(number__in=[2, 5]))
    with translation.override("ar"):
        tags, listed = template.render(Context({"objectives": objectives})).split("|")
        title = objectives[0].title_ar

    assert tags == (
        f'<a class="tag" href="/ar/objectives/2/" title="{title}">2</a>'
        f'<a class="tag" href="/ar/objectives/5/" title="{objectives[1].title_ar}">5</a>'
    )
    assert listed.startswith(f'<a href="/ar/objectives/2/" title="{title}">2</a>، <a href=')
