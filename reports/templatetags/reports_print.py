"""Helpers of the print templates: translated text inside CSS (running header, page numbers)."""

import re

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, pgettext

from common.i18n import LocalizedText, fallback_message, localized
from common.lists import join_html
from common.text import paragraphs, render_marks

register = template.Library()

BLOCK, INLINE = "<div{}>{}</div>", "<span{}>{}</span>"

# Backslash first; "<" and ">" escaped so that no text can close the <style> element.
CSS_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", " "), ("<", "\\3C "), (">", "\\3E "))
PLACEHOLDERS = {"%(page)s": "counter(page)", "%(pages)s": "counter(pages)"}


@register.filter
def css_string(value) -> str:
    """`value` as a quoted CSS string, safe inside a <style> element."""
    text = str(value)
    for character, escape in CSS_ESCAPES:
        text = text.replace(character, escape)
    return mark_safe(f'"{text}"')  # noqa: S308 - escaped for a CSS string: test_text_in_css_cannot_close_the_style_element_or_the_string


@register.simple_tag
def page_number_content() -> str:
    """The CSS `content` of the page numbers, in the active language: "Page 3 of 8"."""
    # Translators: page numbers at the foot of a PDF report; keep both placeholders.
    label = gettext("Page %(page)s of %(pages)s")
    parts = re.split(r"(%\(pages?\)s)", label)
    values = [PLACEHOLDERS.get(part) or css_string(part) for part in parts if part]
    return mark_safe(" ".join(values))  # noqa: S308 - css_string parts and counters: test_page_numbers_read_in_the_document_language, test_text_in_css_cannot_close_the_style_element_or_the_string


def _text(obj, field: str) -> LocalizedText:
    """The field's text in the active language, falling back like `localized`; a field that is
    not translated (a person's name) is taken as it is, in the record's original language."""
    if hasattr(obj, f"{field}_en"):
        return localized(obj, field)
    value = getattr(obj, field, "") or ""
    language = get_language()
    return LocalizedText(str(value), language, language)


@register.simple_tag
def ptr(obj, field, block=False):
    """A translated field for print. Text shown in another language than the document's carries
    its own `lang` and `dir`; a paragraph says so in a note, a short text (a name, a title) gets
    a mark explained on the title page. Working translations are marked the same way."""
    text = _text(obj, field)
    if not text.text:
        return ""
    # Recorded text may hold [label](https://…) links and *emphasis*; the rest is escaped.
    body = paragraphs(text.text, marks=True) if block else render_marks(text.text)
    attrs = ""
    if text.is_fallback:
        attrs = format_html(' lang="{}" dir="{}"', text.language, text.direction)
    html = format_html(BLOCK if block else INLINE, attrs, body)
    if text.is_fallback and block:
        note = fallback_message(text)
        return format_html('{}<p class="translation-note">{}</p>', html, note)
    if text.is_fallback:
        return format_html('{}<sup class="mark" title="{}">†</sup>', html, text.language_name)
    if text.working and block:
        note = gettext("unofficial translation")
        return format_html('{}<p class="translation-note">{}</p>', html, note)
    if text.working:
        return format_html("{}{}", html, mark_safe('<sup class="mark">°</sup>'))
    return html


@register.simple_tag
def ptext(obj, field) -> str:
    """The plain text of a field (for the title and the running header)."""
    return _text(obj, field).text


@register.simple_tag
def pdir(obj, field) -> str:
    """` lang=".." dir=".."` for an element whose whole content is `field`, when the field is
    shown in another language: the element then runs in that language's direction."""
    text = _text(obj, field)
    if text.text and text.is_fallback:
        return format_html(' lang="{}" dir="{}"', text.language, text.direction)
    return ""


@register.filter
def report_date(value) -> str:
    """A date as UN documents write it in the active language: “10 February 2022”."""
    # Translators: a date format (Django's date filter): "j F Y" gives "10 February 2022".
    return date_format(value, pgettext("date in a report", "j F Y")) if value else ""


@register.filter
def report_day(value) -> str:
    """A meeting's day: “Thursday, 10 February 2022”."""
    # Translators: a date format with the weekday: "l, j F Y" gives "Thursday, 10 February 2022".
    return date_format(value, pgettext("day of a meeting in a report", "l, j F Y")) if value else ""


@register.filter
def numbers(objectives) -> str:
    """Objective numbers separated as the active language separates a list: “5, 6, 18”."""
    return join_html(objective.number for objective in objectives)


@register.filter
def names(items) -> str:
    """Names (round tables, partners) separated as the active language separates a list."""
    return join_html(str(getattr(item, "name", item)) for item in items)
