"""The directory of published pledges, its filters, a pledge's page, and "my organisation's
pledges": who sees what (404 for anything out of reach), in a fixed number of queries."""

import re

import pytest
from django.http import QueryDict
from django.utils import translation

from gcm.models import Objective
from pledges.filters import filter_pledges
from pledges.models import Pledge
from stakeholders.models import StakeholderGroup
from tests.factories import (
    OrganisationFactory,
    PledgeFactory,
    PledgeProgressFactory,
    UserFactory,
    administrator_of,
    member_of,
)
from tests.mfa import give_totp

from .conftest import PERSONAS


def url(path, language="en"):
    return f"/{language}/pledges/{path}"


# --- The directory ----------------------------------------------------------------------------


def test_the_directory_lists_published_pledges_only(client, organisation):
    shown = PledgeFactory(organisation=organisation, state="published", title_en="Shown pledge")
    for state in ("draft", "submitted", "changes_requested", "rejected", "withdrawn"):
        PledgeFactory(organisation=organisation, state=state, title_en=f"Hidden {state}")

    response = client.get(url(""))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Shown pledge" in html
    assert "Hidden" not in html
    assert f'href="{shown.get_absolute_url()}"' in html
    assert "1 published pledge" in html


def test_the_directory_shows_round_tables_derived_from_objectives(client, organisation):
    PledgeFactory(organisation=organisation, state="published", objectives=[6, 15])

    html = client.get(url("")).content.decode()

    assert "Round table 1" in html  # objective 6
    assert "Round table 3" in html  # objective 15
    assert "Round table 2" not in html.split("</form>")[-1]


def test_each_row_names_its_tags_and_countries_in_the_reader_s_language(client, organisation):
    # The labels are worked out once per list (pledges.views.prepare_for_listing): each row still
    # shows its own, translated.
    PledgeFactory(organisation=organisation, state="published", objectives=[6], countries=["JO"])
    PledgeFactory(
        organisation=organisation, state="published", objectives=[6, 15], countries=["JO", "LB"]
    )

    rows = client.get(url("", "ar")).content.decode().split('class="pledge-item"')[1:]

    tags = [re.findall(r'<span class="tag">([^<]*)</span>', row) for row in rows]
    assert sorted(len(found) for found in tags) == [2, 4]  # round tables, then objectives
    with translation.override("ar"):
        jordan, lebanon = translation.gettext("Jordan"), translation.gettext("Lebanon")
        objective_6 = translation.gettext("Objective %(number)s") % {"number": 6}
    assert any(f"{jordan}، {lebanon}" in row for row in rows)
    assert all(objective_6 in found for found in tags)


@pytest.fixture
def catalogue(reference):
    """Published pledges differing along every filter."""
    jordan = OrganisationFactory(group=StakeholderGroup.TRADE_UNIONS, country="JO")
    morocco = OrganisationFactory(group=StakeholderGroup.ACADEMIA, country="MA")
    return {
        "recruitment": PledgeFactory(
            organisation=jordan,
            state="published",
            title_en="Recruitment watch in Amman",
            objectives=[6],
            countries=["JO"],
            kind="technical_capacity",
        ),
        "health": PledgeFactory(
            organisation=morocco,
            state="published",
            title_en="Clinics for everyone",
            description_fr="Des dispensaires ouverts à tous les migrants. " * 8,
            objectives=[15],
            countries=["MA", "TN"],
            kind="financial",
        ),
        "data": PledgeFactory(
            organisation=morocco,
            state="published",
            title_en="Open migration data",
            objectives=[1, 23],
            countries=[],
            region="arab_states",
            kind="process_policy",
        ),
        "draft": PledgeFactory(organisation=jordan, title_en="Draft recruitment", objectives=[6]),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"recruitment", "health", "data"}),
        ("objective=6", {"recruitment"}),
        ("objective=23", {"data"}),
        ("round_table=1", {"recruitment"}),
        ("round_table=3", {"health"}),
        ("round_table=4", {"data"}),
        ("round_table=2", set()),
        ("country=MA", {"health"}),
        ("country=TN", {"health"}),
        ("country=JO", {"recruitment"}),
        ("group=trade_unions", {"recruitment"}),
        ("group=academia", {"health", "data"}),
        ("kind=financial", {"health"}),
        ("q=amman", {"recruitment"}),
        ("q=clinics", {"health"}),
        ("q=dispensaires", {"health"}),  # the French text is searched too
        ("q=open+data", {"data"}),
        ("group=academia&objective=15", {"health"}),
        ("group=academia&kind=technical_capacity", set()),
    ],
)
def test_filters(client, catalogue, query, expected):
    names = {pledge.pk: name for name, pledge in catalogue.items()}

    filterset = filter_pledges(QueryDict(query))
    html = client.get(url(f"?{query}")).content.decode()

    assert {names[p.pk] for p in filterset.qs} == expected
    for name, pledge in catalogue.items():
        assert (f'href="{pledge.get_absolute_url()}"' in html) == (name in expected), name


