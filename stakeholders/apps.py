from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class StakeholdersConfig(AppConfig):
    name = "stakeholders"
    verbose_name = _("Stakeholders")

    def ready(self):
        from .rules import ensure_role_groups

        # Groups and their permissions must exist in every database, including test databases.
        # Not limited to this app: the permissions of the apps migrated after it count too.
        post_migrate.connect(ensure_role_groups, dispatch_uid="stakeholders.ensure_role_groups")
