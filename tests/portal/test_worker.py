"""E-mail goes through a real Celery worker on the real Redis when a broker is configured."""

import time

import pytest
from django.core.mail import send_mail

from tests.worker import needs_broker

pytestmark = [pytest.mark.worker, needs_broker]


def wait_for_files(folder, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = list(folder.glob("*.log"))
        if files:
            return files
        time.sleep(0.2)
    return []


def test_a_worker_delivers_queued_email(celery_worker_process, settings, tmp_path):
    outbox = tmp_path / "mail"
    celery_worker_process(
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(outbox),
    )
    settings.EMAIL_BACKEND = "common.mail.CeleryEmailBackend"

    started = time.monotonic()
    sent = send_mail("Your organisation is verified", "Welcome.", None, ["amal@example.org"])
    queued_in = time.monotonic() - started

    assert sent == 1
    assert queued_in < 2  # the page does not wait for the mail server
    files = wait_for_files(outbox)
    assert len(files) == 1
    content = files[0].read_text()
    assert "Subject: Your organisation is verified" in content
    assert "To: amal@example.org" in content
