"""In Chromium: a pledge written in French, read in Arabic, and the secretariat's queue."""

import pytest

from tests.factories import PLEDGE_DESCRIPTION, PledgeFactory, secretariat_user

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference")]

FRENCH_TEXT = (
    "Nous formerons deux cents inspecteurs du travail au recrutement équitable et publierons "
    "chaque année la liste des agences qui ne font payer aucun frais aux travailleurs migrants. "
) * 2


def test_a_french_pledge_reads_in_arabic_marked_as_french_until_translated(page, live_server):
    pledge = PledgeFactory(
        state="published",
        original_language="fr",
        title_en="",
        description_en="",
        title_fr="Recrutement équitable au Liban",
        description_fr=FRENCH_TEXT,
    )

    page.goto(f"/ar/pledges/{pledge.pk}/")

    french = page.locator('[lang="fr"]', has_text="Recrutement équitable au Liban").first
    assert french.is_visible()
    assert french.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert page.locator("html").evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.get_by_text(
        "معروض باللغة الفرنسية — الترجمة إلى العربية قيد الإعداد"
    ).first.is_visible()

    # The secretariat's queue lists it until Arabic and English are in.
    secretariat = secretariat_user()
    page.context.clear_cookies()
    from django.test import Client

    client = Client()
    client.force_login(secretariat)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    page.goto("/en/secretariat/translations/?language=ar")
    assert page.get_by_role("link", name="Recrutement équitable au Liban").is_visible()

    pledge.title_ar = "التوظيف العادل في لبنان"
    pledge.description_ar = "سندرّب مئتي مفتش عمل على التوظيف العادل. " * 10
    pledge.title_en = "Fair recruitment in Lebanon"
    pledge.description_en = PLEDGE_DESCRIPTION
    pledge.save()

    page.goto("/en/secretariat/translations/?language=ar")
    assert page.get_by_role("link", name="Recrutement équitable au Liban").count() == 0
    page.goto(f"/ar/pledges/{pledge.pk}/")
    assert page.get_by_text("التوظيف العادل في لبنان").first.is_visible()
    assert page.locator('[lang="fr"]', has_text="Recrutement équitable").count() == 0
