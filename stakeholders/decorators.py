"""The rule in front of every page where a person acts as a stakeholder: registering or joining
an organisation, or doing anything in its name (pledges, inputs, practices, contributions, event
registrations and seats, running the organisation).

Allauth already refuses to sign in anyone whose address is unverified, but a session may still
come from elsewhere (an account made in the admin, an address changed later); an organisation's
record must only ever be tied to people who have shown they read the address they gave.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .rules import has_verified_email


def verified_email_required(view):
    """Like `login_required`; a signed-in person whose address is not verified yet is sent to
    their e-mail page, which says so and offers to send the verification link again."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_verified_email(request.user):
            messages.warning(
                request,
                _(
                    "Please verify your e-mail address first: open the link in the message we "
                    "sent to %(email)s. If it has not arrived, send it again from this page."
                )
                % {"email": request.user.email},
            )
            return redirect("account_email")
        return view(request, *args, **kwargs)

    return wrapper
