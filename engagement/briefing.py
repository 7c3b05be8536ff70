"""What the online consultations put in a round table's briefing: the summaries of closed
discussions, the survey results on its objectives, the published practices.

Plain reads for the reports app. Call them inside the report's `translation.override(language)`:
labels ("Objective 1 — Data") are made in the active language. The templates in
`templates/engagement/briefing/` show each part (`{% include ... with engagement=... %}`).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from .models import Answer, Discussion, Practice, Question, Survey, SurveyResponse
from .results import Row, join_numbers, objective_label, share_of


@dataclass
class DiscussionSummary:
    discussion: Discussion
    contribution_count: int
    organisation_count: int


@dataclass
class SurveyObjectiveResult:
    """One "choose objectives" question of a survey, counted on the briefing's objectives."""

    survey: Survey
    question: Question
    respondents: int  # organisations that answered the survey
    answered: int  # organisations that answered this question
    rows: list[Row] = field(default_factory=list)  # the objectives, most chosen first

    @property
    def top_objectives(self) -> str:
        return join_numbers(sorted(int(row.key) for row in self.rows[:3] if row.count))


def _ids(objectives) -> list[int]:
    return [getattr(objective, "pk", objective) for objective in objectives]


def discussion_summaries_for(objectives) -> list[DiscussionSummary]:
    """Closed discussions on any of `objectives` (or on a round table covering one) whose
    summary the secretariat has written, most recent first."""
    has_summary = Q(summary_en__gt="") | Q(summary_ar__gt="") | Q(summary_fr__gt="")
    discussions = (
        Discussion.objects.closed()
        .tagged_with(_ids(objectives))
        .filter(has_summary)
        .annotate(
            visible_contributions=Count(
                "contributions", filter=Q(contributions__hidden_at__isnull=True), distinct=True
            ),
            organisations=Count(
                "contributions__organisation",
                filter=Q(contributions__hidden_at__isnull=True),
                distinct=True,
            ),
        )
        .order_by("-closes_at")
    )
    return [
        DiscussionSummary(discussion, discussion.visible_contributions, discussion.organisations)
        for discussion in discussions
    ]


def survey_results_for(objectives) -> list[SurveyObjectiveResult]:
    """For every opened survey's "choose objectives" question: how many organisations chose
    each of `objectives`."""
    objectives = sorted(objectives, key=lambda objective: objective.number)
    wanted = {objective.pk: objective for objective in objectives}
    questions = (
        Question.objects.filter(kind=Question.Kind.OBJECTIVES, survey__in=Survey.objects.visible())
        .select_related("survey")
        .order_by("survey__opens_at", "survey_id", "position", "pk")
    )
    questions = list(questions)
    if not questions or not wanted:
        return []
    answered = dict(
        Answer.objects.filter(question__in=questions)
        .values_list("question")
        .annotate(n=Count("pk"))
    )
    respondents = dict(
        SurveyResponse.objects.filter(survey__in={q.survey_id for q in questions})
        .values_list("survey")
        .annotate(n=Count("pk"))
    )
    counts = {}
    for question_id, objective_id, n in (
        Answer.objectives.through.objects.filter(
            answer__question__in=questions, objective__in=list(wanted)
        )
        .values_list("answer__question", "objective")
        .annotate(n=Count("pk"))
    ):
        counts[(question_id, objective_id)] = n
    results = []
    for question in questions:
        total = answered.get(question.pk, 0)
        rows = [
            Row(
                objective_label(objective),
                counts.get((question.pk, objective.pk), 0),
                share_of(counts.get((question.pk, objective.pk), 0), total),
                str(objective.number),
            )
            for objective in objectives
        ]
        rows.sort(key=lambda row: (-row.count, int(row.key)))
        results.append(
            SurveyObjectiveResult(
                question.survey, question, respondents.get(question.survey_id, 0), total, rows
            )
        )
    return results


def practices_for(objectives) -> list[Practice]:
    """Published practices tagged with any of `objectives`, most recently published first."""
    return list(
        Practice.objects.published()
        .tagged_with(_ids(objectives))
        .for_listing()
        .order_by("-published_at", "-pk")
    )
