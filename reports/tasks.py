"""Celery entry points of the reports: make one report; recover the ones dead workers left.

`acks_late` with `reject_on_worker_lost`: the message is acknowledged only once the report is
finished, and handed back to the broker when the worker's process dies. Time limits come from
CELERY_TASK_SOFT_TIME_LIMIT / CELERY_TASK_TIME_LIMIT, below the broker's visibility timeout.
"""

from celery import shared_task
from django.conf import settings

from . import generation, services


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None)
def generate_report(self, report_id: int) -> str:
    services.fail_stale_reports()
    outcome = generation.run_report(
        report_id, worker=self.request.hostname or "local", heartbeat=not self.request.is_eager
    )
    if outcome is generation.Outcome.BUSY and not self.request.is_eager:
        # A message handed back after a worker died finds the report still marked running:
        # look again once that run is proven dead (or finished).
        attempts_left = self.request.retries < settings.REPORTS_MAX_ATTEMPTS
        if attempts_left:
            raise self.retry(countdown=settings.REPORTS_STALE_AFTER_SECONDS)
    return outcome.value


@shared_task
def recover_stale_reports() -> int:
    """For a periodic schedule, where one is run; pages and the command call the service too."""
    return services.fail_stale_reports()
