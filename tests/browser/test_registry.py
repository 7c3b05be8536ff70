"""In Chromium: a new person registers an organisation, the secretariat verifies it in the admin,
and everyone finds it in the directory in English, Arabic and French; the registry's pages pass
axe-core in the three languages."""

import re

import pytest
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from stakeholders.models import Membership, Organisation
from tests.factories import (
    PASSWORD,
    OrganisationFactory,
    UserFactory,
    administrator_of,
    secretariat_user,
)
from tests.mfa import current_code

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference")]

NAME = "Association of Migrant Domestic Workers in Jordan"
SLUG = "association-of-migrant-domestic-workers-in-jordan"


def sign_in_with_the_form(page, email, language="en"):
    page.goto(f"/{language}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_a_new_person_registers_an_organisation_that_the_secretariat_verifies(
    page, axe_page, axe_violations, screenshot
):
    # Sign up and verify the address.
    page.goto("/en/")
    page.get_by_role("link", name="Register", exact=True).click()
    page.get_by_label("Email").fill("amal@example.org")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url("**/en/accounts/confirm-email/")
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()

    # The person's page offers the next steps.
    page.wait_for_url("**/en/me/")
    screenshot(page, "registry-next-steps-en")
    page.get_by_role("link", name="Register a new organisation").first.click()

    # A first try with a mistake: the form explains it and keeps what was typed.
    page.wait_for_url("**/en/organisations/register/")
    page.get_by_label("Name:", exact=True).fill(NAME)
    page.get_by_label("Acronym").fill("AMDWJ")
    page.get_by_label("Stakeholder group").select_option("migrants")
    page.get_by_label("Country").select_option("JO")
    page.get_by_label("City").fill("Amman")
    page.get_by_label("Website").fill("amdwj.example.org")
    page.get_by_label("Migrant-led").check()
    page.get_by_label("Women-led").check()
    page.get_by_role("button", name="Register the organisation").click()
    alert = page.get_by_role("alert")
    assert "Describe the organisation in at least one of the three languages." in (
        alert.inner_text()
    )
    assert page.get_by_label("City").input_value() == "Amman"
    screenshot(page, "registry-register-errors-en")

    page.get_by_label("Description in English").fill(
        "Migrant domestic workers in Jordan organising for their rights."
    )
    page.get_by_role("button", name="Register the organisation").click()

    # It waits for the secretariat.
    page.wait_for_url(f"**/en/organisations/{SLUG}/")
    assert page.get_by_text("Awaiting verification").first.is_visible()
    screenshot(page, "registry-pending-en")
    page.goto("/en/me/")
    assert page.get_by_text("The secretariat has not verified it yet").is_visible()
    page.goto("/en/organisations/")
    assert page.get_by_role("link", name=NAME).count() == 0
    page.get_by_role("button", name="Sign out").click()

    # The secretariat signs in through the portal's form and verifies it in the admin.
    secretariat_user(email="samira@un.example")
    sign_in_with_the_form(page, "samira@un.example")
    page.get_by_label("Code").fill(current_code())  # the secretariat's second factor
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/en/")
    page.goto("/admin/stakeholders/organisationawaitingverification/")
    screenshot(page, "registry-admin-queue")
    organisation = Organisation.objects.get(slug=SLUG)
    page.locator(f'input[name="_selected_action"][value="{organisation.pk}"]').check()
    page.locator('select[name="action"]').select_option("verify_selected")
    page.get_by_role("button", name="Go").click()
    page.get_by_label("Reason").fill("Registration certificate checked.")
    screenshot(page, "registry-admin-decision")
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_text("1 organisation verified.")).to_be_visible()

    organisation.refresh_from_db()
    assert organisation.verification == "verified"
    decision = mail.outbox[-1]
    assert decision.to == ["amal@example.org"]
    assert "is verified" in decision.subject

    # Everyone finds it in the directory, in the three languages.
    for language, group in (("en", "Migrants"), ("ar", "المهاجرون"), ("fr", "Migrants")):
        axe_page.goto(f"/{language}/organisations/?group=migrants&country=JO")
        link = axe_page.get_by_role("link", name=NAME)
        assert link.is_visible(), language
        assert group in axe_page.locator(".organisation-card").inner_text()
        screenshot(axe_page, f"registry-directory-{language}")
        assert axe_violations(axe_page) == [], f"directory ({language})"

        link.click()
        axe_page.wait_for_url(f"**/{language}/organisations/{SLUG}/")
        assert axe_page.get_by_role("heading", level=1).inner_text().startswith(NAME)
        screenshot(axe_page, f"registry-detail-{language}")
        assert axe_violations(axe_page) == [], f"detail ({language})"


