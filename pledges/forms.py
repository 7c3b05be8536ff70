"""Forms of the pledge pages. They validate; the services in pledges.services do the writing."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from common.downloads import DownloadLinkFileInput
from common.i18n import localized
from common.widgets import LongModelMultipleChoiceField, LongSelectMultiple
from gcm.models import GuidingPrinciple, Objective
from stakeholders.models import Organisation

from .models import DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, Pledge, PledgeProgress


def _page_language() -> str:
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


BIGINT_MAX = 2**63 - 1


class RefusesHugeNumbers:
    """Refuses numbers no database column holds, which Django would pass to an `IN` query."""

    def _check_values(self, value):
        for pk in value:
            try:
                number = int(str(pk))
            except ValueError:
                continue  # Django's own check reports it
            if abs(number) > BIGINT_MAX:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


class ModelChoices(RefusesHugeNumbers, forms.ModelMultipleChoiceField):
    pass


class OrganisationChoices(RefusesHugeNumbers, LongModelMultipleChoiceField):
    """Every verified organisation (thousands), by name and acronym."""

    def __init__(self, **kwargs):
        super().__init__(
            Organisation.objects.none(),
            label_columns=("name", "acronym"),
            label_from_row=Organisation.label,
            **kwargs,
        )


class ObjectiveChoices(ModelChoices):
    """Objectives by number and title, in the page's language (falling back like the pages)."""

    def label_from_instance(self, obj):
        return f"{obj.number}. {localized(obj, 'title').text}"


class PrincipleChoices(ModelChoices):
    def label_from_instance(self, obj):
        return localized(obj, "title").text


