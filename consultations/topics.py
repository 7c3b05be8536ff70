"""What consultations contribute to the objective and round-table pages (imrf_portal.topics):
interventions from the floor and published written inputs tagged with the objectives."""

# Enough to read on one page; the newest events and inputs come first.
LIMIT = 50


def sections(objectives) -> list:
    from .models import Input, Intervention

    objectives = list(objectives)
    if not objectives:
        return []
    found = []
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
    # Imported here: imrf_portal.topics imports this module.
    from imrf_portal.topics import Section

    return Section(template, context)
