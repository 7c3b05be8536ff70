"""The project's Celery app, with reports that stop for a minute before WeasyPrint prints them:
`celery -A tests.slow_reports_celery worker` gives a test a worker it can kill in the middle of a
report (tests/reports/test_worker.py). The delay exists in that worker's processes only."""

import functools
import time

from celery.signals import worker_process_init

from imrf_portal.celery import app

__all__ = ["app"]

DELAY_SECONDS = 60


@worker_process_init.connect
def _slow_down_printing(**kwargs) -> None:
    # In the pool's process that runs the tasks, once Django is set up (models importable).
    from reports import rendering

    print_now = rendering.html_to_pdf

    @functools.wraps(print_now)
    def print_after_a_pause(*args, **kwargs):
        time.sleep(DELAY_SECONDS)
        return print_now(*args, **kwargs)

    rendering.html_to_pdf = print_after_a_pause
