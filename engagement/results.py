"""A survey's results: per question, how many organisations chose what; who answered, by
stakeholder group and country. A fixed number of queries, whatever the number of questions."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext, pgettext
from django_countries import countries

from common.i18n import localized
from gcm.models import Objective
from stakeholders.models import StakeholderGroup

from .models import Answer, Question, Survey, SurveyResponse
from .models.surveys import SCALE

Kind = Question.Kind
TOP_PRIORITIES = 3


def objective_label(objective) -> str:
    """ "Objective 1 — Data", in the page's language."""
    return pgettext("objective with its short title", "Objective %(number)s — %(title)s") % {
        "number": objective.number,
        "title": localized(objective, "short_title").text,
    }


def join_numbers(numbers) -> str:
    """ "1, 2 and 6" in the page's language."""
    items = [str(number) for number in numbers]
    if len(items) < 2:
        return "".join(items)
    separator = pgettext("list separator", ", ")
    return gettext("%(items)s and %(last)s") % {
        "items": separator.join(items[:-1]),
        "last": items[-1],
    }


@dataclass
class Row:
    label: str
    count: int
    share: int  # per cent of the organisations that answered the question
    key: str = ""


@dataclass
class QuestionResult:
    question: Question
    answered: int
    rows: list[Row] = field(default_factory=list)
    average: float | None = None
    top_numbers: list[int] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.question.kind

    @property
    def charted(self) -> bool:
        return self.kind != Kind.TEXT and self.answered > 0

    @property
    def top_objectives(self) -> str:
        return join_numbers(self.top_numbers)


@dataclass
class SurveyResults:
    survey: Survey
    respondents: int
    by_group: list[Row]
    by_country: list[Row]
    questions: list[QuestionResult]


def share_of(count: int, total: int) -> int:
    return round(100 * count / total) if total else 0


def _breakdown(responses, field_name: str, label) -> list[Row]:
    counts = responses.values(field_name).annotate(n=Count("pk")).order_by("-n", field_name)
    total = sum(item["n"] for item in counts)
    rows = [
        Row(label(item[field_name]), item["n"], share_of(item["n"], total), item[field_name])
        for item in counts
    ]
    return sorted(rows, key=lambda row: (-row.count, row.label))


def _group_name(code: str) -> str:
    return str(dict(StakeholderGroup.choices).get(code, code))


def _country_name(code: str) -> str:
    return str(countries.name(code)) or code


def survey_results(survey: Survey) -> SurveyResults:
    responses = SurveyResponse.objects.filter(survey=survey)
    answers = Answer.objects.filter(response__survey=survey)
    answered = dict(answers.values_list("question").annotate(n=Count("pk")))
    choice_counts = dict(
        Answer.choices.through.objects.filter(answer__response__survey=survey)
        .values_list("choice")
        .annotate(n=Count("pk"))
    )
    objective_counts = {}
    for question_id, objective_id, n in (
        Answer.objectives.through.objects.filter(answer__response__survey=survey)
        .values_list("answer__question", "objective")
        .annotate(n=Count("pk"))
    ):
        objective_counts.setdefault(question_id, {})[objective_id] = n
    scale_counts = {}
    for question_id, value, n in (
        answers.filter(scale_value__isnull=False)
        .values_list("question", "scale_value")
        .annotate(n=Count("pk"))
    ):
        scale_counts.setdefault(question_id, {})[value] = n
    objectives = {objective.pk: objective for objective in Objective.objects.all()}

    results = []
    for question in survey.questions.prefetch_related("choices"):
        total = answered.get(question.pk, 0)
        result = QuestionResult(question, total)
        if question.kind in Question.CHOICE_KINDS:
            result.rows = [
                Row(
                    localized(choice, "label").text,
                    choice_counts.get(choice.pk, 0),
                    share_of(choice_counts.get(choice.pk, 0), total),
                    str(choice.pk),
                )
                for choice in question.choices.all()
            ]
        elif question.kind == Kind.OBJECTIVES:
            counts = objective_counts.get(question.pk, {})
            chosen = sorted(counts.items(), key=lambda item: (-item[1], objectives[item[0]].number))
            result.rows = [
                Row(
                    objective_label(objectives[pk]),
                    n,
                    share_of(n, total),
                    str(objectives[pk].number),
                )
                for pk, n in chosen
            ]
            result.top_numbers = sorted(objectives[pk].number for pk, _n in chosen[:TOP_PRIORITIES])
        elif question.kind == Kind.SCALE:
            counts = scale_counts.get(question.pk, {})
            result.rows = [
                Row(scale_label(question, point), counts.get(point, 0), 0, str(point))
                for point in SCALE
            ]
            for row in result.rows:
                row.share = share_of(row.count, total)
            if total:
                result.average = round(sum(p * n for p, n in counts.items()) / total, 1)
        results.append(result)

    return SurveyResults(
        survey=survey,
        respondents=responses.count(),
        by_group=_breakdown(responses, "organisation__group", _group_name),
        by_country=_breakdown(responses, "organisation__country", _country_name),
        questions=results,
    )


def scale_label(question: Question, point: int) -> str:
    meaning = ""
    if point == SCALE.start:
        meaning = localized(question, "scale_low_label").text
    elif point == SCALE.stop - 1:
        meaning = localized(question, "scale_high_label").text
    if meaning:
        return pgettext("point on a scale with its meaning", "%(point)s — %(meaning)s") % {
            "point": point,
            "meaning": meaning,
        }
    return str(point)
