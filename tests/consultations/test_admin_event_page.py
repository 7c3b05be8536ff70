"""The event's one page in the admin: parts, items and their speakers in one submission, items
choosing parts typed on the same page, and a sane slug made from the title."""

import datetime

import pytest

from common.slugs import slug_from
from consultations.models import AgendaItem, Event, EventPart
from consultations.services.slugs import event_slug
from tests.factories import EventFactory, secretariat_user

pytestmark = pytest.mark.usefixtures("reference")

ADD = "/admin/consultations/event/add/"
INLINES = (
    "parts",
    "other_dates",
    "organisers",
    "aims",
    "agenda_items",
    "recorded_figures",
    "documents",
)


@pytest.fixture
def admin_client(client):
    client.force_login(secretariat_user())
    return client


def management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def event_data(**fields):
    data = {
        "title_en": "Regional review",
        "slug": "",
        "starts_on": "2026-03-10",
        "ends_on": "2026-03-12",
        "time_zone": "Asia/Bangkok",
        "mode": "in_person",
        "region": "asia_pacific",
        "original_language": "en",
    }
    for prefix in INLINES:
        data.update(management(prefix))
    return {**data, **fields}


def part(data, index, title, day):
    data.update(
        {
            f"parts-{index}-title_en": title,
            f"parts-{index}-starts_on": day,
            f"parts-{index}-order": "0",
            f"parts-{index}-original_language": "en",
        }
    )


def item(data, index, title, part_number, speakers=()):
    prefix = f"agenda_items-{index}"
    data.update(
        {
            f"{prefix}-kind": "panel",
            f"{prefix}-title_en": title,
            f"{prefix}-part_number": str(part_number),
            f"{prefix}-order": "0",
            f"{prefix}-original_language": "en",
            **management(f"{prefix}-speakers", total=len(speakers)),
            **management(f"{prefix}-key_points"),
            **management(f"{prefix}-guiding_questions"),
            **management(f"{prefix}-interventions"),
        }
    )
    for number, (role, name) in enumerate(speakers):
        data.update(
            {
                f"{prefix}-speakers-{number}-role": role,
                f"{prefix}-speakers-{number}-name_en": name,
                f"{prefix}-speakers-{number}-order": "0",
                f"{prefix}-speakers-{number}-constituency": "stakeholder",
                f"{prefix}-speakers-{number}-original_language": "en",
            }
        )


def test_items_choose_parts_typed_on_the_same_page_in_one_submission(admin_client):
    data = event_data(**management("parts", total=2), **management("agenda_items", total=3))
    part(data, 0, "Stakeholder consultation", "2026-03-10")
    part(data, 1, "Intergovernmental review", "2026-03-11")
    item(data, 0, "Opening", 1, [("chair", "Ana Ruiz")])
    item(data, 1, "Panel on data", 1, [("moderator", "Li Wei"), ("panellist", "Omar Said")])
    item(data, 2, "Key messages", 2, [("speaker", "Kofi Mensah")])

    response = admin_client.post(ADD, data)

    assert response.status_code == 302, response.context["errors"] if response.context else ""
    event = Event.objects.get()
    assert [(i.title_en, i.part.title_en, i.order) for i in event.agenda_items.all()] == [
        ("Opening", "Stakeholder consultation", 10),
        ("Panel on data", "Stakeholder consultation", 20),
        ("Key messages", "Intergovernmental review", 30),
    ]
    panel = event.agenda_items.get(title_en="Panel on data")
    assert [(s.role, s.name_en) for s in panel.speakers.all()] == [
        ("moderator", "Li Wei"),
        ("panellist", "Omar Said"),
    ]
    assert event.slug == "regional-review"


def test_an_item_cannot_choose_a_part_that_is_not_on_the_page(admin_client):
    data = event_data(**management("parts", total=1), **management("agenda_items", total=1))
    part(data, 0, "Stakeholder consultation", "2026-03-10")
    item(data, 0, "Opening", 3)

    response = admin_client.post(ADD, data)

    assert response.status_code == 200
    assert "There is 1 part on this page: choose its number, 1." in response.content.decode()
    assert not Event.objects.exists()


def test_the_change_page_shows_each_item_with_the_number_of_its_part(admin_client):
    event = EventFactory()
    first = EventPart.objects.create(
        event=event, order=10, title_en="Day one", starts_on="2026-1-1"
    )
    second = EventPart.objects.create(
        event=event, order=20, title_en="Day two", starts_on="2026-1-2"
    )
    AgendaItem.objects.create(event=event, part=second, kind="panel", title_en="On day two")

    html = admin_client.get(f"/admin/consultations/event/{event.pk}/change/").content.decode()

    assert '<option value="2" selected>2. Day two</option>' in html
    assert '<option value="1">1. Day one</option>' in html
    assert first.title_en in html


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (
            {"title_en": "Regional Review of the GCM in Asia and the Pacific"},
            "regional-review-of-the-gcm-in-asia-and-the-pacific",
        ),
        (
            {"title_fr": "Consultation régionale des parties prenantes sur le Pacte mondial"},
            "consultation-regionale-des-parties-prenantes-sur-le-pacte",
        ),
        ({"title_ar": "المشاورة الإقليمية لأصحاب المصلحة"}, "meeting-2026-03-10"),
    ],
)
def test_a_slug_is_short_ascii_and_cut_at_a_word(titles, expected, db):
    slug = event_slug(**titles, starts_on=datetime.date(2026, 3, 10))

    assert slug == expected
    assert len(slug) <= 60


def test_a_slug_already_taken_gets_a_number(db):
    EventFactory(slug="regional-review")
    EventFactory(slug="regional-review-2")

    assert event_slug(title_en="Regional review") == "regional-review-3"


def test_a_long_slug_with_a_number_stays_within_its_length():
    assert slug_from("word " * 40, fallback="x") == "-".join(["word"] * 12)


def test_an_arabic_only_event_gets_a_slug_and_a_typed_slug_already_taken_is_refused(admin_client):
    EventFactory(slug="taken")
    arabic = event_data(title_en="", title_ar="المراجعة الإقليمية", original_language="ar")

    assert admin_client.post(ADD, arabic).status_code == 302
    assert Event.objects.get(title_ar="المراجعة الإقليمية").slug == "meeting-2026-03-10"

    refused = admin_client.post(ADD, event_data(slug="taken"))
    assert refused.status_code == 200
    assert "Event with this Slug already exists." in refused.content.decode()
