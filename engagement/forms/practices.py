"""The form members submit a promising practice with."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from common.models import LANGUAGE_CHOICES
from common.uploads import MaxFileSize, validate_pdf
from gcm.models import Objective
from stakeholders.models import Organisation

from ..models import Practice
from ..models.practices import DESCRIPTION_MAX_LENGTH, EVIDENCE_MAX_SIZE
from .common import ObjectiveMultipleChoiceField, OrganisationChoiceField


class DateInput(forms.DateInput):
    input_type = "date"


class PracticeForm(forms.Form):
    language = forms.ChoiceField(label=_("Written in"), choices=LANGUAGE_CHOICES)
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_("What you do, with whom, and how."),
    )
    results = forms.CharField(
        label=_("Results"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_("What changed for migrants and communities, with figures where you have them."),
    )
    kind = forms.ChoiceField(label=_("Kind of practice"), choices=Practice.Kind.choices)
    objectives = ObjectiveMultipleChoiceField(
        label=_("GCM objectives"), queryset=Objective.objects.order_by("number")
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Where the practice takes place. Hold Ctrl (or ⌘) to choose several."),
    )
    partners = forms.CharField(
        label=_("Partners"),
        max_length=500,
        required=False,
        help_text=_("The organisations you work with, separated by commas."),
    )
    started_on = forms.DateField(label=_("Started on"), widget=DateInput)
    ended_on = forms.DateField(
        label=_("Ended on"), widget=DateInput, required=False, help_text=_("Empty if ongoing.")
    )
    evidence_url = forms.URLField(
        label=_("Link to evidence"),
        required=False,
        assume_scheme="https",
        help_text=_("An evaluation, a report or a page describing the results."),
    )
    evidence_file = forms.FileField(
        label=_("Or a PDF document"),
        required=False,
        validators=[validate_pdf, MaxFileSize(EVIDENCE_MAX_SIZE)],
        widget=forms.FileInput(attrs={"accept": "application/pdf"}),
        help_text=_("A PDF of at most 10 MB."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"] = OrganisationChoiceField(Organisation.objects.acting_for(user))
        self.fields["countries"].choices = list(countries)
        current = (get_language() or "en")[:2]
        self.fields["language"].initial = current
        self.order_fields(["organisation", "language"])

    @property
    def only_organisation(self):
        return self.fields["organisation"].only

    def clean(self):
        cleaned = super().clean()
        no_evidence = not cleaned.get("evidence_url") and not cleaned.get("evidence_file")
        if (
            no_evidence
            and not self.has_error("evidence_url")
            and not self.has_error("evidence_file")
        ):
            self.add_error("evidence_url", _("Give a link or a PDF document as evidence."))
        started, ended = cleaned.get("started_on"), cleaned.get("ended_on")
        if started and ended and ended < started:
            self.add_error("ended_on", _("The end cannot come before the start."))
        return cleaned
