"""Objective and round-table pages list the published pledges tagged with their objectives."""

import pytest

from tests.factories import PledgeFactory


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """These pages belong to another app, whose stylesheets may not be collected yet."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def pledges(organisation):
    return {
        "recruitment": PledgeFactory(
            organisation=organisation, state="published", title_en="Recruitment", objectives=[6]
        ),
        "health": PledgeFactory(
            organisation=organisation, state="published", title_en="Clinics", objectives=[15]
        ),
        "draft": PledgeFactory(organisation=organisation, title_en="Unpublished", objectives=[6]),
    }


def test_an_objective_page_lists_its_published_pledges(client, pledges):
    html = client.get("/en/objectives/6/").content.decode()

    assert "1 published pledge is tagged with this objective." in html
    assert f'href="{pledges["recruitment"].get_absolute_url()}"' in html
    assert "Clinics" not in html
    assert "Unpublished" not in html
    assert 'href="/en/pledges/?objective=6"' in html


def test_a_round_table_page_lists_the_pledges_of_its_objectives(client, pledges):
    html = client.get("/en/round-tables/imrf-2022/3/").content.decode()

    assert f'href="{pledges["health"].get_absolute_url()}"' in html
    assert f'href="{pledges["recruitment"].get_absolute_url()}"' not in html
    assert 'href="/en/pledges/?round_table=3"' in html


def test_no_pledge_yet(client, reference):
    html = client.get("/ar/objectives/2/").content.decode()

    assert 'href="/ar/pledges/?objective=2"' in html


@pytest.mark.parametrize("count", [1, 3])
def test_the_section_takes_the_same_queries_for_1_and_3_pledges(
    organisation, django_assert_num_queries, count
):
    from gcm.models import Objective
    from pledges.topics import sections

    for _ in range(count):
        PledgeFactory(organisation=organisation, state="published", objectives=[6])
    objective = Objective.objects.get(number=6)

    # The count and the pledges with their organisations.
    with django_assert_num_queries(2):
        [section] = sections([objective])
    assert section.context["count"] == count


@pytest.mark.parametrize("count", [1, 3])
def test_a_round_table_s_section_links_to_its_filter_in_the_same_queries(
    organisation, django_assert_num_queries, count
):
    from gcm.models import RoundTable
    from pledges.topics import sections

    for _ in range(count):
        PledgeFactory(organisation=organisation, state="published", objectives=[6])
    round_table = RoundTable.objects.get(forum__slug="imrf-2022", number=1)
    objectives = list(round_table.objectives.all())

    # The count, the pledges with their organisations, the current round tables' objectives.
    with django_assert_num_queries(3):
        [section] = sections(objectives)
    assert section.context["count"] == count
    assert section.context["directory_url"] == "/en/pledges/?round_table=1"


def test_a_published_pledge_shows_at_once_on_pages_cached_for_visitors(
    client, settings, submitted, moderator
):
    from pledges.services import publish_pledge

    settings.PAGE_CACHE = True
    before = client.get("/en/round-tables/imrf-2022/1/").content.decode()
    assert submitted.title_en not in before

    publish_pledge(pledge=submitted, by=moderator)

    after = client.get("/en/round-tables/imrf-2022/1/").content.decode()
    assert submitted.title_en in after


def test_rendering_the_section_reads_nothing_more(client, organisation):
    """Every column the list shows was read with its pledges: no query per pledge."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import OrganisationFactory

    PledgeFactory(organisation=organisation, state="published", objectives=[6])
    with CaptureQueriesContext(connection) as one:
        client.get("/en/objectives/6/")
    for _ in range(2):
        PledgeFactory(organisation=OrganisationFactory(), state="published", objectives=[6])

    with CaptureQueriesContext(connection) as three:
        html = client.get("/en/objectives/6/").content.decode()
    assert len(three) == len(one)
    assert "3 published pledges are tagged with this objective." in html
