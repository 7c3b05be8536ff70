"""In Chromium: a member submits a pledge, the secretariat asks for changes in the admin, the member
submits it again, the secretariat publishes it, and it shows under its round table and in the
open data; the pledge form works with the keyboard alone; the pledge pages pass axe-core in
English, Arabic and French, and the Arabic dashboard runs right to left."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from pledges.models import Pledge
from tests.factories import (
    PASSWORD,
    PLEDGE_DESCRIPTION,
    OrganisationFactory,
    PledgeFactory,
    PledgeProgressFactory,
    administrator_of,
    member_of,
    secretariat_user,
)
from tests.mfa import current_code

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference")]

TITLE = "Hotline for migrant domestic workers"
REASON = "Please say how many workers the hotline will reach."


def sign_in(page, email, next_url=""):
    page.goto(f"/en/accounts/login/{'?next=' + next_url if next_url else ''}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


@pytest.fixture
def people(db):
    organisation = OrganisationFactory(name="Tadamon Network", acronym="TDN")
    return {
        "organisation": organisation,
        "member": member_of(organisation),
        "admin": administrator_of(organisation, user__language="fr"),
        "secretariat": secretariat_user(),
    }


def test_a_pledge_from_submission_to_publication(browser, live_server, page, people, screenshot):
    member, secretariat = people["member"], people["secretariat"]

    # The member writes the pledge; a first try with a mistake keeps what was typed.
    sign_in(page, member.email)
    page.goto("/en/pledges/")
    page.get_by_role("link", name="Make a pledge").click()
    page.wait_for_url("**/en/pledges/new/")
    page.get_by_label("Title:", exact=True).fill(TITLE)
    page.get_by_label("Description:", exact=True).fill("Too short.")
    page.get_by_label("Kind of pledge:", exact=True).select_option("technical_capacity")
    page.get_by_label("6. Facilitate fair and ethical recruitment").check()
    page.get_by_label("Countries:", exact=True).select_option(["JO", "LB"])
    page.get_by_label("Start:", exact=True).fill("2022-06-01")
    page.get_by_label("End:", exact=True).fill("2024-12-31")
    page.get_by_label("Contact person:", exact=True).fill("Rania Saleh")
    page.get_by_label("Contact e-mail:", exact=True).fill("rania@example.org")
    page.get_by_role("button", name="Save and submit to the secretariat").click()
    alert = page.get_by_role("alert")
    assert "Description" in alert.inner_text()
    assert page.get_by_label("Title:", exact=True).input_value() == TITLE
    assert page.get_by_label("6. Facilitate fair and ethical recruitment").is_checked()
    screenshot(page, "pledge-form-errors-en")
    page.get_by_label("Description:", exact=True).fill(PLEDGE_DESCRIPTION)
    page.get_by_role("button", name="Save and submit to the secretariat").click()

    pledge = Pledge.objects.get(title_en=TITLE)
    page.wait_for_url(f"**/en/pledges/{pledge.pk}/")
    assert page.locator(".pledge-status .state-badge").inner_text() == "Submitted"
    screenshot(page, "pledge-submitted-en")

    # The secretariat asks for changes from the pledge's page in the admin.
    moderator_context = browser.new_context(base_url=live_server.url)
    admin_page = moderator_context.new_page()
    sign_in(admin_page, secretariat.email, next_url=f"/admin/pledges/pledge/{pledge.pk}/change/")
    admin_page.get_by_label("Code").fill(current_code())  # the secretariat's second factor
    admin_page.get_by_role("button", name="Sign In").click()
    admin_page.wait_for_url(f"**/admin/pledges/pledge/{pledge.pk}/change/")
    admin_page.get_by_role("link", name="Request changes").click()
    admin_page.get_by_label("Reason:", exact=True).fill(REASON)
    admin_page.get_by_role("button", name="Request changes").click()
    admin_page.wait_for_url(f"**/admin/pledges/pledge/{pledge.pk}/change/")
    pledge.refresh_from_db()
    assert pledge.state == "changes_requested"
    assert [m.to for m in mail.outbox] == [[people["admin"].email]]
    assert "Modifications demandées" in mail.outbox[0].subject  # the administrator reads French

    # The member reads why, edits and submits again.
    page.reload()
    assert REASON in page.content()
    page.get_by_role("link", name="Edit", exact=True).click()
    page.get_by_label("Title:", exact=True).fill(TITLE + ": 2,000 workers a year")
    page.get_by_role("button", name="Save and submit again").click()
    page.wait_for_url(f"**/en/pledges/{pledge.pk}/")
    pledge.refresh_from_db()
    assert pledge.state == "submitted"

    # The secretariat publishes it from the list, with the action's confirmation page.
    admin_page.goto("/admin/pledges/pledge/?state__exact=submitted")
    admin_page.locator(f'input[name="_selected_action"][value="{pledge.pk}"]').check()
    admin_page.locator('select[name="action"]').select_option("publish_selected")
    admin_page.get_by_role("button", name="Go").click()
    admin_page.get_by_role("button", name="Publish").click()
    expect(admin_page.locator(".messagelist")).to_contain_text("1 pledge done")
    pledge.refresh_from_db()
    assert pledge.state == "published"
    moderator_context.close()

    # Everyone finds it under its round table and in the open data.
    page.goto("/en/round-tables/imrf-2022/1/")
    page.get_by_role("link", name=f"{TITLE}: 2,000 workers a year").click()
    page.wait_for_url(f"**/en/pledges/{pledge.pk}/")
    screenshot(page, "pledge-published-en")
    export = page.request.get("/en/pledges/export.csv?round_table=1")
    rows = list(csv.DictReader(io.StringIO(export.text().lstrip("\ufeff"))))
    assert [row["title_en"] for row in rows] == [f"{TITLE}: 2,000 workers a year"]
    assert rows[0]["round_tables"] == "1"
    assert "rania@example.org" not in export.text()


def tab_to(page, selector, limit=120):
    """Press Tab until the element is focused: it must be reachable with the keyboard."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} cannot be reached with Tab")


