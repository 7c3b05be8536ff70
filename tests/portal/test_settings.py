"""Settings come from the environment, with a safe refusal where a secret is missing."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_django(code: str, **environment) -> subprocess.CompletedProcess:
    """Start a fresh Python with only the given environment, as an operator would."""
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "imrf_portal.settings"}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_django("print('started')", DJANGO_DEBUG="0")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
    assert "started" not in result.stdout


def test_with_no_environment_but_debug_it_uses_sqlite_in_the_checkout_and_eager_tasks():
    result = run_django(
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], "
        "s.CELERY_TASK_ALWAYS_EAGER, s.EMAIL_BACKEND)",
        DJANGO_DEBUG="1",
    )

    assert result.returncode == 0, result.stderr
    engine, name, eager, email = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert name == str(ROOT / "db.sqlite3")
    assert eager == "True"
    assert email == "django.core.mail.backends.filebased.EmailBackend"


def test_database_broker_and_hosts_come_from_the_environment(tmp_path):
    secret_file = tmp_path / "secret"
    secret_file.write_text("from-a-file\n")
    result = run_django(
        "from django.conf import settings as s; d = s.DATABASES['default']; "
        "print(d['ENGINE'], d['HOST'], d['NAME'], s.CELERY_BROKER_URL, s.CELERY_TASK_ALWAYS_EAGER, "
        "','.join(s.ALLOWED_HOSTS), s.SECRET_KEY, s.EMAIL_BACKEND, s.DEBUG)",
        DATABASE_URL="postgres://portal@db.internal:5432/portal",
        CELERY_BROKER_URL="redis://broker.internal:6379/0",
        DJANGO_ALLOWED_HOSTS="portal.example.org,www.portal.example.org",
        DJANGO_SECRET_KEY_FILE=str(secret_file),
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "db.internal",
        "portal",
        "redis://broker.internal:6379/0",
        "False",
        "portal.example.org,www.portal.example.org",
        "from-a-file",
        "common.mail.CeleryEmailBackend",
        "False",
    ]


def test_uploads_use_s3_compatible_storage_by_configuration_alone():
    result = run_django(
        "from django.conf import settings as s; d = s.STORAGES['default']; "
        "print(d['BACKEND'], d['OPTIONS']['bucket_name'], d['OPTIONS']['endpoint_url'])",
        DJANGO_DEBUG="1",
        AWS_STORAGE_BUCKET_NAME="imrf-files",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "storages.backends.s3.S3Storage",
        "imrf-files",
        "http://127.0.0.1:9000",
    ]
