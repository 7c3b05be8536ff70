"""The survey: its answer form for members, its public results, the CSV export."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from common.errors import PortalError
from stakeholders.rules import can_use_reports

from .. import results
from ..exports import SurveyCsvExport
from ..forms.surveys import SurveyAnswerForm
from ..models import Survey, SurveyResponse
from ..rules import can_take_part
from ..services.surveys import answer_survey, organisations_to_answer_for


def _get_survey(request, slug):
    return get_object_or_404(Survey.objects.visible_to(request.user), slug=slug)


def survey_list(request):
    surveys = Survey.objects.visible_to(request.user).order_by("-opens_at")
    return render(request, "engagement/survey_list.html", {"surveys": surveys})


def survey_detail(request, slug):
    survey = _get_survey(request, slug)
    user = request.user
    answered = (
        SurveyResponse.objects.of_organisations_of(user)
        .filter(survey=survey)
        .select_related("organisation")
    )
    organisations = organisations_to_answer_for(survey, user)
    form = None
    if survey.is_open() and organisations.exists():
        form = SurveyAnswerForm(request.POST or None, survey=survey, organisations=organisations)
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if form is None:
            messages.error(request, _refusal(user, survey, answered))
        elif form.is_valid():
            try:
                answer_survey(
                    survey=survey,
                    organisation=form.cleaned_data["organisation"],
                    by=user,
                    answers=form.answers(),
                    language=(get_language() or "en")[:2],
                )
            except PortalError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Thank you: your organisation’s answer is recorded."))
                return redirect("engagement:survey_results", slug=survey.slug)
    status = 403 if request.method == "POST" and form is None else 200
    return render(
        request,
        "engagement/survey_detail.html",
        {
            "survey": survey,
            "form": form,
            "answered": answered,
            "refusal": None if form else _refusal(user, survey, answered),
        },
        status=status,
    )


def _refusal(user, survey, answered) -> str:
    if survey.is_closed():
        return _("This survey is closed: it takes no new answers.")
    if not survey.is_open():
        return _("This survey is not open for answers.")
    if not user.is_authenticated:
        return _("Sign in to answer for your organisation.")
    if answered:
        return ""  # the page says who answered, and when
    if not can_take_part(user):
        return _(
            "Only members of a verified organisation can answer, one answer per organisation. "
            "Join your organisation, or register it, and the secretariat will verify it."
        )
    return ""


def survey_results(request, slug):
    survey = _get_survey(request, slug)
    return render(
        request,
        "engagement/survey_results.html",
        {
            "survey": survey,
            "results": results.survey_results(survey),
            "can_export": can_use_reports(request.user),
        },
    )


def survey_export_csv(request, slug):
    """The answers without personal data, for the secretariat and coordinators."""
    if not can_use_reports(request.user):
        raise Http404
    survey = _get_survey(request, slug)
    export = SurveyCsvExport(survey)
    response = HttpResponse(export.render(), content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response
