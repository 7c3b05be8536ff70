"""Public pages of the discussions, and what members do there: contribute, reply, follow."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.errors import NotAllowed, PortalError
from stakeholders.decorators import verified_email_required

from ..forms.discussions import ContributionForm
from ..models import Contribution, Discussion, Follow
from ..rules import can_moderate, can_post_contribution
from ..services import discussions as services
from ..threads import thread_for


def _get_discussion(request, slug):
    """The discussion, if the person may see it (the public: once it has opened)."""
    return get_object_or_404(
        Discussion.objects.visible_to(request.user).select_related("round_table__forum"),
        slug=slug,
    )


def discussion_list(request):
    discussions = list(Discussion.objects.visible_to(request.user).for_listing())
    return render(
        request,
        "engagement/discussion_list.html",
        {
            "open_discussions": [d for d in discussions if d.status == "open"],
            "closed_discussions": [d for d in discussions if d.status == "closed"],
            "upcoming_discussions": [d for d in discussions if d.status == "upcoming"],
        },
    )


def _post_contribution(request, discussion, form, parent=None):
    """Hands a valid form to the service; returns the new contribution or None (form errors)."""
    try:
        return services.contribute(
            discussion=discussion,
            by=request.user,
            organisation=form.cleaned_data["organisation"],
            body=form.cleaned_data["body"],
            language=form.cleaned_data["language"],
            parent=parent,
        )
    except PortalError as error:
        form.add_error(None, error.message)
        return None


def discussion_detail(request, slug):
    discussion = _get_discussion(request, slug)
    form = None
    status = 200
    if can_post_contribution(request.user, discussion):
        form = ContributionForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if form is None:
            status = 403
            messages.error(request, _refusal(request.user, discussion))
        elif form.is_valid():
            contribution = _post_contribution(request, discussion, form)
            if contribution is not None:
                messages.success(request, _("Thank you: your contribution is published."))
                return redirect(contribution.get_absolute_url())
    return render(
        request,
        "engagement/discussion_detail.html",
        {
            "discussion": discussion,
            "guiding_questions": discussion.guiding_questions.all(),
            "objectives": discussion.all_objectives(),
            "entries": thread_for(discussion, request.user),
            "form": form,
            "refusal": None if form else _refusal(request.user, discussion),
            "following": request.user.is_authenticated
            and Follow.objects.filter(user=request.user, discussion=discussion).exists(),
            "moderator": can_moderate(request.user),
        },
        status=status,
    )


def _refusal(user, discussion) -> str:
    """Why this person cannot write here, in words they can act on."""
    if discussion.is_closed():
        return _("This discussion is closed: it takes no new contributions.")
    if discussion.is_upcoming():
        return _("This discussion is not open yet.")
    if not user.is_authenticated:
        return _("Sign in to contribute.")
    return _(
        "Only members of a verified organisation can contribute. Join your organisation, or "
        "register it, and the secretariat will verify it."
    )


@verified_email_required
def contribution_reply(request, slug, pk):
    discussion = _get_discussion(request, slug)
    # A hidden contribution cannot be answered; for the public it does not exist.
    parent = get_object_or_404(
        Contribution.objects.visible().select_related("organisation", "author__profile"),
        pk=pk,
        discussion=discussion,
    )
    form = None
    if can_post_contribution(request.user, discussion):
        form = ContributionForm(request.POST or None, user=request.user)
    if form is not None and request.method == "POST" and form.is_valid():
        reply = _post_contribution(request, discussion, form, parent=parent)
        if reply is not None:
            messages.success(request, _("Thank you: your reply is published."))
            return redirect(reply.get_absolute_url())
    return render(
        request,
        "engagement/contribution_reply.html",
        {
            "discussion": discussion,
            "parent": parent,
            "form": form,
            "refusal": None if form else _refusal(request.user, discussion),
        },
        status=200 if form else 403,
    )


@require_POST
@verified_email_required  # the digest is sent to the address: it must be the person's
def discussion_follow(request, slug):
    discussion = _get_discussion(request, slug)
    if request.POST.get("follow") == "0":
        services.unfollow_discussion(discussion=discussion, user=request.user)
        messages.success(request, _("You no longer follow this discussion."))
    else:
        try:
            services.follow_discussion(discussion=discussion, user=request.user)
        except NotAllowed as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("You follow this discussion: a daily e-mail will tell you what is new."),
            )
    return redirect(discussion.get_absolute_url())
