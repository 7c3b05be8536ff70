"""The Arabic and French catalogues are complete and compiled."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_interface_string_is_translated_and_compiled(language):
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_path))

    assert len(catalogue) > 50
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert {e.msgid for e in compiled} >= {e.msgid for e in catalogue.translated_entries()}


def test_placeholders_survive_translation():
    for language in ("ar", "fr"):
        catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
        for entry in catalogue.translated_entries():
            for placeholder in (
                "%(number)s",
                "%(shown)s",
                "%(missing)s",
                "%(forum)s",
                "%(author)s",
            ):
                if placeholder in entry.msgid:
                    translations = (
                        entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
                    )
                    assert all(placeholder in t for t in translations), (language, entry.msgid)
