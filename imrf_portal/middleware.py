"""Second factor for the roles that see and change the most: the secretariat, coordinators and
superusers must have an authenticator (allauth's TOTP) before they use the portal."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from stakeholders.roles import is_coordinator, is_secretariat

# Paths a person without a second factor may still reach: to set one up, or to leave.
OPEN_PATH_PARTS = ("/accounts/", "/static/", "/healthz", "/i18n/")


def needs_second_factor(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or is_secretariat(user) or is_coordinator(user)
    )


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireSecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.PORTAL_REQUIRE_MFA
            and not any(part in request.path for part in OPEN_PATH_PARTS)
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
