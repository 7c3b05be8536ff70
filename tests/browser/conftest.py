"""Browser tests: Playwright drives Debian's Chromium against the portal on a live server.

Screenshots go to the folder named by SCREENSHOT_DIR (default test-artifacts/screenshots), so a
person can look at the pages after a run.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make there
# are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", ROOT / "test-artifacts" / "screenshots"))

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (scripts/system-deps --test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


def _new_page(browser, live_server, **options):
    context = browser.new_context(
        viewport={"width": 1200, "height": 900}, base_url=live_server.url, **options
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    return context, page


@pytest.fixture(autouse=True)
def _static_files_from_the_apps(settings):
    """The live server serves static files from the app folders, under their plain names."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def page(browser, live_server):
    """A page under the portal's real Content-Security-Policy."""
    context, page = _new_page(browser, live_server)
    yield page
    context.close()


@pytest.fixture
def axe_page(browser, live_server):
    """A page that lets the test inject axe-core (the portal's CSP would rightly refuse it)."""
    context, page = _new_page(browser, live_server, bypass_csp=True)
    yield page
    context.close()


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def axe_violations():
    """Serious and critical axe-core violations on the page as it is now."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm ci installs it)")

    def run(page):
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("async () => (await axe.run()).violations")
        return [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in violations
            if v["impact"] in ("serious", "critical")
        ]

    return run


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.exists() and any(SCREENSHOTS.glob("*.png")):
        terminalreporter.write_line(f"Screenshots of the pages: {SCREENSHOTS}")
