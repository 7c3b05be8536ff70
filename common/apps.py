from django.apps import AppConfig


class CommonConfig(AppConfig):
    """What every app uses and that imports no app: translated records, audit, files, cache,
    mail, admin bases, CSV cells."""

    name = "common"
    verbose_name = "IMRF Stakeholder Portal"

    def ready(self):
        from . import mail  # noqa: F401 - registers the e-mail delivery task with Celery
        from .cache import connect_invalidation

        # Cached pages of anonymous visitors go stale as soon as any record changes.
        connect_invalidation()
