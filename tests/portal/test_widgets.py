"""The widgets for long lists (common.widgets) draw exactly what Django's own select widgets
draw: the same attributes, options, labels (escaped), groups and selections."""

import inspect
from html.parser import HTMLParser

import pytest

from common import widgets

LONG_LIST_WIDGETS = [
    widget
    for _, widget in inspect.getmembers(widgets, inspect.isclass)
    if issubclass(widget, widgets.LongListMixin) and widget is not widgets.LongListMixin
]
CHOICES = [
    ("Group <b>&", [("1", "A & B <script>alert(1)</script>"), ("2", 'Say "hello"')]),
    ("3", "منظمة المهاجرين"),
    ("", "—"),
    ("Empty group", []),
    ("4", "Last"),
]


class Shape(HTMLParser):
    """Elements as (tag, attributes as a set) and the text in them, whitespace ignored."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, frozenset(attrs)))

    def handle_endtag(self, tag):
        self.found.append(("/" + tag,))

    def handle_data(self, data):
        if data.strip():
            self.found.append(("text", data))


def shape(html: str) -> list:
    parser = Shape()
    parser.feed(html)
    return parser.found


def django_widget_for(widget):
    return next(base for base in widget.__mro__ if base.__module__.startswith("django.forms"))


def test_there_are_widgets_for_long_lists():
    assert {widgets.LongSelect, widgets.LongSelectMultiple} <= set(LONG_LIST_WIDGETS)


@pytest.mark.parametrize("widget", LONG_LIST_WIDGETS, ids=lambda w: w.__name__)
@pytest.mark.parametrize("value", [None, "2", ["1", "3"]])
def test_a_long_list_draws_what_django_draws(widget, value):
    attrs = {"size": 6, "required": True, "disabled": False, "aria-describedby": "help <1>"}
    django = django_widget_for(widget)(attrs=attrs, choices=CHOICES)
    ours = widget(attrs=attrs, choices=CHOICES)

    expected = django.render("partners", value, attrs={"id": "id_partners"})
    drawn = ours.render("partners", value, attrs={"id": "id_partners"})

    assert shape(drawn) == shape(expected)
    assert "<script>" not in drawn


@pytest.mark.django_db
def test_the_partner_list_offers_what_djangos_own_field_offers():
    """Options from two columns, without a model instance each: the same values, labels and
    selection as Django's field over the same organisations; and it validates the same."""
    from django import forms

    from pledges.forms import OrganisationChoices
    from stakeholders.models import Organisation
    from tests.factories import OrganisationFactory

    chosen = OrganisationFactory(name="Migrant Forum in Asia", acronym="MFA")
    OrganisationFactory(name="Caritas <Lebanon> & partners", acronym="")
    queryset = Organisation.objects.order_by("name")
    ours = OrganisationChoices(required=False)
    ours.queryset = queryset
    django = forms.ModelMultipleChoiceField(queryset=queryset, required=False)

    drawn = ours.widget.render("partners", [chosen.pk])
    expected = django.widget.render("partners", [chosen.pk])

    assert shape(drawn) == shape(expected)
    assert "Migrant Forum in Asia (MFA)" in drawn
    assert list(ours.clean([str(chosen.pk)])) == [chosen]
