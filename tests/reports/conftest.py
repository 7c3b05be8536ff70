"""Fixtures of the report tests: the seed meeting as `load_demo` records it, files in a folder
of the test's own, and PDFs made the way the portal makes them."""

from io import StringIO

import pytest
from django.core.management import call_command

SEED_EVENT = "arab-region-imrf-dialogue-2022"


@pytest.fixture(autouse=True)
def _reports_in_a_folder_of_their_own(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(autouse=True)
def _tasks_in_process(settings):
    """Tasks run in this process unless a test starts a real worker (celery_worker_process)."""
    from imrf_portal.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    settings.CELERY_TASK_ALWAYS_EAGER = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture
def seed_event(db):
    """The UN Network's dialogue of 10 February 2022, recorded as the seed summary tells it."""
    from consultations.models import Event

    call_command("load_demo", stdout=StringIO())
    return Event.objects.get(slug=SEED_EVENT)


@pytest.fixture
def make_report(django_capture_on_commit_callbacks):
    """Ask for a report as a page does, and run the queued task (no broker: in process)."""
    from reports import services

    def make(*, kind, subject, language, by=None):
        with django_capture_on_commit_callbacks(execute=True):
            report = services.request_report(kind=kind, subject=subject, language=language, by=by)
        report.refresh_from_db()
        return report

    return make
