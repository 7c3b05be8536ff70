"""Interface strings of Django and allauth that their own Arabic or French catalogues lack.

Listed here so that `makemessages` puts them in our catalogues, which take precedence.
"""

from django.utils.translation import ngettext_lazy

PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
)
