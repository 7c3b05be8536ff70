from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = _("Online consultations")

    def ready(self):
        from gcm.topics import register_sections

        from .topics import sections

        # Its part of the objective and round-table pages.
        register_sections(
            sections,
            scopes=("engagement.Practice", "engagement.Discussion", "stakeholders.Organisation"),
        )
