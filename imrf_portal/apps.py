from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "imrf_portal"
    verbose_name = "IMRF Stakeholder Portal"

    def ready(self):
        from .cache import connect_invalidation

        # Cached pages of anonymous visitors go stale as soon as any record changes.
        connect_invalidation()
