"""What each report holds, read through the consultations' and pledges' querysets: the meeting
summary of an event, in the order of the UN Network's summaries, and the briefing of a round
table on its objectives. Called inside the report's language (labels are translated here)."""

from collections import Counter

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext

from common.i18n import localized
from common.lists import join_html, join_text
from consultations.figures import ORDER, constituency_or_group, event_figures, group_label
from consultations.models import AgendaItem, Event, Input, Intervention
from consultations.programme import agenda_in_parts
from consultations.seats import places_left
from consultations.templatetags.consultations import named
from gcm.models import RoundTable
from pledges.models import Pledge
from stakeholders.models import StakeholderGroup

from .models import Report
from .templatetags.reports_print import report_date

# Group names that stay capitalised inside a sentence (proper names).
PROPER_GROUP_NAMES = {StakeholderGroup.RED_CROSS, StakeholderGroup.UN_SYSTEM}


def build(kind: str, subject, language: str) -> dict:
    if kind == Report.Kind.MEETING_SUMMARY:
        return meeting_summary(subject)
    return round_table_briefing(subject)


def join_list(items) -> str:
    """“a, b and c” in the active language (plain text: titles, metadata, sentences)."""
    return join_text(items, conjunction=True)


def group_in_sentence(code: str) -> str:
    label = str(StakeholderGroup(code).label)
    if code in PROPER_GROUP_NAMES:
        return label
    return label[:1].lower() + label[1:]


def absolute(address: str) -> str:
    """Links in a PDF leave the portal: uploaded files get the portal's address."""
    return f"{settings.SITE_URL}{address}" if address.startswith("/") else address


def _sections(*entries) -> dict:
    """The numbered sections of a report (for its headings and its table of contents); an
    entry whose title is empty is left out. {"contents": [...], "section": {key: ...}}."""
    contents = [
        {"key": key, "id": f"section-{key}", "number": number, "title": title}
        for number, (key, title) in enumerate(((k, t) for k, t in entries if t), start=1)
    ]
    return {"contents": contents, "section": {entry["key"]: entry for entry in contents}}


def meeting_summary(event: Event) -> dict:
    event = (
        Event.objects.select_related("forum")
        .with_organisers()
        .prefetch_related("aims", "documents", "objectives", "other_dates", "parts")
        .get(pk=event.pk)
    )
    agenda = list(AgendaItem.objects.filter(event=event).for_display())
    round_tables = (
        list(RoundTable.objects.with_objectives().filter(forum=event.forum).order_by("number"))
        if event.forum_id
        else []
    )
    documents = [
        {
            "document": document,
            "versions": [(code, absolute(address)) for code, address in document.versions()],
            "url": document.url,
            "kind": document.get_kind_display() if document.kind != document.Kind.OTHER else "",
        }
        for document in event.documents.all()
    ]
    figures = event_figures(event)
    target_groups = [
        group_in_sentence(code)
        for code in StakeholderGroup.values
        if code in (event.target_groups or [])
    ]
    organisers = [str(organisation) for organisation in event.organisers.all()]
    title = localized(event, "title").text
    kind_label = gettext("Meeting summary report")
    date = report_date(event.starts_on)
    return {
        "document_title": f"{title} — {kind_label}",
        "header_start": title,
        "header_end": kind_label,
        "author": join_list(organisers) or gettext("IMRF Stakeholder Portal"),
        "author_html": join_html(
            [
                format_html('<a href="{}">{}</a>', o.link, named(o)) if o.link else named(o)
                for o in event.organisers.all()
            ],
            conjunction=True,
        ),
        "description": gettext("Summary of the meeting held on %(date)s") % {"date": date},
        "keywords": "GCM, IMRF",
        "event": event,
        "aims": list(event.aims.all()),
        "round_tables": [
            {
                "round_table": round_table,
                "objectives": join_list(o.number for o in round_table.objectives.all()),
            }
            for round_table in round_tables
        ],
        "agenda": agenda,
        "parts": agenda_in_parts(agenda, event.parts.all()),
        "organisers": list(event.organisers.all()),
        "places_left": places_left(event) if event.is_open_for_registration else None,
        "figures": figures,
        "target_groups": join_list(target_groups),
        "documents": documents,
        "kind_label": kind_label,
        **_sections(
            ("background", gettext("Background and objective")),
            ("participants", gettext("Participants")),
            ("agenda", gettext("Summary of presentations and interventions")),
            ("documents", gettext("Relevant documents") if documents else ""),
        ),
    }


def _by_group(counters: dict[str, Counter]) -> list[dict]:
    """Rows of the figures table: Member States, the UN system and IGOs, then each stakeholder
    group, with its count in every column."""
    rows = []
    for code in [*ORDER, ""]:
        counts = {name: counter.get(code, 0) for name, counter in counters.items()}
        if any(counts.values()):
            rows.append(
                {"label": group_label(code), "counts": counts, "total": sum(counts.values())}
            )
    return rows


def round_table_briefing(round_table: RoundTable) -> dict:
    round_table = RoundTable.objects.with_objectives().get(pk=round_table.pk)
    objectives = list(round_table.objectives.all())
    interventions = list(
        Intervention.objects.public()
        .tagged_with(objectives)
        .for_display()
        .order_by("agenda_item__event__starts_on", "agenda_item__order", "order", "pk")
    )
    inputs = list(
        Input.objects.published()
        .tagged_with(objectives)
        .for_display()
        .order_by("kind", "-submitted_at", "pk")
    )
    pledges = list(
        Pledge.objects.published()
        .tagged_with(objectives)
        .select_related("organisation")
        .prefetch_related("objectives", "partners")
        .order_by("-published_at", "pk")
    )
    input_kinds = [
        {"label": label, "inputs": [i for i in inputs if i.kind == kind]}
        for kind, label in Input.Kind.choices
        if any(i.kind == kind for i in inputs)
    ]
    events = []
    for intervention in interventions:
        event = intervention.agenda_item.event
        if not events or events[-1]["event"].pk != event.pk:
            events.append({"event": event, "interventions": []})
        events[-1]["interventions"].append(intervention)
    figures = _by_group(
        {
            "interventions": Counter(constituency_or_group(i) for i in interventions),
            "inputs": Counter(i.organisation.group for i in inputs),
            "pledges": Counter(p.organisation.group for p in pledges),
        }
    )
    forum = localized(round_table.forum, "name").text
    kind_label = gettext("Round-table briefing")
    return {
        "document_title": f"{round_table.name}, {forum} — {kind_label}",
        "header_start": f"{round_table.name} · {forum}",
        "header_end": kind_label,
        "author": gettext("IMRF Stakeholder Portal"),
        "description": gettext("Objectives %(numbers)s: what stakeholders said and pledged")
        % {"numbers": join_list(o.number for o in objectives)},
        "keywords": "GCM, IMRF",
        "round_table": round_table,
        "objectives": objectives,
        "objective_numbers": join_list(o.number for o in objectives),
        "events": events,
        "interventions": interventions,
        "input_kinds": input_kinds,
        "inputs": inputs,
        "pledges": pledges,
        "figures": figures,
        "totals": {
            "interventions": len(interventions),
            "inputs": len(inputs),
            "pledges": len(pledges),
            "total": len(interventions) + len(inputs) + len(pledges),
        },
        "kind_label": kind_label,
        **_sections(
            ("objectives", gettext("Objectives of the round table")),
            ("interventions", gettext("What stakeholders said in consultations")),
            ("inputs", gettext("Written inputs")),
            ("pledges", gettext("Pledges")),
            ("figures", gettext("Contributions by stakeholder group")),
        ),
    }
