"""The secretariat's decisions in the admin (publish, decline, verify, …), the same way for every
model: a list action on the selected records and a button on a record's page lead to one page
that names the records and asks for the reason (required, optional, or not at all), then the
app's service is applied to each record. The admin never changes a state itself.

An admin declares its `decisions` and who may take them (`has_decide_permission`).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from .moderation import ModerationError

REQUIRED, OPTIONAL, NOT_ASKED = "required", "optional", ""


@dataclass(frozen=True)
class Decision:
    """One decision on records of a model."""

    label: str  # the button on a record's page and on the decision page
    action: str  # the list action ("Publish the selected pledges")
    # The app's service as apply(record, by=, reason=); it returns False when nothing changed.
    apply: Callable[..., object]
    reason: str = OPTIONAL  # REQUIRED, OPTIONAL or NOT_ASKED (then a list action applies at once)
    reason_label: str = _("Reason")
    help_text: str = ""
    title: str = ""  # the page's title, when not the label
    explanation: str = ""  # what the decision does, above the records
    done: str = ngettext_lazy(
        "%(count)d record done: %(decision)s.", "%(count)d records done: %(decision)s.", "count"
    )
    # Whether its button shows on a record's page; by default, whether its life cycle allows it
    # (common.moderation.ModeratedSubmission.may).
    allowed: Callable[[object], bool] | None = None


class ReasonForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)

    def __init__(self, *args, decision: Decision, **kwargs):
        super().__init__(*args, **kwargs)
        if decision.reason == NOT_ASKED:
            del self.fields["reason"]
            return
        field = self.fields["reason"]
        field.required = decision.reason == REQUIRED
        field.label = decision.reason_label
        field.help_text = decision.help_text


def _list_action(name: str):
    def action(modeladmin, request, queryset):
        return modeladmin.decision_page(request, name, list(queryset))

    action.__name__ = f"{name}_selected"
    return action


def _message(error: Exception) -> str:
    return " ".join(str(m) for m in getattr(error, "messages", [error]))


class DecisionAdminMixin:
    decisions: Mapping[str, Decision] = {}
    decision_path = "decide"  # <pk>/decide/<decision>/, named admin:<app>_<model>_decide
    decision_template = "common/admin/decide.html"
    change_form_template = "common/admin/decisions_change_form.html"
    # What the services refuse with besides the life cycle's errors, reported per record.
    decision_errors: tuple[type[Exception], ...] = ()

    def has_decide_permission(self, request) -> bool:
        raise NotImplementedError("Say who may take the decisions (the secretariat).")

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.actions is None or IS_POPUP_VAR in request.GET:
            return actions
        if self.has_decide_permission(request):
            for name, decision in self.decisions.items():
                action = _list_action(name)
                actions[action.__name__] = (action, action.__name__, decision.action)
        return actions

    def get_urls(self):
        opts = self.opts
        return [
            path(
                f"<path:object_id>/{self.decision_path}/<str:decision>/",
                self.admin_site.admin_view(self.decision_view),
                name=f"{opts.app_label}_{opts.model_name}_{self.decision_path}",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        record = None
        if self.has_decide_permission(request):
            record = self.get_object(request, unquote(object_id))
        if record is not None:
            extra_context["decisions"] = [
                (self._decision_url(record, name), decision.label)
                for name, decision in self.decisions.items()
                if self._allows(record, name)
            ]
        return super().change_view(request, object_id, form_url, extra_context)

    def decision_view(self, request, object_id, decision):
        """One decision on one record, from the button on its page."""
        if decision not in self.decisions or not self.has_decide_permission(request):
            raise PermissionDenied
        record = self.get_object(request, unquote(object_id))
        if record is None:
            raise Http404
        response = self.decision_page(request, decision, [record], single=record)
        if response is not None:
            return response
        # Back to the record, unless the decision took it out of this list (a queue).
        opts = self.opts
        if self.get_queryset(request).filter(pk=record.pk).exists():
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", quote(record.pk))
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_changelist")

    def decision_page(self, request, name: str, records: list, *, single=None):
        """The page asking for the reason; once it is sent, the decision on each record (and
        None, for the caller to go back to the list or the record)."""
        if not self.has_decide_permission(request):
            raise PermissionDenied
        decision = self.decisions[name]
        if single is not None:
            sent = request.method == "POST"
        else:
            sent = "apply" in request.POST or decision.reason == NOT_ASKED
        form = ReasonForm(request.POST if sent else None, decision=decision)
        if sent and form.is_valid():
            self.apply_decision(request, name, records, form.cleaned_data.get("reason", ""))
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": decision.title or decision.label,
            "label": decision.label,
            "explanation": decision.explanation,
            "decision": name,
            "action": f"{name}_selected",
            "objects": records,
            "single": single,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, self.decision_template, context)

    def apply_decision(self, request, name: str, records: list, reason: str) -> int:
        """The service on each record; those it refuses are named with the reason why."""
        decision = self.decisions[name]
        done = refused = 0
        for record in records:
            try:
                changed = decision.apply(record, by=request.user, reason=reason)
            except (ModerationError, *self.decision_errors) as error:
                refused += 1
                messages.error(request, f"{record}: {_message(error)}")
            else:
                done += changed is not False
        if done or not refused:
            messages.success(request, decision.done % {"count": done, "decision": decision.label})
        return done

    def _allows(self, record, name: str) -> bool:
        allowed = self.decisions[name].allowed
        return allowed(record) if allowed else record.may(name)

    def _decision_url(self, record, name: str) -> str:
        opts = self.opts
        route = f"admin:{opts.app_label}_{opts.model_name}_{self.decision_path}"
        return reverse(route, args=[quote(record.pk), name])
