"""The stakeholder survey: who answers, one answer per organisation, results and the CSV export."""

import csv
import io

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone, translation

from common.errors import NotAllowed
from common.models import AuditRecord
from demo import loader
from engagement.models import Question, SurveyResponse
from engagement.results import survey_results
from engagement.services import Closed
from engagement.services.surveys import AlreadyAnswered, answer_survey
from gcm.models import Objective
from stakeholders.models import Organisation
from tests.engagement.conftest import ROLES
from tests.engagement.factories import QuestionFactory, SurveyFactory, survey_with_every_kind
from tests.factories import OrganisationFactory, coordinator_user, member_of

pytestmark = pytest.mark.usefixtures("reference")
Kind = Question.Kind
SLUG = loader.read("survey")["slug"]


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"engagement:{name}", kwargs=kwargs)


def form_data(questions, organisation, **overrides):
    """A complete answer through the form: first choices, objectives 1 and 6, 4 on the scale."""
    data = {"organisation": organisation.pk}
    for kind, question in questions.items():
        name = f"q{question.pk}"
        if kind in Question.CHOICE_KINDS:
            data[name] = [question.choices.first().pk]
        elif kind == Kind.OBJECTIVES:
            data[name] = [Objective.objects.get(number=n).pk for n in (1, 6)]
        elif kind == Kind.SCALE:
            data[name] = "4"
        else:
            data[name] = "More data, please."
    data.update(overrides)
    return data


@pytest.fixture
def demo_survey(db):
    """The seed's survey, answered by fifteen organisations across groups and countries."""
    survey = loader.load_survey(opens_at=timezone.now())
    entries = loader.organisation_entries()
    organisations = {
        slug: OrganisationFactory(
            slug=slug,
            name=entries[slug]["name"],
            group=entries[slug]["group"],
            country=entries[slug]["country"],
        )
        for slug in loader.read("survey")["answers"]
    }
    loader.load_survey_answers(survey, organisations=organisations, submitted_at=timezone.now())
    return survey


# --- Answering -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("pending_member", 403),
        ("member", 302),
        ("secretariat", 403),
    ],
)
def test_only_members_of_verified_organisations_answer(as_role, organisation, role, status):
    survey, questions = survey_with_every_kind()
    client, _person = as_role(role)

    response = client.post(
        url("survey_detail", slug=survey.slug), form_data(questions, organisation)
    )

    assert response.status_code == status
    assert survey.responses.count() == (1 if role == "member" else 0)


def test_a_member_answers_for_the_organisation_and_the_others_see_it_was_answered(
    client, member, organisation
):
    survey, questions = survey_with_every_kind()
    colleague = member_of(organisation)
    client.force_login(member)

    response = client.post(
        url("survey_detail", slug=survey.slug), form_data(questions, organisation)
    )

    answer = SurveyResponse.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("survey_results", slug=survey.slug)
    assert (answer.organisation, answer.answered_by) == (organisation, member)
    assert AuditRecord.objects.for_object(answer).get().action == "answer"
    client.force_login(colleague)
    page = client.get(url("survey_detail", slug=survey.slug)).content.decode()
    date = timezone.localdate(answer.submitted_at).strftime("%-d %B %Y")
    assert f"Answered by {organisation.name} (MRN" in page and date in page
    assert 'class="engagement-form survey-form"' not in page
    again = client.post(url("survey_detail", slug=survey.slug), form_data(questions, organisation))
    assert again.status_code == 403
    assert SurveyResponse.objects.count() == 1


def test_one_answer_per_organisation_in_the_service_and_in_the_database(member, organisation):
    survey, questions = survey_with_every_kind()
    answers = {questions[Kind.SCALE].pk: 3}
    for question in questions.values():
        if question.kind in Question.CHOICE_KINDS:
            answers[question.pk] = [question.choices.first().pk]
        elif question.kind == Kind.OBJECTIVES:
            answers[question.pk] = [Objective.objects.get(number=2).pk]
    answer_survey(survey=survey, organisation=organisation, by=member, answers=answers)

    with pytest.raises(AlreadyAnswered):
        answer_survey(
            survey=survey, organisation=organisation, by=member_of(organisation), answers=answers
        )
    with pytest.raises(IntegrityError):
        SurveyResponse.objects.create(survey=survey, organisation=organisation)


def test_the_service_checks_the_answers_against_the_questions(member, organisation):
    survey = SurveyFactory()
    priorities = QuestionFactory(survey=survey, kind=Kind.OBJECTIVES, max_choices=3)
    four = list(Objective.objects.filter(number__in=[1, 2, 3, 6]).values_list("pk", flat=True))

    with pytest.raises(Exception, match="at most 3"):
        answer_survey(
            survey=survey, organisation=organisation, by=member, answers={priorities.pk: four}
        )
    with pytest.raises(Exception, match="Answer the question"):
        answer_survey(survey=survey, organisation=organisation, by=member, answers={})
    with pytest.raises(NotAllowed):
        answer_survey(survey=survey, organisation=OrganisationFactory(), by=member, answers={})
    survey.closes_at = timezone.now()
    survey.save()
    with pytest.raises(Closed):
        answer_survey(
            survey=survey, organisation=organisation, by=member, answers={priorities.pk: four[:3]}
        )
    assert not SurveyResponse.objects.exists()


