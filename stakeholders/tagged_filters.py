"""Filters for anything tagged with GCM objectives and made by an organisation: one query string
(`?objective=6&round_table=1&country=JO&group=academia&kind=..&q=words`) that the pledge directory
and the practice catalogue both understand. Subclasses add `kind`, `Meta` and `searched_fields`."""

import django_filters
from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from common.i18n import localized
from gcm.models import Objective, RoundTable
from stakeholders.models import StakeholderGroup

FILTER_NAMES = ("objective", "round_table", "country", "group", "kind", "q")


class ObjectiveChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {localized(obj, 'short_title').text}"


class RoundTableChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ObjectiveFilter(django_filters.ModelChoiceFilter):
    field_class = ObjectiveChoiceField


class RoundTableFilter(django_filters.ModelChoiceFilter):
    field_class = RoundTableChoiceField


def _current_round_tables(request):
    return RoundTable.objects.of_current_forum().order_by("number")


class TaggedRecordFilter(django_filters.FilterSet):
    """The querysets filtered must offer `tagged_with(objectives)` and `for_round_table(rt)`,
    and the model `organisation` and `countries` fields."""

    searched_fields: list[str] = []

    objective = ObjectiveFilter(
        label=capfirst(_("GCM objective")),
        queryset=Objective.objects.order_by("number"),
        to_field_name="number",
        method="filter_objective",
        empty_label=_("All objectives"),
    )
    round_table = RoundTableFilter(
        label=_("Round table"),
        queryset=_current_round_tables,
        to_field_name="number",
        method="filter_round_table",
        empty_label=_("All round tables"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        choices=lambda: list(countries),
        method="filter_country",
        empty_label=_("All countries"),
    )
    group = django_filters.ChoiceFilter(
        label=_("Stakeholder group"),
        choices=StakeholderGroup.choices,
        field_name="organisation__group",
        empty_label=_("All groups"),
    )
    q = django_filters.CharFilter(label=_("Words"), method="search", max_length=200)

    def filter_objective(self, queryset, name, value):
        return queryset.tagged_with([value]) if value else queryset

    def filter_round_table(self, queryset, name, value):
        return queryset.for_round_table(value) if value else queryset

    def filter_country(self, queryset, name, value):
        # Countries are stored as comma-separated two-letter codes: a code never straddles a comma.
        return queryset.filter(countries__contains=value) if value else queryset

    def search(self, queryset, name, value):
        condition = Q()
        for word in value.split()[:10]:
            matches = Q()
            for field in self.searched_fields:
                matches |= Q(**{f"{field}__icontains": word})
            condition &= matches
        return queryset.filter(condition)

    @property
    def active(self) -> dict:
        """The filters in use, with their valid values (for headings and links)."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {name: value for name, value in self.form.cleaned_data.items() if value}

    def query_string(self) -> str:
        """The filters in use as a query string, for links to the same records elsewhere."""
        query = QueryDict(mutable=True)
        for name in FILTER_NAMES:
            value = self.data.get(name) if self.data else None
            if value and name in self.active:
                query[name] = value
        return query.urlencode()
