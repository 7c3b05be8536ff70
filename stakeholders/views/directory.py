"""The public directory of verified organisations and each organisation's page."""

import re

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from common.cache import cached_for_visitors
from common.downloads import serve_upload

from ..filters import OrganisationFilter
from ..models import EcosocStatus, Organisation, StakeholderGroup
from ..rules import is_administrator_of

PAGE_SIZE = 20
# What the directory and an organisation's page show (common.cache).
PAGE_SCOPES = ("stakeholders.Organisation",)


@cached_for_visitors(scopes=PAGE_SCOPES)
def organisation_list(request):
    filters = OrganisationFilter(request.GET, queryset=Organisation.objects.verified())
    page = Paginator(filters.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "stakeholders/organisation_list.html",
        {"filter": filters, "page_obj": page, "organisations": _labelled(page.object_list)},
    )


def _labelled(organisations) -> list:
    """The page's organisations with their group and ECOSOC status as words. Each label is
    translated once for the page: `get_group_display()` translates every choice on each call."""
    groups, statuses = dict(StakeholderGroup.choices), dict(EcosocStatus.choices)
    organisations = list(organisations)
    for organisation in organisations:
        organisation.group_label = groups.get(organisation.group, organisation.group)
        organisation.ecosoc_label = statuses.get(organisation.ecosoc_status, "")
    return organisations


@cached_for_visitors(scopes=PAGE_SCOPES)
def organisation_detail(request, slug):
    """Public once verified; before that, only its members and the secretariat see it."""
    organisation = get_object_or_404(Organisation.objects.visible_to(request.user), slug=slug)
    membership = None
    if request.user.is_authenticated:
        membership = organisation.memberships.filter(user=request.user).first()
    is_administrator = bool(membership) and is_administrator_of(request.user, organisation)
    return render(
        request,
        "stakeholders/organisation_detail.html",
        {
            "organisation": organisation,
            "membership": membership,
            "is_administrator": is_administrator,
            # What its administrators asked the secretariat to confirm: theirs to see only.
            "claim": is_administrator and organisation.accreditation_claims.pending().first(),
        },
    )


def organisation_evidence(request, slug):
    """The accreditation letter, for the organisation's administrators and the secretariat:
    the one backing its confirmed accreditation or, with ?claim=<id>, the one sent with one of
    its accreditation claims."""
    organisation = get_object_or_404(
        Organisation.objects.with_evidence_readable_by(request.user), slug=slug
    )
    claim_id = request.GET.get("claim")
    if claim_id is None:
        return serve_upload(
            organisation.accreditation_evidence,
            filename=f"accreditation-evidence-{organisation.pk}.pdf",
            public=False,
        )
    if not re.fullmatch(r"[0-9]{1,18}", claim_id):
        raise Http404
    claim = get_object_or_404(organisation.accreditation_claims, pk=int(claim_id))
    return serve_upload(
        claim.evidence,
        filename=f"accreditation-evidence-{organisation.pk}-claim-{claim.pk}.pdf",
        public=False,
    )
