"""The admin loads nothing remote: the translation tabs run on local files."""

import re

import pytest

pytestmark = pytest.mark.usefixtures("reference")


@pytest.mark.parametrize(
    "url",
    [
        "/admin/gcm/objective/1/change/",
        "/admin/stakeholders/organisation/add/",
        "/admin/engagement/discussion/add/",
        "/admin/pledges/pledge/",
    ],
)
def test_admin_pages_load_no_remote_script_or_style(client, secretariat, url):
    client.force_login(secretariat)

    html = client.get(url).content.decode()

    assert not re.search(r"""(src|href)=["'](https?:)?//""", html)
