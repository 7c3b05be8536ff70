"""Form fields and widgets for long lists.

Django draws every `<option>` of a select through a template of its own, and escapes through
lazy-aware wrappers, some 0.1 ms an option: the pledge form's partner list (every verified
organisation, 2,000 at the scale of a forum) took 200 ms of the page's 260. These widgets write
the same markup in one pass (tests/portal/test_widgets.py compares them with Django's)."""

from html import escape

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import SafeData, SafeString


def _text(value) -> str:
    """What `{{ value }}` prints in a template: escaped, unless already safe."""
    return value if isinstance(value, SafeData) else escape(str(value))


class LongListMixin:
    def render(self, name, value, attrs=None, renderer=None):
        selected = {str(v) for v in self.format_value(value)}
        parts = []
        for group_value, group_label in self.choices:
            grouped = isinstance(group_label, (list, tuple))
            if grouped:
                parts.append(f'\n  <optgroup label="{_text(group_value)}">')
            for option_value, label in group_label if grouped else [(group_value, group_label)]:
                option_value = str(option_value)
                chosen = option_value in selected
                if chosen and not self.allow_multiple_selected:
                    selected = set()  # a single select marks its first match, as Django does
                parts.append(
                    f'\n  <option value="{escape(option_value)}"{" selected" if chosen else ""}>'
                    f"{_text(label)}</option>"
                )
            if grouped:
                parts.append("\n  </optgroup>")
        attributes = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            attributes["multiple"] = True
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            name,
            flatatt(attributes),
            SafeString("".join(parts)),  # each piece escaped above
        )


class LongSelect(LongListMixin, forms.Select):
    pass


class LongSelectMultiple(LongListMixin, forms.SelectMultiple):
    pass


class RowChoiceIterator(ModelChoiceIterator):
    """Options from the columns their labels need, without building a model instance for each
    one of thousands of rows."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        rows = self.queryset.values_list("pk", *self.field.label_columns)
        for pk, *columns in rows.iterator() if not rows._prefetch_related_lookups else rows:
            yield (pk, self.field.label_from_row(*columns))


class LongModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice among thousands of records, labelled from `label_columns` by
    `label_from_row(*values)`; drawn by LongSelectMultiple. Validation still reads the
    queryset as Django's own field does."""

    iterator = RowChoiceIterator
    widget = LongSelectMultiple

    def __init__(self, queryset, *, label_columns, label_from_row, **kwargs):
        super().__init__(queryset, **kwargs)
        self.label_columns, self.label_from_row = label_columns, label_from_row
