"""The Repository of Practices: the public catalogue, a practice's page, the submission form."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from common.downloads import serve_upload
from common.errors import PortalError
from stakeholders.decorators import verified_email_required

from ..filters import filter_practices
from ..forms.practices import PracticeForm
from ..models import Practice
from ..rules import can_moderate, can_submit_practice
from ..services.practices import submit_practice

PAGE_SIZE = 20


def practice_list(request):
    filters = filter_practices(request.GET, Practice.objects.published().for_listing())
    page = Paginator(filters.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "engagement/practice_list.html",
        {
            "filters": filters,
            "page": page,
            "practices": page.object_list,
            "query_string": filters.query_string(),
            "can_submit": can_submit_practice(request.user),
        },
    )


def practice_detail(request, pk):
    # Someone else's practice that is not published is out of reach: 404.
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).select_related("organisation"), pk=pk
    )
    return render(
        request,
        "engagement/practice_detail.html",
        {
            "practice": practice,
            "objectives": practice.objectives.all(),
            "round_tables": practice.round_tables(),
            "moderator": can_moderate(request.user),
        },
    )


def practice_evidence(request, pk):
    """The practice's evidence document, for whoever may see the practice."""
    practice = get_object_or_404(Practice.objects.visible_to(request.user), pk=pk)
    return serve_upload(
        practice.evidence_file,
        filename=f"practice-{practice.pk}-evidence.pdf",
        public=practice.state == Practice.State.PUBLISHED,
    )


@verified_email_required
def practice_create(request):
    if not can_submit_practice(request.user):
        return render(request, "engagement/practice_form.html", {"form": None}, status=403)
    form = PracticeForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            practice = submit_practice(
                organisation=data["organisation"],
                by=request.user,
                language=data["language"],
                title=data["title"],
                description=data["description"],
                results=data["results"],
                kind=data["kind"],
                objectives=data["objectives"],
                countries=data["countries"],
                partners=data["partners"],
                started_on=data["started_on"],
                ended_on=data["ended_on"],
                evidence_url=data["evidence_url"],
                evidence_file=data["evidence_file"],
            )
        except PortalError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _(
                    "Thank you: your practice is sent to the secretariat, who will publish it "
                    "after review. We will tell you by e-mail."
                ),
            )
            return redirect(practice.get_absolute_url())
    return render(request, "engagement/practice_form.html", {"form": form})
