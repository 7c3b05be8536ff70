"""Lists inside a sentence, as the reader's language writes them: “a, b and c”, “a، b و c”,
with “;” (Arabic “؛”) between items that hold commas themselves. In HTML each item is isolated
(<bdi>), so that a Latin name, an acronym or a number keeps its order inside Arabic text."""

import unicodedata

from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import pgettext

COMMAS = (",", "،")


def separator(items=()) -> str:
    """What separates the items of a list in the reader's language."""
    if any(comma in str(item) for item in items for comma in COMMAS):
        # Translators: between the items of a list whose items hold commas; Arabic “؛ ”.
        return pgettext("between the items of a list whose items contain commas", "; ")
    # Translators: between the items of a list; Arabic “، ”.
    return pgettext("between the items of a list", ", ")


def _conjunction(next_item: str) -> str:
    # Translators: before the last item of a list, spaces included; Arabic “ و” joined to the word.
    word = pgettext("before the last item of a list", " and ")
    if word and not word[-1].isspace() and not _starts_in_script_of(next_item, word[-1]):
        return word + " "  # “و” joins an Arabic word, not a Latin name: “و UN Migration”
    return word


def _starts_in_script_of(text: str, character: str) -> bool:
    first = next((c for c in text if c.isalpha()), "")
    if not first:
        return False
    script = unicodedata.name(character, "").split(" ")[0]
    return unicodedata.name(first, "").split(" ")[0] == script


def join_text(items, *, conjunction: bool = False) -> str:
    """Plain text: “5, 6, 18”; with `conjunction`, “a, b and c”."""
    items = [str(item) for item in items if str(item)]
    if conjunction and len(items) > 1:
        return separator(items).join(items[:-1]) + _conjunction(items[-1]) + items[-1]
    return separator(items).join(items)


def join_html(items, *, conjunction: bool = False) -> SafeString:
    """The same list as HTML: items escaped (HTML made by a template tag kept), each in <bdi>."""
    items = [item for item in items if str(item)]
    between = separator([strip_tags(str(item)) for item in items])
    if conjunction and len(items) > 1:
        head = format_html_join(between, "<bdi>{}</bdi>", ((item,) for item in items[:-1]))
        last = _conjunction(strip_tags(str(items[-1])))
        return format_html("{}{}<bdi>{}</bdi>", head, last, items[-1])
    return format_html_join(between, "<bdi>{}</bdi>", ((item,) for item in items))
