"""The online consultations' pages make the same number of queries with one item and with many:
a survey's questions, a practice's objectives and countries, a member's contributions
(issue #10)."""

import pytest
from django.utils import timezone

from engagement.models import Practice, Question, SurveyResponse
from gcm.models import RoundTable
from tests.engagement.factories import (
    ChoiceFactory,
    ContributionFactory,
    DiscussionFactory,
    PracticeFactory,
    QuestionFactory,
    SurveyFactory,
)
from tests.factories import OrganisationFactory, member_of
from tests.query_counts import warm

pytestmark = pytest.mark.usefixtures("reference", "pages_built_whole")

COUNTRIES = ["LB", "JO", "EG"]


@pytest.mark.parametrize("count", [1, 3])
def test_a_survey_page_takes_the_same_queries_for_1_and_3_questions_of_each_kind(
    client, django_assert_num_queries, count
):
    organisation = OrganisationFactory(name="Answering Network")
    person = member_of(organisation)
    answered = OrganisationFactory(name="Answered Union")
    member_of(answered, user=person)
    survey = SurveyFactory()
    SurveyResponse.objects.create(survey=survey, organisation=answered, answered_by=person)
    position = 0
    for index in range(count):
        for kind in Question.Kind.values:
            position += 1
            question = QuestionFactory(
                survey=survey, position=position, kind=kind, text_en=f"{kind} question {index}?"
            )
            if kind in Question.CHOICE_KINDS:
                ChoiceFactory(question=question, label_en=f"{kind} yes {index}")
                ChoiceFactory(question=question, label_en=f"{kind} no {index}")
    client.force_login(person)
    url = f"/en/surveys/{survey.slug}/"
    warm(client, url)

    # Session, user, groups, any permission; the survey; whether an organisation may still answer,
    # and which; the questions, their choices, the objectives; the answers already given.
    with django_assert_num_queries(11):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Answered by Answered Union" in html
    for index in range(count):
        for kind in Question.Kind.values:
            assert f"{kind} question {index}?" in html
        for kind in Question.CHOICE_KINDS:
            assert f"{kind} yes {index}" in html


@pytest.mark.parametrize("count", [1, 3])
def test_a_practice_page_takes_the_same_queries_for_1_and_3_objectives_and_countries(
    client, django_assert_num_queries, count
):
    round_tables = list(RoundTable.objects.of_current_forum().order_by("number")[:count])
    objectives = [round_table.objectives.order_by("number").first() for round_table in round_tables]
    practice = PracticeFactory(
        state=Practice.State.PUBLISHED,
        title_en="Legal aid for domestic workers",
        objectives=[objective.number for objective in objectives],
        countries=COUNTRIES[:count],
    )
    url = f"/en/practices/{practice.pk}/"
    warm(client, url)

    # The practice and its organisation; its objectives; the round tables covering them.
    with django_assert_num_queries(3):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Legal aid for domestic workers" in html
    for objective in objectives:
        assert f'href="/en/objectives/{objective.number}/"' in html
    for round_table in round_tables:
        assert f'href="{round_table.get_absolute_url()}"' in html
    for name in ("Lebanon", "Jordan", "Egypt")[:count]:
        assert name in html


@pytest.mark.parametrize("count", [1, 3])
def test_my_contributions_take_the_same_queries_for_1_and_3_of_each(
    client, django_assert_num_queries, count
):
    organisation = OrganisationFactory(name="Contributing Network")
    person = member_of(organisation)
    for index in range(count):
        discussion = DiscussionFactory(title_en=f"Discussion {index}", objectives=[6])
        first = ContributionFactory(discussion=discussion, organisation=organisation, author=person)
        ContributionFactory(
            discussion=discussion,
            organisation=organisation,
            author=person,
            parent=first,
            hidden_at=timezone.now(),
            hidden_reason=f"Off topic {index}",
        )
        SurveyResponse.objects.create(
            survey=SurveyFactory(title_en=f"Survey {index}"),
            organisation=organisation,
            answered_by=person,
        )
        PracticeFactory(organisation=organisation, title_en=f"Practice {index}", objectives=[6, 7])
    client.force_login(person)
    url = "/en/my-contributions/"
    warm(client, url)

    # Session, user, groups, any permission; the organisations the person acts for; the
    # contributions; the survey answers; the practices and their objectives.
    with django_assert_num_queries(9):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for index in range(count):
        for text in (f"Discussion {index}", f"Off topic {index}", f"Survey {index}"):
            assert text in html, text
        assert f"Practice {index}" in html
