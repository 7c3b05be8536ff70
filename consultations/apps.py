from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        from gcm.topics import register_sections

        from .topics import sections

        # Its part of the objective and round-table pages.
        # Interventions and inputs with their events, agenda items, speakers and organisations.
        register_sections(sections, scopes=("consultations", "stakeholders.Organisation"))
