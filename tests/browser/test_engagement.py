"""In Chromium: a member contributes to a discussion and replies, answers the survey for their
organisation and submits a practice; the secretariat moderates in the admin; the discussions,
results and practices pages pass axe-core in English, Arabic and French."""

from io import StringIO

import pytest
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from demo import loader
from engagement.models import Contribution, Practice, SurveyResponse
from tests.factories import PASSWORD, OrganisationFactory, member_of, secretariat_user
from tests.mfa import current_code

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference")]

OPEN = "engagement-modalities-imrf"
CLOSED = "emerging-priorities-since-regional-review"
SLUG = loader.read("survey")["slug"]


@pytest.fixture
def consultations():
    """The demo discussions, survey (fifteen answers) and practices."""
    loader.load_engagement(StringIO())


@pytest.fixture
def amal(db):
    """A member of a verified organisation that has not answered the survey yet."""
    organisation = OrganisationFactory(
        name="Migrant Domestic Workers of Jordan", acronym="MDWJ", group="migrants"
    )
    person = member_of(
        organisation,
        user__email="amal@example.org",
        user__first_name="Amal",
        user__last_name="Haddad",
    )
    return person


def sign_in_with_the_form(page, email, language="en"):
    page.goto(f"/{language}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_a_member_contributes_replies_answers_the_survey_and_submits_a_practice(
    page, screenshot, consultations, amal
):
    sign_in_with_the_form(page, "amal@example.org")

    # A discussion: a contribution in French, then a reply.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Discussions").click()
    page.get_by_role("link", name="Engagement modalities at the IMRF").click()
    page.wait_for_url(f"**/en/discussions/{OPEN}/")
    assert page.get_by_text("You write for Migrant Domestic Workers of Jordan").is_visible()
    page.get_by_label("Your contribution").fill(
        "Les travailleuses domestiques doivent pouvoir témoigner par écrit, dans leur langue."
    )
    page.get_by_label("Written in").select_option("fr")
    page.get_by_role("button", name="Publish my contribution").click()
    expect(page.get_by_text("Thank you: your contribution is published.")).to_be_visible()
    contribution = Contribution.objects.get(author=amal, parent=None)
    assert contribution.language == "fr"
    assert (
        page.locator(f"#contribution-{contribution.pk} .contribution-body").get_attribute("lang")
        == "fr"
    )

    page.get_by_role("link", name="Reply — Interfaith Council for Migrants’ Dignity").click()
    page.get_by_label("Your contribution").fill("Faith networks reached our members too.")
    page.get_by_role("button", name="Publish my reply").click()
    expect(page.get_by_text("Thank you: your reply is published.")).to_be_visible()
    reply = Contribution.objects.get(author=amal, parent__isnull=False)
    assert reply.parent.organisation.name == "Interfaith Council for Migrants’ Dignity"
    screenshot(page, "engagement-discussion-en")

    # The survey: a mistake first (four priorities), then the organisation's answer.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Surveys").click()
    page.get_by_role("link", name="Stakeholders’ survey").click()
    page.get_by_role("group", name="How has the situation of migrants").get_by_label(
        "4", exact=True
    ).check()
    priorities = page.get_by_role("group", name="In which GCM objectives")
    for label in ("1. Data", "2. Minimize adverse drivers", "6. Recruitment and decent work"):
        priorities.get_by_label(label).check()
    priorities.get_by_label("7. Reduce vulnerabilities").check()
    engaged = page.get_by_role("group", name="In the implementation of which GCM objectives")
    engaged.get_by_label("6. Recruitment and decent work").check()
    page.get_by_role("group", name="What gaps and challenges").get_by_label(
        "Lack of reliable data and information"
    ).check()
    page.get_by_role("group", name="Which promising practices").get_by_label(
        "Capacity building for local actors"
    ).check()
    page.get_by_role("group", name="How would your organisation prefer").get_by_label(
        "Taking part in national committees"
    ).check()
    page.get_by_label("What else should the IMRF hear").fill("Domestic workers are workers.")
    page.get_by_role("button", name="Send my organisation’s answer").click()
    assert "Choose at most 3." in page.get_by_role("alert").inner_text()
    assert page.get_by_label("What else should the IMRF hear").input_value() == (
        "Domestic workers are workers."
    )
    screenshot(page, "engagement-survey-errors-en")
    priorities.get_by_label("7. Reduce vulnerabilities").uncheck()
    page.get_by_role("button", name="Send my organisation’s answer").click()
    page.wait_for_url(f"**/en/surveys/{SLUG}/results/")
    expect(page.get_by_text("16 organisations answered.")).to_be_visible()
    assert SurveyResponse.objects.get(answered_by=amal).organisation.acronym == "MDWJ"

    # A colleague sees that the organisation has answered.
    colleague = member_of(amal.memberships.get().organisation, user__email="rana@example.org")
    page.get_by_role("button", name="Sign out").click()
    sign_in_with_the_form(page, colleague.email)
    page.goto(f"/en/surveys/{SLUG}/")
    expect(
        page.get_by_text("Answered by Migrant Domestic Workers of Jordan (MDWJ) on")
    ).to_be_visible()
    assert page.get_by_role("button", name="Send my organisation’s answer").count() == 0

    # A practice.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Practices").click()
    page.get_by_role("link", name="Submit a practice").click()
    page.get_by_label("Title").fill("Know-your-rights radio in Amharic and Tagalog")
    page.get_by_label("Kind of practice").select_option("rights")
    page.get_by_label("Description").fill(
        "A weekly radio show answers domestic workers’ questions."
    )
    page.get_by_label("Results:", exact=True).fill("40 shows; 2,000 listeners a week.")
    page.get_by_label("15. Access to basic services").check()
    page.get_by_label("Countries").select_option(["JO"])
    page.get_by_label("Started on").fill("2021-05-01")
    page.get_by_role("button", name="Send to the secretariat").click()
    assert "Give a link or a PDF document as evidence." in page.get_by_role("alert").inner_text()
    page.get_by_label("Link to evidence").fill("https://example.org/radio")
    page.get_by_role("button", name="Send to the secretariat").click()
    expect(page.get_by_text("The secretariat reviews this practice")).to_be_visible()
    practice = Practice.objects.get(title_en="Know-your-rights radio in Amharic and Tagalog")
    screenshot(page, "engagement-practice-submitted-en")
    page.get_by_role("button", name="Sign out").click()

    # The secretariat hides the reply (with a reason) and publishes the practice.
    secretariat_user(email="samira@un.example")
    sign_in_with_the_form(page, "samira@un.example")
    page.get_by_label("Code").fill(current_code())  # the secretariat's second factor
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/en/")
    page.goto("/admin/engagement/contribution/")
    page.locator(f'input[name="_selected_action"][value="{reply.pk}"]').check()
    page.locator('select[name="action"]').select_option("hide_selected")
    page.get_by_role("button", name="Go").click()
    page.get_by_label("Reason").fill("Off topic for this discussion.")
    page.get_by_role("button", name="Hide").click()
    expect(page.get_by_text("1 record done: Hide.")).to_be_visible()
    page.goto("/admin/engagement/practice/")
    page.locator(f'input[name="_selected_action"][value="{practice.pk}"]').check()
    page.locator('select[name="action"]').select_option("publish_selected")
    page.get_by_role("button", name="Go").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("1 record done: Publish.")).to_be_visible()
    # Amal is told why her reply was hidden; Rana, who submitted the practice, that it is published.
    assert [m.to[0] for m in mail.outbox[-2:]] == ["amal@example.org", "rana@example.org"]

    # The public sees the practice in the catalogue, and not the hidden reply.
    page.goto("/en/")
    page.get_by_role("button", name="Sign out").click()
    page.goto("/en/practices/?objective=15&country=JO")
    expect(page.get_by_role("link", name="Know-your-rights radio")).to_be_visible()
    page.goto(f"/en/discussions/{OPEN}/")
    assert page.get_by_text("Faith networks reached our members too.").count() == 0
    assert page.get_by_text("Les travailleuses domestiques").is_visible()


