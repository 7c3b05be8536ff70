"""Languages a text may be written in: any ISO 639-1 language, not only the portal's three, so
that a record keeps a title given in Spanish and people write in the language they think in.
Each such text says which language it is in, for `lang`/`dir` and “written in Spanish”.

Names come from the Unicode CLDR (Babel), in the reader's language.
"""

from functools import cache

from babel import Locale
from babel.dates import get_timezone_location
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

PORTAL_LANGUAGES = ("en", "ar", "fr")
# Right-to-left scripts among the languages offered (Central Kurdish and Tamazight are written
# in several scripts; their codes here are the Arabic-script ones).
RIGHT_TO_LEFT = {"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"}
# Languages spoken by migrants in and from the Arab region that ISO 639-1 has no code for.
EXTRA_LANGUAGES = ("ckb", "tzm")


@cache
def _codes() -> tuple[str, ...]:
    iso_639_1 = {code for code in Locale.parse("en").languages if len(code) == 2}
    return tuple(sorted(iso_639_1 | set(EXTRA_LANGUAGES)))


LANGUAGE_CODES = _codes()


def _reader() -> str:
    return (get_language() or "en")[:2]


def language_name(code: str, in_language: str | None = None) -> str:
    """The language's name in the reader's language (“Spanish”, “espagnol”, “الإسبانية”)."""
    names = Locale.parse(in_language or _reader()).languages
    return names.get(code) or code


def language_direction(code: str) -> str:
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


def is_language_code(code: str) -> bool:
    return code in LANGUAGE_CODES


def validate_language_code(value: str) -> None:
    if not is_language_code(value):
        raise ValidationError(
            _("“%(value)s” is not a language code such as en, ar, fr or es (ISO 639-1)."),
            code="invalid_language",
            params={"value": value},
        )


def language_choices() -> list[tuple[str, str]]:
    """For a form: the portal's languages first, then the others by name in the reader's."""
    first = [(code, language_name(code)) for code in PORTAL_LANGUAGES]
    others = sorted(
        ((code, language_name(code)) for code in LANGUAGE_CODES if code not in PORTAL_LANGUAGES),
        key=lambda item: item[1].casefold(),
    )
    return first + others


def time_zone_city(name: str, in_language: str | None = None) -> str:
    """A time zone as a reader names it: its city in the reader's language (“New York”,
    “نيويورك”, “Beyrouth”), never the database name “America/New_York”."""
    if not name:
        return ""
    try:
        return get_timezone_location(name, locale=in_language or _reader(), return_city=True)
    except (LookupError, ValueError):
        return name
