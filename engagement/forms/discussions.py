"""The form members write contributions and replies with."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from common.languages import LANGUAGE_CODES, language_choices
from stakeholders.models import Organisation

from ..models.discussions import CONTRIBUTION_MAX_LENGTH
from .common import OrganisationChoiceField


class ContributionForm(forms.Form):
    body = forms.CharField(
        label=_("Your contribution"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=CONTRIBUTION_MAX_LENGTH,
    )
    language = forms.ChoiceField(
        label=_("Written in"),
        help_text=_("Write in the language you prefer, and say which."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"] = OrganisationChoiceField(Organisation.objects.acting_for(user))
        self.fields["language"].choices = language_choices()
        current = (get_language() or "en")[:2]
        self.fields["language"].initial = current if current in LANGUAGE_CODES else "en"
        self.order_fields(["organisation", "body", "language"])

    @property
    def only_organisation(self):
        return self.fields["organisation"].only
