"""Without CACHE_URL the cache is still shared by every process: a page taken down in one
process is not served by another (a per-process default kept it for minutes)."""

import http.client
import os
import socket
import subprocess
import sys
import time

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tests.factories import PledgeFactory
from tests.worker import ROOT, database_url_of_test_database


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, str]:
    """GET on this machine's loopback only: the connection names 127.0.0.1 itself."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        answer = connection.getresponse()
        return answer.status, answer.read().decode()
    finally:
        connection.close()


@pytest.fixture
def portal_without_cache_url(settings):
    """Three gunicorn workers on the test database, with the environment's defaults."""
    if connection.vendor == "sqlite":
        pytest.skip("the SQLite test database lives in this process's memory; run on PostgreSQL")
    settings.CACHES = {"default": django_settings.DATABASE_CACHE}  # as the server will have
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url_of_test_database(),
        "CACHE_URL": "",
        "CELERY_BROKER_URL": "",
        "PAGE_CACHE": "1",
        "DJANGO_SECRET_KEY": django_settings.SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "imrf_portal.wsgi", "--workers", "3",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    for _ in range(100):
        try:
            if _get(port, "/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    yield port
    server.terminate()
    server.wait(timeout=20)


@pytest.mark.django_db(transaction=True)
def test_a_page_taken_down_is_served_by_no_process(reference, portal_without_cache_url):
    pledge = PledgeFactory(state="published", title_en="Pledge to be taken down")
    port, path = portal_without_cache_url, "/en/pledges/"  # the directory, cached for visitors
    for _ in range(30):  # every worker serves the page, and keeps it
        status, html = _get(port, path)
        assert status == 200 and "Pledge to be taken down" in html

    pledge.delete()  # by the secretariat, in another process than any web worker
    time.sleep(django_settings.PAGE_CACHE_VERSION_SECONDS + 0.5)

    still_shown = ["Pledge to be taken down" in _get(port, path)[1] for _ in range(30)]
    assert still_shown == [False] * 30
