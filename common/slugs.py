"""Short, readable, unique slugs made from a record's titles, for the admin and imports alike.

Django's slugify keeps ASCII only: accents are dropped (“régionale” → “regionale”) and Arabic
gives nothing, so the titles are tried in turn and a fallback (a date) is used when none gives a
word. Long titles are cut at a word, not in one; a slug already taken gets “-2”, “-3”, …
"""

from django.utils.text import slugify

SLUG_LENGTH = 60


def slug_from(*texts: str, fallback: str, max_length: int = SLUG_LENGTH) -> str:
    for text in texts:
        slug = slugify(text or "")
        if slug:
            return _cut_at_a_word(slug, max_length)
    return _cut_at_a_word(slugify(fallback), max_length)


def unique_slug(queryset, slug: str, *, field: str = "slug", max_length: int = SLUG_LENGTH) -> str:
    """`slug`, or `slug-2`, `slug-3`, … whichever `queryset` does not hold yet."""
    taken = set(queryset.filter(**{f"{field}__startswith": slug}).values_list(field, flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = _cut_at_a_word(slug, max_length - len(suffix)) + suffix
    return candidate


def _cut_at_a_word(slug: str, max_length: int) -> str:
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    if "-" in cut:
        cut = cut[: cut.rindex("-")]
    return cut[:max_length].strip("-")
