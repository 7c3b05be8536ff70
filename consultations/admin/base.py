"""What the consultations admin pages share: widgets, rows kept in the order typed, and admin
actions that call a service for each selected record."""

from django import forms
from django.contrib import messages
from django.db import models

from common.errors import NotAllowed

# Addresses typed without a scheme are https (Django 6's default, chosen now).
HTTPS = {models.URLField: {"assume_scheme": "https"}}
SHORT_TEXT = {
    models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 60})},
    **HTTPS,
}


class OrderedFormsetsMixin:
    """New rows left at order 0 go to the end, so that the secretariat can add parts, items,
    speakers, points or questions in the order of the record without numbering them."""

    def save_formset(self, request, form, formset, change):
        model_fields = {field.name for field in formset.model._meta.fields}
        if "order" not in model_fields:
            return super().save_formset(request, form, formset, change)
        self.before_saving_rows(formset)
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        kept = [
            f.instance for f in formset.forms if f.instance.pk and f not in formset.deleted_forms
        ]
        highest = max((obj.order for obj in kept), default=0)
        for instance in instances:
            if not instance.order:
                highest += 10
                instance.order = highest
            instance.save()
        formset.save_m2m()

    def before_saving_rows(self, formset):
        """A hook for rows that take something from rows saved before them."""


def run_service(modeladmin, request, queryset, service, done: str, **kwargs):
    """Apply a service to each selected record; report what was done and what was refused."""
    count = 0
    for obj in queryset:
        try:
            service(obj, by=request.user, **kwargs)
        except NotAllowed as refusal:
            modeladmin.message_user(request, f"{obj}: {refusal}", messages.WARNING)
        else:
            count += 1
    if count:
        modeladmin.message_user(request, done % {"count": count}, messages.SUCCESS)
