"""Meetings as the Network holds them (#17), on the event page and in the meeting summary's
HTML: every role on every kind of item, parts with their own dates, times and time zones by
city, other dates, organisers that are Member States or IGOs, figures by constituency,
contributions made elsewhere, objectives and document kinds."""

import re

import pytest
from django.utils import translation

from consultations.figures import event_figures
from consultations.models import (
    AgendaItem,
    Speaker,
)
from consultations.programme import in_sentence
from gcm.models import Objective
from reports import rendering
from reports.models import Report
from tests.factories import (
    AgendaItemFactory,
    EventFactory,
    SpeakerFactory,
)

from .helpers import _Text, page_text, url
from .meetings import regional_review

pytestmark = pytest.mark.usefixtures("reference")

LANGUAGES = ["en", "ar", "fr"]


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


def summary_text(event, language: str) -> str:
    return html_text(rendering.render_html(Report.Kind.MEETING_SUMMARY, event, language))


def name_of(kind: str, role: str) -> str:
    """A name no other can contain: Zq<kind index>x<role index>Q."""
    return f"Zq{AgendaItem.Kind.values.index(kind)}x{Speaker.Role.values.index(role)}Q"


@pytest.fixture
def every_role_on_every_kind(db):
    event = EventFactory(slug="every-role", state="held", target_groups=["civil_society"])
    for kind in AgendaItem.Kind.values:
        item = AgendaItemFactory(event=event, kind=kind, title_en=f"Item {kind}")
        if item.is_open_discussion:
            item.guiding_questions.create(order=1, text_en="What now?")
        for role in Speaker.Role.values:
            SpeakerFactory(agenda_item=item, role=role, name_en=name_of(kind, role))
    return event


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_role_shows_on_every_kind_of_item_once_on_the_page_and_in_the_summary(
    client, every_role_on_every_kind, language
):
    event = every_role_on_every_kind
    page = page_text(client.get(url("consultations:event_detail", language, slug=event.slug)))
    summary = summary_text(event, language)

    for kind in AgendaItem.Kind.values:
        for role in Speaker.Role.values:
            name = name_of(kind, role)
            assert page.count(name) == 1, (language, kind, role, "page")
            assert summary.count(name) == 1, (language, kind, role, "summary")
    figures = event_figures(event)
    assert figures.speakers == len(AgendaItem.Kind.values) * len(Speaker.Role.values)
    assert {t.code: t.count for t in figures.speakers_by_group} == {
        "civil_society": figures.speakers
    }


def test_roles_read_as_the_seed_sentences_or_as_labelled_lines(client, every_role_on_every_kind):
    event = every_role_on_every_kind
    page = page_text(client.get(event.get_absolute_url()))
    summary = summary_text(event, "en")
    labels = {
        "speaker": "Speaker",
        "presenter": "Presenter",
        "keynote": "Keynote speaker",
        "chair": "Chair",
        "moderator": "Moderator",
        "panellist": "Panellist",
        "respondent": "Respondent",
        "rapporteur": "Rapporteur",
    }

    for text in (page, summary):
        for kind in AgendaItem.Kind.values:
            named = in_sentence(AgendaItem(kind=kind))
            for role in Speaker.Role.values:
                who = f"Ms. {name_of(kind, role)}, Regional Adviser, Regional Office"
                if role not in named:
                    assert f"{labels[role]}: {who}" in text, (kind, role)
                elif kind == "open_discussion":
                    assert f"Moderated by {who}, discussions were held in line" in text
                else:
                    assert f"by {who}" in text, (kind, role)


def test_roles_are_labelled_in_the_reader_s_language(client):
    event = EventFactory()
    panel = AgendaItemFactory(event=event, kind="panel")
    for name in ("Ana One", "Bo Two"):
        SpeakerFactory(agenda_item=panel, role="panellist", name_en=name)

    french = page_text(client.get(url("consultations:event_detail", "fr", slug=event.slug)))
    arabic = summary_text(event, "ar")

    assert "Panélistes :" in french
    assert "عضوا حلقة النقاش:" in arabic and "؛" in arabic  # two: the dual


def test_several_panellists_share_one_line(client):
    event = EventFactory()
    panel = AgendaItemFactory(event=event, kind="panel", title_en="High-level panel")
    SpeakerFactory(agenda_item=panel, role="chair", honorific="he", name_en="Ali Chair")
    for name in ("Ana One", "Bo Two"):
        SpeakerFactory(agenda_item=panel, role="panellist", honorific="", name_en=name)

    page = page_text(client.get(event.get_absolute_url()))
    summary = summary_text(event, "en")

    for text in (page, summary):
        assert "Chair: H.E. Ali Chair, Regional Adviser, Regional Office" in text
        assert (
            "Panellists: Ana One, Regional Adviser, Regional Office; "
            "Bo Two, Regional Adviser, Regional Office"
        ) in text


@pytest.fixture
def meeting_in_parts(db):
    return regional_review()


