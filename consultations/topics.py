"""What consultations contribute to the objective and round-table pages (gcm.topics,
registered in apps.py):
the events that address the objectives, and the interventions from the floor and published
written inputs tagged with them."""

from gcm.topics import Section, attach_objective_tags, translated_columns

# Enough to read on one page; the newest events and inputs come first.
LIMIT = 50

# What each card shows, and no more: a page reads up to 50 of each, and every column read is
# a column decoded and kept on each record.
EVENT_COLUMNS = translated_columns(
    "title",
    "slug",
    "starts_on",
    "ends_on",
    "start_time",
    "end_time",
    "time_zone",
    "mode",
    "region",
    "state",
    "is_public",
)
INTERVENTION_COLUMNS = [
    *translated_columns(
        "honorific",
        "name",
        "title",
        "organisation_name",
        "organisation_url",
        "text",
        "organisation",
        "agenda_item",
    ),
    *translated_columns("event", prefix="agenda_item__"),
    *translated_columns("title", "slug", "starts_on", prefix="agenda_item__event__"),
    "organisation__name",
    "organisation__acronym",
    "organisation__website",
]
INPUT_COLUMNS = [
    *translated_columns("title", "kind", "organisation", "event", "round_table"),
    "organisation__name",
    "organisation__acronym",
    *translated_columns("title", "slug", prefix="event__"),
    "round_table__number",
    "round_table__forum",
    "round_table__forum__slug",
    "round_table__forum__starts_on",
]


def sections(objectives) -> list:
    from .models import Event, Input, Intervention

    objectives = list(objectives)
    if not objectives:
        return []
    found = []
    events = list(
        Event.objects.public()
        .tagged_with(objectives)
        .with_organisers()
        .only(*EVENT_COLUMNS)
        .order_by("-starts_on", "pk")[:LIMIT]
    )
    if events:
        found.append(
            Section(
                "consultations/topics/events.html", {"events": events, "objectives": objectives}
            )
        )
    interventions = list(
        Intervention.objects.public()
        .tagged_with(objectives)
        .select_related("agenda_item__event", "organisation")
        .only(*INTERVENTION_COLUMNS)
        .order_by("-agenda_item__event__starts_on", "agenda_item__order", "order", "pk")[:LIMIT]
    )
    if interventions:
        found.append(
            Section(
                "consultations/topics/interventions.html",
                {"interventions": attach_objective_tags(interventions), "objectives": objectives},
            )
        )
    inputs = list(
        Input.objects.published().tagged_with(objectives).for_display().only(*INPUT_COLUMNS)[:LIMIT]
    )
    if inputs:
        found.append(
            Section(
                "consultations/topics/inputs.html", {"inputs": inputs, "objectives": objectives}
            )
        )
    return found
