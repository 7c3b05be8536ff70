"""Public pages of the pledges: the directory, a pledge, and the pledges of a member's
organisations."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from common.cache import cached_for_visitors, when_drawn
from common.downloads import serve_upload
from common.models import AuditRecord
from gcm.models import RoundTable
from stakeholders.models import Organisation

from .filters import PAGE_SCOPES, filter_pledges
from .models import (
    Pledge,
    current_round_table_numbers_by_objective,
    is_overdue,
    overdue_cutoff,
)
from .rules import can_make_pledges, can_moderate_pledges, is_pledging_member

PAGE_SIZE = 20

# How the pledge's history reads for its organisation (audit actions written by the services).
HISTORY_LABELS = {
    "create": _("Draft created"),
    "update": _("Edited"),
    "submit": _("Submitted to the secretariat"),
    "resubmit": _("Submitted again after changes"),
    "request_changes": _("Changes requested by the secretariat"),
    "publish": _("Published by the secretariat"),
    "reject": _("Rejected by the secretariat"),
    "withdraw": _("Withdrawn"),
    "progress": _("Progress reported"),
}


def prepare_for_listing(pledges) -> list:
    """Gives each pledge of a list what its row shows, worked out once per list rather than once
    per row: its address, its tags (the current round tables derived from its objectives, then
    the objectives, from their numbers read as plain values in one query), the labels of its
    kind, state and region, its countries' names and whether its progress is overdue.

    A label or a country name is translated once however many rows show it: the same few
    translations would otherwise be looked up again for every row of the page."""
    pledges = list(pledges)
    round_tables_of = current_round_table_numbers_by_objective()
    objectives_of: dict[int, list[tuple[int, int]]] = {}
    links = Pledge.objectives.through.objects.filter(pledge_id__in=[p.pk for p in pledges])
    for pledge_id, objective_id, number in links.values_list(
        "pledge_id", "objective_id", "objective__number"
    ).order_by("objective__number"):
        objectives_of.setdefault(pledge_id, []).append((objective_id, number))
    detail_url = reverse("pledges:pledge_detail", kwargs={"pk": 0}).replace("/0/", "/{pk}/")
    cutoff = overdue_cutoff()
    comma = pgettext("between the names of countries", ", ")
    labels: dict = {}  # (kind, number or code) -> translated label

    def label(key, make):
        if key not in labels:
            labels[key] = make()
        return labels[key]

    for pledge in pledges:
        objectives = objectives_of.get(pledge.pk, [])
        round_tables = sorted(
            {
                number
                for objective_id, _n in objectives
                for number in round_tables_of.get(objective_id, [])
            }
        )
        pledge.url = detail_url.format(pk=pledge.pk)
        pledge.tag_labels = [
            label(("round table", number), lambda n=number: RoundTable(number=n).name)
            for number in round_tables
        ] + [
            label(
                ("objective", number),
                lambda n=number: gettext("Objective %(number)s") % {"number": n},
            )
            for _id, number in objectives
        ]
        pledge.country_names = comma.join(
            label(("country", country.code), lambda c=country: str(c.name))
            for country in pledge.countries
        )
        pledge.kind_label = label(("kind", pledge.kind), pledge.get_kind_display)
        pledge.state_label = label(("state", pledge.state), pledge.get_state_display)
        pledge.region_label = pledge.region and label(
            ("region", pledge.region),
            lambda p=pledge: (
                gettext("Region-wide: %(region)s") % {"region": p.get_region_display()}
            ),
        )
        pledge.overdue = pledge.is_published and is_overdue(
            pledge.published_at, pledge.latest_progress_date(), cutoff
        )
    return pledges


@cached_for_visitors(scopes=PAGE_SCOPES)
def pledge_list(request):
    # Everything below is the same for everyone reading the same filters, and drawn in kept
    # parts (the filter form, the links, the results): read only when one is drawn.
    filterset = when_drawn(
        lambda: filter_pledges(request.GET, Pledge.objects.published().for_listing())
    )

    def listing():
        page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
        page.object_list = prepare_for_listing(page.object_list)
        return page

    return render(
        request,
        "pledges/pledge_list.html",
        {
            "filter": filterset,
            "page": when_drawn(listing),
            "query": when_drawn(lambda: filterset.query_string()),
            "can_pledge": can_make_pledges(request.user),
        },
    )


def pledge_detail(request, pk):
    pledge = get_object_or_404(
        Pledge.objects.visible_to(request.user)
        .select_related("organisation", "matches")
        .prefetch_related("objectives", "principles", "partners", "progress"),
        pk=pk,
    )
    member = is_pledging_member(request.user, pledge)
    history = []
    # The secretariat's reasons are for the organisation and the secretariat, not for all staff
    # (rules.can_see_pledge_history, with the membership known).
    if member or can_moderate_pledges(request.user):
        history = list(AuditRecord.objects.for_object(pledge).order_by("at", "pk"))
        for record in history:
            record.label = HISTORY_LABELS.get(record.action, record.action)
    return render(
        request,
        "pledges/pledge_detail.html",
        {
            "pledge": pledge,
            "is_member": member,
            "round_tables": list(pledge.round_tables()),
            "matched_by": list(pledge.matched_by.published().select_related("organisation")),
            "history": history,
        },
    )


def pledge_attachment(request, pk):
    """The pledge's document, for whoever may see the pledge: everyone once it is published."""
    pledge = get_object_or_404(Pledge.objects.visible_to(request.user), pk=pk)
    return serve_upload(
        pledge.attachment, filename=f"pledge-{pledge.pk}.pdf", public=pledge.is_published
    )


@login_required
def my_pledges(request):
    # A page at a time, like the directory: a busy organisation has hundreds of pledges.
    pledges = (
        Pledge.objects.of_organisations_of(request.user)
        .for_listing()
        .order_by("organisation__name", "-updated_at", "-pk")
    )
    page = Paginator(pledges, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = prepare_for_listing(page.object_list)
    return render(
        request,
        "pledges/my_pledges.html",
        {
            "page_obj": page,
            "pledging_organisations": list(Organisation.objects.acting_for(request.user)),
        },
    )
