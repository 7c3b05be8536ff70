"""A survey's answers as CSV, without personal data: no person's name or e-mail address, and
no organisation's name either; only each answer's stakeholder group and country."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _

from common.csv_cells import csv_cell, csv_writer
from common.i18n import localized

from .models import Answer, Question, SurveyResponse

Kind = Question.Kind
BYTE_ORDER_MARK = "\ufeff"
# Between the items of a list in a cell (choices, objectives): readable in a spreadsheet.
LIST_SEPARATOR = "; "


class SurveyCsvExport:
    identifier = "survey-answers-csv"
    content_type = "text/csv; charset=utf-8"

    def __init__(self, survey):
        self.survey = survey

    @property
    def filename(self) -> str:
        return f"{self.survey.slug}-answers-{timezone.localdate():%Y-%m-%d}.csv"

    def _cell(self, question: Question, answer: Answer | None) -> str | list[str]:
        if answer is None:
            return ""
        if question.kind in Question.CHOICE_KINDS:
            return [localized(c, "label").text for c in answer.choices.all()]
        if question.kind == Kind.OBJECTIVES:
            return [str(o.number) for o in sorted(answer.objectives.all(), key=_number)]
        if question.kind == Kind.SCALE:
            return str(answer.scale_value or "")
        return answer.text

    def rows(self):
        questions = list(self.survey.questions.all())
        yield [
            _("answer"),
            _("answered on"),
            _("stakeholder group"),
            _("country"),
            *(localized(q, "text").text for q in questions),
        ]
        responses = (
            SurveyResponse.objects.filter(survey=self.survey)
            .select_related("organisation")
            .prefetch_related("answers__choices", "answers__objectives")
            .order_by("submitted_at", "pk")
        )
        for number, response in enumerate(responses, start=1):
            by_question = {answer.question_id: answer for answer in response.answers.all()}
            yield [
                number,
                timezone.localdate(response.submitted_at).isoformat(),
                response.organisation.get_group_display(),
                response.organisation.country.code,
                *(self._cell(q, by_question.get(q.pk)) for q in questions),
            ]

    def render(self) -> bytes:
        buffer = io.StringIO()
        buffer.write(BYTE_ORDER_MARK)
        writer = csv_writer(buffer)
        for row in self.rows():
            writer.writerow([csv_cell(cell, list_separator=LIST_SEPARATOR) for cell in row])
        return buffer.getvalue().encode("utf-8")


def _number(objective) -> int:
    return objective.number
