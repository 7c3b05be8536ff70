"""Markup written as text, and how to tell whether a document showed it as text.

Each text field gets its own payload, `PW<number>` followed by as many of the attacks below as
its length allows. In a document, every place that shows a payload must show it whole (or cut
with "…"): a payload that became markup leaves its text node early. Elements that only an
injection makes (inline handlers, `javascript:` links, a refresh, a form posting elsewhere, an
image from `x`) are looked for on their own as well.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote

from django.db import models

ATTACKS = [
    '"><svg onload=alert(1)>',
    "<b>B</b>",
    "<img src=x>",
    '<a href="javascript:alert(1)">j</a>',
    '<form action="/x">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "{{ request.user }}",
    '{% now "Y" %}',
]
FILLER = '"<i>'  # for fields too short for any attack
MARKER = re.compile(r"PW\d{3}")
ELLIPSIS = ("…", "...")


def payload(number: int, max_length: int | None) -> str:
    text = f"PW{number:03d}"
    room = (max_length or 10_000) - len(text)
    added = False
    for attack in ATTACKS:
        if len(attack) <= room:
            text, room, added = text + attack, room - len(attack), True
    if not added and room >= len(FILLER):
        text += FILLER
    return text


def is_free_text(model_field) -> bool:
    """A field a person types text into: no choices, no format (slug, e-mail, URL, code). Fields
    the admin's forms leave out (editable=False) count too: decisions' reasons are typed into
    the secretariat's own forms and written by services."""
    if not isinstance(model_field, models.CharField | models.TextField):
        return False
    if model_field.choices:
        return False
    if isinstance(model_field, models.SlugField | models.EmailField | models.URLField):
        return False
    formats = [
        v
        for v in model_field.validators
        if type(v).__name__ not in {"MaxLengthValidator", "ProhibitNullCharactersValidator"}
    ]
    return not formats


def shown_whole(found: str, expected: str) -> bool:
    """`found` starts at a marker: the payload must follow whole, or cut short the way text is
    cut (an ellipsis, or a record's name shortened), never where markup, an attribute's end or
    template syntax would begin, and never escaped a second time."""
    common = 0
    for a, b in zip(found, expected, strict=False):
        if a != b:
            break
        common += 1
    if common == len(expected):
        return True
    rest = found[common:]
    if rest.lstrip().startswith(ELLIPSIS):
        return True
    if rest.startswith("&"):
        return False  # escaped twice: "&lt;" shown to the reader
    return expected[common] not in '<"{'


@dataclass
class Findings:
    payloads: dict[str, str]
    seen: set = field(default_factory=set)
    problems: list = field(default_factory=list)

    def check_text(self, where: str, text: str) -> None:
        for match in MARKER.finditer(text):
            marker = match.group()
            expected = self.payloads.get(marker)
            if expected is None:
                continue
            self.seen.add(marker)
            if not shown_whole(text[match.start() :], expected):
                snippet = text[match.start() : match.start() + len(expected) + 20]
                self.problems.append(f"{where}: {marker} cut short as {snippet!r}")

    def check_html(self, where: str, html: str) -> None:
        parser = _Scanner(self, where)
        parser.feed(html)
        parser.close()


class _Scanner(HTMLParser):
    RAW = {"script", "style"}  # their text is not shown (json_script escapes it)

    def __init__(self, findings: Findings, where: str):
        super().__init__(convert_charrefs=True)
        self.findings, self.where, self.raw = findings, where, 0

    def handle_starttag(self, tag, attrs):
        problem = injected(tag, attrs)
        if problem:
            self.findings.problems.append(f"{self.where}: <{tag}> {problem}")
        for name, value in attrs:
            if value:
                # Addresses carry text percent-encoded (a filter kept in a link).
                shown = unquote(value) if name in {"href", "src", "action"} else value
                self.findings.check_text(f"{self.where} <{tag} {name}>", shown)
        if tag in self.RAW:
            self.raw += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.RAW:
            self.raw -= 1

    def handle_endtag(self, tag):
        if tag in self.RAW and self.raw:
            self.raw -= 1

    def handle_data(self, data):
        if not self.raw:
            self.findings.check_text(self.where, data)


def injected(tag: str, attrs: list) -> str:
    """Why this element can only come from an injection, or ""."""
    values = dict(attrs)
    for name, value in attrs:
        if name.startswith("on"):
            return f"has an inline handler {name}"
        if value and value.strip().lower().startswith("javascript:"):
            return f"has a javascript: address in {name}"
    if tag == "meta" and "http-equiv" in values:
        return "is a meta http-equiv"
    if tag == "form" and values.get("action") == "/x":
        return "is the payload's form"
    if tag == "img" and values.get("src") == "x":
        return "is the payload's image"
    return ""
