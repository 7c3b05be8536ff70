"""The coordinators' report pages: what exists in each language, asking for reports, progress,
retry and download. Anyone without the reports role gets 404, as if the pages did not exist."""

from collections import defaultdict

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from common.downloads import serve_upload
from common.i18n import LANGUAGE_CODES
from consultations.models import Event
from gcm.models import RoundTable

from . import services
from .models import Report

SUBJECT_MODELS = {Report.Kind.MEETING_SUMMARY: Event, Report.Kind.ROUND_TABLE_BRIEFING: RoundTable}


def _check_access(request) -> None:
    if not request.user.has_perm("portal.use_reports"):
        raise Http404


def _get_report_for_user(request, pk) -> Report:
    _check_access(request)
    return get_object_or_404(
        Report.objects.select_related("event", "round_table__forum", "requested_by"), pk=pk
    )


class RequestForm(forms.Form):
    kind = forms.ChoiceField(choices=Report.Kind.choices)
    subject = forms.IntegerField(min_value=1)
    language = forms.ChoiceField(
        choices=[("all", "all"), *[(code, code) for code in LANGUAGE_CODES]], required=False
    )

    def clean(self):
        data = super().clean()
        if "kind" in data and "subject" in data:
            try:
                data["subject"] = SUBJECT_MODELS[data["kind"]]._default_manager.get(
                    pk=data["subject"]
                )
            except ObjectDoesNotExist:
                raise forms.ValidationError("No such subject.") from None
        return data


def _rows(kind: str, subjects, reports) -> list[dict]:
    """One row per subject: its latest report in each language and how many versions exist."""
    latest, versions = {}, defaultdict(int)
    field = Report.SUBJECT_FIELDS[kind] + "_id"
    for report in reports:
        if report.kind != kind:
            continue
        key = (getattr(report, field), report.language)
        versions[key] += 1
        if key not in latest or report.version > latest[key].version:
            latest[key] = report
    return [
        {
            "subject": subject,
            "kind": kind,
            "languages": [
                {
                    "code": code,
                    "report": latest.get((subject.pk, code)),
                    "versions": versions[(subject.pk, code)],
                }
                for code in LANGUAGE_CODES
            ],
        }
        for subject in subjects
    ]


@never_cache
@require_GET
def report_list(request):
    _check_access(request)
    services.fail_stale_reports()
    reports = list(Report.objects.defer("error", "fingerprint"))
    events = Event.objects.order_by("-starts_on", "pk")
    round_tables = RoundTable.objects.with_objectives().order_by("-forum__starts_on", "number")
    event_rows = _rows(Report.Kind.MEETING_SUMMARY, events, reports)
    round_table_rows = _rows(Report.Kind.ROUND_TABLE_BRIEFING, round_tables, reports)
    return render(
        request,
        "reports/report_list.html",
        {
            "event_rows": event_rows,
            "round_table_rows": round_table_rows,
            "in_progress": any(report.in_progress for report in reports),
        },
    )


@never_cache
@require_GET
def report_detail(request, pk):
    _check_access(request)
    services.fail_stale_reports()
    report = _get_report_for_user(request, pk)
    versions = (
        Report.objects.of(report.kind, report.subject)
        .filter(language=report.language)
        .exclude(pk=report.pk)
        .order_by("-version")
    )
    return render(request, "reports/report_detail.html", {"report": report, "versions": versions})


@never_cache
@require_GET
def report_status(request, pk):
    _check_access(request)
    services.fail_stale_reports()
    report = _get_report_for_user(request, pk)
    return JsonResponse(
        {
            "id": report.pk,
            "state": report.state,
            "label": report.get_state_display(),
            "in_progress": report.in_progress,
            "failure": report.get_failure_display(),
            "url": report.get_absolute_url(),
            "download_url": (
                reverse("reports:report_download", kwargs={"pk": report.pk})
                if report.state == Report.State.DONE
                else None
            ),
        }
    )


@require_POST
def request_reports(request):
    _check_access(request)
    form = RequestForm(request.POST)
    if not form.is_valid():
        raise Http404
    kind, subject = form.cleaned_data["kind"], form.cleaned_data["subject"]
    language = form.cleaned_data["language"] or "all"
    if language != "all":
        report = services.request_report(
            kind=kind, subject=subject, language=language, by=request.user
        )
        return redirect(report)
    services.request_all_languages(kind=kind, subject=subject, by=request.user)
    messages.success(
        request,
        _("The reports in English, Arabic and French are on their way; this page follows them."),
    )
    return redirect(f"{reverse('reports:report_list')}#{kind}-{subject.pk}")


@require_POST
def retry_report(request, pk):
    report = _get_report_for_user(request, pk)
    services.retry_report(report=report, by=request.user)
    return redirect(report)


@require_GET
def download_report(request, pk):
    report = _get_report_for_user(request, pk)
    if report.state != Report.State.DONE:
        raise Http404
    return serve_upload(report.file, filename=report.download_name, public=False)
