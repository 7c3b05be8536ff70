"""Forms of the registry: a person's profile, an organisation's record, the secretariat's
decisions."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.downloads import DownloadLinkFileInput

from .models import EcosocStatus, ImrfAccreditation, Organisation, Profile, grants_status

DESCRIPTION_FIELDS = {
    "en": ("description_en", _("Description in English"), "ltr"),
    "ar": ("description_ar", _("Description in Arabic"), "rtl"),
    "fr": ("description_fr", _("Description in French"), "ltr"),
}


def _choose_label(field, text):
    """Replace Django's "---------" with words a screen reader can say."""
    choices = list(field.choices)
    if choices and choices[0][0] == "":
        field.choices = [("", text), *choices[1:]]


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["full_name", "title", "preferred_language", "country", "gender"]
        help_texts = {
            "full_name": _("As you would like it to appear on lists of participants."),
            "title": _("For example: Programme Officer, Migrant Workers’ Rights."),
            "preferred_language": _("The portal writes to you in this language."),
            "country": _("Where you live or work."),
            "gender": _(
                "Optional. Never shown to anyone: only counted, anonymously, in statistics on "
                "the representation of women and men in consultations."
            ),
        }
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].required = True
        _choose_label(self.fields["country"], _("Choose a country"))
        _choose_label(self.fields["gender"], pgettext_lazy("gender", "Not given"))


class OrganisationForm(forms.ModelForm):
    """An organisation's record as its administrators keep it. Verification is not a field:
    only the secretariat sets it, in the admin. With `claim`, the organisation's accreditation
    claim awaiting confirmation, the form shows the claimed values rather than the confirmed
    ones, so that saving the record again keeps the claim."""

    website = forms.URLField(
        label=_("website"),
        required=False,
        assume_scheme="https",
        max_length=200,
        help_text=_("For example: https://www.example.org"),
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "acronym",
            "group",
            "country",
            "city",
            "website",
            "description_en",
            "description_ar",
            "description_fr",
            "migrant_led",
            "women_led",
            "youth_led",
            "ecosoc_status",
            "imrf_accreditation",
            "accreditation_evidence",
        ]
        help_texts = {
            "name": _("The full name, as the organisation writes it."),
            "acronym": _("If it has one, for example MFA."),
            "group": _(
                "The stakeholder group of the Global Compact that the organisation belongs to."
            ),
            "country": _("Where its head office is."),
            "migrant_led": _("Migrants lead the organisation."),
            "women_led": _("Women lead the organisation."),
            "youth_led": _("Young people lead the organisation."),
            "imrf_accreditation": _(
                "Special accreditation to the International Migration Review Forum, for "
                "organisations without ECOSOC consultative status."
            ),
        }
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 5, "lang": "en", "dir": "ltr"}),
            "description_ar": forms.Textarea(attrs={"rows": 5, "lang": "ar", "dir": "rtl"}),
            "description_fr": forms.Textarea(attrs={"rows": 5, "lang": "fr", "dir": "ltr"}),
            "accreditation_evidence": DownloadLinkFileInput(
                attrs={"accept": "application/pdf,.pdf"},
                url_for=lambda upload: upload.instance.get_evidence_url(),
            ),
        }

    def __init__(self, *args, claim=None, **kwargs):
        if claim is not None:
            kwargs["initial"] = {**claim.claimed(), **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        self.claim = claim
        for _code, (name, label, _direction) in DESCRIPTION_FIELDS.items():
            self.fields[name].label = label
        _choose_label(self.fields["group"], _("Choose a stakeholder group"))
        _choose_label(self.fields["country"], _("Choose a country"))

    def description_fields(self):
        return [self[name] for name, _label, _direction in DESCRIPTION_FIELDS.values()]

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name, _l, _d in DESCRIPTION_FIELDS.values()):
            self.add_error(
                "description_en",
                forms.ValidationError(
                    _("Describe the organisation in at least one of the three languages."),
                    code="description_required",
                ),
            )
        claims = data.get("ecosoc_status") not in (None, "", EcosocStatus.NONE) or (
            data.get("imrf_accreditation") == ImrfAccreditation.APPROVED
        )
        evidence = data.get("accreditation_evidence")
        if evidence is not False and not isinstance(evidence, UploadedFile):  # none chosen
            evidence = self._letter_on_file(data)
        if claims and not evidence:
            message = (
                _(
                    "Attach the letter that shows the new accreditation, as a PDF: the "
                    "secretariat checks it before confirming the change."
                )
                if self.instance.is_verified
                else _(
                    "Attach the accreditation letter as a PDF: the secretariat checks it "
                    "before verifying the organisation."
                )
            )
            self.add_error(
                "accreditation_evidence",
                forms.ValidationError(message, code="evidence_required"),
            )
        return data

    def _letter_on_file(self, data):
        """The letter already sent that backs the accreditation chosen. A verified
        organisation's letter backs its confirmed accreditation: a new one needs its own, sent
        now or with the claim awaiting confirmation."""
        organisation = self.instance
        if not organisation.pk:
            return None
        new_accreditation = any(
            data.get(field) not in (None, getattr(organisation, field))
            and grants_status(field, data.get(field))
            for field in ("ecosoc_status", "imrf_accreditation")
        )
        if not (organisation.is_verified and new_accreditation):
            return organisation.accreditation_evidence
        return self.claim.evidence if self.claim is not None else None


class RegisterOrganisationForm(OrganisationForm):
    """A new organisation. When likely duplicates exist, the person confirms that theirs is
    not one of them."""

    not_a_duplicate = forms.BooleanField(
        label=_("None of these is my organisation: register it as a new one"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.duplicates = []

    def clean(self):
        data = super().clean()
        if data.get("name") and data.get("country"):
            self.duplicates = Organisation.objects.likely_duplicates(
                name=data["name"], acronym=data.get("acronym", ""), country=data["country"]
            )
        if self.duplicates and not data.get("not_a_duplicate"):
            self.add_error(
                "not_a_duplicate",
                forms.ValidationError(
                    _(
                        "Your organisation may already be registered: ask to join it, or tick "
                        "this box if it is a different one."
                    ),
                    code="possible_duplicate",
                ),
            )
        return data