PAGES = {
    "discussions": "/{language}/discussions/",
    "discussion-open": f"/{{language}}/discussions/{OPEN}/",
    "discussion-closed": f"/{{language}}/discussions/{CLOSED}/",
    "surveys": "/{language}/surveys/",
    "survey-form": f"/{{language}}/surveys/{SLUG}/",
    "survey-results": f"/{{language}}/surveys/{SLUG}/results/",
    "practices": "/{language}/practices/?objective=6",
    "practice-form": "/{language}/practices/new/",
    "my-contributions": "/{language}/my-contributions/",
}


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_the_engagement_pages_have_no_serious_accessibility_violation(
    axe_page, axe_violations, screenshot, live_server, consultations, amal, language
):
    sign_in(axe_page, live_server, amal)
    practice = Practice.objects.published().first()
    pages = {**PAGES, "practice": f"/{{language}}/practices/{practice.pk}/"}
    for name, url in pages.items():
        axe_page.goto(url.format(language=language))
        screenshot(axe_page, f"engagement-{name}-{language}")
        assert axe_violations(axe_page) == [], f"{name} ({language})"

    # The survey's form with errors.
    axe_page.goto(f"/{language}/surveys/{SLUG}/")
    axe_page.locator("form.survey-form button[type=submit]").click()
    assert axe_page.get_by_role("alert").is_visible()
    assert axe_violations(axe_page) == [], f"survey errors ({language})"


def test_the_arabic_results_read_right_to_left(page, screenshot, consultations):
    page.goto(f"/ar/surveys/{SLUG}/results/")

    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    chart = page.locator("svg.chart").nth(1)  # the priorities
    box = chart.bounding_box()
    first_bar = chart.locator("rect.chart-bar").first.bounding_box()
    # Bars grow from the right edge, as the text reads.
    assert abs((first_bar["x"] + first_bar["width"]) - (box["x"] + box["width"])) < 2
    label = chart.locator("text.chart-label").first.bounding_box()
    assert label["x"] + label["width"] <= box["x"] + box["width"] + 1
    assert label["x"] > box["x"] + box["width"] / 3  # starts on the right
    assert "الأكثر ذكراً: الأهداف 1 و2 و6." in page.locator("main").inner_text()
    screenshot(page, "engagement-survey-results-ar")
    page.get_by_text("الأرقام نفسها في جدول").first.click()
    screenshot(page, "engagement-survey-results-table-ar")
