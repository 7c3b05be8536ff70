"""In Chromium: languages, right to left, the accessible layout, and signing up."""

import re

import pytest
from django.core import mail

from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference")]

PUBLIC_PAGES = {
    "home": "/{language}/",
    "round-tables": "/{language}/round-tables/",
    "round-table-1": "/{language}/round-tables/imrf-2022/1/",
    "objectives": "/{language}/objectives/",
    "objective-6": "/{language}/objectives/6/",
    "sign-up": "/{language}/accounts/signup/",
    "sign-in": "/{language}/accounts/login/",
}


def test_switching_language_keeps_the_page_and_arabic_runs_right_to_left(page):
    page.goto("/en/objectives/6/")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "ltr"

    page.get_by_role("navigation", name="Language").locator("a[lang=ar]").click()

    page.wait_for_url("**/ar/objectives/6/")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    # The header's start is on the right in Arabic: the brand sits right of the language links.
    brand = page.locator(".brand").bounding_box()
    languages = page.locator(".language-switcher").bounding_box()
    assert brand["x"] > languages["x"]

    page.get_by_role("link", name="français").click()
    page.wait_for_url("**/fr/objectives/6/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Favoriser des pratiques")


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_public_pages_have_no_serious_accessibility_violation(
    axe_page, axe_violations, screenshot, language
):
    for name, url in PUBLIC_PAGES.items():
        axe_page.goto(url.format(language=language))
        screenshot(axe_page, f"{name}-{language}")
        assert axe_violations(axe_page) == [], f"{name} ({language})"


def test_the_skip_link_is_the_first_stop_and_focus_is_visible(page):
    page.goto("/en/")

    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_small_screens_get_a_single_column_without_horizontal_scrolling(page):
    page.set_viewport_size({"width": 360, "height": 740})
    for language in ("en", "ar"):
        page.goto(f"/{language}/round-tables/")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, language


def test_a_new_person_signs_up_verifies_the_address_and_is_signed_in(page, screenshot):
    page.goto("/fr/")
    page.get_by_role("link", name="S’inscrire").click()

    page.get_by_label("Courriel").fill("nadia@example.org")
    page.get_by_label("Mot de passe :", exact=True).fill(PASSWORD)
    page.get_by_label("Mot de passe (confirmation)").fill(PASSWORD)
    page.get_by_role("button", name="Création de compte").click()

    page.wait_for_url("**/fr/accounts/confirm-email/")
    screenshot(page, "verification-sent-fr")
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirmer").click()

    page.wait_for_url("**/fr/**")
    assert (
        page.get_by_role("navigation", name="Compte").get_by_text("nadia@example.org").is_visible()
    )
