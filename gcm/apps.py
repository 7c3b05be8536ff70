from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GcmConfig(AppConfig):
    """The reference every part hangs on: the GCM's objectives and guiding principles, the
    forums that review it, their round tables and the objectives each covers."""

    name = "gcm"
    verbose_name = _("Global Compact for Migration")
