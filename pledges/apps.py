from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PledgesConfig(AppConfig):
    name = "pledges"
    verbose_name = _("Pledges")

    def ready(self):
        from gcm.topics import register_sections

        from .topics import sections

        # Its part of the objective and round-table pages.
        register_sections(sections, scopes=("pledges", "stakeholders.Organisation"))
