#!/usr/bin/env python3
"""One request alone, without the page cache: the median time of 20 requests to each page at the
10k scale, in process (Django's test client, no web server), with its number of queries and the
time spent in SQL; built whole (SHARED_FRAGMENTS off: nothing kept at all), and as signed-in
people get it (its `{% shared %}` parts kept for everyone).

    bench/page_timing.py [--repeat 20] [--page NAME] [--profile NAME] [--sql NAME [--explain]]

Uses the benchmark database of bench/run (BENCH_DATABASE_URL; run `bench/run` once first, or
`BENCH_SKIP_PREPARE=` unset, so that `seed_scale` has filled it). `--profile` prints a
pyinstrument profile of one request to the page (if pyinstrument is installed); `--sql` prints its
queries, slowest first.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# name -> (path, who asks: None, "member" or "secretariat")
PAGES = {
    "pledges by round table": ("/en/pledges/?round_table=1", None),
    "organisation directory": ("/en/organisations/", None),
    "seed event": ("/en/events/arab-region-imrf-dialogue-2022/", None),
    "round table": ("/en/round-tables/imrf-2022/1/", None),
    "pledge dashboard": ("/en/pledges/dashboard/", None),
    "objective": ("/en/objectives/6/", None),
    "objective list": ("/en/objectives/", None),
    "my pledges": ("/en/pledges/mine/", "member"),
    # what the signed-in stakeholders of bench/load_test.py also ask for
    "my account": ("/en/me/", "member"),
    "new pledge form": ("/en/pledges/new/", "member"),
    "new input form": ("/en/round-tables/imrf-2022/1/inputs/new/", "member"),
    "pledge admin": ("/admin/pledges/pledge/", "secretariat"),
    "pledge admin, filtered": (
        "/admin/pledges/pledge/?state__exact=submitted&objectives__id__exact=6",
        "secretariat",
    ),
}


def setup() -> None:
    import runpy

    os.environ.update(runpy.run_path(str(ROOT / "bench" / "run"))["environment"]())
    os.environ["PAGE_CACHE"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imrf_portal.settings")
    import django

    django.setup()


def people() -> dict:
    """A member of the three organisations with the most pledges, and a secretariat member."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group
    from django.db.models import Count

    from stakeholders.models import Membership, Organisation, User
    from stakeholders.rules import SECRETARIAT

    member, _ = User.objects.get_or_create(
        email="timing-member@people.example", defaults={"username": "timing-member"}
    )
    EmailAddress.objects.update_or_create(  # the forms ask for a verified address
        user=member, email=member.email, defaults={"verified": True, "primary": True}
    )
    busiest = Organisation.objects.annotate(n=Count("pledges")).order_by("-n", "pk")[:3]
    for organisation in busiest:
        Membership.objects.update_or_create(
            user=member, organisation=organisation, defaults={"role": "member", "state": "active"}
        )
    secretariat, _ = User.objects.get_or_create(
        email="timing-secretariat@people.example",
        defaults={"username": "timing-secretariat", "is_staff": True},
    )
    secretariat.groups.add(Group.objects.get_or_create(name=SECRETARIAT)[0])
    if not Authenticator.objects.filter(user=secretariat, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(secretariat, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")  # the admin asks for one
    return {"member": member, "secretariat": secretariat}


def clients() -> dict:
    from django.test import Client

    found = {None: Client(HTTP_HOST="127.0.0.1")}
    for role, user in people().items():
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        found[role] = client
    return found


def time_page(client, path: str, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)  # warm: per-process caches, PostgreSQL's buffers
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    durations, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(path)
        durations.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return {
        "median_ms": statistics.median(durations) * 1000,
        # The fastest of the runs: what the page costs when no one else wants the CPU.
        "fastest_ms": min(durations) * 1000,
        # This process's CPU time: what the page costs in Python, less sensitive than the time
        # on the clock to a machine shared with others.
        "cpu_ms": statistics.median(cpu) * 1000,
        "queries": len(queries),
        "sql_ms": sum(float(q["time"]) for q in queries.captured_queries) * 1000,
        "captured": queries.captured_queries,
    }


def explain(sql: str) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(f"          {row[0]}" for row in cursor.fetchall())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--page", action="append", choices=PAGES, help="only these pages")
    parser.add_argument("--profile", choices=PAGES)
    parser.add_argument("--sql", choices=PAGES)
    parser.add_argument("--explain", action="store_true", help="with --sql: EXPLAIN ANALYZE")
    args = parser.parse_args()
    setup()
    from django.conf import settings

    settings.DEBUG = False
    settings.SHARED_FRAGMENTS = False  # --profile and --sql look at pages built whole
    found = clients()
    if args.profile:
        from pyinstrument import Profiler

        path, role = PAGES[args.profile]
        found[role].get(path)
        with Profiler(interval=0.0005) as profiler:
            found[role].get(path)
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        # and where the time is spent, by function, whoever calls it
        print(profiler.output_text(color=False, flat=True, show_all=True)[:6000])
        return 0
    if args.sql:
        path, role = PAGES[args.sql]
        result = time_page(found[role], path, 1)
        for query in sorted(result["captured"], key=lambda q: -float(q["time"])):
            print(f"{float(query['time']) * 1000:8.1f} ms  {query['sql'][:1500]}")
            if args.explain and float(query["time"]) >= 0.002:
                print(explain(query["sql"]))
        return 0
    print(f"{'built whole (nothing kept)':<26}{'':>44}{'shared parts kept':>20}")
    print(
        f"{'page':<26}{'median ms':>10}{'fastest':>8}{'CPU ms':>8}{'queries':>9}{'SQL ms':>9}"
        f"{'median ms':>12}{'queries':>9}"
    )
    for name in args.page or PAGES:
        path, role = PAGES[name]
        settings.SHARED_FRAGMENTS = False
        whole = time_page(found[role], path, args.repeat)
        settings.SHARED_FRAGMENTS = True
        kept = time_page(found[role], path, args.repeat)
        print(
            f"{name:<26}{whole['median_ms']:>10.1f}{whole['fastest_ms']:>8.1f}"
            f"{whole['cpu_ms']:>8.1f}{whole['queries']:>9}{whole['sql_ms']:>9.1f}"
            f"{kept['median_ms']:>12.1f}{kept['queries']:>9}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
