"""The base layout on every public page, in the three languages."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.usefixtures("reference")

PAGES = [
    ("home", {}),
    ("gcm:round_table_list", {}),
    ("round_table_detail", {"forum": "imrf-2022", "number": 1}),
    ("gcm:objective_list", {}),
    ("objective_detail", {"number": 7}),
    ("account_login", {}),
    ("account_signup", {}),
    ("account_reset_password", {}),
]
LANGUAGES = [("en", "ltr"), ("ar", "rtl"), ("fr", "ltr")]


def url_for(name, kwargs, language):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize(("language", "direction"), LANGUAGES)
@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_every_page_answers_in_every_language(client, name, kwargs, language, direction):
    url = url_for(name, kwargs, language)
    assert url.startswith(f"/{language}/")

    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    # Landmarks, skip link, one h1.
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    assert len(re.findall(r"<h1[ >]", html)) == 1


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_no_inline_script_or_style_and_no_remote_asset(client, name, kwargs):
    html = client.get(url_for(name, kwargs, "en")).content.decode()

    assert "<style" not in html
    assert " style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script"
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "remote asset"


def test_language_switcher_keeps_the_page_and_its_query(client):
    response = client.get(url_for("objective_detail", {"number": 7}, "en") + "?x=1")

    html = response.content.decode()
    assert 'href="/ar/objectives/7/?x=1"' in html
    assert 'href="/fr/objectives/7/?x=1"' in html
    assert '<span aria-current="true" lang="en">English</span>' in html


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_interface_is_translated(client):
    arabic = client.get("/ar/").content.decode()
    french = client.get("/fr/").content.decode()

    assert "بوابة أصحاب المصلحة" in arabic  # "Stakeholder Portal"
    assert "Portail des parties prenantes" in french
    assert "Skip to main content" not in arabic + french


def test_pages_are_served_under_a_strict_content_security_policy(client):
    response = client.get("/en/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_health_check(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
