"""Open data: CSV and JSON of published pledges, with the directory's filters, documented columns,
one column per language, no contact person, and no cell a spreadsheet would run as a formula."""

import csv
import io
import json
from pathlib import Path

import pytest

from pledges.exports import COLUMN_NAMES
from tests.factories import OrganisationFactory, PledgeFactory, PledgeProgressFactory

README = Path(__file__).resolve().parents[2] / "README.md"


def body(response) -> str:
    """What a download holds: exports are streamed, a piece at a time."""
    assert response.streaming, "exports stream: 10,000 pledges are never held in memory"
    return b"".join(response.streaming_content).decode("utf-8")


def read_csv(response) -> list[dict]:
    text = body(response)
    assert text.startswith("\ufeff"), "a byte-order mark, for spreadsheets"
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.fixture
def pledge(organisation):
    partner = OrganisationFactory(name="Partner Org")
    pledge = PledgeFactory(
        organisation=organisation,
        state="published",
        title_en="Fair recruitment hotline",
        title_ar="خط مساعدة للتوظيف العادل",
        objectives=[6, 15],
        countries=["JO", "LB"],
        budget="25000.00",
        currency="USD",
        partnership_type="common",
    )
    pledge.partners.set([partner])
    PledgeProgressFactory(pledge=pledge, stage="in_progress")
    return pledge


def test_csv_of_published_pledges(client, pledge, organisation):
    PledgeFactory(organisation=organisation, state="submitted", title_en="Not yet public")

    response = client.get("/en/pledges/export.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="imrf-pledges.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == COLUMN_NAMES
    assert row["id"] == str(pledge.pk)
    assert row["url"] == f"http://testserver/en/pledges/{pledge.pk}/"
    assert (row["title_en"], row["title_ar"], row["title_fr"]) == (
        "Fair recruitment hotline",
        "خط مساعدة للتوظيف العادل",
        "",
    )
    assert row["objectives"] == "6;15"
    assert (row["forum"], row["round_tables"]) == ("imrf-2022", "1;3")
    assert row["countries"] == "JO;LB"
    assert row["organisation_group"] == "civil_society"
    assert row["partners"] == "Partner Org"
    assert row["partnership_type"] == "common"
    assert (row["budget"], row["currency"]) == ("25000.00", "USD")
    assert row["latest_stage"] == "in_progress"
    assert row["overdue"] == "false"


def test_the_contact_person_is_never_exported(client, pledge):
    csv_text = body(client.get("/en/pledges/export.csv"))
    json_text = body(client.get("/en/pledges/export.json"))

    assert not [column for column in COLUMN_NAMES if "contact" in column]
    for text in (csv_text, json_text):
        assert pledge.contact_email not in text
        assert pledge.contact_name not in text


def test_json_has_the_same_fields(client, pledge):
    response = client.get("/en/pledges/export.json")

    data = json.loads(body(response))
    assert response["Content-Type"] == "application/json"
    assert data["count"] == 1
    record = data["pledges"][0]
    assert list(record) == COLUMN_NAMES
    assert record["objectives"] == [6, 15]
    assert record["round_tables"] == [1, 3]
    assert record["title_ar"] == "خط مساعدة للتوظيف العادل"
    assert record["overdue"] is False
    assert set(data["columns"]) == set(COLUMN_NAMES)


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("objective=15", {"Fair recruitment hotline"}),
        ("round_table=4", {"Open data"}),
        ("country=MA", {"Open data"}),
        ("q=hotline", {"Fair recruitment hotline"}),
    ],
)
def test_exports_follow_the_directorys_filters(client, pledge, organisation, query, titles):
    PledgeFactory(
        organisation=organisation,
        state="published",
        title_en="Open data",
        objectives=[1],
        countries=["MA"],
        description_en="Data. " * 60,
    )

    rows = read_csv(client.get(f"/en/pledges/export.csv?{query}"))
    records = json.loads(body(client.get(f"/en/pledges/export.json?{query}")))["pledges"]

    assert {row["title_en"] for row in rows} == titles
    assert {record["title_en"] for record in records} == titles


def test_an_invalid_filter_is_refused_not_ignored(client, pledge):
    response = client.get("/en/pledges/export.csv?objective=99")

    assert response.status_code == 400
    assert "objective" in response.json()["errors"]


@pytest.mark.parametrize(
    "value", ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_no_cell_runs_as_a_formula(client, organisation, value):
    evil_organisation = OrganisationFactory(name=value, acronym=value)
    PledgeFactory(
        organisation=evil_organisation,
        state="published",
        title_en=value,
        title_fr=value,
        description_en=value + " " + "x" * 300,
    )

    row = read_csv(client.get("/en/pledges/export.csv"))[0]

    for column in ("title_en", "title_fr", "description_en", "organisation"):
        assert row[column].startswith("'" + value[0]), column
    assert row["organisation_acronym"] == "'" + value


def test_every_column_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    section = readme.split("## Open data", 1)[1]
    for column in COLUMN_NAMES:
        assert f"`{column}`" in section, column


@pytest.mark.parametrize("count", [1, 3])
def test_exports_take_the_same_queries_for_1_and_3_pledges(
    client, organisation, django_assert_num_queries, count
):
    for _ in range(count):
        pledge = PledgeFactory(organisation=organisation, state="published", objectives=[6, 15])
        pledge.partners.set([OrganisationFactory()])
    # Round tables, pledges, and the objectives, principles and partners of the pledges; the
    # JSON also counts them first.
    with django_assert_num_queries(5):
        body(client.get("/en/pledges/export.csv"))
    with django_assert_num_queries(6):
        body(client.get("/en/pledges/export.json"))


def test_an_export_longer_than_one_chunk_holds_every_pledge_once(client, organisation, monkeypatch):
    monkeypatch.setattr("pledges.exports.CHUNK_SIZE", 2)
    pledges = [
        PledgeFactory(organisation=organisation, state="published", objectives=[number])
        for number in (3, 6, 15, 23, 1)
    ]

    rows = read_csv(client.get("/en/pledges/export.csv"))
    data = json.loads(body(client.get("/en/pledges/export.json")))

    assert [int(row["id"]) for row in rows] == [pledge.pk for pledge in pledges]
    assert [row["objectives"] for row in rows] == ["3", "6", "15", "23", "1"]
    assert data["count"] == 5
    assert [record["id"] for record in data["pledges"]] == [pledge.pk for pledge in pledges]
