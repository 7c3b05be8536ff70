"""The seed meeting summary is the yardstick: its event page, in English, holds everything the
document holds — every paragraph, bullet point, question, speaker and figure — and the Arabic
and French pages read right, marked as working translations."""

import re
from pathlib import Path

import pytest

from consultations.models import AgendaItem, Event, Intervention, KeyPoint, Speaker
from demo import meetings

from .helpers import page_text, url

# The record as the UN Network published it, carried in the project like the reference data.
SEED_FILE = (
    Path(__file__).resolve().parents[2]
    / "consultations"
    / "data"
    / "seeds"
    / "unnm-arab-region-imrf-dialogue-2022-02-10.txt"
)

pytestmark = pytest.mark.usefixtures("reference")

HONORIFIC = r"(?:Ms|Mrs|Mr|Dr)\."
NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+"
SECTION_HEADINGS = {
    "1. Background and objective": "Background and objective",
    "2. Participants": "Participants",
    "3. Summary of presentations and interventions": "Summary of presentations and interventions",
    "4. Relevant documents": "Relevant documents",
}


def clean(line: str) -> str:
    """The seed's text without its markdown: links, bold, italics and the footnote mark."""
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    return line.replace("**", "").replace("*", "").replace("¹", "").strip()


def seed_lines() -> list[str]:
    return [
        clean(line) for line in SEED_FILE.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def first_words(text: str, count: int = 10) -> str:
    return " ".join(text.split()[:count])


def significant_words(text: str) -> set[str]:
    words = re.findall(r"[\w'’-]+", text.lower())
    return {word.rstrip("s") for word in words if len(word) > 3}


@pytest.fixture
def seed_page(client):
    meetings.seed_event()
    response = client.get(url("consultations:event_detail", slug="arab-region-imrf-dialogue-2022"))
    assert response.status_code == 200
    return page_text(response)


def test_every_paragraph_and_bullet_of_the_seed_is_on_the_english_page(seed_page):
    missing = []
    for line in seed_lines():
        if line in SECTION_HEADINGS:
            expected = SECTION_HEADINGS[line]
        elif re.match(r"^- [ivx]+\.Round table", line):
            continue  # the round tables: next test
        elif line.startswith("Thursday, 10th February 2022"):
            expected = "Thursday 10 February 2022"
        elif line == "Meeting Summary report":
            expected = "Meeting summary"
        elif line.startswith("United Nations: "):
            continue  # the footnote: see the figures test
        elif line.startswith("- ") and ":" in line and line.rstrip().endswith(("EN", "HERE")):
            expected = line[2:].split(":")[0]  # a document's title; its links: documents test
        elif re.match(rf"^(by )?{HONORIFIC} {NAME}", line) and len(line) < 160:
            continue  # a speaker's line: see the speakers test
        elif line.startswith("The meeting targeted"):
            expected = "The meeting targeted different stakeholder groups including"
        elif line.startswith("- "):
            expected = first_words(line[2:])
        else:
            expected = first_words(re.sub(r"^\d+\. ", "", line)).removesuffix(":")
        if expected.lower() not in seed_page.lower():
            missing.append(expected)
    assert missing == [], "\n".join(missing)


def test_the_stakeholder_groups_targeted(seed_page):
    sentence = next(line for line in seed_lines() if line.startswith("The meeting targeted"))
    assert "including migrants, civil society" in sentence
    for label in [
        "Migrants",
        "Civil society",
        "Migrant and diaspora organisations",
        "Faith-based organisations",
        "Local authorities and communities",
        "Private sector",
        "Trade unions",
        "Parliamentarians",
        "National human rights institutions",
        "Red Cross and Red Crescent Movement",
        "Academia",
        "Media",
        "Other relevant stakeholders",
    ]:
        assert label in seed_page


def test_every_speaker_of_the_seed_is_named_with_title_and_organisation(seed_page):
    lines = seed_lines()
    people = {
        match.group(0) for line in lines for match in re.finditer(rf"{HONORIFIC} {NAME}", line)
    }
    assert len(people) == 20  # 9 speakers and moderators, 11 interventions from the floor
    for person in sorted(people):
        assert person in seed_page, person
    # Each speaker line ("by …", a moderator, an intervention's speaker) with its title and
    # organisation, word for word in whatever order the page gives them.
    speaker_lines = [
        line
        for line in lines
        if (re.match(rf"^(by )?{HONORIFIC} {NAME}", line) and len(line) < 160)
        or line.startswith("Moderated by")
    ]
    assert len(speaker_lines) == 19  # the opening remarks name their speaker in the text
    for line in speaker_lines:
        person = re.search(rf"{HONORIFIC} {NAME}", line).group(0)
        start = seed_page.index(person)
        window = seed_page[start : start + 400]
        if line.startswith("Moderated by"):
            line = line.split(", discussions were held")[0].removeprefix("Moderated by ")
        missing = significant_words(line) - significant_words(window)
        assert missing == set(), (person, missing)


def test_the_figures_and_the_footnote_agencies(seed_page):
    assert (
        "A total of 145 participants attended the meeting, including 88 participants from the "
        "various stakeholder groups and 57 participants from UN Country Teams in the Arab region "
        "and members of Regional and National UN Migration Networks representing 8 agencies"
    ) in seed_page
    footnote = next(line for line in seed_lines() if line.startswith("United Nations: "))
    for agency in footnote.removeprefix("United Nations: ").split(", "):
        assert agency in seed_page.split("United Nations:")[1], agency
    event = Event.objects.get(slug="arab-region-imrf-dialogue-2022")
    figures = event.recorded_figures
    assert (figures.total, figures.stakeholders, figures.un_staff, figures.un_agency_count) == (
        145,
        88,
        57,
        8,
    )


def test_the_round_tables_and_their_objectives(seed_page):
    for line in seed_lines():
        match = re.match(r"^- ([ivx]+)\.Round table \w+: objectives ([\d, and]+);", line)
        if not match:
            continue
        number = ["i", "ii", "iii", "iv"].index(match.group(1)) + 1
        objectives = re.findall(r"\d+", match.group(2))
        assert f"Round table {number}: objectives {', '.join(objectives)}" in seed_page


def test_the_documents_with_their_language_versions(client):
    meetings.seed_event()
    html = client.get(
        url("consultations:event_detail", slug="arab-region-imrf-dialogue-2022")
    ).content.decode()
    for symbol in ("A/RES/73/326", "A/RES/73/195"):
        for language in ("ar", "fr", "en"):
            assert f'href="https://undocs.org/{language}/{symbol}" hreflang="{language}"' in html


def test_the_record_is_structured_not_one_block_of_text(db):
    event = meetings.seed_event()

    items = list(event.agenda_items.all())
    assert [item.kind for item in items] == [
        "other",
        "opening_remarks",
        "presentation",
        "presentation",
        "presentation",
        "open_discussion",
        "presentation",
        "open_discussion",
        "recapitulation",
        "closing_remarks",
    ]
    assert event.aims.count() == 5
    assert KeyPoint.objects.filter(agenda_item__event=event).count() == 5 + 3 + 6 + 10
    assert KeyPoint.objects.filter(agenda_item__event=event).exclude(label_en="").count() == 2
    discussions = [item for item in items if item.is_open_discussion]
    assert [d.guiding_questions.count() for d in discussions] == [3, 5]
    assert [d.moderator.name_en for d in discussions] == ["Ibrahim Awad", "Jean D'Cunha"]
    assert Speaker.objects.filter(agenda_item__event=event).count() == 9
    assert event.documents.count() == 5
    fragomen = Intervention.objects.get(name_en="Murtaza Khan")
    assert sorted(o.number for o in fragomen.objectives.all()) == [5, 6, 18]
    assert fragomen.organisation.slug == "fragomen"
    assert fragomen.group == "private_sector"
    # Every text is English in the original, with Arabic and French working translations.
    for model in (Event, AgendaItem, KeyPoint, Speaker, Intervention):
        records = model.objects.all()
        assert records.exists()
        assert all(r.original_language == "en" for r in records)
        assert all(r.working_translations == ["ar", "fr"] for r in records)


def test_the_arabic_page_reads_right_to_left_as_a_working_translation(client):
    meetings.seed_event()

    response = client.get(
        url("consultations:event_detail", "ar", slug="arab-region-imrf-dialogue-2022")
    )

    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    text = page_text(response)
    assert "حوار شبكة الأمم المتحدة المعنية بالهجرة مع أصحاب المصلحة في المنطقة العربية" in text
    assert "ترجمة عمل" in text  # the page says once that its Arabic is a working translation
    assert "السيدة إيمي مودين" in text  # Ms. Amy Muedin
    assert "د. إبراهيم عوض" in text  # Dr. Ibrahim Awad
    assert "للأسئلة التوجيهية التالية" in text  # "the following guiding questions"
    assert "145" in text and "88" in text and "57" in text
    # No English sentence is left where an Arabic one belongs.
    assert "thanked participants" not in text


def test_the_french_page_reads_in_french(client):
    meetings.seed_event()

    text = page_text(
        client.get(url("consultations:event_detail", "fr", slug="arab-region-imrf-dialogue-2022"))
    )

    assert "Dialogue du Réseau des Nations Unies sur les migrations" in text
    assert "Mme Amy Muedin" in text
    assert "Interventions de la salle" in text
    assert "Au total, 145 personnes" in text
    assert "thanked participants" not in text


def test_loading_the_seed_twice_changes_nothing(db):
    meetings.seed_event()
    counts = [m.objects.count() for m in (Event, AgendaItem, KeyPoint, Speaker, Intervention)]

    meetings.seed_event()

    assert [m.objects.count() for m in (Event, AgendaItem, KeyPoint, Speaker, Intervention)] == (
        counts
    )
