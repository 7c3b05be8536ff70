"""The public directory's filters, read from the query string so that a filtered list can be
shared as a link: ?group=<code>&country=<ISO>&accreditation=<kind>&q=<text>."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import EcosocStatus, StakeholderGroup

ACCREDITATION_CHOICES = [
    ("accredited", _("ECOSOC status or IMRF accreditation")),
    ("ecosoc", _("Any ECOSOC consultative status")),
    (EcosocStatus.GENERAL.value, EcosocStatus.GENERAL.label),
    (EcosocStatus.SPECIAL.value, EcosocStatus.SPECIAL.label),
    (EcosocStatus.ROSTER.value, EcosocStatus.ROSTER.label),
    ("imrf", _("IMRF special accreditation")),
]


def country_choices():
    # Evaluated when the form is built, so that names come in the page's language.
    return list(countries)


class OrganisationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        label=_("Name or keyword"),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    group = django_filters.ChoiceFilter(
        choices=StakeholderGroup.choices,
        label=_("Stakeholder group"),
        empty_label=_("All groups"),
    )
    country = django_filters.ChoiceFilter(
        choices=country_choices, label=_("Country"), empty_label=_("All countries")
    )
    accreditation = django_filters.ChoiceFilter(
        choices=ACCREDITATION_CHOICES,
        method="filter_accreditation",
        label=_("Accreditation"),
        empty_label=_("With or without"),
    )

    def filter_text(self, queryset, name, value):
        return queryset.search(value.strip()) if value.strip() else queryset

    def filter_accreditation(self, queryset, name, value):
        return queryset.with_accreditation(value)

    @property
    def is_filtered(self) -> bool:
        return self.is_bound and any(
            self.data.get(name) for name in ("q", "group", "country", "accreditation")
        )
