"""Abstract models shared by the apps: what every translatable record knows of its languages."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


class TranslatedRecord(models.Model):
    """A record whose text fields are translated with django-modeltranslation.

    It remembers the language its text was written in, and which languages hold only a working
    translation (machine-assisted or not yet checked against the official UN text), so that pages
    and reports can show fallbacks and unofficial translations honestly.
    """

    original_language = models.CharField(
        _("original language"), max_length=5, choices=LANGUAGE_CHOICES, default="en"
    )
    working_translations = models.JSONField(
        _("working translations"),
        default=list,
        blank=True,
        help_text=_("Languages whose text is a working translation, not yet verified or official."),
    )

    class Meta:
        abstract = True

    def is_working_translation(self, language: str) -> bool:
        return language != self.original_language and language in (self.working_translations or [])
