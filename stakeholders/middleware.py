"""Second factor for everyone who can reach the admin or the reports (the rule is
`stakeholders.rules.needs_second_factor`): they must have an authenticator (allauth's TOTP)
before they use the portal."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _

from stakeholders.rules import needs_second_factor

# Paths a person without a second factor may still reach, after the language: to set one up,
# or to leave. Matched from the start: an admin URL ending in a free-form object id could
# otherwise contain "/accounts/" and pass.
OPEN_PATHS = ("/accounts/", "/static/", "/healthz", "/i18n/")


def is_open(path: str) -> bool:
    language = get_language_from_path(path)
    if language:
        path = path[len(language) + 1 :]
    return path.startswith(OPEN_PATHS)


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireSecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.PORTAL_REQUIRE_MFA
            and not is_open(request.path)
            and needs_second_factor(request.user)
            and not has_second_factor(request.user)
        ):
            messages.warning(
                request,
                _(
                    "Your role gives access to personal data and moderation: set up "
                    "two-factor authentication with an authenticator app to continue."
                ),
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