def test_the_pledge_form_can_be_completed_with_the_keyboard_alone(page, people):
    sign_in(page, people["member"].email)
    page.goto("/en/pledges/new/")

    tab_to(page, "#id_title")
    page.keyboard.type("Keyboard pledge")
    tab_to(page, "#id_description")
    page.keyboard.type(PLEDGE_DESCRIPTION)
    tab_to(page, "#id_kind")
    page.keyboard.type("Financial")
    tab_to(page, "#id_objectives_5")  # objective 6
    page.keyboard.press("Space")
    tab_to(page, "#id_region")
    page.keyboard.type("Arab")
    tab_to(page, "#id_start_date")
    page.keyboard.type("06012022")
    tab_to(page, "#id_end_date")
    page.keyboard.type("12312024")
    tab_to(page, "#id_contact_name")
    page.keyboard.type("Rania Saleh")
    tab_to(page, "#id_contact_email")
    page.keyboard.type("rania@example.org")
    tab_to(page, 'button[name="save"]')
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r".*/en/pledges/\d+/$"))
    pledge = Pledge.objects.get(title_en="Keyboard pledge")
    assert outline != "none"
    assert (pledge.kind, pledge.region, pledge.state) == ("financial", "arab_states", "draft")
    assert [o.number for o in pledge.objectives.all()] == [6]
    assert pledge.start_date.isoformat() == "2022-06-01"


@pytest.fixture
def published_pledges(db):
    organisation = OrganisationFactory(name="Tadamon Network", acronym="TDN")
    first = PledgeFactory(
        organisation=organisation,
        state="published",
        title_en="Fair recruitment hotline",
        title_ar="خط مساعدة للتوظيف العادل",
        title_fr="Ligne d’assistance pour un recrutement équitable",
        objectives=[6, 18],
    )
    PledgeProgressFactory(pledge=first, stage="in_progress")
    PledgeFactory(
        organisation=OrganisationFactory(group="academia", country="MA"),
        state="published",
        title_en="Open migration data",
        objectives=[1, 23],
        countries=["MA", "TN"],
        published_at=timezone.now() - timedelta(days=500),
    )
    PledgeFactory(
        organisation=organisation, state="published", objectives=[15], countries=[], region="global"
    )
    return first


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_pledge_pages_have_no_serious_accessibility_violation(
    axe_page, axe_violations, screenshot, published_pledges, language
):
    pages = {
        "pledges": f"/{language}/pledges/",
        "pledges-filtered": f"/{language}/pledges/?objective=6&q=zzz",
        "pledge": f"/{language}/pledges/{published_pledges.pk}/",
        "pledges-dashboard": f"/{language}/pledges/dashboard/",
    }
    for name, url in pages.items():
        axe_page.goto(url)
        screenshot(axe_page, f"{name}-{language}")
        assert axe_violations(axe_page) == [], f"{name} ({language})"


def test_the_arabic_dashboard_runs_right_to_left(page, screenshot, published_pledges):
    page.goto("/ar/pledges/dashboard/")

    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    chart = page.locator("#chart-round-tables-title + svg")
    box = chart.bounding_box()
    bar = chart.locator("rect.bar").first.bounding_box()
    label = chart.locator("text.bar-label").first.bounding_box()
    # Bars and labels start at the right edge of the chart and grow leftwards.
    assert abs((bar["x"] + bar["width"]) - (box["x"] + box["width"])) < 2
    assert abs((label["x"] + label["width"]) - (box["x"] + box["width"])) < 4
    assert page.get_by_role("heading", level=1).inner_text() == "لوحة بيانات التعهدات"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    screenshot(page, "pledges-dashboard-rtl-ar")
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    screenshot(page, "pledges-dashboard-small-ar")
