"""The deployment's nginx (deploy/portal.conf.template) sends to the visitors' pool exactly the
requests the page cache may answer, and everything else to the pool for people; run with the
real nginx (scripts/system-deps --test installs it) in front of two stand-in pools that say who
they are."""

import http.client
import http.server
import socket
import threading
import time

import pytest
from allauth.core.internal.httpkit import get_client_ip
from django.conf import settings
from django.test import RequestFactory, override_settings

from bench.loopback import nginx_in_front
from common.cache import VisitorPageCacheMiddleware


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stand_in_pool(name: str) -> http.server.ThreadingHTTPServer:
    class Answer(http.server.BaseHTTPRequestHandler):
        def answer(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("X-Pool", name)
            self.send_header("X-Seen-Forwarded-For", self.headers.get("X-Forwarded-For", ""))
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = do_HEAD = answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def proxy():
    visitors, people = stand_in_pool("visitors"), stand_in_pool("people")
    port = free_port()
    nginx = nginx_in_front(port, visitors.server_port, people.server_port)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    yield port
    nginx.terminate()
    nginx.wait(timeout=10)
    visitors.shutdown()
    people.shutdown()


def ask(port: int, method: str, cookies: dict | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in (cookies or {}).items())}
    connection.request(method, "/en/pledges/", "a=1" if method == "POST" else None, headers)
    response = connection.getresponse()
    response.read()
    return response


def pool_for(port: int, method: str, cookies: dict | None = None) -> str:
    return ask(port, method, cookies).getheader("X-Pool")


def test_a_visitors_page_goes_to_the_visitors_pool(proxy):
    assert pool_for(proxy, "GET") == "visitors"
    assert pool_for(proxy, "HEAD") == "visitors"
    # The CSRF and language cookies a visitor gets from a form do not make them someone.
    assert pool_for(proxy, "GET", {"csrftoken": "x", "django_language": "ar"}) == "visitors"


def test_every_cookie_the_page_cache_refuses_goes_to_the_pool_for_people(proxy):
    private = VisitorPageCacheMiddleware(lambda request: None).private_cookies
    assert settings.SESSION_COOKIE_NAME in private

    for cookie in private:
        assert pool_for(proxy, "GET", {cookie: "x", "csrftoken": "y"}) == "people", cookie


def test_a_form_sent_by_a_visitor_goes_to_the_pool_for_people(proxy):
    # A sign-in hashes a password: it must not hold up visitors' pages.
    assert pool_for(proxy, "POST") == "people"


def test_the_persons_address_reaches_the_rate_limits_through_the_proxy(proxy):
    forwarded = ask(proxy, "GET").getheader("X-Seen-Forwarded-For")
    assert forwarded == "127.0.0.1"  # nginx adds the address it was reached from

    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="10.0.0.2"
    )  # the proxy's own address
    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1):
        assert get_client_ip(request) == "203.0.113.9"
    assert get_client_ip(request) == "10.0.0.2"  # reached directly: the header is not trusted