class PledgeNumber(forms.ModelChoiceField):
    """A published pledge given by its number, shown at the top of its page: a list of every
    published pledge (thousands) would be of use to no one and weigh a megabyte."""

    default_error_messages = {"invalid_choice": _("No published pledge has this number.")}

    def __init__(self, **kwargs):
        super().__init__(widget=forms.NumberInput(attrs={"min": 1, "step": 1}), **kwargs)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PledgeForm(forms.ModelForm):
    """A pledge as its organisation writes it. The text goes into the language it is written in."""

    organisation = forms.ModelChoiceField(
        label=_("Pledging organisation"),
        queryset=Organisation.objects.none(),
        help_text=_("Verified organisations you are a member of."),
    )
    language = forms.ChoiceField(
        label=_("Language you are writing in"),
        choices=settings.LANGUAGES,
        help_text=_("The secretariat adds translations into the other languages."),
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 10}),
        min_length=DESCRIPTION_MIN_LENGTH,
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_(
            "Between 300 and 3,000 characters: what you will do, for whom, where and how you "
            "will know it worked."
        ),
    )
    objectives = ObjectiveChoices(
        label=_("GCM objectives"),
        queryset=Objective.objects.order_by("number"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("At least one. The round tables follow from the objectives."),
    )
    principles = PrincipleChoices(
        label=_("Guiding principles"),
        queryset=GuidingPrinciple.objects.order_by("number"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    partners = OrganisationChoices(
        label=_("Partner organisations"),
        required=False,
        widget=LongSelectMultiple(attrs={"size": 6}),
        help_text=_("Verified organisations pledging with you, if it is a joint pledge."),
    )
    matches = PledgeNumber(
        label=_("Matches the pledge"),
        queryset=Pledge.objects.none(),
        required=False,
        help_text=_(
            "The number of a published pledge that yours responds to or completes, as shown at "
            "the top of its page (“Pledge 123”)."
        ),
    )

    class Meta:
        model = Pledge
        fields = [
            "kind",
            "partnership_type",
            "countries",
            "region",
            "start_date",
            "end_date",
            "budget",
            "currency",
            "contact_name",
            "contact_email",
            "attachment",
        ]
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "countries": LongSelectMultiple(attrs={"size": 8}),
            "attachment": DownloadLinkFileInput(
                attrs={"accept": "application/pdf,.pdf"},
                url_for=lambda upload: upload.instance.get_attachment_url(),
            ),
        }
        help_texts = {
            "countries": _(
                "Where the pledge is carried out: hold Ctrl (or ⌘) to choose several. Leave "
                "empty for a region-wide pledge."
            ),
            "region": _("For a pledge covering a whole region rather than some countries."),
            "contact_name": _("Never shown in public: only the secretariat and your organisation."),
            "contact_email": _(
                "Never shown in public: only the secretariat and your organisation."
            ),
        }

    # Fields shown together, each group in its own fieldset: (legend, field names).
    fieldsets = [
        (_("The pledge"), ["organisation", "language", "title", "description", "kind"]),
        (_("What it contributes to"), ["objectives", "principles"]),
        (_("Where and when"), ["countries", "region", "start_date", "end_date"]),
        (_("Partners"), ["partnership_type", "partners", "matches"]),
        (_("Budget"), ["budget", "currency"]),
        (_("Contact person"), ["contact_name", "contact_email"]),
        (_("Documents"), ["attachment"]),
    ]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        pledge = self.instance
        self.fields["partnership_type"].help_text = Pledge._meta.get_field(
            "partnership_type"
        ).help_text
        if pledge.pk:
            del self.fields["organisation"]
            language = pledge.original_language
            self.initial.setdefault("language", language)
            for field in ("title", "description"):
                self.initial.setdefault(field, getattr(pledge, f"{field}_{language}") or "")
            self.initial.setdefault("objectives", list(pledge.objectives.all()))
            self.initial.setdefault("principles", list(pledge.principles.all()))
            self.initial.setdefault("partners", list(pledge.partners.all()))
            self.initial.setdefault("matches", pledge.matches)
            organisation = pledge.organisation
        else:
            choices = Organisation.objects.acting_for(user)
            self.fields["organisation"].queryset = choices
            self.initial.setdefault("language", _page_language())
            # With a single organisation to pledge for, it cannot be among the partners.
            organisation = choices[0] if len(choices) == 1 else None
            if organisation is not None:
                self.initial.setdefault("organisation", organisation)
        partners = Organisation.objects.verified().order_by("name")
        if organisation is not None:
            partners = partners.exclude(pk=organisation.pk)
        self.fields["partners"].queryset = partners
        matches = Pledge.objects.published()
        if pledge.pk:
            matches = matches.exclude(pk=pledge.pk)
        self.fields["matches"].queryset = matches

    def groups(self):
        return [
            (legend, [self[name] for name in names if name in self.fields])
            for legend, names in self.fieldsets
        ]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and not self.instance.is_editable:
            raise forms.ValidationError(
                _("A published pledge's text is fixed: report progress instead."),
                code="not_editable",
            )
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end cannot come before the start."))
        if not cleaned.get("countries") and not cleaned.get("region"):
            self.add_error("countries", _("Choose the countries, or the region the pledge covers."))
        if cleaned.get("budget") is not None and not cleaned.get("currency"):
            self.add_error("currency", _("Give the currency of the budget."))
        if cleaned.get("partners") and not cleaned.get("partnership_type"):
            self.add_error(
                "partnership_type", _("Say whether it is a common pledge or in partnership.")
            )
        organisation = cleaned.get("organisation") or (
            self.instance.organisation if self.instance.pk else None
        )
        if organisation and organisation in (cleaned.get("partners") or []):
            self.add_error("partners", _("The pledging organisation cannot be its own partner."))
        return cleaned

    def pledge_fields(self) -> dict:
        """What the services take: every field but the organisation and the language."""
        fields = dict(self.cleaned_data)
        fields.pop("organisation", None)
        fields.pop("language", None)
        return fields


class ProgressForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Language you are writing in"), choices=settings.LANGUAGES)
    text = forms.CharField(
        label=_("What has happened"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=DESCRIPTION_MAX_LENGTH,
    )

    class Meta:
        model = PledgeProgress
        fields = ["date", "stage"]
        widgets = {"date": DateInput()}

    field_order = ["date", "stage", "text", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("date", timezone.localdate())
        self.initial.setdefault("language", _page_language())

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value and value > timezone.localdate():
            raise forms.ValidationError(_("A progress update cannot be dated in the future."))
        return value


class ReasonForm(forms.Form):
    """Why: for a withdrawal by the organisation, or a decision of the secretariat."""

    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000
    )

    def __init__(self, *args, required=True, label=None, help_text=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = required
        if label:
            self.fields["reason"].label = label
        if help_text:
            self.fields["reason"].help_text = help_text
