"""Discussions: opening one, contributing and replying, hiding (and restoring) a contribution,
following a discussion and the daily digest of what is new."""

import logging
from collections import defaultdict
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.audit import record_change
from common.errors import NotAllowed
from common.languages import LANGUAGE_CODES
from stakeholders.notifications import notify

from ..models import Contribution, Discussion, Follow, GuidingQuestion
from ..models.discussions import CONTRIBUTION_MAX_LENGTH
from ..rules import can_act_for, can_moderate
from . import Closed, EngagementError

VISIBLE, HIDDEN = "visible", "hidden"

logger = logging.getLogger(__name__)


def _require_secretariat(by) -> None:
    if not can_moderate(by):
        raise NotAllowed(_("Only the secretariat can do this."))


def open_discussion(
    *,
    by,
    slug: str,
    title: str,
    introduction: str,
    opens_at: datetime,
    closes_at: datetime,
    guiding_questions=(),
    objectives=(),
    round_table=None,
    language: str = "en",
) -> Discussion:
    """A new discussion, written in `language`, with its guiding questions in order."""
    _require_secretariat(by)
    if closes_at <= opens_at:
        raise EngagementError(_("A discussion must close after it opens."))
    if not list(objectives) and round_table is None:
        raise EngagementError(_("Choose the objectives or the round table it is about."))
    with transaction.atomic():
        discussion = Discussion(
            slug=slug,
            opens_at=opens_at,
            closes_at=closes_at,
            round_table=round_table,
            created_by=by,
            original_language=language,
        )
        setattr(discussion, f"title_{language}", title)
        setattr(discussion, f"introduction_{language}", introduction)
        discussion.save()
        discussion.objectives.set(objectives)
        for position, text in enumerate(guiding_questions, start=1):
            question = GuidingQuestion(
                discussion=discussion, position=position, original_language=language
            )
            setattr(question, f"text_{language}", text)
            question.save()
        record_change(discussion, by=by, action="open", to_state="open")
    return discussion


def contribute(
    *,
    discussion: Discussion,
    by,
    organisation,
    body: str,
    language: str,
    parent: Contribution | None = None,
) -> Contribution:
    """A contribution to an open discussion, or a reply to one of its visible contributions.

    A reply to a reply joins the thread of the contribution it answers: one level of replies.
    """
    if not can_act_for(by, organisation):
        raise NotAllowed(
            _("Only members of a verified organisation can contribute, for their organisation.")
        )
    body = (body or "").strip()
    if not body:
        raise EngagementError(_("Write your contribution."))
    if len(body) > CONTRIBUTION_MAX_LENGTH:
        raise EngagementError(
            _("A contribution has at most %(limit)s characters.")
            % {"limit": CONTRIBUTION_MAX_LENGTH}
        )
    if language not in LANGUAGE_CODES:
        raise EngagementError(_("Say which language your contribution is written in."))
    with transaction.atomic():
        # Read the dates again under a lock: a discussion closed a moment ago takes nothing more.
        current = Discussion.objects.select_for_update().get(pk=discussion.pk)
        if not current.is_open():
            raise Closed(_("This discussion is closed: it takes no new contributions."))
        if parent is not None:
            if parent.discussion_id != discussion.pk or parent.is_hidden:
                raise NotAllowed(_("You can only reply to a visible contribution."))
            if parent.parent_id is not None:
                parent = parent.parent
        return Contribution.objects.create(
            discussion=discussion,
            parent=parent,
            author=by,
            organisation=organisation,
            body=body,
            language=language,
        )


def hide_contribution(*, contribution: Contribution, by, reason: str) -> Contribution:
    """The secretariat hides a contribution, saying why; it stays recorded, and its author
    is told in their language."""
    _require_secretariat(by)
    reason = (reason or "").strip()
    if not reason:
        raise EngagementError(_("Say why the contribution is hidden."))
    with transaction.atomic():
        current = Contribution.objects.select_for_update().get(pk=contribution.pk)
        if current.is_hidden:
            raise EngagementError(_("This contribution is already hidden."))
        contribution.hidden_at = timezone.now()
        contribution.hidden_by = by
        contribution.hidden_reason = reason
        contribution.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
        record_change(
            contribution,
            by=by,
            action="hide",
            from_state=VISIBLE,
            to_state=HIDDEN,
            reason=reason,
        )
    if contribution.author is not None:
        notify(
            [contribution.author],
            "engagement_contribution_hidden",
            {"contribution": contribution, "discussion": contribution.discussion, "reason": reason},
        )
    return contribution


def restore_contribution(*, contribution: Contribution, by, reason: str = "") -> Contribution:
    """The secretariat shows a hidden contribution again."""
    _require_secretariat(by)
    with transaction.atomic():
        current = Contribution.objects.select_for_update().get(pk=contribution.pk)
        if not current.is_hidden:
            raise EngagementError(_("This contribution is not hidden."))
        contribution.hidden_at = None
        contribution.hidden_by = None
        contribution.hidden_reason = ""
        contribution.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
        record_change(
            contribution,
            by=by,
            action="restore",
            from_state=HIDDEN,
            to_state=VISIBLE,
            reason=reason,
        )
    return contribution


def follow_discussion(*, discussion: Discussion, user) -> Follow:
    """News of the discussion by e-mail from now on (contributions already there are not sent)."""
    if not user.is_authenticated:
        raise NotAllowed(_("Sign in to follow a discussion."))
    try:
        with transaction.atomic():
            follow, _created = Follow.objects.get_or_create(user=user, discussion=discussion)
    except IntegrityError:  # followed twice at the same moment
        follow = Follow.objects.get(user=user, discussion=discussion)
    return follow


def unfollow_discussion(*, discussion: Discussion, user) -> None:
    if user.is_authenticated:
        Follow.objects.filter(user=user, discussion=discussion).delete()


def send_digests(*, now: datetime | None = None) -> int:
    """One e-mail per follower with the visible contributions posted since their last digest,
    in their own language; returns the number of e-mails sent.

    It runs outside any transaction, so that each digest leaves at once and its contributions
    count as sent only once it has: a digest that fails is logged, the others still go, and its
    contributions wait for the next digest.
    """
    if transaction.get_connection().in_atomic_block:
        raise RuntimeError("send_digests runs outside a transaction (see its docstring).")
    now = now or timezone.now()
    follows = (
        Follow.objects.filter(user__is_active=True, discussion__opens_at__lte=now)
        .select_related("user__profile", "discussion")
        .order_by("user_id", "discussion_id")
    )
    news_by_user = defaultdict(list)
    follows_by_user = defaultdict(list)
    for follow in follows:
        new = list(
            Contribution.objects.visible()
            .filter(
                discussion=follow.discussion,
                created_at__gt=follow.notified_until,
                created_at__lte=now,
            )
            .exclude(author=follow.user)
            .select_related("organisation", "author__profile", "parent__organisation")
        )
        if new:
            news_by_user[follow.user].append(
                {"discussion": follow.discussion, "contributions": new}
            )
            follows_by_user[follow.user].append(follow.pk)
    sent = 0
    for user, discussions in news_by_user.items():
        try:
            # Not robust: outside a transaction the e-mail leaves now, and a failure shows here.
            notify([user], "engagement_digest", {"discussions": discussions}, robust=False)
        except Exception:
            logger.exception(
                "The digest to user %s was not sent; the next one will carry it.", user.pk
            )
            continue
        Follow.objects.filter(pk__in=follows_by_user[user]).update(notified_until=now)
        sent += 1
    return sent
