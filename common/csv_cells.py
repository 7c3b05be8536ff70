"""The cells of every CSV the portal writes: none that a spreadsheet would run as a formula, or
split into a part that it would run, whatever separator it reads the file with.

A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
(OWASP's "CSV injection"). A spreadsheet set to `;` as its separator also splits an unquoted
`X;=cmd|' /C calc'!A0` into `X` and a formula; one set to `,` does the same at a comma. So each
part of a cell that starts after a `;`, a `,` or a line break is neutralised like the cell's
start, with a leading `'`, and every cell is quoted."""

import csv
import re

FORMULA_STARTS = "=+-@\t\r"
# A formula start (after spaces, which spreadsheets may skip) at the start of the text or of any
# part of it that a spreadsheet may split off: after a `;`, a `,` or a line break.
_RUNNABLE = re.compile(rf"(?:^|(?<=[;,\n\r]))( *)([{re.escape(FORMULA_STARTS)}])")


def neutralise(text: str) -> str:
    """`text` with a `'` before each formula start that a spreadsheet could run."""
    return _RUNNABLE.sub(r"\1'\2", text)


def csv_cell(value, *, list_separator: str = ";") -> str:
    """A value as a cell: None empty, booleans `true`/`false`, lists joined by `list_separator`
    (each item neutralised, since each starts after a separator), all made safe to open."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list | tuple):
        text = list_separator.join(str(item) for item in value)
    else:
        text = str(value)
    return neutralise(text)


def csv_writer(stream):
    """A writer that quotes every cell, so that no separator inside one splits it when the file
    is read with the separator it was written with."""
    return csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
