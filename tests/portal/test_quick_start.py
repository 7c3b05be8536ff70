"""The README's quick start on a fresh machine: SQLite, the default (database) cache, tasks in
process. A change that only works with Redis and PostgreSQL must not break it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_fresh_sqlite_checkout_migrates_and_loads_the_demo(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "CACHE_", "CELERY_", "DJANGO_"))
    }
    env |= {"DJANGO_DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    migrated = _manage("migrate", "--noinput", env=env)
    assert migrated.returncode == 0, migrated.stderr[-3000:]
    loaded = _manage("load_demo", env=env)
    assert loaded.returncode == 0, loaded.stderr[-3000:]
    assert "Demo content loaded." in loaded.stdout
    counted = _manage(
        "shell",
        "-c",
        "from consultations.models import Event; print(Event.objects.public().count())",
        env=env,
    )
    assert counted.returncode == 0, counted.stderr[-3000:]
    assert int(counted.stdout.strip().splitlines()[-1]) == len(
        list((ROOT / "demo" / "data" / "meetings").glob("*.yaml"))
    )
