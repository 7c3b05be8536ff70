"""A real Celery worker, in its own process, consuming from the real Redis.

Tests that use it need the database shared with another process, so they are transactional
(`django_db(transaction=True)`), and they run only where CELERY_BROKER_URL names a broker.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]

needs_broker = pytest.mark.skipif(
    not settings.CELERY_BROKER_URL,
    reason="CELERY_BROKER_URL is not set: no Redis to run a real worker against "
    "(set it, as .ci/run does, to run this test)",
)


def database_url_of_test_database() -> str:
    db = connection.settings_dict
    if "sqlite" in db["ENGINE"]:
        return f"sqlite:///{db['NAME']}"
    user = db["USER"] or ""
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


class WorkerProcess:
    def __init__(self, queue: str, extra_env: dict[str, str], celery_app: str = "imrf_portal"):
        self.queue = queue
        env = {
            **os.environ,
            "DATABASE_URL": database_url_of_test_database(),
            "CELERY_TASK_DEFAULT_QUEUE": queue,
            "DJANGO_SECRET_KEY": settings.SECRET_KEY,
            **extra_env,
        }
        self.log = open(ROOT / "var" / f"worker-{queue}.log", "w+")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                celery_app,
                "worker",
                "--queues",
                queue,
                "--concurrency",
                "1",
                "--pool",
                "prefork",
                "--loglevel",
                "INFO",
                "--without-gossip",
                "--without-mingle",
                "--hostname",
                f"{queue}@%h",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_until_ready()

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def wait_until_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "ready." in self.output():
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"The worker stopped:\n{self.output()}")
            time.sleep(0.2)
        raise TimeoutError(f"The worker did not start:\n{self.output()}")

    def kill(self) -> None:
        """Kill the worker and its pool at once, as a crashed machine would."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()


@pytest.fixture
def celery_worker_process(transactional_db, settings):
    """Start a worker on a queue of its own; yields a function to start it with extra env and,
    if told, another Celery app module (`-A`), such as tests.slow_reports_celery."""
    from imrf_portal.celery import app

    (ROOT / "var").mkdir(exist_ok=True)
    queue = f"test-{uuid.uuid4().hex[:8]}"
    previous = app.conf.task_default_queue, app.conf.task_always_eager
    app.conf.task_default_queue = queue
    app.conf.task_always_eager = False
    settings.CELERY_TASK_ALWAYS_EAGER = False
    workers: list[WorkerProcess] = []

    def start(celery_app: str = "imrf_portal", **extra_env) -> WorkerProcess:
        worker = WorkerProcess(queue, extra_env, celery_app)
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()
    app.conf.task_default_queue, app.conf.task_always_eager = previous
