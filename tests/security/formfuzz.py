"""Property-based form fuzzing: read a page's form as a browser would, fill it with values
hypothesis generates, post it, and hold the portal to its promise: never a server error, always a
clear error (shown next to the form, with what was typed kept) or a saved record."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from hypothesis import strategies as st

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


class _FormReader(HTMLParser):
    def __init__(self, form_index: int):
        super().__init__()
        self.form_index = form_index
        self.forms_seen = -1
        self.inside = False
        self.fields: dict[str, FormField] = {}
        self.hidden: dict[str, str] = {}
        self.select: FormField | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms_seen += 1
            self.inside = self.forms_seen == self.form_index
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind == "hidden":
                self.hidden[name] = attrs.get("value", "")
            elif kind in ("checkbox", "radio"):
                existing = self.fields.setdefault(
                    name, FormField(name, kind, multiple=kind == "checkbox")
                )
                existing.options.append(attrs.get("value", "on"))
            elif kind not in ("submit", "button", "reset", "image"):
                self.fields[name] = FormField(name, kind)
        elif tag == "textarea" and name:
            self.fields[name] = FormField(name, "textarea")
        elif tag == "select" and name:
            self.select = FormField(name, "select", multiple="multiple" in attrs)
            self.fields[name] = self.select
        elif tag == "option" and self.select is not None:
            self.select.options.append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if tag == "form" and self.inside:
            self.inside = False


def read_form(html: str, form_index: int = -1) -> tuple[dict[str, FormField], dict[str, str]]:
    """The fields of a page's form (by default its last one, the main form after the header's)."""
    if form_index < 0:
        counter = _FormReader(-1)
        counter.feed(html)
        form_index = counter.forms_seen + 1 + form_index
    reader = _FormReader(form_index)
    reader.feed(html)
    return reader.fields, reader.hidden


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


def form_data_strategy(fields: dict[str, FormField]):
    strategies = {
        name: st.one_of(st.none(), value_strategy(f))
        for name, f in fields.items()
        if f.kind != "file"
    }
    return st.fixed_dictionaries(strategies).map(
        lambda data: {k: v for k, v in data.items() if v is not None}
    )
