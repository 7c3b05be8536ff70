"""The secretariat's admin pages for the online consultations open, with translation tabs."""

import pytest
from django.urls import reverse

from tests.engagement.factories import (
    ChoiceFactory,
    ContributionFactory,
    DiscussionFactory,
    PracticeFactory,
)
from tests.factories import OrganisationFactory, member_of

pytestmark = pytest.mark.usefixtures("reference")


@pytest.fixture
def records():
    choice = ChoiceFactory()
    return {
        "discussion": DiscussionFactory(),
        "contribution": ContributionFactory(),
        "survey": choice.question.survey,
        "question": choice.question,
        "practice": PracticeFactory(),
    }


@pytest.mark.parametrize("model", ["discussion", "contribution", "survey", "question", "practice"])
def test_the_secretariat_opens_the_list_and_the_record(client, secretariat, records, model):
    client.force_login(secretariat)

    listing = client.get(reverse(f"admin:engagement_{model}_changelist"))
    record = client.get(reverse(f"admin:engagement_{model}_change", args=[records[model].pk]))

    assert listing.status_code == 200
    assert record.status_code == 200


@pytest.mark.parametrize("model", ["discussion", "survey"])
def test_the_secretariat_opens_discussions_and_builds_surveys_in_the_admin(
    client, secretariat, model
):
    client.force_login(secretariat)

    page = client.get(reverse(f"admin:engagement_{model}_add"))

    assert page.status_code == 200
    assert 'name="title_ar"' in page.content.decode()


def test_members_do_not_reach_the_admin(client):
    client.force_login(member_of(OrganisationFactory()))

    response = client.get(reverse("admin:engagement_contribution_changelist"))

    assert response.status_code == 302
