"""A text of the demo content in English (the original) and its Arabic and French working
translations."""

from typing import NamedTuple


class T(NamedTuple):
    en: str
    ar: str
    fr: str


def same(text: str) -> T:
    """A text that reads the same in every language (a person's name in Latin script, an
    acronym)."""
    return T(text, text, text)
