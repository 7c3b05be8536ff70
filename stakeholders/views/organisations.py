"""Registering, joining and running an organisation: pages for signed-in people.

Each view that acts on an organisation fetches it through `shortcuts`, which answers 404 to
anyone outside its reach; the rules themselves live in `services`.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..decorators import verified_email_required
from ..forms import OrganisationForm, RegisterOrganisationForm
from ..models import Membership, Organisation
from ..rules import is_administrator_of
from ..shortcuts import get_organisation_for_admin, get_organisation_for_member
from .directory import PAGE_SIZE


def _say_why(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@verified_email_required
def organisation_register(request):
    form = RegisterOrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        organisation = services.register_organisation(
            by=request.user, data=form.cleaned_data, language=get_language()
        )
        messages.success(
            request,
            _(
                "%(organisation)s is registered and you are its administrator. The secretariat "
                "will verify it; you will receive an e-mail with its decision."
            )
            % {"organisation": organisation.name},
        )
        return redirect(organisation)
    memberships = _membership_states(request.user, form.duplicates)
    return render(
        request,
        "stakeholders/organisation_register.html",
        {"form": form, "duplicates": [(o, memberships.get(o.pk)) for o in form.duplicates]},
    )


@verified_email_required
def organisation_join(request):
    """Find an organisation to ask to join."""
    # A NUL character is refused by PostgreSQL in a query: it can be in no name anyway.
    text = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    page = None
    results = []
    if text:
        found = Organisation.objects.joinable().search(text).order_by("name")
        page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
        states = _membership_states(request.user, page.object_list)
        results = [(o, states.get(o.pk)) for o in page.object_list]
    return render(
        request,
        "stakeholders/organisation_join.html",
        {"q": text, "page_obj": page, "results": results},
    )


@verified_email_required
@require_POST
def membership_request(request, slug):
    organisation = get_object_or_404(Organisation.objects.joinable(), slug=slug)
    try:
        services.request_membership(organisation=organisation, by=request.user)
    except ValidationError as error:
        _say_why(request, error)
    else:
        messages.success(
            request,
            _(
                "Your request to join %(organisation)s was sent to its administrators. You will "
                "receive an e-mail with their answer."
            )
            % {"organisation": organisation.name},
        )
    return redirect("stakeholders:my_account")


@verified_email_required
def organisation_edit(request, slug):
    organisation = get_organisation_for_admin(request, slug)
    claim = organisation.accreditation_claims.pending().first()
    # The form works on its own copy, so that the service compares with the stored record.
    form = OrganisationForm(
        request.POST or None,
        request.FILES or None,
        instance=Organisation.objects.get(pk=organisation.pk),
        claim=claim,
    )
    if request.method == "POST" and form.is_valid():
        services.update_organisation(
            organisation=organisation, by=request.user, data=form.cleaned_data
        )
        if organisation.accreditation_claims.pending().exists():
            messages.success(
                request,
                _(
                    "The organisation’s record is saved. The changes to its accreditation and "
                    "leadership take effect once the secretariat confirms them; you will "
                    "receive an e-mail with its decision."
                ),
            )
        else:
            messages.success(request, _("The organisation’s record is saved."))
        return redirect(organisation)
    return render(
        request,
        "stakeholders/organisation_edit.html",
        {"form": form, "organisation": organisation, "claim": claim},
    )


@verified_email_required
@require_POST
def organisation_resubmit(request, slug):
    organisation = get_organisation_for_admin(request, slug)
    if services.resubmit_organisation(organisation=organisation, by=request.user):
        messages.success(
            request,
            _("%(organisation)s is back in the secretariat’s queue for verification.")
            % {"organisation": organisation.name},
        )
    return redirect(organisation)


@verified_email_required
def organisation_members(request, slug):
    organisation = get_organisation_for_admin(request, slug)
    memberships = list(
        organisation.memberships.exclude(state=Membership.State.DECLINED)
        .select_related("user__profile")
        .order_by("user__profile__full_name", "user__email")
    )
    return render(
        request,
        "stakeholders/organisation_members.html",
        {
            "organisation": organisation,
            "requests": [m for m in memberships if m.state == Membership.State.REQUESTED],
            "members": [m for m in memberships if m.state == Membership.State.ACTIVE],
            "roles": Membership.Role,
        },
    )


def _membership_for_admin(request, slug, pk):
    organisation = get_organisation_for_admin(request, slug)
    return get_object_or_404(organisation.memberships.select_related("user", "organisation"), pk=pk)


@verified_email_required
@require_POST
def membership_approve(request, slug, pk):
    membership = _membership_for_admin(request, slug, pk)
    try:
        services.approve_membership(membership=membership, by=request.user)
    except ValidationError as error:
        _say_why(request, error)
    else:
        messages.success(
            request,
            _("%(person)s is now a member.") % {"person": membership.user.display_name},
        )
    return redirect("stakeholders:organisation_members", slug=slug)


@verified_email_required
@require_POST
def membership_decline(request, slug, pk):
    membership = _membership_for_admin(request, slug, pk)
    try:
        services.decline_membership(membership=membership, by=request.user)
    except ValidationError as error:
        _say_why(request, error)
    else:
        messages.success(
            request,
            _("The request of %(person)s is declined.") % {"person": membership.user.display_name},
        )
    return redirect("stakeholders:organisation_members", slug=slug)


@verified_email_required
@require_POST
def membership_role(request, slug, pk):
    membership = _membership_for_admin(request, slug, pk)
    try:
        services.change_member_role(
            membership=membership, role=request.POST.get("role", ""), by=request.user
        )
    except ValidationError as error:
        _say_why(request, error)
    else:
        messages.success(
            request,
            _("The role of %(person)s is changed.") % {"person": membership.user.display_name},
        )
    if not is_administrator_of(request.user, membership.organisation):
        return redirect(membership.organisation)  # gave up their own administrator role
    return redirect("stakeholders:organisation_members", slug=slug)


@verified_email_required
@require_POST
def membership_remove(request, slug, pk):
    membership = _membership_for_admin(request, slug, pk)
    try:
        services.remove_member(membership=membership, by=request.user)
    except ValidationError as error:
        _say_why(request, error)
    else:
        messages.success(
            request,
            _("%(person)s is no longer a member.") % {"person": membership.user.display_name},
        )
    if membership.user_id == request.user.pk:
        return redirect("stakeholders:my_account")
    return redirect("stakeholders:organisation_members", slug=slug)


@login_required
def organisation_leave(request, slug):
    organisation = get_organisation_for_member(request, slug)
    if request.method == "POST":
        try:
            services.leave_organisation(organisation=organisation, by=request.user)
        except ValidationError as error:
            _say_why(request, error)
            return redirect(organisation)
        messages.success(
            request,
            _("You have left %(organisation)s.") % {"organisation": organisation.name},
        )
        return redirect("stakeholders:my_account")
    return render(request, "stakeholders/organisation_leave.html", {"organisation": organisation})


def _membership_states(user, organisations) -> dict:
    """The person's membership in each organisation, by organisation id."""
    ids = [organisation.pk for organisation in organisations]
    if not ids:
        return {}
    return {m.organisation_id: m for m in user.memberships.filter(organisation_id__in=ids)}