def test_parts_hold_their_items_with_their_own_dates_times_and_places(client, meeting_in_parts):
    page = page_text(client.get(meeting_in_parts.get_absolute_url()))
    summary = summary_text(meeting_in_parts, "en")

    assert "09:00–17:00 (New York time)" in page
    assert (
        "Online platform open for written inputs: Sunday 1 February 2026 – Friday 20 February 2026"
        in page
    )
    assert re.search(
        r"Stakeholder consultation Monday 2 March 2026 · 09:00–13:00 · Conference Room 4 "
        r"Held with civil society\. Opening of the consultation Monday 2 March 2026 · 10:00–11:30",
        page,
    )
    assert re.search(
        r"Intergovernmental review Tuesday 3 March 2026 – Wednesday 4 March 2026 · "
        r"Trusteeship Council Chamber Statements by Member States",
        page,
    )
    assert "09:00–17:00 (New York time)" in summary
    assert "Online platform open for written inputs: Sunday, 1 February 2026" in summary
    assert re.search(
        r"Stakeholder consultation Monday, 2 March 2026, 09:00–13:00 · Conference Room 4 "
        r"Held with civil society\. Opening of the consultation Monday, 2 March 2026, 10:00–11:30",
        summary,
    )


@pytest.mark.parametrize(
    ("language", "city"), [("en", "New York"), ("ar", "نيويورك"), ("fr", "New York")]
)
def test_the_time_zone_is_a_city_in_the_reader_s_language(client, meeting_in_parts, language, city):
    page = page_text(
        client.get(url("consultations:event_detail", language, slug="regional-review"))
    )
    summary = summary_text(meeting_in_parts, language)

    for text in (page, summary):
        assert city in text
        assert "America/New_York" not in text


def test_organisers_in_their_order_linked_and_member_states_by_country_name(
    client, meeting_in_parts
):
    html = client.get(meeting_in_parts.get_absolute_url()).content.decode()
    french = client.get(url("consultations:event_detail", "fr", slug="regional-review"))
    summary = rendering.render_html(Report.Kind.MEETING_SUMMARY, meeting_in_parts, "en")

    names = ["League of Arab States", "Mexico", "Regional Network"]
    for text in (html, summary):
        positions = [text.find(f">{name}<") for name in names]
        assert -1 not in positions and positions == sorted(positions), names
        assert '<a href="https://las.example">League of Arab States</a>' in text
        assert '<a href="https://mx.example">Mexico</a>' in text
    assert '<a href="https://mx.example">Mexique</a>' in french.content.decode()


def test_member_states_and_igos_are_counted_apart_not_as_missing_stakeholder_groups(
    client, meeting_in_parts
):
    figures = event_figures(meeting_in_parts)
    page = page_text(client.get(meeting_in_parts.get_absolute_url()))

    assert [(t.code, t.count) for t in figures.speakers_by_group] == [
        ("member_state", 1),
        ("igo", 1),
        ("migrants", 1),
        ("civil_society", 4),
    ]
    assert [group.code for group in figures.absent_groups] == ["media"]
    groups = page[page.index("By constituency and stakeholder group") : page.index("By gender")]
    assert "Not recorded" not in groups
    assert "Member States1" in groups and "Intergovernmental organisations1" in groups
    assert "Targeted groups with no speaker: Media." in page


def test_a_contribution_made_elsewhere_shows_its_channel_and_date(client, meeting_in_parts):
    page = page_text(client.get(meeting_in_parts.get_absolute_url()))
    summary = summary_text(meeting_in_parts, "en")

    for text in (page, summary):
        assert "Written Author, Migrant Workers Network Written statement, 3 March 2022" in text


def test_objectives_of_the_event_and_its_items_are_tags(client, meeting_in_parts):
    html = client.get(meeting_in_parts.get_absolute_url()).content.decode()
    summary = summary_text(meeting_in_parts, "en")

    for number in (1, 23, 17):
        assert f'href="{url("objective_detail", number=number)}"' in html
    assert "GCM objectives: 1, 23" in summary
    assert "GCM objectives: 17" in summary


def test_an_event_shows_on_the_pages_of_its_objectives_and_those_of_its_items(
    client, meeting_in_parts
):
    hidden = EventFactory(title_en="Hidden review", is_public=False)
    hidden.objectives.set(Objective.objects.filter(number=1))

    for number in (1, 23, 17):
        text = page_text(client.get(url("objective_detail", number=number)))
        assert "Consultation events" in text and "Regional review" in text, number
        assert "Hidden review" not in text
    assert "Regional review" not in page_text(client.get(url("objective_detail", number=2)))


def test_documents_show_their_kind_and_the_summary_prints_their_address(client, meeting_in_parts):
    page = page_text(client.get(meeting_in_parts.get_absolute_url()))
    summary = summary_text(meeting_in_parts, "en")

    assert "Video recording: Recording of the review" in page
    assert "Video recording: Recording of the review" in summary
    assert "https://webtv.un.org/en/asset/k1x/k1xyz0123456789abcdef" in summary


def test_the_time_zone_city_falls_back_to_the_name_babel_does_not_know():
    from common.languages import time_zone_city

    with translation.override("fr"):
        assert time_zone_city("Asia/Beirut") == "Beyrouth"
    assert time_zone_city("Etc/Nowhere") == "Etc/Nowhere"
