from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = _("Online consultations")

    def ready(self):
        from gcm.topics import register_sections

        from .topics import sections

        # Its part of the objective and round-table pages.
        register_sections(sections)
        from .permissions import grant_secretariat_permissions

        # The secretariat moderates discussions, surveys and practices in the admin.
        post_migrate.connect(
            grant_secretariat_permissions, dispatch_uid="engagement.grant_secretariat_permissions"
        )
