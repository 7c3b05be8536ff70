"""Model fields of every translated record that hold languages rather than text: which languages
are working translations (ticked, never typed as JSON), and versions of the record's texts in
languages other than the portal's three (“es title: …”)."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .languages import PORTAL_LANGUAGES, is_language_code


class WorkingTranslationsField(models.JSONField):
    """A list of portal language codes, edited as checkboxes in every form and inline."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )


LINE = re.compile(r"^(?P<language>[a-z]{2,3})\s+(?P<field>[a-z_]+)\s*:\s?(?P<text>.*)$")


class OtherLanguagesFormField(forms.CharField):
    """One line per text: “es title: Coordinador nacional”; lines indented by two spaces continue
    the text above (a paragraph); an empty indented line is a blank line."""

    widget = forms.Textarea(attrs={"rows": 2, "cols": 80, "dir": "auto"})

    def __init__(self, *, fields=(), **kwargs):
        self.fields = tuple(fields)
        kwargs.setdefault("required", False)
        kwargs.pop("max_length", None)
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, str):
            return value
        return format_other_languages(value or {})

    def to_python(self, value):
        if isinstance(value, dict):
            return value
        return parse_other_languages(value or "", self.fields)

    def has_changed(self, initial, data):
        return (initial or {}) != self.to_python(data) if not self.disabled else False


def format_other_languages(versions: dict) -> str:
    lines = []
    for language, texts in versions.items():
        for field, text in texts.items():
            first, *rest = str(text).split("\n")
            lines.append(f"{language} {field}: {first}")
            lines.extend(f"  {line}" for line in rest)
    return "\n".join(lines)


def parse_other_languages(raw: str, fields=()) -> dict:
    versions: dict[str, dict[str, str]] = {}
    current = None
    errors = []
    for number, line in enumerate(raw.replace("\r\n", "\n").split("\n"), start=1):
        if line.startswith("  ") and current:
            language, field = current
            versions[language][field] += "\n" + line[2:]
            continue
        if not line.strip():
            continue
        match = LINE.match(line.strip())
        if not match:
            errors.append(
                ValidationError(
                    _("Line %(number)s: write “language field: text”, e.g. “es title: …”."),
                    code="invalid_line",
                    params={"number": number},
                )
            )
            continue
        language, field = match["language"], match["field"]
        if not is_language_code(language) or language in PORTAL_LANGUAGES:
            errors.append(
                ValidationError(
                    _(
                        "Line %(number)s: “%(language)s” is not a language code other than en, ar "
                        "and fr (ISO 639-1, e.g. es)."
                    ),
                    code="invalid_language",
                    params={"number": number, "language": language},
                )
            )
            continue
        if fields and field not in fields:
            errors.append(
                ValidationError(
                    _(
                        "Line %(number)s: “%(field)s” is not one of this record’s texts: "
                        "%(fields)s."
                    ),
                    code="invalid_field",
                    params={"number": number, "field": field, "fields": ", ".join(fields)},
                )
            )
            continue
        versions.setdefault(language, {})[field] = match["text"]
        current = (language, field)
    if errors:
        raise ValidationError(errors)
    return versions


class OtherLanguagesField(models.JSONField):
    """{language: {field: text}} for languages other than the portal's three."""

    def formfield(self, **kwargs):
        from modeltranslation.translator import NotRegistered, translator

        try:
            fields = sorted(translator.get_options_for_model(self.model).all_fields)
        except NotRegistered:
            fields = ()
        return OtherLanguagesFormField(
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            fields=fields,
        )
