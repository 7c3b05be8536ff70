"""The filters of the practice catalogue, in the same words as the pledge directory's
(`?objective=6&round_table=1&country=JO&group=academia&kind=data&q=words`)."""

import django_filters
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from stakeholders.tagged_filters import FILTER_NAMES, TaggedRecordFilter

from .models import Practice

SEARCHED_FIELDS = [
    f"{field}_{language}"
    for field in ("title", "description", "results")
    for language in ("en", "ar", "fr")
] + ["organisation__name", "organisation__acronym", "partners"]


class PracticeFilter(TaggedRecordFilter):
    searched_fields = SEARCHED_FIELDS

    kind = django_filters.ChoiceFilter(
        label=_("Kind of practice"),
        choices=Practice.Kind.choices,
        empty_label=pgettext_lazy("practice kinds", "All kinds"),
    )

    class Meta:
        model = Practice
        fields = list(FILTER_NAMES)


def filter_practices(params, queryset=None) -> PracticeFilter:
    """The catalogue's filters applied to `queryset` (published practices by default)."""
    if queryset is None:
        queryset = Practice.objects.published()
    return PracticeFilter(params if params is not None else QueryDict(), queryset=queryset)
