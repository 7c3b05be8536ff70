"""The PDFs themselves, read with poppler as a person's tools read them: text, order, fonts,
pages, language and metadata of the seed meeting's summary in English, Arabic and French, and of
a round-table briefing."""

import re
from pathlib import Path

import pytest

from consultations.models import Input
from reports.models import Report
from tests.factories import OrganisationFactory, PledgeFactory
from tests.reports import pdf

pytestmark = pytest.mark.django_db

# Everyone who spoke at the seed meeting, in the order of the summary.
SEED_SPEAKERS = [
    "Amy Muedin",
    "Harsheth Virk",
    "Rosal Fischer",
    "Ayman Zohry",
    "Ibrahim Awad",
    "William Gois",
    "Sara El-Khatib",
    "Murtaza Khan",
    "Fabrizio Anzolini",
    "Khalid Ramli",
    "Sarah Badr",
    "Jocelyn DeJong",
    "Ghada Hammouda",
    "William Warda",
    "Rima Kalush",
    "Salim Korkmaz",
    "Monami Maulik",
    "Jean D'Cunha",
    "Sara Salman",
    "Carmela Godeau",
]
SEED_AGENCIES = ["ILO", "IOM", "OHCHR", "UN Women", "UNICEF", "UN ESCWA", "UNHCR"]


def file_of(report: Report) -> Path:
    assert report.state == Report.State.DONE, (report.failure, report.error)
    return Path(report.file.path)


def plain(text: str) -> str:
    return text.replace("\u2019", "'")


def summary(make_report, event, language) -> Path:
    return file_of(make_report(kind=Report.Kind.MEETING_SUMMARY, subject=event, language=language))


def test_english_summary_holds_every_speaker_and_figure_in_the_seed_order(seed_event, make_report):
    path = summary(make_report, seed_event, "en")
    text = plain(pdf.words(path))

    positions = [text.find(name) for name in SEED_SPEAKERS]
    assert -1 not in positions, [n for n, p in zip(SEED_SPEAKERS, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    for figure in ("A total of 145 participants", "88 participants", "57 participants"):
        assert figure in text
    assert "representing 8 agencies" in text
    for agency in SEED_AGENCIES:
        assert agency in text
    headings = [
        "1. Background and objective",
        "2. Participants",
        "3. Summary of presentations and interventions",
        "Opening Remarks",
        "Open Discussion 1",
        "Interventions from the floor:",
        "Open Discussion 2",
        "Recapitulation of the Discussions",
        "Closing Remarks",
        "4. Relevant documents",
    ]
    position = text.find("1. Background and objective", text.find("Contents") + 100)
    for heading in headings:  # each after the one before, as in the seed
        found = text.find(heading, position)
        assert found >= position, heading
        position = found
    assert "A/RES/73/195" in text


def test_english_summary_is_a4_paged_tagged_and_titled(seed_event, make_report):
    path = summary(make_report, seed_event, "en")
    info = pdf.info(path)
    pages = int(info["Pages"])

    assert pages > 1
    assert "595.276 x 841.89" in info["Page size"]  # A4
    assert info["Tagged"] == "yes"
    assert info["Title"].startswith("UN Network Dialogue with Stakeholders in the Arab region")
    assert pdf.languages(path) >= {"en"}
    assert f"Page 1 of {pages}" in pdf.text(path, first=1, last=1)
    assert f"Page {pages} of {pages}" in pdf.text(path, first=pages, last=pages)
    # The running header, from the second page on.
    assert "Meeting summary report" in pdf.text(path, first=2, last=2)
    assert {"Noto-Serif", "Noto-Sans-Bold"} <= pdf.fonts(path)


def test_arabic_summary_reads_right_to_left_in_an_arabic_typeface(seed_event, make_report):
    path = summary(make_report, seed_event, "ar")
    pages = int(pdf.info(path)["Pages"])
    text = pdf.text(path)

    assert "Noto-Naskh-Arabic" in pdf.fonts(path)
    assert pdf.languages(path) >= {"ar"}
    assert "\u202b" in pdf.raw_text(path)  # pdftotext found right-to-left runs
    # "Page 1 of N" in Arabic (pdftotext may move the spaces around the numbers).
    assert re.search(rf"صفحة\s*1\s*من\s*{pages}\b", pdf.text(path, first=1, last=1))
    assert "الخلفية والهدف" in text
    assert "المشاركون" in text
    # Latin names inside the Arabic text keep their letters and their order.
    assert "ILO, IOM, OHCHR, UN Women, UNICEF, UN ESCWA, UNHCR" in text
    # Arabic words come out as words (shaped glyphs map back to their letters).
    assert re.search(r"[\u0621-\u064a]{4,}", text)


def test_french_summary_numbers_its_pages_in_french(seed_event, make_report):
    path = summary(make_report, seed_event, "fr")
    pages = int(pdf.info(path)["Pages"])

    assert f"Page 1 sur {pages}" in pdf.text(path, first=1, last=1)
    assert "Contexte et objectif" in pdf.text(path)
    assert pdf.languages(path) >= {"fr"}


def test_text_not_yet_translated_is_shown_in_its_language_with_a_note(seed_event, make_report):
    seed_event.background_fr = ""
    seed_event.original_language = "en"
    seed_event.save()

    path = summary(make_report, seed_event, "fr")
    text = " ".join(pdf.text(path).split())

    assert "In agreeing to the Global Compact" in text
    assert "Affiché en anglais — traduction en français en attente" in text


def test_round_table_briefing_gathers_what_was_said_and_pledged_on_its_objectives(
    seed_event, make_report
):
    from gcm.models import RoundTable

    round_table = RoundTable.objects.get(forum__slug="imrf-2022", number=1)  # 2, 5, 6, 12, 18
    organisation = OrganisationFactory(name="Migrant Workers Link", group="trade_unions")
    published = Input.objects.create(
        organisation=organisation,
        kind=Input.Kind.RECOMMENDATION,
        title_en="Abolish recruitment fees charged to workers",
        text_en="Employers, not workers, should pay the cost of recruitment.",
        round_table=round_table,
        state=Input.State.PUBLISHED,
    )
    published.objectives.set(round_table.objectives.filter(number=6))
    unpublished = Input.objects.create(
        organisation=organisation,
        kind=Input.Kind.GAP,
        title_en="An input still awaiting moderation",
        text_en="Not yet published.",
        round_table=round_table,
    )
    unpublished.objectives.set(round_table.objectives.filter(number=6))
    PledgeFactory(title_en="Ethical recruitment hotline", state="published", objectives=[6])
    PledgeFactory(title_en="A pledge still in draft", state="draft", objectives=[6])
    PledgeFactory(title_en="A pledge on another round table", state="published", objectives=[1])

    report = make_report(kind=Report.Kind.ROUND_TABLE_BRIEFING, subject=round_table, language="en")
    text = " ".join(pdf.text(file_of(report)).split())

    assert "Round table 1" in text
    for objective in round_table.objectives.all():
        assert objective.title_en[:40] in text
    assert "Abolish recruitment fees charged to workers" in text
    assert "Ethical recruitment hotline" in text
    assert "An input still awaiting moderation" not in text
    assert "A pledge still in draft" not in text
    assert "A pledge on another round table" not in text
    assert "Contributions by stakeholder group" in text
    assert "Trade unions" in text
