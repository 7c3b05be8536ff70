#!/usr/bin/env python3
"""A bounded load test: 50 signed-in stakeholders browse and submit written inputs and pledges
for 60 seconds against gunicorn + PostgreSQL on loopback. It stops by itself and prints the
figures; it fails if any answer was a server error or any accepted submission is missing from
the database afterwards.

    bench/load_test.py [--users 50] [--seconds 60]

Uses the benchmark database of bench/run (BENCH_DATABASE_URL; run bench/run once first, or it
loads the demo itself).
"""

import argparse
import os
import random
import re
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.loopback import Client, migrate, start_portal, stop_portal  # noqa: E402

PASSWORD = "load-test-password-42"  # noqa: S105 - throwaway accounts on a benchmark database
DESCRIPTION = (
    "We will run weekly legal clinics for migrant domestic workers in three cities, train "
    "forty paralegals from migrant communities and publish a yearly report on the cases we "
    "handle, so that recruitment abuses are documented and remedied. "
) * 2


def _bench_environment() -> dict:
    import runpy

    return runpy.run_path(str(ROOT / "bench" / "run"))["environment"]()


def session_for(user) -> str:
    """A signed-in session made on the server: 50 sign-ins a minute from one address would
    rightly hit allauth's rate limit, and signing in is not what this test measures."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[1]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def prepare(env: dict, users: int) -> list[dict]:
    """Members of verified organisations, with verified addresses and a password."""
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imrf_portal.settings")
    import django

    django.setup()
    from allauth.account.models import EmailAddress
    from django.db import connections

    from gcm.models import Objective, RoundTable
    from stakeholders.models import Membership, Organisation, User

    organisations = list(Organisation.objects.verified().order_by("pk")[:users])
    people = []
    for index in range(users):
        email = f"load-{index}@people.example"
        user, _ = User.objects.get_or_create(email=email, defaults={"username": f"load-{index}"})
        user.set_password(PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        organisation = organisations[index % len(organisations)]
        Membership.objects.update_or_create(
            user=user, organisation=organisation, defaults={"role": "member", "state": "active"}
        )
        people.append(
            {"email": email, "organisation": organisation.pk, "session": session_for(user)}
        )
    round_tables = {
        rt.number: [o.pk for o in rt.objectives.all()]
        for rt in RoundTable.objects.of_current_forum().prefetch_related("objectives")
    }
    objectives = list(Objective.objects.values_list("pk", flat=True))
    for person in people:
        person["round_tables"] = round_tables
        person["objectives"] = objectives
    connections.close_all()
    return people


class Visitor(threading.Thread):
    def __init__(self, person: dict, deadline: float, results: dict, lock: threading.Lock):
        super().__init__(daemon=True)
        self.person, self.deadline, self.results, self.lock = person, deadline, results, lock
        self.random = random.Random(person["email"])  # noqa: S311 - load mix, not security
        self.client = Client(person["session"])

    def request(self, path: str, data: dict | None = None):
        """The client's request, counted and timed."""
        started = time.monotonic()
        status, location, text = self.client.request(path, data)
        with self.lock:
            self.results["status"][status // 100 * 100] += 1
            self.results["latencies"].append(time.monotonic() - started)
        return status, location, text

    def csrf(self) -> str:
        return self.client.csrf()

    def sign_in(self) -> None:
        status, _, _ = self.request("/en/me/")
        if status != 200:
            raise RuntimeError(f"{self.person['email']} is not signed in ({status})")

    def submit_pledge(self) -> None:
        self.request("/en/pledges/new/")
        n = self.random.randrange(10**9)
        status, location, _ = self.request(
            "/en/pledges/new/",
            {
                "csrfmiddlewaretoken": self.csrf(),
                "organisation": self.person["organisation"],
                "language": "en",
                "title": f"Load test pledge {n}",
                "description": DESCRIPTION,
                "objectives": self.random.sample(self.person["objectives"], 2),
                "kind": "technical_capacity",
                "partnership_type": "",
                "countries": ["JO"],
                "start_date": "2026-01-01",
                "end_date": "2027-12-31",
                "contact_name": "Load Tester",
                "contact_email": self.person["email"],
            },
        )
        self.accepted("pledge", status, location, r"/pledges/(\d+)/")

    def submit_input(self) -> None:
        number = self.random.choice(list(self.person["round_tables"]))
        path = f"/en/round-tables/imrf-2022/{number}/inputs/new/"
        self.request(path)
        status, location, _ = self.request(
            path,
            {
                "csrfmiddlewaretoken": self.csrf(),
                "organisation": self.person["organisation"],
                "kind": "recommendation",
                "title": f"Load test input {self.random.randrange(10**9)}",
                "text": "Recruitment fees must be paid by employers, never by workers.",
                "objectives": self.person["round_tables"][number][:1],
                "language": "en",
            },
        )
        self.accepted("input", status, location, r"/inputs/(\d+)/")

    def accepted(self, kind: str, status: int, location: str, pattern: str) -> None:
        match = re.search(pattern, location or "")
        with self.lock:
            if status == 302 and match:
                self.results["accepted"][kind].append(int(match.group(1)))
            else:
                self.results["refused"][kind] += 1

    def run(self) -> None:
        try:
            self.sign_in()
            while time.monotonic() < self.deadline:
                choice = self.random.random()
                if choice < 0.1:
                    self.submit_pledge()
                elif choice < 0.2:
                    self.submit_input()
                else:
                    self.request(
                        self.random.choice(
                            [
                                f"/en/pledges/?round_table={self.random.randint(1, 4)}",
                                "/en/organisations/",
                                "/en/events/arab-region-imrf-dialogue-2022/",
                                f"/en/round-tables/imrf-2022/{self.random.randint(1, 4)}/",
                                "/en/pledges/mine/",
                            ]
                        )
                    )
        except Exception as error:  # noqa: BLE001 - counted, printed, and fails the run
            with self.lock:
                self.results["errors"].append(repr(error))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    env = _bench_environment()
    migrate(env)
    people = prepare(env, args.users)
    server = start_portal(env)
    try:
        results = {
            "status": Counter(),
            "latencies": [],
            "accepted": {"pledge": [], "input": []},
            "refused": Counter(),
            "errors": [],
        }
        lock = threading.Lock()
        deadline = time.monotonic() + args.seconds
        visitors = [Visitor(p, deadline, results, lock) for p in people]
        started = time.monotonic()
        for visitor in visitors:
            visitor.start()
        for visitor in visitors:
            visitor.join(timeout=args.seconds + 60)
        elapsed = time.monotonic() - started
    finally:
        stop_portal(server)

    from consultations.models import Input
    from pledges.models import Pledge

    found_pledges = Pledge.objects.filter(pk__in=results["accepted"]["pledge"]).count()
    found_inputs = Input.objects.filter(pk__in=results["accepted"]["input"]).count()
    latencies = sorted(results["latencies"])
    total = len(latencies)
    print(f"users={args.users} seconds={elapsed:.0f} requests={total} rps={total / elapsed:.1f}")
    p50, p95 = latencies[total // 2] * 1000, latencies[int(total * 0.95)] * 1000
    print(f"p50_ms={p50:.0f} p95_ms={p95:.0f}")
    print(f"status={dict(results['status'])}")
    print(
        f"pledges accepted={len(results['accepted']['pledge'])} in_database={found_pledges} "
        f"refused={results['refused']['pledge']}"
    )
    print(
        f"inputs accepted={len(results['accepted']['input'])} in_database={found_inputs} "
        f"refused={results['refused']['input']}"
    )
    if results["errors"]:
        print("visitor errors:", results["errors"][:5])
    ok = (
        results["status"][500] == 0
        and not results["errors"]
        and found_pledges == len(results["accepted"]["pledge"])
        and found_inputs == len(results["accepted"]["input"])
    )
    print("result=" + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
