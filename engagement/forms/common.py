"""Form pieces shared by the online consultations' forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.i18n import localized


class ObjectiveMultipleChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return f"{obj.number}. {localized(obj, 'short_title').text}"


class OrganisationChoiceField(forms.ModelChoiceField):
    """The organisation a member speaks for; hidden when they belong to only one."""

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("label", _("For the organisation"))
        kwargs.setdefault("empty_label", None)
        super().__init__(queryset, **kwargs)
        organisations = list(queryset)
        if len(organisations) == 1:
            self.widget = forms.HiddenInput()
            self.initial = organisations[0].pk
        self.only = organisations[0] if len(organisations) == 1 else None
