"""Template helpers of the event pages: recorded text with its links and emphasis, people as a
summary names them, times and places, roles on the agenda, and language labels of documents."""

import zoneinfo

from django import template
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.translation import gettext, pgettext, pgettext_lazy

from common.i18n import (
    fallback_message,
    fallback_messages,
    language_name_in_text,
    localized,
    text_direction,
    written_in,
)
from common.languages import time_zone_city
from common.lists import join_html, separator
from common.text import paragraphs, render_marks
from consultations import programme
from consultations.models import Honorific

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


DOCUMENT_LANGUAGES = {
    "ar": pgettext_lazy("short label of a document in Arabic", "AR"),
    "fr": pgettext_lazy("short label of a document in French", "FR"),
    "en": pgettext_lazy("short label of a document in English", "EN"),
}


@register.simple_tag
def document_language(code: str) -> str:
    """The short label of a document's language version, as summaries write it (AR / FR / EN)."""
    return str(DOCUMENT_LANGUAGES[code]) if code in DOCUMENT_LANGUAGES else code.upper()


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
            # The one label, not get_honorific_display(), which translates every choice's.
            name = format_html("{} {}", Honorific(contributor.honorific).label, name)
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
def objective_links(objectives, tags=True):
    """Objectives by number linking to their pages, the title on hover: as tags, or as a list
    separated as the reader's language separates one. A summary repeats them under every item
    and intervention: built here in one pass, not node by node in the template."""
    link = (
        '<a class="tag" href="{}" title="{}">{}</a>' if tags else '<a href="{}" title="{}">{}</a>'
    )
    return format_html_join(
        "" if tags else separator(),
        link,
        (
            (objective.get_absolute_url(), localized(objective, "title").text, objective.number)
            for objective in objectives
        ),
    )


@register.simple_tag
def list_separator():
    """“, ” between the items of a list, “، ” in Arabic."""
    return separator()


@register.simple_tag(name="named")
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


@register.filter
def city(time_zone: str) -> str:
    """A time zone by its city in the reader's language: “New York”, “نيويورك”."""
    return time_zone_city(time_zone)


@register.simple_tag
def time_range(start, end=None) -> str:
    """“10:00–11:30”, or “10:00” without an end."""
    if not start:
        return ""
    if not end:
        return start.strftime("%H:%M")
    return f"{start.strftime('%H:%M')}\u2013{end.strftime('%H:%M')}"


@register.simple_tag
def people(speakers, last=False):
    """People as summaries name them, one after the other: “A; B” (“A؛ B” in Arabic), or with
    `last` “A, B and C” as a sentence joins them."""
    names = [person(speaker) for speaker in speakers]
    separator = pgettext("between people named in a list", "; ")
    if last and len(names) > 1:
        before_last = pgettext("before the last item of a list", " and ")
        return format_html(
            "{}{}{}",
            format_html_join(separator, "{}", ((name,) for name in names[:-1])),
            before_last,
            names[-1],
        )
    return format_html_join(separator, "{}", ((name,) for name in names))


@register.simple_tag
def role_lines(item) -> list:
    """(label, speakers) for every role on the item that the summary's sentences do not name."""
    return programme.role_lines(item)


@register.simple_tag
def channel_and_date(intervention) -> str:
    """Where and when a contribution made elsewhere was made: “Written statement, 3 March
    2022”; nothing for an intervention from the floor on the meeting's day."""
    floor = intervention.channel == intervention.Channel.FLOOR
    parts = (
        []
        if floor and not intervention.made_on
        else [intervention.Channel(intervention.channel).label]
    )
    if intervention.made_on:
        # Translators: a date format (Django's date filter): "j F Y" gives "3 March 2022".
        parts.append(date_format(intervention.made_on, pgettext("date of a contribution", "j F Y")))
    separator = pgettext("between the parts of a person's name, title and organisation", ", ")
    return separator.join(str(part) for part in parts)


@register.simple_tag
def in_event_time(event, moment) -> str:
    """A moment (the registration deadline) in the event's time zone: “Tuesday 1 March 2022,
    17:00 (Beirut time)”."""
    if not moment:
        return ""
    try:
        local = moment.astimezone(zoneinfo.ZoneInfo(event.time_zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        local = moment
    # Translators: a date and time format (Django's date filter): "l j F Y, H:i".
    when = date_format(local, pgettext("deadline of an event", "l j F Y, H:i"))
    zone = gettext("%(city)s time") % {"city": time_zone_city(event.time_zone)}
    return f"{when} ({zone})"
