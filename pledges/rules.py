"""Who may do what with pledges. The members of the pledging organisation write, submit, withdraw
and report on its pledges, as far as the life cycle allows (pledges.services says what it allows,
and refuses with a reason); the secretariat moderates them."""

import rules

from stakeholders.rules import (
    acts_for_a_verified_organisation,
    is_member_of,
    is_member_of_verified,
    is_secretariat,
)


@rules.predicate
def is_pledging_member(user, pledge) -> bool:
    """An active member of the pledging organisation, verified or not: its pledges are theirs."""
    return pledge is not None and is_member_of(user, pledge.organisation)


# New pledges are made for a verified organisation, by its members.
can_pledge_for = is_member_of_verified
can_make_pledges = acts_for_a_verified_organisation
# The secretariat publishes, returns or rejects submitted pledges, and so sees them all but drafts.
can_moderate_pledges = is_secretariat
# The pledge's history holds the secretariat's reasons: for its organisation and the secretariat.
can_see_pledge_history = is_pledging_member | can_moderate_pledges

rules.add_perm("pledges.pledge_for", can_pledge_for)
rules.add_perm("pledges.make_pledges", can_make_pledges)
rules.add_perm("pledges.act_on_pledge", is_pledging_member)
rules.add_perm("pledges.moderate_pledges", can_moderate_pledges)
rules.add_perm("pledges.see_pledge_history", can_see_pledge_history)
