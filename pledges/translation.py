"""Fields translated into English, Arabic and French (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Pledge, PledgeProgress


@register(Pledge)
class PledgeTranslation(TranslationOptions):
    fields = ("title", "description")


@register(PledgeProgress)
class PledgeProgressTranslation(TranslationOptions):
    fields = ("text",)
