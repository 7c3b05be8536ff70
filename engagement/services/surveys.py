"""Answering a survey: once per organisation, by one of its members, while the survey is open."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from common.audit import record_change
from common.errors import NotAllowed
from common.i18n import LANGUAGE_CODES, localized
from gcm.models import Objective
from stakeholders.models import Organisation

from ..models import Answer, Question, Survey, SurveyResponse
from ..models.surveys import SCALE, TEXT_ANSWER_MAX_LENGTH
from ..rules import can_act_for
from . import Closed, EngagementError

Kind = Question.Kind


class AlreadyAnswered(EngagementError):
    """The organisation has answered this survey already."""


def organisations_to_answer_for(survey: Survey, user):
    """The verified organisations of `user` that have not answered `survey` yet."""
    return Organisation.objects.acting_for(user).exclude(survey_responses__survey=survey)


def _empty(value) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple | set) and not value)


def _clean(question: Question, value):
    """The answer to `question` checked against its kind: choices of this question, at most
    `max_choices`, a point on the scale, text of a sensible length."""
    name = localized(question, "text").text
    if _empty(value):
        if question.required:
            raise EngagementError(_("Answer the question “%(question)s”.") % {"question": name})
        return None
    if question.kind == Kind.SINGLE:
        choice_ids = {choice.pk for choice in question.choices.all()}
        if isinstance(value, list | tuple | set):
            value = next(iter(value)) if len(value) == 1 else None
        choice_id = getattr(value, "pk", value)
        if choice_id not in choice_ids:
            raise EngagementError(_("Choose one of the answers offered."))
        return [choice_id]
    if question.kind in (Kind.MULTIPLE, Kind.OBJECTIVES):
        ids = {getattr(item, "pk", item) for item in value}
        if question.kind == Kind.MULTIPLE:
            allowed = {choice.pk for choice in question.choices.all()}
        else:
            allowed = set(Objective.objects.filter(pk__in=ids).values_list("pk", flat=True))
        if not ids <= allowed:
            raise EngagementError(_("Choose among the answers offered."))
        if question.max_choices and len(ids) > question.max_choices:
            raise EngagementError(
                _("Choose at most %(limit)s for “%(question)s”.")
                % {"limit": question.max_choices, "question": name}
            )
        return sorted(ids)
    if question.kind == Kind.SCALE:
        try:
            point = int(value)
        except (TypeError, ValueError):
            point = 0
        if point not in SCALE:
            raise EngagementError(_("Choose a point from 1 to 5."))
        return point
    text = str(value).strip()
    if len(text) > TEXT_ANSWER_MAX_LENGTH:
        raise EngagementError(
            _("An answer has at most %(limit)s characters.") % {"limit": TEXT_ANSWER_MAX_LENGTH}
        )
    return text or None


def answer_survey(
    *, survey: Survey, organisation, by, answers: dict, language: str = "en"
) -> SurveyResponse:
    """The organisation's answer, given by `by`. `answers` maps question ids to a choice (single),
    choices or objectives (lists), a point from 1 to 5 (scale) or text."""
    if not can_act_for(by, organisation):
        raise NotAllowed(_("Only members of a verified organisation can answer, for it."))
    if not survey.is_open():
        raise Closed(_("This survey is not open for answers."))
    if SurveyResponse.objects.filter(survey=survey, organisation=organisation).exists():
        raise AlreadyAnswered(_("Your organisation has already answered this survey."))
    questions = list(survey.questions.prefetch_related("choices"))
    cleaned = {question: _clean(question, answers.get(question.pk)) for question in questions}
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(
                survey=survey,
                organisation=organisation,
                answered_by=by,
                language=language if language in LANGUAGE_CODES else "en",
            )
            for question, value in cleaned.items():
                if value is None:
                    continue
                answer = Answer(response=response, question=question)
                if question.kind == Kind.SCALE:
                    answer.scale_value = value
                elif question.kind == Kind.TEXT:
                    answer.text = value
                answer.save()
                if question.kind in Question.CHOICE_KINDS:
                    answer.choices.set(value)
                elif question.kind == Kind.OBJECTIVES:
                    answer.objectives.set(value)
            record_change(response, by=by, action="answer", to_state="answered")
    except IntegrityError as error:
        # Another member of the organisation answered a moment earlier.
        raise AlreadyAnswered(_("Your organisation has already answered this survey.")) from error
    return response
