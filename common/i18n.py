"""Reading translated content for pages and reports, fallbacks and working translations included."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, get_language_bidi, gettext, pgettext_lazy

from .languages import language_direction, language_name

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# Language names as they read inside a sentence ("Shown in English", "Affiché en anglais").
LANGUAGE_NAMES_IN_TEXT = {
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "ar": pgettext_lazy("language name inside a sentence", "Arabic"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
}


def language_name_in_text(language: str) -> str:
    if language in LANGUAGE_NAMES_IN_TEXT:
        return str(LANGUAGE_NAMES_IN_TEXT[language])
    return language_name(language)


def text_direction(language: str) -> str:
    if language in LANGUAGE_CODES:
        return "rtl" if language in settings.LANGUAGES_BIDI else "ltr"
    return language_direction(language)


@dataclass(frozen=True)
class LocalizedText:
    """A field's text for the language asked for, and what it really is."""

    text: str
    language: str  # the language the text is in
    requested: str  # the language of the page
    working: bool = False  # a working (unofficial) translation

    @property
    def is_fallback(self) -> bool:
        return bool(self.text) and self.language != self.requested

    @property
    def direction(self) -> str:
        return text_direction(self.language)

    @property
    def language_name(self) -> str:
        return language_name_in_text(self.language)

    def __str__(self) -> str:
        return self.text


def localized(obj, field: str, language: str | None = None) -> LocalizedText:
    """The text of `obj.<field>` in `language` (default: the active one).

    Where that language is empty, the original language's text (then any other of the portal's,
    then a version in another language, such as Spanish) is returned, marked as a fallback;
    never an empty string while some language holds the text.
    """
    requested = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    value = getattr(obj, f"{field}_{requested}", None)
    if value:
        working = getattr(obj, "is_working_translation", lambda _lang: False)(requested)
        return LocalizedText(value, requested, requested, working)
    original = getattr(obj, "original_language", settings.LANGUAGE_CODE)
    for candidate in [original, *LANGUAGE_CODES]:
        value = getattr(obj, f"{field}_{candidate}", None)
        if value:
            return LocalizedText(value, candidate, requested)
    for candidate, value in getattr(obj, "other_versions", lambda _field: {})(field).items():
        return LocalizedText(value, candidate, requested)
    return LocalizedText("", requested, requested)


def page_direction() -> str:
    return "rtl" if get_language_bidi() else "ltr"


def fallback_message(text: LocalizedText) -> str:
    """What the reader is told of a text shown in another language: “Shown in English — Arabic
    translation pending”, or “written in Spanish” for a language the portal does not serve."""
    if text.language not in LANGUAGE_CODES:
        return written_in(text.language)
    # Translators: e.g. "Shown in English — Arabic translation pending"
    return gettext("Shown in %(shown)s — %(missing)s translation pending") % {
        "shown": text.language_name,
        "missing": language_name_in_text(text.requested),
    }


def written_in(language: str) -> str:
    # Translators: after a text given only in a language the portal does not serve.
    return gettext("written in %(language)s") % {"language": language_name_in_text(language)}


def fallback_messages(records, *fields: str) -> list[str]:
    """The notes a list of records needs once, under the whole list: one per language its
    items are shown in instead of the page's."""
    messages = []
    for record in records:
        for field in fields:
            text = localized(record, field)
            if text.is_fallback and fallback_message(text) not in messages:
                messages.append(fallback_message(text))
    return messages
