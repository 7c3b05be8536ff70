"""How the demo writes down a person who spoke at a meeting."""

from .text import T


def person(
    honorific: str,
    name: str,
    name_ar: str,
    title: T | None = None,
    organisation: str = "",
    organisation_name: T | None = None,
    *,
    group: str = "",
    country: str = "",
    gender: str = "",
    role: str = "speaker",
) -> dict:
    """`organisation` is the slug of a registry organisation; `gender` only where the record's
    honorific states it (Ms., Mrs., Mr.), never guessed from a name."""
    return {
        "role": role,
        "honorific": honorific,
        "name": T(name, name_ar, name),
        "title": title,
        "organisation": organisation,
        "organisation_name": organisation_name,
        "stakeholder_group": group,
        "country": country,
        "gender": gender,
    }
