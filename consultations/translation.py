"""Fields translated into English, Arabic and French (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    AgendaItem,
    AttendanceFigures,
    Event,
    EventAim,
    EventDate,
    EventDocument,
    EventPart,
    GuidingQuestion,
    Input,
    Intervention,
    KeyPoint,
    Organiser,
    Speaker,
)


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "background", "aims_intro", "location")


@register(EventAim)
class EventAimTranslation(TranslationOptions):
    fields = ("text",)


@register(Organiser)
class OrganiserTranslation(TranslationOptions):
    fields = ("name",)


@register(EventPart)
class EventPartTranslation(TranslationOptions):
    fields = ("title", "description", "location")


@register(EventDate)
class EventDateTranslation(TranslationOptions):
    fields = ("label",)


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
