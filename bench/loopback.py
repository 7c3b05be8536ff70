"""The portal on loopback for the load benchmarks: migrate it, start gunicorn on 127.0.0.1 and
wait for it, stop it; and a person's browser (cookies kept, redirects not followed, CSRF from
the cookie). One copy for bench/load_test.py and bench/mixed_load.py.

Connections go to 127.0.0.1 through http.client: no address is taken from outside."""

import http.client
import http.cookies
import os
import subprocess
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
PORT = 8103
BASE = f"http://{HOST}:{PORT}"


class Client:
    """One person's browser."""

    def __init__(self, session: str | None = None):
        self.cookies: dict[str, str] = {"sessionid": session} if session else {}

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, str]:
        """(status, Location, body) of one GET, or of a POST when `data` is given."""
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = BASE + path
        connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        try:
            connection.request("POST" if data is not None else "GET", path, body, headers)
            response = connection.getresponse()
            text = response.read().decode()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in http.cookies.SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response.getheader("Location", ""), text
        finally:
            connection.close()

    def csrf(self) -> str:
        return self.cookies["csrftoken"]


def migrate(env: dict) -> None:
    subprocess.run(
        [str(ROOT / ".venv/bin/python"), "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def start_portal(env: dict, workers: int = 4) -> subprocess.Popen:
    """gunicorn on 127.0.0.1:PORT, answering /healthz before this returns."""
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "imrf_portal.wsgi:application",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            Client().request("/healthz")
            return server
        except OSError:
            time.sleep(0.3)
    stop_portal(server)
    raise RuntimeError("the portal did not answer on /healthz")


def stop_portal(server: subprocess.Popen) -> None:
    os.killpg(server.pid, 15)
    server.wait(timeout=30)