def test_filters_keep_their_values_and_are_shareable(client, catalogue):
    html = client.get(url("?objective=6&country=JO")).content.decode()

    assert re.search(r'<option value="6" selected>', html)
    assert re.search(r'<option value="JO" selected>', html)
    assert 'href="/en/pledges/export.csv?objective=6&amp;country=JO"' in html
    assert 'href="/en/pledges/dashboard/?objective=6&amp;country=JO"' in html
    assert 'href="/ar/pledges/?objective=6&amp;country=JO"' in html  # the language switcher


@pytest.mark.parametrize("query", ["objective=99", "round_table=9", "country=XX", "kind=cake"])
def test_an_invalid_filter_is_reported_and_not_a_server_error(client, catalogue, query):
    response = client.get(url(f"?{query}"))

    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_the_directory_is_paginated_keeping_the_filters(client, organisation):
    PledgeFactory.create_batch(23, organisation=organisation, state="published", objectives=[6])

    first = client.get(url("?objective=6")).content.decode()
    second = client.get(url("?objective=6&page=2")).content.decode()

    assert "23 published pledges" in first
    assert first.count('class="pledge-item"') == 20
    assert second.count('class="pledge-item"') == 3
    assert 'href="?objective=6&amp;page=2"' in first


@pytest.mark.parametrize("pledges", [1, 3])
def test_the_directory_takes_the_same_queries_for_1_and_3_pledges(
    client, organisation, django_assert_num_queries, pledges
):
    for _ in range(pledges):
        published = PledgeFactory(organisation=organisation, state="published", objectives=[6, 15])
        PledgeProgressFactory(pledge=published)
    # count, page, objectives, round tables by objective, the two select filters' options
    with django_assert_num_queries(6):
        response = client.get(url(""))
    assert response.content.decode().count('class="pledge-item"') == pledges


# --- A pledge ---------------------------------------------------------------------------------


def test_a_published_pledge_page_hides_the_contact_person(client, published):
    html = client.get(published.get_absolute_url()).content.decode()

    assert published.title_en in html
    assert published.contact_email not in html
    assert published.contact_name not in html
    assert "Round table 1" in html  # objective 6


VISIBILITY = {
    # state: personas that see the pledge (everyone else gets 404)
    "draft": {"member", "org_admin"},
    "submitted": {"member", "org_admin", "moderator"},
    "changes_requested": {"member", "org_admin", "moderator"},
    "rejected": {"member", "org_admin", "moderator"},
    "withdrawn": {"member", "org_admin", "moderator"},
    "published": set(PERSONAS),
}


@pytest.mark.parametrize("persona", PERSONAS, indirect=True)
@pytest.mark.parametrize("state", list(VISIBILITY))
def test_who_sees_a_pledge_in_each_state(client, organisation, persona, state):
    pledge = PledgeFactory(organisation=organisation, state=state)

    response = client.get(pledge.get_absolute_url())

    assert response.status_code == (200 if persona in VISIBILITY[state] else 404)
    if response.status_code == 200:
        html = response.content.decode()
        shows_contact = pledge.contact_email in html
        assert shows_contact == (persona in {"member", "org_admin"})


def test_visible_to_matches_the_pages(organisation, member, outsider):
    states = [code for code, _label in Pledge.State.choices]
    pledges = {state: PledgeFactory(organisation=organisation, state=state) for state in states}

    assert set(Pledge.objects.visible_to(member)) == set(pledges.values())
    assert list(Pledge.objects.visible_to(outsider)) == [pledges["published"]]


def test_members_see_the_history_with_the_secretariats_reasons(
    client, submitted, member, moderator
):
    from pledges.services import request_changes

    request_changes(pledge=submitted, by=moderator, reason="Please give numbers.")
    client.force_login(member)

    html = client.get(submitted.get_absolute_url()).content.decode()

    assert "Changes requested by the secretariat" in html
    assert "Please give numbers." in html
    assert f'href="/en/pledges/{submitted.pk}/edit/"' in html


