"""Meeting record files: `import_event` and `export_event` round-trip every demo meeting, report
every problem with its field and line and then change nothing, and treat the file as the whole
truth about a meeting."""

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from consultations.models import Event, Input, Registration
from demo import meetings
from stakeholders.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.usefixtures("reference")

SMALL = """\
slug: small-meeting
original_language: en
title: {en: A small meeting, es: Una reunión pequeña}
starts_on: 2024-02-27
region: arab_states
is_public: true
parts:
  - title: {en: Consultation}
    starts_on: 2024-02-27
    items:
      - kind: panel
        title: {en: Panel}
        speakers:
          - role: moderator
            name: {en: Ana Pérez}
            title: {en: Coordinator, es: Coordinadora}
          - role: panellist
            constituency: member_state
            country: JO
        interventions:
          - name: {en: Someone}
            text: {en: Said something., es: Dijo algo.}
            objectives: [5, 6]
"""


def export(slug: str, *options) -> str:
    out = StringIO()
    call_command("export_event", slug, *options, stdout=out)
    return out.getvalue()


def import_text(tmp_path, text: str, name: str = "meeting.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_event", str(path), stdout=out)
    return out.getvalue()


def row_counts() -> dict:
    return {
        model.__name__: model.objects.count()
        for model in apps.get_app_config("consultations").get_models()
    } | {"Organisation": Organisation.objects.count()}


@pytest.mark.parametrize("path", meetings.meeting_files(), ids=lambda path: path.stem)
def test_every_demo_meeting_round_trips(path, tmp_path):
    event = meetings.import_file(path)
    first = export(event.slug)

    import_text(tmp_path, first.replace(f"slug: {event.slug}\n", "slug: copy-of-it\n", 1))

    assert export("copy-of-it") == first.replace(f"slug: {event.slug}\n", "slug: copy-of-it\n")


def test_json_gives_the_same_meeting(tmp_path):
    event = meetings.seed_event()
    as_json = json.loads(export(event.slug, "--format", "json"))
    as_json["slug"] = "seed-from-json"

    import_text(tmp_path, json.dumps(as_json, ensure_ascii=False, indent=2), "meeting.json")

    assert export("seed-from-json") == export(event.slug).replace(
        f"slug: {event.slug}\n", "slug: seed-from-json\n"
    )


def test_texts_in_other_languages_survive_the_round_trip(tmp_path):
    import_text(tmp_path, SMALL)
    event = Event.objects.get(slug="small-meeting")
    speaker = event.agenda_items.get().speakers.get(role="moderator")

    assert event.title_en == "A small meeting"
    assert event.other_languages == {"es": {"title": "Una reunión pequeña"}}
    assert speaker.other_versions("title") == {"es": "Coordinadora"}
    exported = export("small-meeting")
    assert "es: Una reunión pequeña" in exported
    assert "es: Coordinadora" in exported and "es: Dijo algo." in exported


def test_errors_name_the_field_and_the_line_and_change_nothing(tmp_path):
    meetings.seed_event()
    before = row_counts()
    broken = (
        SMALL.replace("role: panellist", "role: panelist")
        .replace("title: {en: Panel}", "title: Panel")
        .replace("country: JO", "country: XX")
        .replace(
            "starts_on: 2024-02-27\nregion", "starts_on: 2024-02-27\nends_on: 2024-02-01\nregion"
        )
        .replace("text: {en: Said something., es: Dijo algo.}", "text: {en: Said., xx: Nope}")
    )

    with pytest.raises(CommandError) as raised:
        import_text(tmp_path, broken)

    message = str(raised.value)
    assert "nothing changed" in message
    assert 'line 18: parts[0].items[0].speakers[1].role: "panelist" is not one of ' in message
    assert "panellist" in message.split("role:")[1]
    assert "line 13: parts[0].items[0].title: a text is a {language: text} map" in message
    assert "not a plain string" in message
    assert 'line 20: parts[0].items[0].speakers[1].country: "XX" is not an ISO 3166-1' in message
    assert (
        'line 23: parts[0].items[0].interventions[0].text.xx: "xx" is not an ISO 639-1' in message
    )
    # A rule of the model (the meeting cannot end before it starts), as a file error.
    assert "line 5: ends_on: The event cannot end before it starts." in message
    assert row_counts() == before


def test_json_errors_have_lines_too(tmp_path):
    text = json.dumps(
        {"slug": "j", "title": {"en": "J"}, "starts_on": "2024-02-27", "region": "mars"}, indent=2
    )

    with pytest.raises(CommandError, match=r'line 7: region: "mars" is not one of africa'):
        import_text(tmp_path, text, "meeting.json")
    assert not Event.objects.filter(slug="j").exists()


def test_a_registry_organisation_that_does_not_exist_is_an_error_and_creates_nothing(tmp_path):
    before = row_counts()
    text = SMALL.replace(
        "name: {en: Someone}", "name: {en: Someone}\n            organisation: nobody-yet"
    )

    with pytest.raises(CommandError, match='line 22: .*organisation: no organisation "nobody-yet"'):
        import_text(tmp_path, text)

    assert row_counts() == before
    assert not Organisation.objects.filter(slug="nobody-yet").exists()


def test_updating_by_slug_removes_what_the_file_no_longer_has(tmp_path):
    import_text(tmp_path, SMALL)
    event = Event.objects.get(slug="small-meeting")
    member = OrganisationFactory()
    Registration.objects.create(event=event, user=UserFactory(), organisation=member)
    Input.objects.create(
        event=event,
        organisation=member,
        author=UserFactory(),
        kind="gap",
        title_en="A gap",
        text_en="Text.",
    )
    shorter = SMALL.split("parts:")[0] + "items:\n  - kind: closing_remarks\n"

    assert import_text(tmp_path, shorter) == "Updated small-meeting.\n"

    event.refresh_from_db()
    assert event.other_languages == {"es": {"title": "Una reunión pequeña"}}
    assert event.parts.count() == 0
    assert [item.kind for item in event.agenda_items.all()] == ["closing_remarks"]
    assert not apps.get_model("consultations", "Speaker").objects.exists()
    assert not apps.get_model("consultations", "Intervention").objects.exists()
    # Registrations and written inputs are not part of the record: they stay.
    assert event.registrations.count() == 1 and event.written_inputs.count() == 1
