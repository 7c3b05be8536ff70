"""Lists as each language writes them (common/lists.py), for pages and PDFs alike."""

from django.utils import translation
from django.utils.html import format_html

from common.lists import join_html, join_text


def test_arabic_lists_use_arabic_commas_and_semicolons():
    with translation.override("ar"):
        assert join_text(["IOM", "ESCWA", "UNHCR"]) == "IOM، ESCWA، UNHCR"
        assert join_text(["IOM, Beirut", "ESCWA"]) == "IOM, Beirut؛ ESCWA"
        assert join_text(["المنظمة", "اللجنة"], conjunction=True) == "المنظمة واللجنة"


def test_and_stands_apart_from_a_latin_name_in_arabic():
    with translation.override("ar"):
        assert join_text(["المنظمة", "ESCWA"], conjunction=True) == "المنظمة و ESCWA"
        html = join_html(["IOM", "ESCWA"], conjunction=True)
    assert html == "<bdi>IOM</bdi> و <bdi>ESCWA</bdi>"


def test_french_and_english_lists():
    with translation.override("fr"):
        assert join_text(["OIM, Beyrouth", "CESAO"]) == "OIM, Beyrouth\u202f; CESAO"
        assert join_text(["OIM", "CESAO", "HCR"], conjunction=True) == "OIM, CESAO et HCR"
    assert join_text(["5", "6", "18"]) == "5, 6, 18"


def test_items_are_escaped_and_markup_from_tags_is_kept():
    shown = format_html('<span lang="es" dir="ltr">{}</span>', "Migración")
    assert join_html(["<b>x</b>", shown]) == (
        '<bdi>&lt;b&gt;x&lt;/b&gt;</bdi>, <bdi><span lang="es" dir="ltr">Migración</span></bdi>'
    )
