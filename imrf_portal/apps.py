from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "imrf_portal"
    verbose_name = "IMRF Stakeholder Portal"
