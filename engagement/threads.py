"""A discussion's contributions as a reader may see them: hidden ones are left out for the public,
marked for their author and the secretariat, and kept as a placeholder where visible replies
hang on them."""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from .models import Contribution, Discussion
from .rules import can_moderate


@dataclass
class Entry:
    contribution: Contribution
    shown: bool  # False: a placeholder saying it was hidden
    replies: list["Entry"] = field(default_factory=list)


def _readable(contribution: Contribution, user, moderator: bool) -> bool:
    if not contribution.is_hidden or moderator:
        return True
    return user.is_authenticated and contribution.author_id == user.pk


def thread_for(discussion: Discussion, user) -> list[Entry]:
    moderator = can_moderate(user)
    related = ("organisation", "author__profile", "hidden_by")
    contributions = (
        discussion.contributions.filter(parent__isnull=True)
        .select_related(*related)
        .prefetch_related(
            Prefetch("replies", queryset=Contribution.objects.select_related(*related))
        )
    )
    entries = []
    for contribution in contributions:
        replies = [
            Entry(reply, True)
            for reply in contribution.replies.all()
            if _readable(reply, user, moderator)
        ]
        shown = _readable(contribution, user, moderator)
        if shown or replies:
            entries.append(Entry(contribution, shown, replies))
    return entries
