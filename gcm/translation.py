"""Fields of the GCM reference translated into English, Arabic and French."""

from modeltranslation.translator import TranslationOptions, register

from .models import Forum, GuidingPrinciple, Objective, RoundTable


@register(Objective)
class ObjectiveTranslation(TranslationOptions):
    fields = ("title", "short_title")


@register(GuidingPrinciple)
class GuidingPrincipleTranslation(TranslationOptions):
    fields = ("title",)


@register(Forum)
class ForumTranslation(TranslationOptions):
    fields = ("name", "location")


@register(RoundTable)
class RoundTableTranslation(TranslationOptions):
    fields = ("theme",)
