"""Forms of the event and input pages, and the secretariat's reason for declining an input."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from common.i18n import localized
from gcm.models import Objective

from .models import Input


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return str(obj)


class ObjectiveChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return f"{obj.number}. {localized(obj, 'title').text}"


class RegistrationForm(forms.Form):
    organisation = OrganisationChoiceField(label=_("On behalf of"), queryset=None, empty_label=None)

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class SeatShareForm(forms.Form):
    from_organisation = OrganisationChoiceField(label=_("Seat of"), queryset=None, empty_label=None)
    to_organisation = OrganisationChoiceField(
        label=_("Give the seat to"),
        queryset=None,
        help_text=_("Verified migrant-led organisations without accreditation."),
    )

    def __init__(self, *args, givers, receivers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_organisation"].queryset = givers
        self.fields["to_organisation"].queryset = receivers


class InputForm(forms.Form):
    organisation = OrganisationChoiceField(label=_("On behalf of"), queryset=None, empty_label=None)
    kind = forms.ChoiceField(
        label=_("Kind of input"), choices=Input.Kind.choices, widget=forms.RadioSelect
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(
        label=_("Your input"),
        max_length=6000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("At most 6,000 characters."),
    )
    objectives = ObjectiveChoiceField(
        label=_("GCM objectives it concerns"), queryset=Objective.objects.all()
    )
    language = forms.ChoiceField(
        label=_("Language you write in"),
        choices=settings.LANGUAGES,
    )

    def __init__(self, *args, organisations, objectives=None, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", (get_language() or "en")[:2])
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if objectives is not None:
            self.fields["objectives"].queryset = objectives
