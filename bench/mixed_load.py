#!/usr/bin/env python3
"""A bounded mixed load on loopback: what a forum week looks like to the portal. At the same time,
for `--seconds` (60):

- wrk on the four anonymous pages of bench/run (16 connections in all, four a page);
- the 50 signed-in stakeholders of bench/load_test.py browsing and submitting inputs and pledges;
- the secretariat publishing a submitted pledge every 10 s, through the admin's decision page
  (each publication changes the pledge pages the visitors are reading);
- 20 people a minute signing in with their e-mail address and password (allauth's form).

The portal runs as deployed (deploy/portal.conf.template: nginx in front of a pool of web
processes for visitors and one for signed-in people), or with `--one-pool` as gunicorn alone.
It stops by itself and prints `anonymous_p95_ms=` (the slowest anonymous page's p95),
`signed_in_p95_ms=`, `errors=` (server errors, wrk's socket and status errors, failed sign-ins,
publications and visitors) and `lost=` (accepted submissions and publications not found in the
database afterwards); it fails if either of the last two is not 0.

    bench/mixed_load.py [--users 50] [--seconds 60] [--workers 4] [--visitor-workers 2] [--one-pool]

Uses the benchmark database of bench/run (BENCH_DATABASE_URL; run bench/run once first).
"""

import argparse
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import load_test  # noqa: E402 - after the path is set
from bench.load_test import PASSWORD, Visitor  # noqa: E402
from bench.loopback import BASE, Client, migrate, start_portal, stop_portal  # noqa: E402

ANONYMOUS_PAGES = [
    "/en/pledges/?round_table=1",
    "/en/organisations/",
    "/en/events/arab-region-imrf-dialogue-2022/",
    "/en/round-tables/imrf-2022/1/",
]
PUBLISH_EVERY = 10  # seconds
SIGN_INS_PER_MINUTE = 20


