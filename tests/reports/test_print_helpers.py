"""The print templates' helpers: translated text inside CSS, page numbers, fallbacks."""

from django.utils import translation

from reports.templatetags.reports_print import css_string, page_number_content, ptr


def test_text_in_css_cannot_close_the_style_element_or_the_string():
    quoted = css_string('Title "quoted" </style><img src=x> \\ end')

    assert quoted.startswith('"') and quoted.endswith('"')
    assert "<" not in quoted and ">" not in quoted
    assert '\\"quoted\\"' in quoted
    assert "\\\\ end" in quoted


def test_page_numbers_read_in_the_document_language():
    with translation.override("en"):
        assert page_number_content() == '"Page " counter(page) " of " counter(pages)'
    with translation.override("fr"):
        assert page_number_content() == '"Page " counter(page) " sur " counter(pages)'
    with translation.override("ar"):
        assert page_number_content() == '"صفحة " counter(page) " من " counter(pages)'


class Record:
    original_language = "en"
    working_translations = ["ar"]
    text_en = "Access to basic services"
    text_fr = ""
    text_ar = "الوصول إلى الخدمات الأساسية"

    def is_working_translation(self, language):
        return language in self.working_translations


def test_a_passage_not_yet_translated_keeps_its_language_and_says_so():
    with translation.override("fr"):
        inline = ptr(Record(), "text")
        block = ptr(Record(), "text", block=True)

    assert inline.startswith('<span lang="en" dir="ltr">Access to basic services</span>')
    assert "†" in inline
    assert block.startswith('<div lang="en" dir="ltr"><p>Access to basic services</p></div>')
    assert "Affiché en anglais — traduction en français en attente" in block


def test_a_working_translation_is_marked_unofficial():
    with translation.override("ar"):
        assert ptr(Record(), "text", block=True).endswith(
            '<p class="translation-note">ترجمة غير رسمية</p>'
        )
        assert ptr(Record(), "text").endswith("°</sup>")
