"""What the online consultations give the round-table briefings, and the translation queue."""

import pytest
from django.apps import apps
from django.utils import timezone, translation

from common import translation_status
from demo import loader
from engagement.briefing import discussion_summaries_for, practices_for, survey_results_for
from engagement.models import Practice
from gcm.models import Objective, RoundTable
from tests.engagement.factories import (
    ContributionFactory,
    DiscussionFactory,
    PracticeFactory,
    closed_discussion,
)
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.usefixtures("reference")


def round_table(number):
    return RoundTable.objects.of_current_forum().get(number=number)


def test_summaries_of_closed_discussions_on_the_objectives():
    rt1 = round_table(1)  # objectives 2, 5, 6, 12, 18
    summarised = closed_discussion(objectives=[6], summary_en="Alternatives to kafala.")
    ContributionFactory(discussion=summarised)
    ContributionFactory(discussion=summarised, hidden_at=timezone.now())
    closed_discussion(objectives=[6])  # no summary yet
    DiscussionFactory(objectives=[6], summary_en="Still open.")
    closed_discussion(objectives=[1], summary_en="Another round table.")
    through_round_table = closed_discussion(round_table=rt1, summary_fr="Résumé.")

    summaries = discussion_summaries_for(rt1.objectives.all())

    assert {s.discussion for s in summaries} == {summarised, through_round_table}
    first = next(s for s in summaries if s.discussion == summarised)
    assert (first.contribution_count, first.organisation_count) == (1, 1)


def test_survey_results_count_organisations_per_objective_of_the_round_table():
    survey = loader.load_survey(opens_at=timezone.now())
    entries = loader.organisation_entries()
    organisations = {
        slug: OrganisationFactory(
            slug=slug, group=entries[slug]["group"], country=entries[slug]["country"]
        )
        for slug in loader.read("survey")["answers"]
    }
    loader.load_survey_answers(survey, organisations=organisations, submitted_at=timezone.now())

    with translation.override("fr"):
        results = survey_results_for(round_table(4).objectives.all())  # 1, 3, 7, 17, 23

    priorities, engaged = results
    assert priorities.respondents == priorities.answered == 15
    assert [(row.key, row.count) for row in priorities.rows][:2] == [("1", 10), ("7", 5)]
    assert priorities.rows[0].label == "Objectif 1 — Données"
    assert {row.key for row in engaged.rows} == {"1", "3", "7", "17", "23"}


def test_published_practices_of_the_objectives():
    shown = PracticeFactory(state=Practice.State.PUBLISHED, objectives=[2])
    PracticeFactory(state=Practice.State.SUBMITTED, objectives=[2])
    PracticeFactory(state=Practice.State.PUBLISHED, objectives=[3])

    assert practices_for(Objective.objects.filter(number__in=[2, 5])) == [shown]


def test_the_translation_queue_picks_up_discussions_surveys_and_practices():
    labels = {model._meta.label_lower for model in translation_status.tracked_models()}
    practice = PracticeFactory(state=Practice.State.PUBLISHED)
    declined = PracticeFactory(state=Practice.State.DECLINED)

    queued = [entry.record for entry in translation_status.translation_queue(language="ar")]

    assert {"engagement.discussion", "engagement.survey", "engagement.practice"} <= labels
    assert practice in queued and declined not in queued


@pytest.mark.skipif(not apps.is_installed("reports"), reason="the reports app is not installed yet")
@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_the_round_table_briefing_carries_the_three_sections(language):
    from reports.models import Report
    from reports.rendering import render_html

    rt1 = round_table(1)
    closed_discussion(
        objectives=[6],
        summary_en="Contributors asked for alternatives to kafala.",
        summary_fr="Les participants ont demandé des alternatives à la kafala.",
        summary_ar="طالب المشاركون ببدائل لنظام الكفالة.",
    )
    survey = loader.load_survey(opens_at=timezone.now())
    loader.load_survey_answers(
        survey,
        organisations={"gulf-migrant-voices": OrganisationFactory()},
        submitted_at=timezone.now(),
    )
    PracticeFactory(state=Practice.State.PUBLISHED, title_en="Legal aid clinics", objectives=[6])

    html = render_html(Report.Kind.ROUND_TABLE_BRIEFING, rt1, language)

    expected = {
        "en": ("Online discussions", "alternatives to kafala", "Objective 6 — Recruitment"),
        "fr": ("Discussions en ligne", "alternatives à la kafala", "Objectif 6 — Recrutement"),
        "ar": ("النقاشات عبر الإنترنت", "بدائل لنظام الكفالة", "الهدف 6 —"),
    }[language]
    for text in expected:
        assert text in html
    assert "Legal aid clinics" in html
    assert 'id="section-practices"' in html
