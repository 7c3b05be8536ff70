"""Every admin page and every inline row of a translated record: working translations are ticked,
never typed as JSON, and texts in other languages are there, checked line by line."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from common.language_fields import OtherLanguagesFormField
from common.models import TranslatedRecord
from tests.factories import secretariat_user

pytestmark = pytest.mark.usefixtures("reference")


def _translated(model) -> bool:
    return issubclass(model, TranslatedRecord)


def _forms_of_every_admin(request):
    """(where, form) for the add form of every registered admin and one new row of each of its
    inlines, nested ones included."""

    def rows(inline, where):
        formset = inline.get_formset(request, None)(prefix=f"x{id(inline)}")
        yield where, formset.empty_form
        for nested in getattr(inline, "get_inline_instances", lambda *a: [])(request, None):
            yield from rows(nested, f"{where} > {type(nested).__name__}")

    for model_admin in admin.site._registry.values():
        if not model_admin.has_add_permission(request):
            continue
        where = type(model_admin).__name__
        yield where, model_admin.get_form(request, None)()
        for inline in model_admin.get_inline_instances(request, None):
            yield from rows(inline, f"{where} > {type(inline).__name__}")


@pytest.fixture
def request_of_the_secretariat(db):
    request = RequestFactory().get("/admin/")
    request.user = secretariat_user()
    return request


def test_working_translations_are_checkboxes_in_every_admin_form_and_inline_row(
    request_of_the_secretariat,
):
    seen, json_areas, missing = [], [], []
    for where, form in _forms_of_every_admin(request_of_the_secretariat):
        model = form._meta.model
        if not _translated(model):
            continue
        seen.append(where)
        if "working_translations" not in form.fields:
            missing.append(where)
            continue
        html = str(form["working_translations"])
        if "<textarea" in html or 'type="checkbox"' not in html:
            json_areas.append(where)

    assert "EventAdmin > AgendaItemInline > SpeakerInline" in seen  # nested rows are looked at
    assert json_areas == []
    assert missing == []


def test_texts_in_other_languages_are_in_every_admin_form_and_inline_row(
    request_of_the_secretariat,
):
    missing = [
        where
        for where, form in _forms_of_every_admin(request_of_the_secretariat)
        if _translated(form._meta.model)
        and not isinstance(form.fields.get("other_languages"), OtherLanguagesFormField)
    ]

    assert missing == [], "\n".join(missing)


def test_a_line_in_other_languages_that_is_not_language_field_text_is_refused_clearly(
    request_of_the_secretariat,
):
    forms = dict(_forms_of_every_admin(request_of_the_secretariat))
    field = forms["EventAdmin > AgendaItemInline > SpeakerInline"].fields["other_languages"]

    assert field.clean("es title: Coordinador nacional\n  de migraciones") == {
        "es": {"title": "Coordinador nacional\nde migraciones"}
    }
    with pytest.raises(Exception) as refused:
        field.clean("Coordinador nacional\nfr title: Coordinateur\nes rank: Jefe")
    messages = refused.value.messages
    assert messages == [
        "Line 1: write “language field: text”, e.g. “es title: …”.",
        "Line 2: “fr” is not a language code other than en, ar and fr (ISO 639-1, e.g. es).",
        "Line 3: “rank” is not one of this record’s texts: name, organisation_name, title.",
    ]
