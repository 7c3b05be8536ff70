"""What the online consultations' admin pages share."""

from django.utils.translation import gettext_lazy as _

# Help for the reason the secretariat gives with a decision (common.admin_decisions).
TOLD = _("It is sent by e-mail to the person concerned.")
