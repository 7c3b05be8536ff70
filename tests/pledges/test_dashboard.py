"""The dashboard: the right numbers per round table, objective, group, country and stage, as SVG
charts mirrored for Arabic, each with a table of the same numbers, following the filters."""

import re

import pytest

from gcm.models import Objective
from pledges.dashboard import CHART_WIDTH, Bar, Chart, draw
from stakeholders.models import StakeholderGroup
from tests.factories import OrganisationFactory, PledgeFactory, PledgeProgressFactory

URL = "/{language}/pledges/dashboard/"


@pytest.fixture
def pledges(reference):
    union = OrganisationFactory(group=StakeholderGroup.TRADE_UNIONS)
    academia = OrganisationFactory(group=StakeholderGroup.ACADEMIA)
    first = PledgeFactory(
        organisation=union, state="published", objectives=[6, 18], countries=["JO"]
    )
    PledgeProgressFactory(pledge=first, stage="completed")
    PledgeFactory(organisation=academia, state="published", objectives=[15], countries=["JO", "MA"])
    PledgeFactory(
        organisation=academia, state="published", objectives=[1], countries=[], region="global"
    )
    PledgeFactory(organisation=union, state="submitted", objectives=[6], countries=["EG"])


def table(html, slug):
    """{row label: number} of a chart's table."""
    section = html.split(f'id="chart-{slug}-title"')[1].split("</section>")[0]
    rows = re.findall(
        r'<tr><th scope="row">(?:<a href="[^"]*">)?(.*?)(?:</a>)?</th><td>(\d+)</td></tr>', section
    )
    return {label: int(value) for label, value in rows}


def test_the_numbers(client, pledges):
    response = client.get(URL.format(language="en"))

    html = response.content.decode()
    assert response.status_code == 200
    assert table(html, "round-tables") == {
        "Round table 1": 1,  # objectives 6 and 18 count once
        "Round table 2": 0,
        "Round table 3": 1,
        "Round table 4": 1,
    }
    objectives = table(html, "objectives")
    assert len(objectives) == 23  # all of them, zeros included
    six = Objective.objects.get(number=6).short_title_en
    assert objectives[f"6. {six}"] == 1
    assert objectives[f"2. {Objective.objects.get(number=2).short_title_en}"] == 0
    assert sum(objectives.values()) == 4  # 6, 18, 15, 1 — the submitted one is not counted
    groups = table(html, "groups")
    assert len(groups) == len(StakeholderGroup.choices)
    assert groups["Trade unions"] == 1 and groups["Academia"] == 2
    assert table(html, "countries") == {"Jordan": 2, "Morocco": 1, "Region-wide: Global": 1}
    assert table(html, "stages") == {
        "Not started": 0,
        "In progress": 0,
        "Completed": 1,
        "Discontinued": 0,
        "No progress reported yet": 2,
    }
    assert re.search(r'<span class="figure">3</span>\s*published pledges', html)


def test_it_follows_the_directorys_filters(client, pledges):
    html = client.get(URL.format(language="en") + "?group=academia").content.decode()

    assert table(html, "round-tables")["Round table 1"] == 0
    assert table(html, "countries") == {"Jordan": 1, "Morocco": 1, "Region-wide: Global": 1}
    # Rows link to the directory with the dashboard's filters and their own.
    assert 'href="/en/pledges/?group=academia&amp;country=JO"' in html
    assert 'href="/en/pledges/export.csv?group=academia"' in html


def test_each_chart_has_a_table_with_a_caption_and_headers(client, pledges):
    html = client.get(URL.format(language="en")).content.decode()

    assert html.count('<svg class="bar-chart"') == 5
    assert html.count("<caption>") == 5
    assert html.count('<th scope="col">') == 10
    assert html.count('role="img"') == 5
    assert " style=" not in html and "<style" not in html and "<script" not in html


def test_bars_run_from_the_start_of_the_line_in_both_directions():
    def chart():
        return Chart("x", "X", "Y", [Bar("a", 4), Bar("b", 2), Bar("c", 0)])

    ltr, rtl = draw(chart(), rtl=False), draw(chart(), rtl=True)

    assert [bar.bar_x for bar in ltr.bars] == [0, 0, 0]
    assert ltr.bars[0].bar_width == 2 * ltr.bars[1].bar_width
    assert ltr.bars[0].value_x > ltr.bars[0].bar_width
    # Mirrored: the bars end at the right edge, the numbers sit to their left.
    assert [bar.bar_x + bar.bar_width for bar in rtl.bars] == [CHART_WIDTH] * 3
    assert rtl.bars[0].value_x < rtl.bars[0].bar_x
    assert [bar.label_x for bar in rtl.bars] == [CHART_WIDTH] * 3
    assert rtl.direction == "rtl" and ltr.direction == "ltr"


def test_the_arabic_dashboard_reads_right_to_left(client, pledges):
    html = client.get(URL.format(language="ar")).content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert 'direction="rtl"' in html
    assert "الطاولة المستديرة 1" in html  # "Round table 1"
    assert "لوحة" in html  # the page title: "dashboard"
    assert "الأردن" in html  # Jordan
    # Numbers in SVG attributes are never localised (no decimal commas).
    for value in re.findall(r'\s(?:x|width)="([^"]+)"', html.split("<svg", 1)[1]):
        assert re.fullmatch(r"[\d.]+", value), value


def test_french_numbers_stay_valid_svg(client, pledges):
    html = client.get(URL.format(language="fr")).content.decode()

    svg = html.split('<svg class="bar-chart"', 1)[1].split("</svg>")[0]
    assert not re.search(r'(?:x|width)="[\d]+,[\d]+"', svg)


def test_an_empty_dashboard(client, reference):
    html = client.get(URL.format(language="en")).content.decode()

    assert len(table(html, "objectives")) == 23
    assert table(html, "countries") == {}
    assert "No published pledge matches these filters." in html


@pytest.mark.parametrize("count", [1, 3])
def test_the_dashboard_takes_the_same_queries_for_1_and_3_pledges(
    client, reference, django_assert_num_queries, count
):
    for number in range(count):
        pledge = PledgeFactory(state="published", objectives=[6, 15 + number])
        PledgeProgressFactory(pledge=pledge)
    # pledges, tags, round tables and their objectives, objectives, the two select filters
    with django_assert_num_queries(7):
        response = client.get(URL.format(language="en"))
    assert response.status_code == 200


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "signed in"])
def test_the_counts_kept_between_visits_change_when_a_pledge_is_published(
    client, settings, pledges, signed_in
):
    from pledges.models import Pledge
    from pledges.services import publish_pledge
    from tests.factories import UserFactory, secretariat_user

    settings.PAGE_CACHE = True
    if signed_in:
        client.force_login(UserFactory())
    url = URL.format(language="en") + "?round_table=1"
    assert table(client.get(url).content.decode(), "groups")["Trade unions"] == 1

    submitted = Pledge.objects.get(state="submitted")
    publish_pledge(pledge=submitted, by=secretariat_user())

    assert table(client.get(url).content.decode(), "groups")["Trade unions"] == 2