def prepare_others(sign_ins: int) -> dict:
    """A secretariat member (with the second factor the admin asks for) and people who sign in
    with their password; Django is set up by load_test.prepare."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group

    from stakeholders.models import User
    from stakeholders.rules import SECRETARIAT

    secretariat, _ = User.objects.get_or_create(
        email="mixed-secretariat@people.example",
        defaults={"username": "mixed-secretariat", "is_staff": True},
    )
    secretariat.groups.add(Group.objects.get_or_create(name=SECRETARIAT)[0])
    if not Authenticator.objects.filter(user=secretariat, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(secretariat, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    people = []
    for index in range(sign_ins):
        email = f"mixed-sign-in-{index}@people.example"
        user, _ = User.objects.get_or_create(
            email=email, defaults={"username": f"mixed-sign-in-{index}"}
        )
        user.set_password(PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        people.append(email)
    return {"secretariat": load_test.session_for(secretariat), "sign_ins": people}


def publisher(session: str, submitted: list[int], deadline: float, results: dict, lock):
    """The secretariat: one submitted pledge published every PUBLISH_EVERY seconds."""
    client = Client(session)
    while time.monotonic() < deadline and submitted:
        started = time.monotonic()
        pk = submitted.pop()
        path = f"/admin/pledges/pledge/{pk}/decide/publish/"
        try:
            status, _, _ = client.request(path)
            if status == 200:
                status, _, _ = client.request(
                    path, {"csrfmiddlewaretoken": client.csrf(), "reason": ""}
                )
            ok = status == 302
        except Exception as error:  # noqa: BLE001 - counted and printed
            ok, status = False, repr(error)
        with lock:
            (results["published"] if ok else results["failed"]).append((pk, status))
        time.sleep(max(0.0, PUBLISH_EVERY - (time.monotonic() - started)))


def sign_in(email: str, results: dict, lock) -> None:
    started = time.monotonic()
    client = Client()
    try:
        client.request("/en/accounts/login/")
        status, _, _ = client.request(
            "/en/accounts/login/",
            {"csrfmiddlewaretoken": client.csrf(), "login": email, "password": PASSWORD},
        )
        ok = status == 302 and client.request("/en/me/")[0] == 200
    except Exception:  # noqa: BLE001 - counted
        ok = False
    with lock:
        results["signed_in" if ok else "sign_in_failed"] += 1
        results["sign_in_seconds"].append(time.monotonic() - started)


def signer(emails: list[str], deadline: float, results: dict, lock):
    """20 people a minute signing in through the form, each checked on their account page: one
    starts every three seconds, however long the ones before take (a slow portal does not make
    people wait before they try)."""
    people = []
    index = 0
    while time.monotonic() < deadline:
        person = threading.Thread(
            target=sign_in, args=(emails[index % len(emails)], results, lock), daemon=True
        )
        person.start()
        people.append(person)
        index += 1
        time.sleep(60 / SIGN_INS_PER_MINUTE)
    for person in people:
        person.join(timeout=60)


def wrk(path: str, seconds: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            "wrk", "-t1", "-c4", f"-d{seconds}s", "--timeout", "5s",
            "-s", str(ROOT / "bench" / "percentiles.lua"), BASE + path,
        ],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4, help="web processes for people")
    parser.add_argument("--visitor-workers", type=int, default=2, help="web processes for visitors")
    parser.add_argument(
        "--one-pool",
        action="store_true",
        help="gunicorn alone, one pool for everyone (as before deploy/portal.conf.template)",
    )
    args = parser.parse_args()
    for command in ("wrk", *(() if args.one_pool else ("nginx",))):
        if not shutil.which(command):
            sys.exit(f"{command} is not installed: scripts/system-deps --bench")
    env = load_test._bench_environment()
    migrate(env)
    people = load_test.prepare(env, args.users)
    others = prepare_others(SIGN_INS_PER_MINUTE)
    from django.db import connections

    from pledges.models import Pledge

    needed = args.seconds // PUBLISH_EVERY + 1
    submitted = list(
        Pledge.objects.filter(state=Pledge.State.SUBMITTED)
        .order_by("pk")
        .values_list("pk", flat=True)[:needed]
    )
    connections.close_all()

    if args.one_pool:
        server = start_portal(env, args.workers + args.visitor_workers)
        shape = f"one pool of {args.workers + args.visitor_workers} web processes"
    else:
        server = start_portal(env, args.workers, visitor_workers=args.visitor_workers)
        shape = (
            f"nginx, {args.visitor_workers} web processes for visitors, {args.workers} for people"
        )
    try:
        for path in ANONYMOUS_PAGES:  # the visitors' cache, as on any running portal
            Client().request(path)
        results = {
            "status": Counter(),
            "latencies": [],
            "accepted": {"pledge": [], "input": []},
            "refused": Counter(),
            "errors": [],
            "published": [],
            "failed": [],
            "signed_in": 0,
            "sign_in_failed": 0,
            "sign_in_seconds": [],
        }
        lock = threading.Lock()
        started = time.monotonic()
        deadline = started + args.seconds
        anonymous = [wrk(path, args.seconds) for path in ANONYMOUS_PAGES]
        threads = [Visitor(person, deadline, results, lock) for person in people]
        threads.append(
            threading.Thread(
                target=publisher,
                args=(others["secretariat"], submitted, deadline, results, lock),
                daemon=True,
            )
        )
        threads.append(
            threading.Thread(
                target=signer, args=(others["sign_ins"], deadline, results, lock), daemon=True
            )
        )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 60)
        pages = {}
        for path, process in zip(ANONYMOUS_PAGES, anonymous, strict=True):
            output, _ = process.communicate(timeout=args.seconds + 60)
            line = next((x for x in output.splitlines() if x.startswith("BENCH ")), "")
            pages[path] = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)}
        elapsed = time.monotonic() - started
    finally:
        stop_portal(server)

    from consultations.models import Input

    found_pledges = Pledge.objects.filter(pk__in=results["accepted"]["pledge"]).count()
    found_inputs = Input.objects.filter(pk__in=results["accepted"]["input"]).count()
    published = [pk for pk, _status in results["published"]]
    found_published = Pledge.objects.filter(pk__in=published, state=Pledge.State.PUBLISHED).count()
    lost = (
        len(results["accepted"]["pledge"]) - found_pledges
        + len(results["accepted"]["input"]) - found_inputs
        + len(published) - found_published
    )  # fmt: skip
    anonymous_errors = sum(page.get("errors", 0) for page in pages.values())
    errors = (
        results["status"][500]
        + len(results["errors"])
        + anonymous_errors
        + len(results["failed"])
        + results["sign_in_failed"]
    )

    print(f"seconds={elapsed:.0f} users={args.users} ({shape})")
    print(f"{'anonymous page':<46}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'errors':>8}")
    for path, page in pages.items():
        rps = page.get("requests", 0) / (page.get("duration_us", 1) / 1e6)
        print(
            f"{path:<46}{rps:>8.1f}{page.get('p50_us', 0) / 1000:>9.1f}"
            f"{page.get('p95_us', 0) / 1000:>9.1f}{page.get('errors', 0):>8}"
        )
    signed_in = results["latencies"]
    print(
        f"signed in: requests={len(signed_in)} rps={len(signed_in) / elapsed:.1f} "
        f"p50_ms={percentile(signed_in, 0.5) * 1000:.0f} status={dict(results['status'])}"
    )
    print(
        f"pledges accepted={len(results['accepted']['pledge'])} in_database={found_pledges}; "
        f"inputs accepted={len(results['accepted']['input'])} in_database={found_inputs}"
    )
    print(
        f"secretariat published={len(published)} failed={results['failed'][:3]}; "
        f"sign-ins={results['signed_in']} failed={results['sign_in_failed']} "
        f"p95_ms={percentile(results['sign_in_seconds'], 0.95) * 1000:.0f}"
    )
    if results["errors"]:
        print("visitor errors:", results["errors"][:5])
    anonymous_p95 = max((page.get("p95_us", 0) for page in pages.values()), default=0) / 1000
    print(f"anonymous_p95_ms={anonymous_p95:.0f}")
    print(f"signed_in_p95_ms={percentile(signed_in, 0.95) * 1000:.0f}")
    print(f"errors={errors}")
    print(f"lost={lost}")
    return 0 if errors == 0 and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
