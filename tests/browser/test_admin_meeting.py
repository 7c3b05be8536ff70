"""In Chromium, the secretariat records a meeting as held on the event's one admin page: three
parts, ten agenda items over them and twelve speakers in every role, in at most three
submissions; the public page then shows it. And the translation tabs: a look at one field's
Arabic leaves new rows in the page's language."""

import time

import pytest
from django.test import Client

from consultations.models import Event
from tests.factories import secretariat_user

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference")]

ADD = "/admin/consultations/event/add/"

PARTS = [
    ("Stakeholder consultation", "2026-03-10"),
    ("Intergovernmental review, day 1", "2026-03-11"),
    ("Intergovernmental review, day 2", "2026-03-12"),
]

# (part, kind, title, start, end, [(role, honorific, name, title, constituency, country)])
ITEMS = [
    (
        1,
        "opening_remarks",
        "Opening of the consultation",
        "09:00",
        "09:20",
        [("chair", "dr", "Amina Diallo", "Chief, Migration Section", "un_system", "")],
    ),
    (
        1,
        "presentation",
        "Findings of the stakeholder survey",
        "09:20",
        "09:50",
        [("presenter", "", "Rafael Ortiz", "Researcher", "stakeholder", "")],
    ),
    (
        1,
        "panel",
        "Panel: fair recruitment",
        "09:50",
        "11:00",
        [
            ("moderator", "ms", "Grace Mwangi", "Director", "stakeholder", ""),
            ("panellist", "", "Nguyen Thi Lan", "Programme officer", "stakeholder", ""),
            ("panellist", "mr", "Pedro Alves", "Union organiser", "stakeholder", ""),
        ],
    ),
    (
        1,
        "open_discussion",
        "Open discussion",
        "11:00",
        "12:00",
        [("moderator", "", "Ali Rahman", "Facilitator", "stakeholder", "")],
    ),
    (
        1,
        "recapitulation",
        "Recapitulation",
        "12:00",
        "12:20",
        [("rapporteur", "", "Sofia Haddad", "Rapporteur", "stakeholder", "")],
    ),
    (
        2,
        "opening_remarks",
        "Opening of the review",
        "09:00",
        "09:30",
        [
            (
                "keynote",
                "he",
                "Juan Pérez",
                "Vice-Minister for Foreign Affairs",
                "member_state",
                "MX",
            )
        ],
    ),
    (
        2,
        "statements",
        "Key messages of the stakeholder consultation",
        "09:30",
        "10:00",
        [("speaker", "", "Tariq Aziz", "Youth representative", "stakeholder", "")],
    ),
    (
        2,
        "panel",
        "Panel: data for evidence-based policies",
        "10:00",
        "12:00",
        [
            ("moderator", "prof", "Helen Park", "Professor", "stakeholder", ""),
            ("respondent", "", "Marta Kowalska", "Statistician", "igo", ""),
        ],
    ),
    (3, "statements", "Statements of Member States", "09:00", "12:00", []),
    (
        3,
        "closing_remarks",
        "Closing",
        "12:00",
        "12:30",
        [("speaker", "amb", "Kenji Sato", "Permanent Representative", "member_state", "JP")],
    ),
]


@pytest.fixture
def admin_page(page, live_server):
    client = Client()
    client.force_login(secretariat_user())
    cookie = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": cookie, "url": live_server.url}])
    return page


def tab_state(page, field_id):
    """(label of the active tab, id of the field shown) of the tabs holding `field_id`."""
    return page.evaluate(
        """id => {
          const tabs = document.getElementById(id).closest('.ui-tabs');
          const active = tabs.querySelector(':scope > ul > li.ui-tabs-active a').textContent;
          const shown = tabs.querySelector(':scope > div:not(.ui-tabs-hide) .mt').id;
          return [active, shown];
        }""",
        field_id,
    )


def test_a_look_at_one_fields_arabic_leaves_new_rows_in_the_pages_language(admin_page):
    page = admin_page
    page.goto(ADD)
    page.get_by_role("tab", name="ar").first.click()
    page.locator("#id_title_ar").fill("المراجعة الإقليمية")

    page.get_by_role("link", name="Add another Agenda Item").click()

    assert tab_state(page, "id_agenda_items-0-title_en") == ["en", "id_agenda_items-0-title_en"]
    assert page.locator("#modeltranslation-main-switch").input_value() == "0"  # still English
    page.locator("#id_agenda_items-0-title_en").fill("Opening")  # the field shown is English
    assert page.locator("#id_agenda_items-0-title_ar").input_value() == ""
    # Each field says its language: an Arabic field reads right to left, whatever tab is shown.
    arabic = page.locator("#id_agenda_items-0-title_ar")
    assert (arabic.get_attribute("lang"), arabic.get_attribute("dir")) == ("ar", "rtl")

    # The page's switch still moves every field, new rows included.
    page.locator("#modeltranslation-main-switch").select_option("1")
    page.get_by_role("link", name="Add another Agenda Item").click()
    assert tab_state(page, "id_agenda_items-1-title_en") == ["ar", "id_agenda_items-1-title_ar"]
    assert tab_state(page, "id_agenda_items-0-title_en") == ["ar", "id_agenda_items-0-title_ar"]


def test_items_offer_the_parts_typed_on_the_page_by_their_titles(admin_page):
    page = admin_page
    page.goto(ADD)
    page.get_by_role("link", name="Add another Agenda Item").click()
    for index, (title, _day) in enumerate(PARTS[:2]):
        page.get_by_role("link", name="Add another Part").click()
        page.locator(f"#id_parts-{index}-title_en").fill(title)

    options = page.locator("#id_agenda_items-0-part_number option").all_inner_texts()

    assert options[:4] == ["—", "1. Stakeholder consultation", "2. " + PARTS[1][0], "3"]


