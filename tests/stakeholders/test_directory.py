"""The public directory /<lang>/organisations/: verified organisations only, shareable filters,
pages of 20, names of countries in the page's language, nothing private."""

import re

import pytest
from django.utils.http import urlencode

from stakeholders.services import verify_organisation
from tests.factories import OrganisationFactory, member_of

pytestmark = pytest.mark.django_db


def names_in(response) -> list[str]:
    return [organisation.name for organisation in response.context["organisations"]]


def test_it_lists_verified_organisations_only(client):
    OrganisationFactory(name="Verified Network")
    OrganisationFactory(name="Pending Network", verification="pending")
    OrganisationFactory(name="Rejected Network", verification="rejected")

    response = client.get("/en/organisations/")

    assert response.status_code == 200
    assert names_in(response) == ["Verified Network"]
    html = response.content.decode()
    assert "Pending Network" not in html and "Rejected Network" not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"group": "trade_unions"}, ["Builders Union"]),
        ({"country": "MA"}, ["Rabat Migrants Council"]),
        ({"accreditation": "ecosoc"}, ["Builders Union"]),
        ({"accreditation": "special"}, ["Builders Union"]),
        ({"accreditation": "imrf"}, ["Rabat Migrants Council"]),
        ({"accreditation": "accredited"}, ["Builders Union", "Rabat Migrants Council"]),
        ({"q": "builders"}, ["Builders Union"]),
        ({"q": "BU"}, ["Builders Union"]),
        ({"q": "تونس"}, ["Tunis Diaspora Forum"]),
        ({"group": "diaspora", "country": "TN"}, ["Tunis Diaspora Forum"]),
        ({"group": "diaspora", "country": "MA"}, []),
    ],
)
def test_it_filters_by_group_country_accreditation_and_text(client, query, expected):
    OrganisationFactory(
        name="Builders Union", acronym="BU", group="trade_unions", ecosoc_status="special"
    )
    OrganisationFactory(
        name="Rabat Migrants Council", acronym="RMC", country="MA", imrf_accreditation="approved"
    )
    OrganisationFactory(
        name="Tunis Diaspora Forum",
        acronym="TDF",
        group="diaspora",
        country="TN",
        description_ar="منتدى المغتربين في تونس",
    )

    response = client.get(f"/en/organisations/?{urlencode(query)}")

    assert response.status_code == 200
    assert names_in(response) == expected


def test_unknown_filter_values_say_so_and_do_not_break_the_page(client):
    OrganisationFactory(name="Builders Union")

    response = client.get("/fr/organisations/?group=pirates&country=XX&accreditation=gold")

    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()


def test_it_paginates_by_twenty_and_keeps_the_filters_in_the_links(client):
    for number in range(23):
        OrganisationFactory(name=f"Network {number:02d}", group="migrants")
    OrganisationFactory(name="A trade union", group="trade_unions")

    first = client.get("/en/organisations/?group=migrants")
    second = client.get("/en/organisations/?group=migrants&page=2")

    assert len(first.context["organisations"]) == 20
    assert first.context["page_obj"].paginator.count == 23
    assert 'href="?group=migrants&amp;page=2"' in first.content.decode()
    assert names_in(second) == ["Network 20", "Network 21", "Network 22"]
    assert 'href="?group=migrants&amp;page=1"' in second.content.decode()
    assert client.get("/en/organisations/?page=99").status_code == 200


@pytest.mark.parametrize(
    ("language", "country_name", "group_name"),
    [
        ("en", "Lebanon", "Civil society"),
        ("ar", "لبنان", "المجتمع المدني"),
        ("fr", "Liban", "Société civile"),
    ],
)
def test_countries_and_groups_are_named_in_the_language_of_the_page(
    client, language, country_name, group_name
):
    OrganisationFactory(name="Beirut Network", country="LB", group="civil_society")

    html = client.get(f"/{language}/organisations/").content.decode()

    assert country_name in html
    assert group_name in html


@pytest.mark.parametrize("count", [1, 3])
def test_the_list_makes_the_same_number_of_queries_for_one_or_three(
    client, django_assert_num_queries, count
):
    for _number in range(count):
        OrganisationFactory(imrf_accreditation="approved", migrant_led=True)

    # The page's organisations and their count; nothing per organisation.
    with django_assert_num_queries(2):
        response = client.get("/en/organisations/?group=civil_society&q=network")

    assert len(response.context["organisations"]) == count


def test_no_email_phone_or_member_is_public(client, organisation, administrator, member):
    for url in ("/en/organisations/", f"/en/organisations/{organisation.slug}/"):
        html = client.get(url).content.decode()

        assert administrator.email not in html and member.email not in html
        assert administrator.profile.full_name not in html
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", html), url
        assert "tel:" not in html


def test_the_page_has_one_heading_and_no_inline_style_or_script(client, organisation):
    for url in ("/ar/organisations/", f"/ar/organisations/{organisation.slug}/"):
        html = client.get(url).content.decode()

        assert '<html lang="ar" dir="rtl">' in html
        assert len(re.findall(r"<h1[ >]", html)) == 1
        assert "<style" not in html and " style=" not in html
        assert not re.search(r"<script(?![^>]*\bsrc=)", html)
        assert "/static/css/stakeholders." in html


def test_a_filtered_list_can_be_shared_in_another_language(client):
    OrganisationFactory(name="Builders Union", group="trade_unions")

    html = client.get("/en/organisations/?group=trade_unions").content.decode()

    assert 'href="/ar/organisations/?group=trade_unions"' in html
    assert names_in(client.get("/ar/organisations/?group=trade_unions")) == ["Builders Union"]


def test_a_member_does_not_see_a_pending_organisation_in_the_directory(client):
    pending = OrganisationFactory(name="Pending Network", verification="pending")
    client.force_login(member_of(pending))

    assert names_in(client.get("/en/organisations/")) == []


def test_visitors_see_an_organisation_as_soon_as_it_is_verified(client, secretariat, settings):
    settings.PAGE_CACHE = True
    pending = OrganisationFactory(name="Newly Verified Network", verification="pending")
    assert "Newly Verified Network" not in client.get("/en/organisations/").content.decode()

    verify_organisation(organisation=pending, by=secretariat)

    assert "Newly Verified Network" in client.get("/en/organisations/").content.decode()
    assert client.get(f"/en/organisations/{pending.slug}/").status_code == 200


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_card_names_its_group_and_ecosoc_status_in_the_language_of_the_page(client, language):
    from django.utils import translation
    from django.utils.html import escape

    from stakeholders.models import EcosocStatus, StakeholderGroup

    OrganisationFactory(
        name="Beirut Network", group="civil_society", ecosoc_status="special", women_led=True
    )

    html = client.get(f"/{language}/organisations/").content.decode()

    card = re.search(r'<li class="organisation-card">.*?</li>\s*</ul>', html, re.S).group(0)
    with translation.override(language):
        group = escape(str(StakeholderGroup.CIVIL_SOCIETY.label))
        status = escape(str(EcosocStatus.SPECIAL.label))
    assert f'<p class="meta">{group} ·' in card
    assert status in card
    assert card.count('<li class="badge') == 2  # women-led, ECOSOC
