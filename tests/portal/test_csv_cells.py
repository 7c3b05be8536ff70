"""The one rule for the cells of every CSV the portal writes: nothing a spreadsheet would run,
at the start of a cell or of any part of it that a spreadsheet could split off."""

import csv
import io

import pytest

from common.csv_cells import csv_cell, csv_writer


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_that_a_spreadsheet_would_run_is_prefixed_with_a_quote(value):
    assert csv_cell(value) == f"'{value}"


def test_ordinary_values_are_left_alone():
    assert csv_cell("Fair recruitment") == "Fair recruitment"
    assert csv_cell("خط مساعدة") == "خط مساعدة"
    assert csv_cell("Travail décent, migration équitable; et plus") == (
        "Travail décent, migration équitable; et plus"
    )
    assert csv_cell(None) == ""
    assert csv_cell(12) == "12"
    assert csv_cell("2022-02-10") == "2022-02-10"
    assert (csv_cell(True), csv_cell(False)) == ("true", "false")


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("X;=cmd|' /C calc'!A0", "X;'=cmd|' /C calc'!A0"),
        ("a,b", "a,b"),
        ("a,=1+1", "a,'=1+1"),
        ("a; -2+3", "a; '-2+3"),
        (" =1", " '=1"),
        ("plan:\n- train\r\n@once", "plan:\n'- train\r\n'@once"),
    ],
)
def test_every_part_a_spreadsheet_could_split_off_is_neutralised(value, cell):
    assert csv_cell(value) == cell


def test_each_item_of_a_list_is_neutralised():
    assert csv_cell(["JO", "=1+1", "a;@SUM(1)"]) == "JO;'=1+1;a;'@SUM(1)"
    assert csv_cell(["Yes", "-no"], list_separator="; ") == "Yes; '-no"


def test_every_cell_is_quoted():
    stream = io.StringIO()
    csv_writer(stream).writerow([csv_cell(v) for v in [1, "a;b", ["x", "y"], None]])

    assert stream.getvalue() == '"1","a;b","x;y",""\r\n'
    assert next(csv.reader(io.StringIO(stream.getvalue()))) == ["1", "a;b", "x;y", ""]
