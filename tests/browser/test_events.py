"""In Chromium: a member registers for an open event; an accredited organisation shares a seat
with a migrant-led one, which accepts it and registers; a member sends a written input that the
secretariat publishes in the admin (signed in through the site); the event pages pass axe-core
in English, Arabic and French, and the seed meeting is screenshotted in the three languages."""

import re
from urllib.parse import urlparse

import pytest
from django.core import mail

from consultations.models import Input, Registration, SharedSeat
from demo import meetings
from tests.factories import (
    PASSWORD,
    EventFactory,
    OrganisationFactory,
    administrator_of,
    member_of,
    secretariat_user,
)
from tests.mfa import current_code

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference")]

SEED = "arab-region-imrf-dialogue-2022"


@pytest.fixture
def open_page(browser, live_server):
    """A new browser context per person, so that each signs in on their own."""
    contexts = []

    def new():
        context = browser.new_context(
            viewport={"width": 1200, "height": 900}, base_url=live_server.url
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        return page

    yield new
    for context in contexts:
        context.close()


def sign_in(page, email, language="en", next_url=""):
    page.goto(f"/{language}/accounts/login/{'?next=' + next_url if next_url else ''}")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def test_a_member_registers_for_an_open_event(open_page, screenshot):
    organisation = OrganisationFactory(name="Tadamon Network", acronym="TDN")
    person = member_of(organisation)
    event = EventFactory(title_en="Consultation on fair recruitment", seats_per_organisation=2)
    page = open_page()

    page.goto("/en/events/")
    page.get_by_role("link", name="Consultation on fair recruitment").click()
    page.get_by_role("link", name="Sign in to take part").click()
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    page.wait_for_url(f"**/en/events/{event.slug}/")
    assert page.get_by_text("You will register on behalf of Tadamon Network (TDN).").is_visible()
    page.get_by_role("button", name="Register for this event").click()

    page.wait_for_url(f"**/en/events/{event.slug}/")
    assert page.get_by_role("status").get_by_text("You are registered.").is_visible()
    assert page.get_by_text("You are registered for this event on behalf of").is_visible()
    screenshot(page, "event-registered-en")
    assert Registration.objects.get().organisation == organisation
    assert [m.to for m in mail.outbox] == [[person.email]]


def test_a_seat_is_shared_accepted_and_used(open_page, screenshot):
    event = EventFactory(
        title_en="Closed consultation", registration_accredited_only=True, seats_per_organisation=1
    )
    accredited = OrganisationFactory(name="Accredited Alliance", ecosoc_status="special")
    migrant_led = OrganisationFactory(name="Domestic Workers Voice", migrant_led=True)
    giver = administrator_of(accredited)
    receiver = administrator_of(migrant_led)

    # The accredited organisation's administrator offers its one seat.
    page = open_page()
    sign_in(page, giver.email, next_url=f"/en/events/{event.slug}/")
    page.get_by_role("link", name="Share a seat with a migrant-led organisation").click()
    page.get_by_label("Give the seat to").select_option(str(migrant_led.pk))
    screenshot(page, "event-seats-offer-en")
    page.get_by_role("button", name="Offer the seat").click()
    assert page.get_by_text("The seat is offered to Domestic Workers Voice").is_visible()

    # The migrant-led organisation's administrator, told by e-mail, accepts it and registers.
    assert [m.to for m in mail.outbox] == [[receiver.email]]
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    assert urlparse(link).path == f"/en/events/{event.slug}/seats/"
    other = open_page()
    sign_in(other, receiver.email, next_url=f"/en/events/{event.slug}/")
    other.get_by_role("link", name=re.compile("A seat is offered to your organisation")).click()
    other.get_by_role("button", name="Accept the seat").click()
    assert other.get_by_text("Seat accepted").is_visible()
    other.get_by_role("link", name="Register a member").click()
    other.get_by_role("button", name="Register for this event").click()

    other.wait_for_url(f"**/en/events/{event.slug}/")
    screenshot(other, "event-seat-used-en")
    assert SharedSeat.objects.get().state == "accepted"
    assert Registration.objects.get().organisation == migrant_led


def test_a_member_sends_an_input_that_the_secretariat_publishes(open_page, screenshot):
    organisation = OrganisationFactory(name="Tadamon Network", acronym="TDN")
    author = member_of(organisation)
    event = EventFactory(title_en="Webinar on data")
    secretariat = secretariat_user()

    page = open_page()
    sign_in(page, author.email, next_url=f"/en/events/{event.slug}/")
    page.get_by_role("link", name="Send a written input for this event").click()
    page.get_by_label("Gap or challenge").check()
    page.get_by_label("Title:", exact=True).fill("Domestic workers are left out")
    page.get_by_label("Your input:").fill("Wage protection systems leave out domestic workers.")
    page.get_by_role("checkbox", name=re.compile(r"^6\. ")).check()
    screenshot(page, "input-form-en")
    page.get_by_role("button", name="Send the input").click()
    assert page.get_by_text("The secretariat has not decided on this input yet.").is_visible()
    written = Input.objects.get()

    # The secretariat signs in through the site and publishes it in the admin.
    admin = open_page()
    admin.goto("/admin/consultations/input/")
    admin.wait_for_url("**/accounts/login/**")
    admin.get_by_label("Email").fill(secretariat.email)
    admin.get_by_label("Password:", exact=True).fill(PASSWORD)
    admin.get_by_role("button", name="Sign In").click()
    admin.get_by_label("Code").fill(current_code())  # the secretariat's second factor
    admin.get_by_role("button", name="Sign In").click()
    admin.wait_for_url("**/admin/consultations/input/")
    admin.locator(f"input[name=_selected_action][value='{written.pk}']").check()
    admin.locator("select[name=action]").select_option("publish_selected")
    admin.get_by_role("button", name="Go").click()
    admin.get_by_text("1 inputs published").wait_for()  # after the action's page has loaded

    # Published: on the event page for everyone, and the author was told.
    public = open_page()
    public.goto(f"/en/events/{event.slug}/")
    assert public.get_by_role("link", name="Domestic workers are left out").is_visible()
    public.goto("/en/objectives/6/")
    assert public.get_by_role("link", name="Domestic workers are left out").is_visible()
    assert mail.outbox[-1].to == [author.email]


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_event_pages_pass_axe_and_the_seed_meeting_reads_in_each_language(
    axe_page, axe_violations, screenshot, language
):
    meetings.seed_event()
    EventFactory(title_en="Consultation on fair recruitment")

    axe_page.goto(f"/{language}/events/")
    screenshot(axe_page, f"events-{language}")
    assert axe_violations(axe_page) == [], f"events ({language})"

    axe_page.goto(f"/{language}/events/{SEED}/")
    screenshot(axe_page, f"event-seed-{language}")
    assert axe_violations(axe_page) == [], f"seed event ({language})"
    direction = axe_page.evaluate("getComputedStyle(document.documentElement).direction")
    assert direction == ("rtl" if language == "ar" else "ltr")
    assert axe_page.get_by_role("heading", level=1).count() == 1
    if language == "ar":
        # Right to left: the bullets of a list sit at the right edge of the text.
        item = axe_page.locator(".key-points li").first.bounding_box()
        main = axe_page.locator("main").bounding_box()
        assert item["x"] + item["width"] > main["x"] + main["width"] * 0.8


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_a_meeting_in_parts_reads_in_each_language(axe_page, axe_violations, screenshot, language):
    from tests.consultations.meetings import regional_review

    regional_review()

    axe_page.goto(f"/{language}/events/regional-review/")
    screenshot(axe_page, f"event-in-parts-{language}")

    assert axe_violations(axe_page) == [], f"meeting in parts ({language})"
    direction = axe_page.evaluate("getComputedStyle(document.documentElement).direction")
    assert direction == ("rtl" if language == "ar" else "ltr")
    city = {"en": "New York", "ar": "نيويورك", "fr": "New York"}[language]
    assert city in axe_page.locator(".event-date").inner_text()
    assert axe_page.locator(".event-part").count() == 2
    assert axe_page.locator(".role-line").count() == 3  # chair, moderator, panellists
    if language == "ar":
        # Right to left: a part's rule sits at its right edge.
        part = axe_page.locator(".event-part").first.bounding_box()
        heading = axe_page.locator(".event-part h3").first.bounding_box()
        assert heading["x"] + heading["width"] > part["x"] + part["width"] * 0.6
