"""Anonymous visitors' pages come from the cache, and change as soon as the content does."""

import pytest
from django.core.cache import cache

from gcm.models import RoundTable

pytestmark = pytest.mark.usefixtures("reference")


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE = True


def test_a_cached_page_is_served_again_and_refreshed_when_content_changes(
    client, django_assert_num_queries
):
    client.get("/en/")  # fills the cache
    with django_assert_num_queries(0):
        again = client.get("/en/")
    assert again.status_code == 200

    round_table = RoundTable.objects.get(number=1)
    round_table.objectives.remove(round_table.objectives.get(number=18))

    html = client.get("/en/").content.decode()
    assert 'href="/en/objectives/18/"' not in html


def test_signed_in_people_always_get_a_fresh_page(client, stakeholder):
    client.get("/en/")
    client.force_login(stakeholder)

    html = client.get("/en/").content.decode()

    assert stakeholder.email in html


def test_each_language_has_its_own_cached_page(client):
    client.get("/en/")

    assert 'lang="ar"' in client.get("/ar/").content.decode()
    assert cache.get("portal:scope:gcm.roundtable") is not None


def test_a_page_from_the_cache_keeps_its_security_headers(client, django_assert_num_queries):
    first = client.get("/fr/")
    with django_assert_num_queries(0):
        again = client.get("/fr/")

    assert again.content == first.content
    for header in ("Content-Security-Policy", "X-Frame-Options", "Content-Language", "Vary"):
        assert again[header] == first[header], header
    assert again["X-Content-Type-Options"] == "nosniff"
    assert again["Content-Language"] == "fr"


def test_a_visitor_with_a_message_sees_it_on_a_cached_page(client, stakeholder):
    """A one-off message ("You have signed out.") is for that visitor, never for the cache."""
    client.get("/en/")  # cached for visitors
    client.force_login(stakeholder)

    response = client.post("/en/accounts/logout/", follow=True)

    assert response.redirect_chain[-1][0] == "/en/"
    assert "You have signed out." in response.content.decode()
    assert "You have signed out." not in client.get("/en/").content.decode()  # shown once


def test_signed_out_visitors_never_get_a_signed_in_page(client, stakeholder):
    client.force_login(stakeholder)
    client.get("/en/")  # a signed-in page is never stored
    client.logout()
    client.cookies.clear()

    assert stakeholder.email not in client.get("/en/").content.decode()


def test_a_change_made_by_another_process_shows_once_the_shared_version_is_read_again(
    client, settings
):
    """Each process keeps its own copy of busy pages and reads the shared versions at
    most once every PAGE_CACHE_VERSION_SECONDS; changes made in the process show at once."""
    from common.cache import local_pages, version_key
    from gcm.models import Objective

    settings.PAGE_CACHE_VERSION_SECONDS = 60
    url = "/en/objectives/18/"
    client.get(url)
    # Another process (a worker, another web process) changes the objective: its signals bump
    # the shared version, not this process's.
    Objective.objects.filter(number=18).update(title_en="Changed by another process")
    cache.incr(version_key(Objective))

    assert "Changed by another process" not in client.get(url).content.decode()
    local_pages.versions = {key: (v, read - 60) for key, (v, read) in local_pages.versions.items()}

    assert "Changed by another process" in client.get(url).content.decode()


@pytest.mark.parametrize(
    "url",
    ["/{lang}/pledges/?round_table={n}", "/{lang}/practices/?round_table={n}"],
)
def test_filter_forms_kept_between_readers_follow_each_readers_filters_and_language(
    client, stakeholder, url
):
    """The filter forms are kept (the country list is slow to draw) per filters and language."""
    client.force_login(stakeholder)  # signed in: the page itself is never from the cache

    for lang, n in [("en", 1), ("en", 2), ("fr", 2), ("en", 1)]:
        html = client.get(url.format(lang=lang, n=n)).content.decode()
        selected = html.split('name="round_table"')[1].split("</select>")[0]
        assert f'value="{n}" selected' in selected, (lang, n)
        assert f'<html lang="{lang}"' in html
        assert ("Round table" if lang == "en" else "Table ronde") in selected


def test_the_organisation_filters_follow_each_readers_filters(client, stakeholder):
    client.force_login(stakeholder)

    for group in ("academia", "trade_unions", "academia"):
        html = client.get(f"/en/organisations/?group={group}").content.decode()
        assert f'value="{group}" selected' in html
