"""Every pledge page in the three languages: right direction, one h1, landmarks, and nothing a
strict Content-Security-Policy would block (no inline script or style, no remote asset)."""

import re

import pytest

LANGUAGES = [("en", "ltr"), ("ar", "rtl"), ("fr", "ltr")]
PUBLIC = ["", "?objective=6&country=JO", "dashboard/", "{published}/"]
MEMBER = [
    "mine/",
    "new/",
    "{draft}/",
    "{draft}/edit/",
    "{draft}/withdraw/",
    "{published}/progress/",
]


@pytest.mark.parametrize(("language", "direction"), LANGUAGES)
def test_every_pledge_page(client, member, draft, published, language, direction):
    client.force_login(member)
    for page in PUBLIC + MEMBER:
        url = f"/{language}/pledges/" + page.format(draft=draft.pk, published=published.pk)

        response = client.get(url)

        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{direction}">' in html, url
        assert len(re.findall(r"<h1[ >]", html)) == 1, url
        assert '<main id="main"' in html, url
        assert "<style" not in html and " style=" not in html, url
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), url
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), url
        assert "css/pledges." in html, url
