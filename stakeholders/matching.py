"""Telling whether two organisation names or acronyms probably mean the same organisation."""

import re
import unicodedata
from difflib import SequenceMatcher

# Words that say little about which organisation is meant, in the portal's three languages.
IGNORED_WORDS = {
    "the", "of", "for", "and", "in", "on", "a", "an", "to",
    "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "en",
    "و", "في", "من", "ل",
}  # fmt: skip


def name_words(name: str) -> list[str]:
    """The meaningful words of a name: case, accents, Arabic diacritics and punctuation
    removed."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = re.split(r"[\W_]+", text)
    return [word for word in words if word and word not in IGNORED_WORDS]


def names_are_similar(first: str, second: str) -> bool:
    a, b = name_words(first), name_words(second)
    if not a or not b:
        return False
    joined_a, joined_b = " ".join(a), " ".join(b)
    if joined_a == joined_b:
        return True
    shorter, longer = sorted((a, b), key=len)
    # "Migrant Forum" and "Migrant Forum in Asia"; not "Legal Aid" and "Legal Aid Network for
    # Migrant Workers", where most of the longer name is left over.
    if 2 * len(shorter) >= len(longer) and f" {' '.join(shorter)} " in f" {' '.join(longer)} ":
        return True
    # Typing mistakes and small variations of spelling.
    if SequenceMatcher(None, joined_a, joined_b).ratio() >= 0.85:
        return True
    # Mostly the same words, in any order.
    words_a, words_b = set(a), set(b)
    return len(words_a & words_b) / len(words_a | words_b) >= 0.75


def _acronym_key(acronym: str) -> str:
    return re.sub(r"[\W_]+", "", (acronym or "").casefold())


def same_acronym(first: str, second: str) -> bool:
    key = _acronym_key(first)
    return bool(key) and key == _acronym_key(second)