def save(page, button):
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=button, exact=True).click()
    assert navigation.value.status == 200
    assert page.locator(".errornote").count() == 0, page.locator(".errorlist").all_inner_texts()


def test_the_secretariat_records_a_meeting_in_three_parts_in_three_submissions(
    admin_page, screenshot
):
    page = admin_page
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    started = time.monotonic()
    page.goto(ADD)

    # 1. The event, its parts and organisers.
    page.locator("#id_title_en").fill("Regional Review of the GCM in Asia and the Pacific 2026")
    page.locator("#id_starts_on").fill("2026-03-10")
    page.locator("#id_ends_on").fill("2026-03-12")
    page.locator("#id_time_zone").fill("Asia/Bangkok")
    page.locator("#id_mode").select_option("in_person")
    page.locator("#id_region").select_option("asia_pacific")
    page.locator("#id_location_en").fill("United Nations Conference Centre, Bangkok")
    for index, (title, day) in enumerate(PARTS):
        page.get_by_role("link", name="Add another Part").click()
        page.locator(f"#id_parts-{index}-title_en").fill(title)
        page.locator(f"#id_parts-{index}-starts_on").fill(day)
    for index, (constituency, name, country) in enumerate(
        [("un_system", "ESCAP", ""), ("member_state", "", "TH"), ("igo", "ASEAN Secretariat", "")]
    ):
        page.get_by_role("link", name="Add another Organiser").click()
        page.locator(f"#id_organisers-{index}-constituency").select_option(constituency)
        if name:
            page.locator(f"#id_organisers-{index}-name_en").fill(name)
        if country:
            page.locator(f"#id_organisers-{index}-country").select_option(country)
    save(page, "Save and continue editing")

    # 2. The agenda: every item with its part, times and speakers.
    add_item = page.get_by_role("link", name="Add another Agenda Item")
    for index, (part, kind, title, start, end, speakers) in enumerate(ITEMS):
        add_item.click()
        row = f"#id_agenda_items-{index}"
        page.locator(f"{row}-part_number").select_option(str(part))
        page.locator(f"{row}-kind").select_option(kind)
        page.locator(f"{row}-title_en").fill(title)
        page.locator(f"{row}-start_time").fill(start)
        page.locator(f"{row}-end_time").fill(end)
        for number, (role, honorific, name, position, constituency, country) in enumerate(speakers):
            page.locator(f"#agenda_items-{index}-speakers-group .djn-add-handler").click()
            speaker = f"{row}-speakers-{number}"
            page.locator(f"{speaker}-role").select_option(role)
            page.locator(f"{speaker}-honorific").select_option(honorific)
            page.locator(f"{speaker}-name_en").fill(name)
            page.locator(f"{speaker}-title_en").fill(position)
            page.locator(f"{speaker}-constituency").select_option(constituency)
            if country:
                page.locator(f"{speaker}-country").select_option(country)
    save(page, "Save and continue editing")

    # 3. Attendance, a document, and the record made public.
    page.get_by_role("link", name="Add another Recorded Attendance").click()
    page.locator("#id_recorded_figures-0-total").fill("212")
    page.get_by_role("link", name="Add another Document").click()
    page.locator("#id_documents-0-kind").select_option("video_recording")
    page.locator("#id_documents-0-title_en").fill("Recording of the review")
    page.locator("#id_documents-0-url").fill("https://webtv.un.org/en/asset/k1x/k1xample")
    page.locator("#id_is_public").check()
    fields = page.evaluate("() => document.querySelectorAll('input, select, textarea').length")
    save(page, "Save")
    entry_seconds = time.monotonic() - started

    assert len(posts) <= 3, posts
    event = Event.objects.get()
    assert event.slug == "regional-review-of-the-gcm-in-asia-and-the-pacific-2026"
    assert [o.constituency for o in event.organisers.all()] == ["un_system", "member_state", "igo"]
    items = list(event.agenda_items.select_related("part"))
    assert [(item.part.title_en, item.title_en) for item in items] == [
        (PARTS[part - 1][0], title) for part, _kind, title, *_rest in ITEMS
    ]
    speakers = [s for item in items for s in item.speakers.all()]
    assert len(speakers) == 12
    assert {s.role for s in speakers} == {
        "chair",
        "presenter",
        "moderator",
        "panellist",
        "rapporteur",
        "keynote",
        "speaker",
        "respondent",
    }
    minister = next(s for s in speakers if s.name_en == "Juan Pérez")
    assert (minister.honorific, minister.constituency, minister.country.code) == (
        "he",
        "member_state",
        "MX",
    )
    assert event.recorded_figures.total == 212
    assert event.documents.get().kind == "video_recording"

    page.goto(f"/en/events/{event.slug}/")
    for _part, _kind, title, *_rest in ITEMS:
        assert page.get_by_text(title, exact=True).first.is_visible(), title
    for part_title, _day in PARTS:
        assert page.get_by_role("heading", name=part_title, exact=True).is_visible(), part_title
    # Every speaker, whatever their role on whatever kind of item, with the honorific chosen.
    text = page.locator("main").inner_text()
    for speaker in speakers:
        assert speaker.name_en in text, (speaker.role, speaker.name_en)
    assert "H.E. Juan Pérez" in text
    screenshot(page, "admin-meeting-public-page")
    print(
        f"\n{len(posts)} submissions, {fields} fields on the last page; "
        f"the scripted entry took "
        f"{entry_seconds:.1f} s"
    )
