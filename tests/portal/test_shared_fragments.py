"""The parts of pages kept for everyone who may see them (`{% shared %}`, common.cache) never
carry one person's page to another: a page served with parts kept for someone else is the page
built for you. Every template with such a part is visited, found by reading the templates."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client

from tests.factories import (
    EventFactory,
    InterventionFactory,
    OrganisationFactory,
    PledgeFactory,
    member_of,
    secretariat_user,
)

pytestmark = pytest.mark.usefixtures("reference")

ROOT = Path(__file__).resolve().parents[2]
# A token differs on every page; the tests compare what people read.
TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+')


def templates_with_shared_parts() -> set[str]:
    folders = [Path(folder) for entry in django_settings.TEMPLATES for folder in entry["DIRS"]]
    folders += [path for path in ROOT.glob("*/templates") if ".venv" not in path.parts]
    return {
        str(path.relative_to(folder))
        for folder in folders
        for path in folder.rglob("*.html")
        if "{% shared " in path.read_text()
    }


@pytest.fixture
def site(db):
    organisation = OrganisationFactory(name="Diaspora Link")
    event = EventFactory(title_en="Regional review in Amman")
    InterventionFactory(agenda_item__event=event, objectives=[6])
    PledgeFactory(organisation=organisation, state="published", title_en="Decent work")
    return {
        "urls": [
            "/en/pledges/",
            "/ar/pledges/?round_table=1",
            "/fr/pledges/?page=1",
            "/en/organisations/",
            "/ar/organisations/?country=JO",
            "/en/objectives/6/",
            "/fr/round-tables/imrf-2022/1/",
            f"/en/events/{event.slug}/",
            f"/ar/events/{event.slug}/",
        ],
        "people": {
            "a member": member_of(organisation),
            "the secretariat": secretariat_user(),
            "someone else's member": member_of(OrganisationFactory()),
            "a visitor": None,
        },
        "event": event,
    }


def page(person, url) -> str:
    client = Client()
    if person is not None:
        client.force_login(person)
    response = client.get(url)
    assert response.status_code == 200, url
    return TOKEN.sub(r"\1…", response.content.decode()), {t.name for t in response.templates}


@pytest.mark.parametrize("first", ["a member", "the secretariat", "a visitor"])
def test_a_page_with_parts_kept_for_someone_else_is_the_page_built_for_you(site, settings, first):
    settings.PAGE_CACHE = False  # visitors too get the page built, with its shared parts
    settings.SHARED_FRAGMENTS = True
    used = set()
    for url in site["urls"]:
        cache.clear()
        page(site["people"][first], url)  # keeps the shared parts as built for them
        for name, person in site["people"].items():
            kept, templates = page(person, url)
            used |= templates
            settings.SHARED_FRAGMENTS = False
            built, _ = page(person, url)
            settings.SHARED_FRAGMENTS = True
            assert kept == built, f"{url} for {name}, after {first}"

    assert templates_with_shared_parts() <= used, "add a page that has this part to site()"


def test_a_signed_in_member_sees_a_decision_at_once(site, settings):
    from pledges.services import publish_pledge

    settings.SHARED_FRAGMENTS = True
    member = site["people"]["a member"]
    submitted = PledgeFactory(state="submitted", title_en="Ethical recruitment")
    assert "Ethical recruitment" not in page(member, "/en/pledges/")[0]

    publish_pledge(pledge=submitted, by=site["people"]["the secretariat"])

    assert "Ethical recruitment" in page(member, "/en/pledges/")[0]


def test_a_part_holding_a_form_token_is_drawn_for_each_person(rf, settings):
    """Kept, it would hand one person's CSRF token to everyone."""
    from django.middleware.csrf import get_token
    from django.template import Context, Template
    from django.urls import resolve

    settings.SHARED_FRAGMENTS = True
    cache.clear()
    part = Template(
        '{% load portal %}{% shared "form" %}<form>{% csrf_token %}</form>{% endshared %}'
    )
    drawn = []
    for _ in range(2):
        request = rf.get("/en/pledges/")
        request.resolver_match = resolve("/en/pledges/")
        token = get_token(request)
        html = part.render(Context({"request": request, "csrf_token": token}))
        drawn.append(html)
        assert token in html

    assert drawn[0] != drawn[1]
