"""Template helpers of the event pages: recorded text with its links and emphasis, people as a
summary names them, and language labels of documents."""

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.translation import pgettext

from common.i18n import (
    fallback_message,
    fallback_messages,
    language_name_in_text,
    localized,
    text_direction,
    written_in,
)
from common.lists import join_html, separator
from common.text import paragraphs, render_marks

register = template.Library()

BLOCK, INLINE = "<div{}>{}</div>", "<span{}>{}</span>"


@register.simple_tag
def content(obj, field, block=False, note=True):
    """A recorded text in the page's language. Where that language is missing, the original is
    shown in its own lang/dir with a note (`note=False` in a list: `list_note` says it once
    under the list); working translations are announced once per page (see event_detail.html),
    not after every sentence."""
    text = localized(obj, field)
    if not text.text:
        return ""
    body = paragraphs(text.text, marks=True) if block else render_marks(text.text)
    attrs = told = ""
    if text.is_fallback:
        attrs = format_html(' lang="{}" dir="{}"', text.language, text.direction)
    if text.is_fallback and note:
        told = format_html(' <small class="translation-note">{}</small>', fallback_message(text))
    html = format_html(BLOCK if block else INLINE, attrs, body)
    return format_html("{}{}", html, told)


@register.simple_tag
def list_note(records, *fields):
    """Under a list whose items are shown with `note=False`: the translation note, once for
    the whole list (“Shown in English — Arabic translation pending”)."""
    messages = fallback_messages(records, *fields)
    return format_html_join(
        "", '<p class="translation-note">{}</p>', ((message,) for message in messages)
    )


@register.simple_tag
def other_versions(obj, field):
    """The versions of `field` in languages the portal does not serve (a guiding question also
    given in Spanish), each in its own lang/dir with “written in Spanish”; the one the page
    already shows in their place is left out."""
    shown = localized(obj, field).language
    return format_html_join(
        "",
        ' <span class="other-version"><span lang="{}" dir="{}">{}</span>'
        ' <small class="translation-note">{}</small></span>',
        (
            (language, text_direction(language), render_marks(text), written_in(language))
            for language, text in getattr(obj, "other_versions", lambda _f: {})(field).items()
            if language != shown
        ),
    )


@register.simple_tag
def document_language(code: str) -> str:
    """The short label of a document's language version, as summaries write it (AR / FR / EN)."""
    labels = {
        "ar": pgettext("short label of a document in Arabic", "AR"),
        "fr": pgettext("short label of a document in French", "FR"),
        "en": pgettext("short label of a document in English", "EN"),
    }
    return labels.get(code, code.upper())


@register.filter
def language_name(code: str) -> str:
    return language_name_in_text(code)


def _piece(obj, field: str) -> str:
    """One recorded field, escaped, in its own lang/dir where it falls back to another language."""
    text = localized(obj, field)
    if not text.text:
        return ""
    if text.is_fallback:
        return format_html(
            '<span lang="{}" dir="{}">{}</span>', text.language, text.direction, text.text
        )
    return conditional_escape(text.text)


@register.simple_tag
def person(contributor, with_name=True):
    """A speaker as summaries name them: “Ms. Amy Muedin, Deputy Head, UN Migration
    Secretariat”, the organisation linked where the record has its address."""
    parts = []
    if with_name:
        name = _piece(contributor, "name")
        if name and contributor.honorific:
            name = format_html("{} {}", contributor.get_honorific_display(), name)
        if name:
            parts.append(name)
    title = _piece(contributor, "title")
    if title:
        parts.append(title)
    organisation = _piece(contributor, "organisation_name") or (
        conditional_escape(str(contributor.organisation)) if contributor.organisation_id else ""
    )
    if organisation:
        link = contributor.link
        parts.append(
            format_html('<a href="{}">{}</a>', link, organisation) if link else organisation
        )
    separator = pgettext("between the parts of a person's name, title and organisation", ", ")
    # Each part isolated: a Latin name or acronym keeps its order inside Arabic text.
    return format_html_join(separator, "<bdi>{}</bdi>", ((part,) for part in parts))


@register.simple_tag
def list_separator():
    """“, ” between the items of a list, “، ” in Arabic."""
    return separator()


def named(item):
    """An item of a list of organisers (or anything): its translated name in its own lang/dir
    where it falls back to another language, else how it names itself."""
    if hasattr(item, "name_en"):
        name = _piece(item, "name")
        if name:
            return name
    return str(item)


@register.filter
def join_list(items) -> str:
    """Items as the reader's language lists them (“، ” in Arabic), each isolated in <bdi>."""
    return join_html([named(item) for item in items])
