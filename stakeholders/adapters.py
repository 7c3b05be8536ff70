"""How django-allauth's sign-up fits the registry: a profile from the start, then next steps."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils.translation import get_language

from .services import ensure_profile


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            # The language of the sign-up page is the first guess at the person's language.
            ensure_profile(user=user, language=get_language())
        return user

    def get_signup_redirect_url(self, request):
        """After sign-up and e-mail verification: the person's page with the next steps
        (register an organisation or join one)."""
        return reverse("stakeholders:my_account")
