"""The online consultations' demo: idempotent, and what the issue asks for."""

from io import StringIO

import pytest
from django.core.management import call_command

from demo import loader
from engagement.models import Contribution, Discussion, Practice, Survey
from engagement.results import survey_results
from stakeholders.models import Organisation, User


def load():
    out = StringIO()
    loader.load_accounts(out)
    loader.load_engagement(out)


@pytest.mark.django_db
def test_the_demo_is_idempotent_and_has_what_the_issue_asks_for():
    call_command("load_reference", stdout=StringIO())
    load()
    counts = [
        m.objects.count() for m in (Discussion, Contribution, Practice, Survey, Organisation, User)
    ]
    load()

    assert [
        m.objects.count() for m in (Discussion, Contribution, Practice, Survey, Organisation, User)
    ] == counts
    assert Discussion.objects.open().count() == 1
    closed = Discussion.objects.closed().get()
    assert closed.summary_en and closed.summary_ar and closed.summary_fr
    assert closed.contributions.hidden().count() == 1
    assert Practice.objects.published().count() >= 10
    survey = Survey.objects.get(slug="gcm-implementation-mena")
    results = survey_results(survey)
    assert results.respondents == 15
    assert results.questions[1].top_objectives == "1, 2 and 6"
    assert survey.is_working_translation("ar") and survey.is_working_translation("fr")
    assert all(q.working_translations == ["ar", "fr"] for q in survey.questions.all())
    groups = {r.organisation.group for r in survey.responses.select_related("organisation")}
    assert len(groups) >= 10


@pytest.mark.django_db
def test_the_demo_member_can_try_everything():
    call_command("load_reference", stdout=StringIO())
    load()
    from engagement.services.surveys import organisations_to_answer_for

    member = User.objects.get(email="member@imrf-portal.example")
    survey = Survey.objects.get(slug="gcm-implementation-mena")

    assert Organisation.objects.acting_for(member).exists()
    assert organisations_to_answer_for(survey, member).exists()
