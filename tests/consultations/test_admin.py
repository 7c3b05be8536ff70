"""Recording a meeting in the admin: the event with its inlines, an agenda item with speakers,
points, questions and interventions, and the secretariat's actions (publish or decline inputs
with a reason, mark attendance, move an event along)."""

import pytest
from django.core import mail

from consultations.models import AgendaItem, Event, Input, Registration
from demo import meetings
from tests.factories import (
    AgendaItemFactory,
    EventFactory,
    InputFactory,
    RegistrationFactory,
    secretariat_user,
)

pytestmark = pytest.mark.usefixtures("reference")


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


def test_the_seed_meeting_opens_in_the_admin_with_translation_tabs(admin_client):
    event = meetings.seed_event()

    page = admin_client.get(f"/admin/consultations/event/{event.pk}/change/")
    html = page.content.decode()

    assert page.status_code == 200
    assert "tabbed_translation_fields" in html  # modeltranslation's tabs
    assert "common/admin/tabs." in html  # with jQuery UI's tabs from here, not a CDN
    assert "googleapis" not in html
    for inline in ("aims", "agenda_items", "recorded_figures", "documents"):
        assert f'id="{inline}-group"' in html, inline
    assert "Open Discussion 1: Emerging priority issues" in html
    discussion = event.agenda_items.get(order=60)
    item_page = admin_client.get(f"/admin/consultations/agendaitem/{discussion.pk}/change/")
    item_html = item_page.content.decode()
    assert item_page.status_code == 200
    for inline in ("speakers", "key_points", "guiding_questions", "interventions"):
        assert f'id="{inline}-group"' in item_html, inline
    assert "Murtaza Khan" in item_html


def test_recording_an_agenda_item_with_speakers_and_points_left_unnumbered(admin_client):
    event = EventFactory()
    data = {
        "event": event.pk,
        "order": "10",
        "kind": "presentation",
        "title_en": "Findings of the survey",
        "title_ar": "",
        "title_fr": "",
        "summary_en": "",
        "points_intro_en": "Survey findings are the following:",
        "original_language": "en",
        "working_translations": ["fr"],
        **management("speakers", total=1),
        "speakers-0-role": "speaker",
        "speakers-0-constituency": "stakeholder",
        "speakers-0-order": "0",
        "speakers-0-honorific": "dr",
        "speakers-0-name_en": "Ayman Zohry",
        "speakers-0-title_en": "Expert on Population and Migration Studies",
        "speakers-0-original_language": "en",
        **management("key_points", total=2),
        "key_points-0-order": "0",
        "key_points-0-text_en": "First finding",
        "key_points-0-original_language": "en",
        "key_points-1-order": "0",
        "key_points-1-label_en": "Gaps and challenges",
        "key_points-1-text_en": "reported include: coordination.",
        "key_points-1-original_language": "en",
        **management("guiding_questions"),
        **management("interventions"),
    }

    response = admin_client.post("/admin/consultations/agendaitem/add/", data)

    assert response.status_code == 302, response.context["errors"] if response.context else ""
    item = AgendaItem.objects.get()
    assert [(p.order, p.text_en) for p in item.key_points.all()] == [
        (10, "First finding"),
        (20, "reported include: coordination."),
    ]
    assert item.speakers.get().name_en == "Ayman Zohry"
    assert item.working_translations == ["fr"]  # languages are ticked, not typed as JSON


def test_declining_inputs_from_the_admin_asks_for_the_reason(
    admin_client, django_capture_on_commit_callbacks
):
    written = InputFactory()
    changelist = "/admin/consultations/input/"

    selection = {"action": "decline_selected", "_selected_action": [written.pk]}
    ask = admin_client.post(changelist, selection)
    assert ask.status_code == 200
    assert "Reason, sent to the author" in ask.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        done = admin_client.post(
            changelist,
            {**selection, "apply": "1", "reason": "Off topic."},
        )

    assert done.status_code == 302
    written.refresh_from_db()
    assert (written.state, written.decision_reason) == ("declined", "Off topic.")
    assert len(mail.outbox) == 1


def test_publishing_inputs_from_the_admin(admin_client):
    written = InputFactory()

    admin_client.post(
        "/admin/consultations/input/",
        {"action": "publish_selected", "_selected_action": [written.pk]},
    )

    assert Input.objects.get().state == "published"


def test_marking_attendance_from_the_admin(admin_client):
    registration = RegistrationFactory()

    admin_client.post(
        "/admin/consultations/registration/",
        {"action": "mark_attended", "_selected_action": [registration.pk]},
    )

    assert Registration.objects.get().attended is True


def test_moving_an_event_along_from_the_admin(admin_client):
    event = EventFactory(state="planned")

    admin_client.post(
        "/admin/consultations/event/",
        {"action": "open_registration", "_selected_action": [event.pk]},
    )

    assert Event.objects.get().state == "registration_open"


def test_the_admin_lists_load(admin_client):
    AgendaItemFactory()
    for model in ("event", "agendaitem", "input", "registration", "sharedseat"):
        assert admin_client.get(f"/admin/consultations/{model}/").status_code == 200, model
    assert admin_client.get("/admin/consultations/event/add/").status_code == 200
