"""The filters of the pledge directory, shared by the dashboard and the open-data exports so that
one query string (`?objective=6&country=JO`) means the same pledges everywhere."""

import django_filters
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from stakeholders.tagged_filters import FILTER_NAMES, TaggedRecordFilter

from .models import Pledge

SEARCHED_FIELDS = [
    f"{field}_{language}" for field in ("title", "description") for language in ("en", "ar", "fr")
] + ["organisation__name", "organisation__acronym"]


class PledgeFilter(TaggedRecordFilter):
    searched_fields = SEARCHED_FIELDS

    kind = django_filters.ChoiceFilter(
        label=_("Kind of pledge"),
        choices=Pledge.Kind.choices,
        empty_label=pgettext_lazy("pledge kinds", "All kinds"),
    )

    class Meta:
        model = Pledge
        fields = list(FILTER_NAMES)


# What the pledge directory and dashboard show (common.cache): pledges, their objectives and round
# tables, their organisations.
PAGE_SCOPES = ("pledges", "gcm", "stakeholders.Organisation")


def filter_pledges(params, queryset=None) -> PledgeFilter:
    """The directory's filters applied to `queryset` (published pledges by default).

    Invalid values are reported by the filter set's form (`.errors`) and ignored in `.qs`.
    """
    if queryset is None:
        queryset = Pledge.objects.published()
    return PledgeFilter(params if params is not None else QueryDict(), queryset=queryset)
