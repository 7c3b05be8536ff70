"""Property-based form fuzzing: read a page's form as a browser would, fill it with values
hypothesis generates, post it, and hold the portal to its promise: never a server error, always a
clear error (shown next to the form, with what was typed kept) or a saved record."""

from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import strategies as st

from tests.uploads import NOT_REALLY_PDF, TINY_PDF

NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=400),
    st.sampled_from(
        [
            "",
            " ",
            '=HYPERLINK("http://x")',
            "<script>alert(1)</script>",
            "'; DROP TABLE stakeholders_organisation; --",
            "مرحبا بالعالم",
            "\u202eevil\u202c",
            "\x00",
            "a" * 5000,
            "../../etc/passwd",
            "0",
            "-1",
            "99999999999999999999",
            "2022-02-30",
            "NaN",
        ]
    ),
)


@dataclass
class FormField:
    name: str
    kind: str  # input type, "select", "textarea"
    options: list[str] = field(default_factory=list)
    multiple: bool = False


@dataclass
class PageForm:
    """One <form> of a page: its method, its action (empty: the page itself), its fields."""

    method: str
    action: str
    fields: dict[str, FormField] = field(default_factory=dict)
    hidden: dict[str, str] = field(default_factory=dict)


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[PageForm] = []
        self.inside = False
        self.select: FormField | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            method = (attrs.get("method") or "get").lower()
            self.forms.append(PageForm(method, attrs.get("action") or ""))
            self.inside = True
            return
        if not self.inside:
            return
        current = self.forms[-1]
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind == "hidden":
                current.hidden[name] = attrs.get("value") or ""
            elif kind in ("checkbox", "radio"):
                existing = current.fields.setdefault(
                    name, FormField(name, kind, multiple=kind == "checkbox")
                )
                existing.options.append(attrs.get("value", "on"))
            elif kind not in ("submit", "button", "reset", "image"):
                current.fields[name] = FormField(name, kind)
        elif tag == "textarea" and name:
            current.fields[name] = FormField(name, "textarea")
        elif tag == "select" and name:
            self.select = FormField(name, "select", multiple="multiple" in attrs)
            current.fields[name] = self.select
        elif tag == "option" and self.select is not None:
            self.select.options.append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if tag == "form":
            self.inside = False


def page_forms(html: str) -> list[PageForm]:
    """Every form of a page, in order."""
    reader = _FormReader()
    reader.feed(html)
    return reader.forms


def read_form(html: str, form_index: int = -1) -> tuple[dict[str, FormField], dict[str, str]]:
    """The fields of a page's form (by default its last one, the main form after the header's)."""
    forms = page_forms(html)
    if not forms:
        return {}, {}
    chosen = forms[form_index]
    return chosen.fields, chosen.hidden


def value_strategy(form_field: FormField):
    if form_field.kind in ("select", "radio", "checkbox") and form_field.options:
        choice = st.one_of(st.sampled_from(form_field.options), NASTY_TEXT)
        if form_field.multiple:
            return st.lists(choice, max_size=4)
        return choice
    if form_field.kind == "number":
        return st.one_of(st.integers(-(10**12), 10**12).map(str), NASTY_TEXT)
    if form_field.kind == "date":
        return st.one_of(st.dates().map(str), NASTY_TEXT)
    if form_field.kind == "email":
        return st.one_of(st.emails(), NASTY_TEXT)
    if form_field.kind == "url":
        return st.one_of(st.just("https://example.org/x"), NASTY_TEXT)
    if form_field.kind == "file":
        return st.just(None)
    return NASTY_TEXT


UPLOAD_NAMES = st.sampled_from(
    [
        "evidence.pdf",
        "EVIDENCE.PDF",
        "report.html",
        "report.pdf.exe",
        "../../etc/passwd.pdf",
        "تقرير.pdf",
        "a" * 250 + ".pdf",
        "no-extension",
        ".pdf",
    ]
)
UPLOAD_CONTENTS = st.one_of(
    st.just(TINY_PDF),  # a real PDF, which the upload fields keep
    st.sampled_from([content for _name, content, _type in NOT_REALLY_PDF.values()]),
    st.just(b""),  # an empty file
    st.just(b"<html><script>alert(1)</script></html>"),  # not a PDF, named as one
    st.binary(max_size=2048),
    st.binary(max_size=512).map(lambda tail: b"%PDF-1.7\n" + tail),
)
UPLOAD_TYPES = st.sampled_from(["application/pdf", "text/html", "application/octet-stream", ""])


