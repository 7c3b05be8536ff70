"""What pledges contribute to the objective and round-table pages (gcm.topics,
registered in apps.py):
published pledges tagged with the objectives."""

from django.urls import reverse

from gcm.models import RoundTable
from gcm.topics import Section, translated_columns

from .models import Pledge

SHOWN = 10


def _directory_link(objectives) -> str:
    """The directory filtered to the same pledges: by objective, or by the current round table
    covering exactly these objectives."""
    base = reverse("pledges:pledge_list")
    if len(objectives) == 1:
        return f"{base}?objective={objectives[0].number}"
    wanted = {objective.pk for objective in objectives}
    covered: dict[int, set] = {}
    links = RoundTable.objectives.through.objects.filter(
        roundtable__in=RoundTable.objects.of_current_forum()
    ).values_list("roundtable__number", "objective_id")
    for number, objective_id in links:  # pairs, not round tables and objectives as records
        covered.setdefault(number, set()).add(objective_id)
    for number in sorted(covered):
        if covered[number] == wanted:
            return f"{base}?round_table={number}"
    return base


def sections(objectives) -> list:

    objectives = list(objectives)
    if not objectives:
        return []
    pledges = Pledge.objects.published().tagged_with(objectives)
    count = pledges.count()
    # Each shows its title and organisation, not the objectives and progress of a directory row.
    shown = (
        list(
            pledges.select_related("organisation").only(
                *translated_columns("title", "organisation"),
                "organisation__name",
                "organisation__acronym",
            )[:SHOWN]
        )
        if count
        else []
    )
    return [
        Section(
            template="pledges/topic_section.html",
            context={
                "count": count,
                "single": len(objectives) == 1,
                "pledges": shown,
                "more": count > len(shown),
                "directory_url": _directory_link(objectives),
            },
        )
    ]
