"""What consultations contribute to the objective and round-table pages (gcm.topics,
registered in apps.py):
the events that address the objectives, and the interventions from the floor and published
written inputs tagged with them."""

from gcm.topics import Section

# Enough to read on one page; the newest events and inputs come first.
LIMIT = 50


def sections(objectives) -> list:
    from .models import Event, Input, Intervention

    objectives = list(objectives)
    if not objectives:
        return []
    found = []
    events = list(
        Event.objects.public()
        .tagged_with(objectives)
        .for_listing()
        .order_by("-starts_on", "pk")[:LIMIT]
    )
    if events:
        found.append(
            _section(
                "consultations/topics/events.html", {"events": events, "objectives": objectives}
            )
        )
    interventions = list(
        Intervention.objects.public()
        .tagged_with(objectives)
        .for_display()
        .order_by("-agenda_item__event__starts_on", "agenda_item__order", "order", "pk")[:LIMIT]
    )
    if interventions:
        found.append(
            _section(
                "consultations/topics/interventions.html",
                {"interventions": interventions, "objectives": objectives},
            )
        )
    inputs = list(Input.objects.published().tagged_with(objectives).for_display()[:LIMIT])
    if inputs:
        found.append(
            _section(
                "consultations/topics/inputs.html", {"inputs": inputs, "objectives": objectives}
            )
        )
    return found


def _section(template: str, context: dict):

    return Section(template, context)
