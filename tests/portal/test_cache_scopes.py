"""Cached pages are invalidated by what changed (common.cache scopes): a sign-in changes no
public page, a pledge decision empties the pledge pages and not the event pages."""

import re
import threading
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.db import connection, connections, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver

from common.cache import PRIVATE, UNCACHED, counted_model, models_of
from reports.rendering import REPORT_SCOPES
from tests.factories import (
    PASSWORD,
    EventFactory,
    OrganisationFactory,
    PledgeFactory,
    UserFactory,
    administrator_of,
    secretariat_user,
)

pytestmark = pytest.mark.usefixtures("reference")

HOME, OBJECTIVE = "/en/", "/en/objectives/6/"
PLEDGES, DASHBOARD = "/en/pledges/", "/en/pledges/dashboard/"
ORGANISATIONS, EVENTS = "/en/organisations/", "/en/events/"


# --- Every cached thing declares what it shows; every model is covered ----------------------


def cached_views(patterns=None, prefix=""):
    """(route, view) of every view in the URLconf kept by `cached_for_visitors`."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            yield from cached_views(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            view = entry.callback
            while view is not None and not hasattr(view, "visitor_cache_scopes"):
                view = getattr(view, "__wrapped__", None)
            if view is not None:
                yield prefix + str(entry.pattern), view


def declared_scopes() -> dict[str, tuple]:
    """What each cached view, `{% cache %}` fragment and report says it shows."""
    found = {}
    for route, view in cached_views():
        scopes = view.visitor_cache_scopes
        found[f"view {route}"] = tuple(scopes() if callable(scopes) else scopes)
    for template in Path(django_settings.BASE_DIR, "templates").rglob("*.html"):
        text = template.read_text()
        if "{% cache " in text:
            tags = re.findall(r"{% content_version ([^%]*?) as \w+ %}", text)
            assert tags, f"{template}: a {{% cache %}} fragment without its content_version"
            for tag in tags:
                found[f"fragment {template.name}"] = tuple(re.findall(r'"([^"]+)"', tag))
    for kind, scopes in REPORT_SCOPES.items():
        found[f"report {kind}"] = scopes
    return found


def test_every_page_cached_for_visitors_is_found_with_its_scopes():
    names = {view.__name__ for _, view in cached_views()}

    assert names >= {"home", "objective_detail", "round_table_detail", "pledge_list",
                     "dashboard", "organisation_list", "organisation_detail", "event_list",
                     "event_detail"}  # fmt: skip
    for name, scopes in declared_scopes().items():
        assert scopes and models_of(scopes), name  # unknown names raise LookupError


def test_every_model_is_followed_by_the_cached_pages_that_show_it_or_said_to_show_on_none():
    followed = {model for scopes in declared_scopes().values() for model in models_of(scopes)}
    unlisted = []
    for model in apps.get_models(include_auto_created=True):
        counted = counted_model(model)
        label = counted._meta.label
        if counted not in followed and label not in PRIVATE and label not in UNCACHED:
            unlisted.append(model._meta.label)
    assert unlisted == [], (
        "Say which cached pages show these records (scopes=) or, with why, that no cached page "
        "does (common.cache.PRIVATE or UNCACHED)"
    )
    for label in [*PRIVATE, *UNCACHED]:
        model = apps.get_model(label)
        assert model is counted_model(model), f"{label}: name the concrete model"
        assert model not in followed, f"{label} is shown on a cached page: take it off the list"
    assert not set(PRIVATE) & set(UNCACHED)


# --- Changes invalidate what shows them, and nothing else --------------------------------


@pytest.fixture(params=["configured", "database"])
def page_cache(request, settings):
    """The visitors' page cache on, in the shared cache as configured (Redis under
    /work/bin/ptest) or in the database table, reading the shared versions on every visit."""
    if request.param == "database":
        settings.CACHES = {"default": django_settings.DATABASE_CACHE}
        from django.core.cache import cache

        cache.clear()
    settings.PAGE_CACHE = True
    settings.PAGE_CACHE_VERSION_SECONDS = 0
    from common.cache import local_pages

    local_pages.clear()


def content_queries(client, url) -> int:
    """Queries a visitor's page took, besides the cache's own table: 0 when served from the
    cache, whichever cache it is."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return sum("portal_cache" not in query["sql"] for query in queries.captured_queries)


@pytest.fixture
def site(db):
    organisation = OrganisationFactory(name="Diaspora Link")
    event = EventFactory(title_en="Regional review in Amman")
    PledgeFactory(organisation=organisation, state="published", title_en="Decent work pledge")
    return {"organisation": organisation, "event": event}


def visit(client, urls) -> dict[str, int]:
    return {url: content_queries(client, url) for url in urls}