def sign_in(page, live_server, user):
    """A signed-in browser context without going through the form again."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )


@pytest.fixture
def registry():
    """A small registry: a verified organisation with an administrator, a request to join, a
    pending look-alike, and organisations in other groups."""
    verified = OrganisationFactory(
        name="Migrant Forum in Asia",
        acronym="MFA",
        slug="mfa",
        country="PH",
        city="Quezon City",
        group="civil_society",
        migrant_led=True,
        ecosoc_status="special",
        description_en="A regional network for the rights of migrant workers.",
        description_ar="شبكة إقليمية من أجل حقوق العمال المهاجرين.",
        working_translations=["ar"],
    )
    for number in range(3):
        OrganisationFactory(name=f"Gulf Workers Network {number}", country="QA")
    administrator = administrator_of(verified, user__email="leila@example.org")
    asking = UserFactory(email="karim@example.org")
    asking.profile.full_name = "Karim Mansour"
    asking.profile.save()
    Membership.objects.create(user=asking, organisation=verified)
    return {"organisation": verified, "administrator": administrator}


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_the_registry_pages_have_no_serious_accessibility_violation(
    axe_page, axe_violations, screenshot, live_server, registry, language
):
    sign_in(axe_page, live_server, registry["administrator"])
    pages = {
        "my-account": "/{language}/me/",
        "profile": "/{language}/me/profile/",
        "join": "/{language}/organisations/join/?q=network",
        "members": "/{language}/organisations/mfa/members/",
        "edit": "/{language}/organisations/mfa/edit/",
        "register": "/{language}/organisations/register/",
    }
    for name, url in pages.items():
        axe_page.goto(url.format(language=language))
        screenshot(axe_page, f"registry-{name}-{language}")
        assert axe_violations(axe_page) == [], f"{name} ({language})"

    # A registration that looks like an existing organisation: errors and the offer to join.
    axe_page.goto(f"/{language}/organisations/register/")
    axe_page.locator("#id_name").fill("Migrant Forum Asia")
    axe_page.locator("#id_group").select_option("civil_society")
    axe_page.locator("#id_country").select_option("PH")
    axe_page.locator("#id_description_en").fill("A network.")
    axe_page.locator("form[enctype] button[type=submit]").click()
    assert axe_page.locator(".duplicates").is_visible()
    # Its administrator is told they already belong to it (others get a button to ask to join).
    assert "Migrant Forum in Asia" in axe_page.locator(".duplicates").inner_text()
    assert axe_page.locator('form[action$="/organisations/mfa/join/"]').count() == 0
    screenshot(axe_page, f"registry-register-duplicates-{language}")
    assert axe_violations(axe_page) == [], f"register with duplicates ({language})"


def test_arabic_pages_run_right_to_left(page, registry):
    page.goto("/ar/organisations/mfa/")

    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    card = page.locator(".facts").bounding_box()
    label = page.locator(".facts dt").first.bounding_box()
    value = page.locator(".facts dd").first.bounding_box()
    # The label column starts on the right in Arabic.
    assert label["x"] > value["x"]
    assert label["x"] + label["width"] <= card["x"] + card["width"] + 1


def test_small_screens_do_not_scroll_sideways(page, live_server, registry):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, live_server, registry["administrator"])
    for url in ("/ar/organisations/", "/ar/organisations/mfa/", "/fr/organisations/register/"):
        page.goto(url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, url
