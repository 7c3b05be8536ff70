"""Fields translated into English, Arabic and French (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)
