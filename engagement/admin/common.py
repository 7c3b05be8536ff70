"""An admin action that asks the secretariat for a reason before it applies a service."""

from django.contrib import messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from common.errors import PortalError

from ..forms.common import ReasonForm
from ..rules import can_moderate


def apply_with_reason(modeladmin, request, queryset, *, action, title, service, required=True):
    """The reason page first; once it is sent, `service(obj, reason)` on each selected record.
    Records the service refuses are named in an error message; the others are done."""
    if not can_moderate(request.user):
        raise PermissionDenied
    form = ReasonForm(request.POST if "apply" in request.POST else None, required=required)
    if "apply" in request.POST and form.is_valid():
        done = 0
        for obj in queryset:
            try:
                service(obj, form.cleaned_data["reason"])
            except PortalError as error:
                messages.error(request, f"{obj}: {error.message}")
            else:
                done += 1
        if done:
            messages.success(
                request,
                ngettext(
                    "%(count)d record done: %(title)s.", "%(count)d records done: %(title)s.", done
                )
                % {"count": done, "title": title},
            )
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.model._meta,
        "title": title,
        "action": action,
        "objects": list(queryset),
        "form": form,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media,
    }
    return TemplateResponse(request, "engagement/admin/reason.html", context)