def test_form_errors_keep_the_answers_given(client, member, organisation):
    survey, questions = survey_with_every_kind()
    client.force_login(member)
    too_many = [o.pk for o in Objective.objects.filter(number__in=[1, 2, 3, 6])]

    response = client.post(
        url("survey_detail", slug=survey.slug),
        form_data(questions, organisation, **{f"q{questions[Kind.OBJECTIVES].pk}": too_many}),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose at most 3." in html
    assert "More data, please." in html  # the free text stays
    assert html.count("<fieldset") == html.count("<legend>") == 4  # choices grouped, with legends
    assert 'aria-invalid="true"' in html
    assert not SurveyResponse.objects.exists()


# --- Results ---------------------------------------------------------------------------------


def test_the_demo_results_name_objectives_1_2_and_6_as_priorities(demo_survey):
    results = survey_results(demo_survey)
    by_key = {q.question.position: q for q in results.questions}

    assert results.respondents == 15
    assert by_key[2].top_objectives == "1, 2 and 6"
    assert [row.key for row in by_key[2].rows[:3]] == ["1", "2", "6"]
    assert by_key[2].rows[0].label == "Objective 1 — Data"
    engaged = {row.key for row in by_key[3].rows[:7]}
    assert engaged == {"1", "3", "4", "6", "7", "15", "17"}
    assert by_key[1].average == 3.8
    assert sum(row.count for row in by_key[1].rows if int(row.key) >= 4) > 15 / 2
    assert sum(row.count for row in results.by_group) == 15
    assert len(results.by_group) == 13
    assert {row.key for row in results.by_country} >= {"LB", "EG", "MA", "JO", "KW", "TN"}
    coordination = by_key[4].rows[0]
    assert (coordination.count, coordination.share) == (11, 73)


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_the_results_page_reads_in_three_languages(client, demo_survey, language):
    html = client.get(url("survey_results", language, slug=SLUG)).content.decode()

    headline = {
        "en": "Named most often: objectives 1, 2 and 6.",
        "fr": "Les plus cités : objectifs 1, 2 et 6.",
        "ar": "الأكثر ذكراً: الأهداف 1 و2 و6.",
    }[language]
    assert headline in html
    assert "<svg" in html and 'aria-hidden="true"' in html
    assert "<table" in html and "15" in html
    assert "style=" not in html and "<script" not in html
    if language == "ar":
        assert 'direction="rtl"' in html
        assert "ترجمة غير رسمية" in html  # the questions are working translations


def test_the_chart_is_mirrored_in_arabic(client, demo_survey):
    english = client.get(url("survey_results", "en", slug=SLUG)).content.decode()
    arabic = client.get(url("survey_results", "ar", slug=SLUG)).content.decode()

    # The longest bar starts at the left edge in English and ends at the right edge in Arabic.
    assert 'class="chart-bar" x="0"' in english
    assert 'class="chart-bar" x="96"' in arabic  # 720 wide, 624 long


def test_text_answers_are_not_published_one_by_one(client, demo_survey):
    html = client.get(url("survey_results", slug=SLUG)).content.decode()

    assert "Kafala reform must be on the agenda" not in html
    assert "6 organisations answered this question." in html


# --- CSV export -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"), [(r, 200 if r == "secretariat" else 404) for r in ROLES]
)
def test_the_export_is_for_the_secretariat_and_coordinators(as_role, demo_survey, role, status):
    client, _person = as_role(role)

    assert client.get(url("survey_export_csv", slug=SLUG)).status_code == status


def test_the_export_has_no_personal_data_and_is_safe_in_a_spreadsheet(client, member, organisation):
    survey, questions = survey_with_every_kind()
    client.force_login(member)
    client.post(
        url("survey_detail", slug=survey.slug),
        form_data(
            questions, organisation, **{f"q{questions[Kind.TEXT].pk}": '=HYPERLINK("x","y")'}
        ),
    )
    client.force_login(coordinator_user())

    response = client.get(url("survey_export_csv", slug=survey.slug))

    content = response.content
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert content.startswith("\ufeff".encode())
    text = content.decode("utf-8-sig")
    for personal in (member.email, member.first_name, member.last_name, organisation.name):
        assert personal not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:4] == ["answer", "answered on", "stakeholder group", "country"]
    assert rows[1][2:4] == ["Civil society", "JO"]
    assert '\'=HYPERLINK("x","y")' in rows[1]
    assert "1; 6" in rows[1]


# --- Lists and query counts -----------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 3])
def test_the_survey_list_takes_the_same_number_of_queries(client, django_assert_num_queries, count):
    for _index in range(count):
        SurveyFactory()

    with django_assert_num_queries(1):
        assert client.get(url("survey_list")).status_code == 200


@pytest.mark.parametrize("count", [1, 3])
def test_the_results_take_the_same_number_of_queries_for_1_and_3_questions(
    client, django_assert_num_queries, count
):
    survey = SurveyFactory()
    organisation = Organisation.objects.create(
        name="X", slug="x", group="academia", country="EG", verification="verified"
    )
    response = SurveyResponse.objects.create(survey=survey, organisation=organisation)
    for position in range(count):
        question = QuestionFactory(survey=survey, position=position, kind=Kind.SINGLE)
        choice = question.choices.create(label_en="Yes", position=1)
        response.answers.create(question=question).choices.add(choice)

    with django_assert_num_queries(11):
        assert client.get(url("survey_results", slug=survey.slug)).status_code == 200
