"""Fields translated into English, Arabic and French (django-modeltranslation).

Contributions and survey answers are not here: they stay in the language they were written in.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Choice, Discussion, GuidingQuestion, Practice, Question, Survey


@register(Discussion)
class DiscussionTranslation(TranslationOptions):
    fields = ("title", "introduction", "summary")


@register(GuidingQuestion)
class GuidingQuestionTranslation(TranslationOptions):
    fields = ("text",)


@register(Survey)
class SurveyTranslation(TranslationOptions):
    fields = ("title", "introduction")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "help_text", "scale_low_label", "scale_high_label")


@register(Choice)
class ChoiceTranslation(TranslationOptions):
    fields = ("label",)


@register(Practice)
class PracticeTranslation(TranslationOptions):
    fields = ("title", "description", "results")
