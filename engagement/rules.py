"""Who takes part online: the active members of verified organisations, in their organisation's
name (contributions, survey answers, practices); who moderates: the secretariat."""

import rules

from stakeholders.rules import (
    acts_for_a_verified_organisation,
    is_member_of_verified,
    is_secretariat,
)

can_take_part = acts_for_a_verified_organisation
# Contributes, answers a survey or submits a practice for this organisation.
can_act_for = is_member_of_verified


@rules.predicate
def discussion_is_open(user, discussion) -> bool:
    return discussion is not None and discussion.is_open()


can_post_contribution = discussion_is_open & can_take_part
can_submit_practice = can_take_part
# Hides and restores contributions, publishes or declines practices, opens discussions, and so
# sees what is not public yet: discussions and surveys being prepared, practices under review.
can_moderate = is_secretariat

rules.add_perm("engagement.take_part", can_take_part)
rules.add_perm("engagement.act_for", can_act_for)
rules.add_perm("engagement.post_contribution", can_post_contribution)
rules.add_perm("engagement.submit_practice", can_submit_practice)
rules.add_perm("engagement.moderate", can_moderate)
