"""The portal on loopback for the load benchmarks: migrate it, start it on 127.0.0.1 (gunicorn
alone, or nginx and two pools as deployed) and wait for it, stop it; and a person's browser
(cookies kept, redirects not followed, CSRF from the cookie). One copy for bench/load_test.py
and bench/mixed_load.py.

Connections go to 127.0.0.1 through http.client: no address is taken from outside."""

import http.client
import http.cookies
import os
import string
import subprocess
import tempfile
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


def _gunicorn(env: dict, port: int, workers: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"), "imrf_portal.wsgi:application",
            "--bind", f"{HOST}:{port}", "--workers", str(workers), "--log-level", "warning",
        ],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip


def nginx_in_front(listen: int, visitors: int, people: int) -> subprocess.Popen:
    """nginx on 127.0.0.1:`listen` with the deployment's own routing
    (deploy/portal.conf.template) to the pools on ports `visitors` and `people`."""
    folder = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
    routing = string.Template((ROOT / "deploy" / "portal.conf.template").read_text())
    (folder / "portal.conf").write_text(
        routing.safe_substitute(
            PORTAL_LISTEN=f"{HOST}:{listen}",
            PORTAL_VISITORS=f"{HOST}:{visitors}",
            PORTAL_PEOPLE=f"{HOST}:{people}",
        )
    )
    temporary = " ".join(
        f"{kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (folder / "nginx.conf").write_text(
        f"worker_processes 1; daemon off; pid {folder / 'nginx.pid'}; error_log stderr crit;\n"
        f"events {{ worker_connections 4096; }}\n"
        f"http {{ access_log off; {temporary} include {folder / 'portal.conf'}; }}\n"
    )
    return subprocess.Popen(
        ["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf")],
        start_new_session=True,
    )


def start_portal(env: dict, workers: int = 4, *, visitor_workers: int = 0) -> list:
    """The portal on 127.0.0.1:PORT, answering /healthz before this returns: gunicorn alone, or,
    with `visitor_workers`, as deployed (deploy/portal.conf.template): nginx in front of a pool
    of `visitor_workers` for visitors' pages and one of `workers` for everyone else."""
    if visitor_workers:
        env = {**env, "DJANGO_TRUSTED_PROXY_COUNT": "1"}
        servers = [
            _gunicorn(env, PORT + 1, visitor_workers),
            _gunicorn(env, PORT + 2, workers),
            nginx_in_front(PORT, PORT + 1, PORT + 2),
        ]
    else:
        servers = [_gunicorn(env, PORT, workers)]
    for _ in range(100):
        try:
            if Client().request("/healthz")[0] == 200:
                return servers
        except OSError:
            pass
        time.sleep(0.3)
    stop_portal(servers)
    raise RuntimeError("the portal did not answer on /healthz")


def stop_portal(servers: list) -> None:
    for server in servers:
        os.killpg(server.pid, 15)
    for server in servers:
        server.wait(timeout=30)
