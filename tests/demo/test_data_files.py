"""The demo's data files: trilingual texts are whole {en, ar, fr} maps, and every organisation
the files name comes from the one list in organisations.yaml."""

import pytest
import yaml

from demo import loader, meetings

LANGUAGES = {"en", "ar", "fr"}
# Keys that name organisations by slug (a practice's partners are free text).
ORGANISATION_KEYS = {"organisation", "from", "to"}
# Texts a meeting gives as the record does: the UN agencies in one language, people's names
# written only in the scripts the record gives (no transliteration is invented).
AS_RECORDED = {"un_agencies", "name"}


def meeting(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def all_meetings():
    return [meeting(path) for path in meetings.meeting_files()]


def text_maps(node):
    """Every {en, ar, fr} map in `node`, however deep."""
    if isinstance(node, dict):
        if set(node) & LANGUAGES:
            yield node
        else:
            for key, value in node.items():
                if key not in AS_RECORDED:
                    yield from text_maps(value)
    elif isinstance(node, list):
        for value in node:
            yield from text_maps(value)


def slugs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ORGANISATION_KEYS:
                yield from [value] if isinstance(value, str) else value
            else:
                yield from slugs(value)
    elif isinstance(node, list):
        for value in node:
            yield from slugs(value)


@pytest.mark.parametrize(
    "part",
    [
        all_meetings,
        lambda: loader.read("pledges")["themes"],
        lambda: loader.read("discussions"),
        lambda: loader.read("survey")["questions"],
        lambda: [entry["title"] for entry in loader.read("practices")["practices"]],
    ],
    ids=["meetings", "pledge themes", "discussions", "survey", "practice titles"],
)
def test_trilingual_texts_are_given_in_every_language(part):
    maps = list(text_maps(part()))

    assert maps
    for text in maps:
        assert set(text) >= LANGUAGES, text
        assert all(text[language].strip() for language in LANGUAGES), text


def test_every_organisation_named_is_in_the_one_list():
    named = set()
    for name in ("accounts", "events", "pledges", "discussions", "practices"):
        named |= set(slugs(loader.read(name)))
    named |= set(slugs(all_meetings()))
    named |= set(loader.read("survey")["answers"])
    named |= {
        slug for pledge in loader.read("pledges")["pledges"] for slug in pledge.get("partners", [])
    }

    assert named - set(loader.organisation_entries()) == set()
    # Named by the seed meeting, a shared seat, a pledge's partners and the discussions.
    assert {"un-network-on-migration", "nouakchott-migrant-support-association"} <= named
    assert {"cmrs-auc", "iraqi-association-returnees"} <= named


def test_the_demo_extras_refer_to_meeting_files():
    data = loader.read("events")
    slugs = {path.stem for path in meetings.meeting_files()}
    referred = {
        entry["meeting"]
        for part in ("reschedule", "registrations", "shared_seats", "inputs")
        for entry in data[part]
        if "meeting" in entry
    }

    assert referred and referred <= slugs
    # A file is named by its meeting's slug.
    assert {meeting(path)["slug"] for path in meetings.meeting_files()} == slugs
