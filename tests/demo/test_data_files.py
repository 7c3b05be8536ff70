"""The demo's data files: trilingual texts are whole {en, ar, fr} maps, and every organisation
the files name comes from the one list in organisations.yaml."""

import pytest

from demo import loader

LANGUAGES = {"en", "ar", "fr"}
# Keys that name organisations by slug (a practice's partners are free text).
ORGANISATION_KEYS = {"organisation", "organisers", "from", "to"}


def text_maps(node):
    """Every {en, ar, fr} map in `node`, however deep."""
    if isinstance(node, dict):
        if set(node) & LANGUAGES:
            yield node
        else:
            for value in node.values():
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
        lambda: loader.read("seed_meeting"),
        lambda: loader.read("events")["events"],
        lambda: loader.read("pledges")["themes"],
        lambda: loader.read("discussions"),
        lambda: loader.read("survey")["questions"],
        lambda: [entry["title"] for entry in loader.read("practices")["practices"]],
    ],
    ids=["seed meeting", "events", "pledge themes", "discussions", "survey", "practice titles"],
)
def test_trilingual_texts_are_given_in_every_language(part):
    maps = list(text_maps(part()))

    assert maps
    for text in maps:
        assert set(text) - {"source"} == LANGUAGES, text
        assert all(text[language].strip() for language in LANGUAGES), text


def test_every_organisation_named_is_in_the_one_list():
    named = set()
    for name in ("accounts", "seed_meeting", "events", "pledges", "discussions", "practices"):
        named |= set(slugs(loader.read(name)))
    named |= set(loader.read("survey")["answers"])
    named |= {
        slug for pledge in loader.read("pledges")["pledges"] for slug in pledge.get("partners", [])
    }

    assert named - set(loader.organisation_entries()) == set()
    # Named by the seed meeting, a shared seat, a pledge's partners and the discussions.
    assert {"un-network-on-migration", "nouakchott-migrant-support-association"} <= named
    assert {"cmrs-auc", "iraqi-association-returnees"} <= named