def upload_strategy():
    """Small uploaded files: a real tiny PDF, other bytes with a .pdf name, empty files."""
    return st.builds(SimpleUploadedFile, UPLOAD_NAMES, UPLOAD_CONTENTS, UPLOAD_TYPES)


def hidden_strategy(hidden: dict[str, str]):
    """The hidden fields as the page gave them, or tampered with (the CSRF token is kept)."""
    return st.fixed_dictionaries(
        {
            name: st.just(value)
            if name == "csrfmiddlewaretoken"
            else mostly(st.just(value), st.one_of(st.none(), NASTY_TEXT))
            for name, value in hidden.items()
        }
    ).map(lambda data: {k: v for k, v in data.items() if v is not None})


def form_data_strategy(fields: dict[str, FormField], files: bool = False):
    """Values for the form's fields; file fields get generated uploads when `files` is true."""
    strategies = {
        name: st.one_of(st.none(), upload_strategy() if f.kind == "file" else value_strategy(f))
        for name, f in fields.items()
        if f.kind != "file" or files
    }
    return st.fixed_dictionaries(strategies).map(
        lambda data: {k: v for k, v in data.items() if v is not None}
    )


def mostly(usual, rare, odds: int = 3):
    """`usual` `odds` times out of `odds + 1`, `rare` otherwise."""
    return st.integers(0, odds).flatmap(lambda n: rare if n == 0 else usual)


PLAUSIBLE_TEXT = st.one_of(
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]),
        min_size=1,
        max_size=80,
    ),
    st.sampled_from(
        [
            "Fair recruitment for every migrant worker",
            "<script>alert(1)</script> & \"quotes\" 'too'",
            '=HYPERLINK("http://x")',
            "مرحبا بالعالم",
            "Travail décent et migration équitable",
        ]
    ),
)


def plausible_value(form_field: FormField, files: bool = False):
    """A value a careful person might enter: one of the options offered, a date, a number, some
    words (markup and formula-like text included: they are valid text)."""
    options = [option for option in form_field.options if option]
    if form_field.kind in ("select", "radio", "checkbox") and options:
        if form_field.multiple:
            return st.lists(st.sampled_from(options), min_size=1, max_size=3, unique=True)
        return st.sampled_from(options)
    if form_field.kind == "number":
        return st.integers(1, 5).map(str)
    if form_field.kind == "date":
        return st.dates(date(2000, 1, 1), date(2035, 12, 31)).map(str)
    if form_field.kind == "email":
        return st.emails()
    if form_field.kind == "url":
        return st.just("https://example.org/evaluation")
    if form_field.kind == "password":
        return st.just("a-long-test-password-42")
    if form_field.kind == "file":
        return upload_strategy() if files else st.none()
    return PLAUSIBLE_TEXT


@st.composite
def near_valid_data(draw, fields: dict[str, FormField], files: bool = False):
    """A form filled plausibly, then spoiled in up to two fields (left out, or given a generated
    value): the way to reach the checks past the first field errors, and to save records."""
    data = {name: draw(plausible_value(f, files)) for name, f in fields.items()}
    if fields:
        for name in draw(st.lists(st.sampled_from(sorted(fields)), max_size=2, unique=True)):
            form_field = fields[name]
            if form_field.kind == "file":
                spoiled = st.one_of(st.none(), upload_strategy()) if files else st.none()
            else:
                spoiled = st.one_of(st.none(), value_strategy(form_field))
            data[name] = draw(spoiled)
    return {k: v for k, v in data.items() if v is not None}


def fuzzed_data(fields: dict[str, FormField], files: bool = False):
    """Half the time anything at all, half the time a nearly valid form."""
    return st.one_of(form_data_strategy(fields, files), near_valid_data(fields, files))