@pytest.mark.parametrize(
    ("persona", "sees_history"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("staff_outside_the_secretariat", False),
        ("member", True),
        ("org_admin", True),
        ("moderator", True),
    ],
)
def test_the_history_is_for_the_organisation_and_the_secretariat(
    client, submitted, moderator, persona, sees_history
):
    """A staff account is not a role: the secretariat's reasons are for the pledge's
    organisation and the secretariat only, even once the pledge is public."""
    from pledges.services import publish_pledge, request_changes, resubmit_pledge

    request_changes(pledge=submitted, by=moderator, reason="Please give numbers.")
    resubmit_pledge(pledge=submitted, by=member_of(submitted.organisation))
    publish_pledge(pledge=submitted, by=moderator, reason="Numbers given, thank you.")
    people = {
        "outsider": UserFactory(),
        "staff_outside_the_secretariat": give_totp(UserFactory(is_staff=True)),
        "member": member_of(submitted.organisation),
        "org_admin": administrator_of(submitted.organisation),
        "moderator": moderator,
    }
    if persona in people:
        client.force_login(people[persona])

    response = client.get(submitted.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert ("Please give numbers." in html) == sees_history
    assert ("Numbers given, thank you." in html) == sees_history
    assert ("Changes requested by the secretariat" in html) == sees_history


def test_a_pledge_in_arabic_falls_back_honestly(client, organisation):
    pledge = PledgeFactory(
        organisation=organisation, state="published", title_en="English only pledge"
    )

    html = client.get(url(f"{pledge.pk}/", "ar")).content.decode()

    assert '<span lang="en" dir="ltr">English only pledge</span>' in html
    assert "الترجمة إلى العربية قيد الإعداد" in html  # "Arabic translation pending"


def test_overdue_pledges_say_so(client, organisation):
    from datetime import timedelta

    from django.utils import timezone

    old = PledgeFactory(
        organisation=organisation,
        state="published",
        published_at=timezone.now() - timedelta(days=400),
    )

    html = client.get(old.get_absolute_url()).content.decode()
    listing = client.get(url("")).content.decode()

    assert "No progress has been reported on this pledge for more than twelve months." in html
    assert "Progress overdue" in listing


@pytest.mark.parametrize("pledges", [1, 3])
def test_a_pledge_page_takes_the_same_queries_whatever_it_holds(
    client, organisation, member, django_assert_num_queries, pledges
):
    pledge = PledgeFactory(organisation=organisation, state="published", objectives=[6, 15, 23])
    for _ in range(pledges):
        PledgeProgressFactory(pledge=pledge)
        PledgeFactory(organisation=organisation, state="published", matches=pledge)
    client.force_login(member)
    client.get(pledge.get_absolute_url())  # the session and the user's groups, cached

    with django_assert_num_queries(13):
        response = client.get(pledge.get_absolute_url())
    assert response.status_code == 200


# --- My organisation's pledges ------------------------------------------------------------------


def test_my_pledges_requires_login(client):
    response = client.get(url("mine/"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_my_pledges_lists_every_state_of_my_organisations_only(client, organisation, member):
    mine = {
        state: PledgeFactory(organisation=organisation, state=state, title_en=f"Ours {state}")
        for state, _label in Pledge.State.choices
    }
    PledgeFactory(state="published", title_en="Someone else's")
    client.force_login(member)

    html = client.get(url("mine/")).content.decode()

    for pledge in mine.values():
        assert pledge.title_en in html
    assert "Someone else" not in html
    assert "Changes requested" in html
    assert 'href="/en/pledges/new/"' in html


@pytest.mark.parametrize("pledges", [1, 3])
def test_my_pledges_takes_the_same_queries_for_1_and_3(
    client, organisation, member, django_assert_num_queries, pledges
):
    for _ in range(pledges):
        PledgeFactory(organisation=organisation, objectives=[6, 15])
    client.force_login(member)
    client.get(url("mine/"))

    # Session, user, memberships, the page's pledges, their count, objectives and round tables,
    # the organisations the member may pledge for.
    with django_assert_num_queries(9):
        client.get(url("mine/"))


def test_my_pledges_come_a_page_at_a_time_in_the_reader_s_language(client, organisation, member):
    # 21 pledges: the page shows 20, newest change first, and links to the next page.
    pledges = [PledgeFactory(organisation=organisation, title_en=f"Ours {n:02}") for n in range(21)]
    client.force_login(member)

    first = client.get(url("mine/")).content.decode()
    second = client.get(url("mine/?page=2")).content.decode()
    arabic = client.get(url("mine/", "ar")).content.decode()

    oldest = pledges[0].title_en
    assert first.count('class="pledge-item"') == 20 and oldest not in first
    assert 'href="?page=2" rel="next"' in first and "Page 1 of 2" in first
    assert second.count('class="pledge-item"') == 1 and oldest in second
    assert 'href="?page=1" rel="prev"' in second
    assert "الصفحة التالية" in arabic  # "Next page"


def test_my_pledges_page_links_keep_the_rest_of_the_address(client, organisation, member):
    for n in range(21):
        PledgeFactory(organisation=organisation, title_en=f"Ours {n:02}")
    client.force_login(member)

    html = client.get(url("mine/?page=2&lang=fr")).content.decode()

    assert 'href="?page=1&amp;lang=fr" rel="prev"' in html


def test_objective_names_follow_the_language(client, catalogue):
    with translation.override("fr"):
        label = Objective.objects.get(number=6).short_title
    html = client.get(url("", "fr")).content.decode()

    assert f"6. {label}" in html
