"""How django-allauth fits the registry: a profile from the start, then next steps; its e-mails
(address verification, password reset) leave once the change they tell of is committed."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils.translation import get_language

from common.mail import send_after_commit

from .services import ensure_profile


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            # The language of the sign-up page is the first guess at the person's language.
            ensure_profile(user=user, language=get_language())
        return user

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # django-allauth's own send_mail, but through the portal's one way of sending e-mail.
        request = allauth_context.request
        full_context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
        }
        send_after_commit([self.render_mail(template_prefix, email, full_context)])

    def get_signup_redirect_url(self, request):
        """After sign-up and e-mail verification: the person's page with the next steps
        (register an organisation or join one)."""
        return reverse("stakeholders:my_account")
