"""The languages a contribution may be written in: any, not only the portal's three, so that
people write in the language they think in. Each contribution says which, for `lang`/`dir`."""

from django.conf import global_settings
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _

# Languages widely spoken by migrants in and from the Arab region that Django does not list.
EXTRA_LANGUAGES = {
    "am": _("Amharic"),
    "ha": _("Hausa"),
    "ku": _("Kurdish"),
    "om": _("Oromo"),
    "ps": _("Pashto"),
    "si": _("Sinhala"),
    "so": _("Somali"),
    "ti": _("Tigrinya"),
    "tl": _("Tagalog"),
    "tzm": _("Tamazight"),
}
RIGHT_TO_LEFT = {"ar", "ckb", "fa", "he", "ps", "ug", "ur"}
PORTAL_LANGUAGES = ("en", "ar", "fr")

# Regional variants ("en-gb") add nothing to "which language is this written in".
_VARIANTS = {"ar-dz", "en-au", "en-gb", "es-ar", "es-co", "es-mx", "es-ni", "es-ve", "pt-br"}
LANGUAGE_CODES = sorted(
    {code for code, _name in global_settings.LANGUAGES if code not in _VARIANTS}
    | set(EXTRA_LANGUAGES)
)
# Stored choices (names in English); forms show the names in the page's language.
LANGUAGE_CHOICES = [(code, code) for code in LANGUAGE_CODES]


def language_name(code: str) -> str:
    """The language's name in the active language ("Arabic", "arabe", "العربية")."""
    if code in EXTRA_LANGUAGES:
        return str(EXTRA_LANGUAGES[code])
    try:
        return gettext(get_language_info(code)["name"])
    except KeyError:
        return code


def language_direction(code: str) -> str:
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


def language_choices() -> list[tuple[str, str]]:
    """For a form: the portal's languages first, then the others by name."""
    first = [(code, language_name(code)) for code in PORTAL_LANGUAGES]
    others = sorted(
        ((code, language_name(code)) for code in LANGUAGE_CODES if code not in PORTAL_LANGUAGES),
        key=lambda item: item[1].casefold(),
    )
    return first + others