def test_a_hundred_sign_ins_leave_every_cached_page_cached(page_cache, site, stakeholder):
    event = f"/en/events/{site['event'].slug}/"
    organisation = f"/en/organisations/{site['organisation'].slug}/"
    urls = [HOME, OBJECTIVE, PLEDGES, DASHBOARD, ORGANISATIONS, organisation, EVENTS, event]
    reader = UserFactory()  # with their profile, before anything is kept
    visitor = Client()
    assert all(visit(visitor, urls).values())  # built, and kept
    assert visit(visitor, urls) == dict.fromkeys(urls, 0)
    # A signed-in reader of the dashboard: its counts and filter form are kept too.
    client = Client()
    client.force_login(reader)
    content_queries(client, DASHBOARD)
    dashboard_again = content_queries(client, DASHBOARD)

    for n in range(100):  # from as many places: sign-ins are limited per address
        person = Client(REMOTE_ADDR=f"10.0.{n // 200}.{n % 200 + 1}")
        signed_in = person.post(
            "/en/accounts/login/", {"login": stakeholder.email, "password": PASSWORD}
        )
        assert signed_in.status_code == 302 and "_auth_user_id" in person.session

    stakeholder.refresh_from_db()
    assert stakeholder.last_login is not None
    assert visit(visitor, urls) == dict.fromkeys(urls, 0)
    assert content_queries(client, DASHBOARD) == dashboard_again


def test_a_pledge_decision_refreshes_the_pledge_pages_and_not_the_event_pages(page_cache, site):
    from pledges.services import publish_pledge

    submitted = PledgeFactory(
        organisation=site["organisation"], state="submitted", title_en="Ethical recruitment"
    )
    moderator = secretariat_user()  # (a new person's profile would count on event pages)
    event = f"/en/events/{site['event'].slug}/"
    visitor = Client()
    visit(visitor, [PLEDGES, DASHBOARD, OBJECTIVE, EVENTS, event, HOME, ORGANISATIONS])

    publish_pledge(pledge=submitted, by=moderator)

    assert "Ethical recruitment" in visitor.get(PLEDGES).content.decode()
    assert "Ethical recruitment" in visitor.get(OBJECTIVE).content.decode()
    assert content_queries(visitor, DASHBOARD) > 0  # counted again
    assert visit(visitor, [EVENTS, event, HOME, ORGANISATIONS]) == dict.fromkeys(
        [EVENTS, event, HOME, ORGANISATIONS], 0
    )


def test_an_event_edit_refreshes_the_event_pages_and_not_the_pledge_pages(page_cache, site):
    event = site["event"]
    url = f"/en/events/{event.slug}/"
    visitor = Client()
    visit(visitor, [url, EVENTS, PLEDGES, DASHBOARD, ORGANISATIONS])

    event.title_en = "Regional review in Beirut"
    event.save()

    assert "Regional review in Beirut" in visitor.get(url).content.decode()
    assert "Regional review in Beirut" in visitor.get(EVENTS).content.decode()
    assert visit(visitor, [PLEDGES, DASHBOARD, ORGANISATIONS]) == dict.fromkeys(
        [PLEDGES, DASHBOARD, ORGANISATIONS], 0
    )


def test_an_organisation_edit_refreshes_the_directory_and_the_pages_that_show_it(page_cache, site):
    from stakeholders.services import update_organisation

    organisation = site["organisation"]
    administrator = administrator_of(organisation)
    url = f"/en/organisations/{organisation.slug}/"
    visitor = Client()
    visit(visitor, [ORGANISATIONS, url, PLEDGES, OBJECTIVE, HOME])

    update_organisation(
        organisation=organisation,
        by=administrator,
        data={"name": "Diaspora Link International"},
    )

    for page in (ORGANISATIONS, url, PLEDGES, OBJECTIVE):
        assert "Diaspora Link International" in visitor.get(page).content.decode(), page
    assert content_queries(visitor, HOME) == 0  # the GCM reference only


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("page_cache", ["configured"], indirect=True)  # (a database cache's
# versions are written in the decision's own transaction: nobody sees them before it commits)
def test_a_page_built_while_a_decision_commits_is_not_served_after_it(page_cache, site):
    """Another web process builds the pledge list between the decision's save (which bumps the
    version) and its commit: it reads the rows as they were, under the new version. After the
    commit, visitors must see the decision, not that page."""
    from pledges.services import publish_pledge

    submitted = PledgeFactory(
        organisation=site["organisation"], state="submitted", title_en="Ethical recruitment"
    )
    moderator = secretariat_user()
    built_meanwhile = []

    def other_process():
        built_meanwhile.append(Client().get(PLEDGES).content.decode())
        connections.close_all()

    with transaction.atomic():
        publish_pledge(pledge=submitted, by=moderator)
        builder = threading.Thread(target=other_process)
        builder.start()
        builder.join()

    assert "Ethical recruitment" not in built_meanwhile[0]
    assert "Ethical recruitment" in Client().get(PLEDGES).content.decode()


def test_a_transaction_of_many_changes_bumps_each_kind_once_more_at_its_commit(
    db, django_capture_on_commit_callbacks
):
    from common.cache import scope_versions

    organisation = OrganisationFactory()
    before = scope_versions(("pledges.Pledge",), fresh=True)
    with django_capture_on_commit_callbacks(execute=True) as at_commit:
        for n in range(20):
            PledgeFactory(organisation=organisation, title_en=f"Pledge {n}")
        during = scope_versions(("pledges.Pledge",), fresh=True)
    after = scope_versions(("pledges.Pledge",), fresh=True)

    assert during != before and after != during
    keys = [getattr(callback, "version_key", None) for callback in at_commit]
    assert keys.count("portal:scope:pledges.pledge") == 1
