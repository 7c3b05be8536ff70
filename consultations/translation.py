"""Fields translated into English, Arabic and French (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    AgendaItem,
    AttendanceFigures,
    Event,
    EventAim,
    EventDocument,
    GuidingQuestion,
    Input,
    Intervention,
    KeyPoint,
    Speaker,
)


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "background", "aims_intro", "location")


@register(EventAim)
class EventAimTranslation(TranslationOptions):
    fields = ("text",)


@register(AttendanceFigures)
class AttendanceFiguresTranslation(TranslationOptions):
    fields = ("un_staff_description", "note")


@register(EventDocument)
class EventDocumentTranslation(TranslationOptions):
    fields = ("title",)


@register(AgendaItem)
class AgendaItemTranslation(TranslationOptions):
    fields = ("title", "summary", "points_intro", "conclusion")


@register(Speaker)
class SpeakerTranslation(TranslationOptions):
    fields = ("name", "title", "organisation_name")


@register(KeyPoint)
class KeyPointTranslation(TranslationOptions):
    fields = ("label", "text")


@register(GuidingQuestion)
class GuidingQuestionTranslation(TranslationOptions):
    fields = ("text",)


@register(Intervention)
class InterventionTranslation(TranslationOptions):
    fields = ("name", "title", "organisation_name", "text")


@register(Input)
class InputTranslation(TranslationOptions):
    fields = ("title", "text")
