"""Demo consultations (`manage.py load_demo`, after stakeholders.demo): the seed meeting
`arab-region-imrf-dialogue-2022` recorded completely, an upcoming consultation open for
registration and a past webinar, with a shared seat and written inputs.

English is the original of every text; Arabic and French are working translations, marked so.
Idempotent: records are found by slug, or by their parent and order, and updated in place.
"""

from datetime import date

from modeltranslation.translator import translator

from common.audit import record_change
from consultations.models import (
    AgendaItem,
    AttendanceFigures,
    Event,
    EventAim,
    EventDocument,
    GuidingQuestion,
    Input,
    Intervention,
    KeyPoint,
    Registration,
    SharedSeat,
    Speaker,
)
from gcm.models import Forum, Objective, RoundTable
from stakeholders.models import Organisation, User, Verification

from . import other_events, seed_agenda, seed_meeting
from .text import T

LANGUAGES = ("en", "ar", "fr")
WORKING = ["ar", "fr"]
STEP = 10  # order values leave room to insert items between two others in the admin

# Organisations the demo refers to, with what to create if the registry's demo has not: the
# same slugs as stakeholders.demo_organisations (slugify of the name).
FALLBACK_ORGANISATIONS = {
    "un-network-on-migration": (
        "UN Network on Migration",
        "",
        "un_system",
        "CH",
        "https://migrationnetwork.un.org",
    ),
    "iom": (
        "International Organization for Migration",
        "IOM",
        "un_system",
        "CH",
        "https://www.iom.int",
    ),
    "ilo": ("International Labour Organization", "ILO", "un_system", "CH", "https://www.ilo.org"),
    "un-women": ("UN Women", "", "un_system", "US", "https://www.unwomen.org"),
    "unicef": (
        "United Nations Children’s Fund",
        "UNICEF",
        "un_system",
        "US",
        "https://www.unicef.org",
    ),
    "un-escwa": (
        "United Nations Economic and Social Commission for Western Asia",
        "UN ESCWA",
        "un_system",
        "LB",
        "https://www.unescwa.org",
    ),
    "unodc": (
        "United Nations Office on Drugs and Crime",
        "UNODC",
        "un_system",
        "AT",
        "https://www.unodc.org",
    ),
    "migrant-forum-in-asia": (
        "Migrant Forum in Asia",
        "MFA",
        "civil_society",
        "PH",
        "https://mfasia.org",
    ),
    "solidarity-center": (
        "Solidarity Center",
        "",
        "trade_unions",
        "US",
        "https://www.solidaritycenter.org",
    ),
    "fragomen": ("Fragomen", "", "private_sector", "US", "https://www.fragomen.com"),
    "ifrc": (
        "International Federation of Red Cross and Red Crescent Societies",
        "IFRC",
        "red_cross",
        "CH",
        "https://www.ifrc.org",
    ),
    "cmrs-auc": (
        "Center for Migration and Refugee Studies, The American University in Cairo",
        "CMRS",
        "academia",
        "EG",
        "",
    ),
    "cndh-morocco": ("National Human Rights Council of Morocco", "CNDH", "nhri", "MA", ""),
    "unmgcy": ("UN Major Group for Children and Youth", "UNMGCY", "other", "US", ""),
    "aub-health-sciences": (
        "Faculty of Health Sciences, American University of Beirut",
        "AUB FHS",
        "academia",
        "LB",
        "",
    ),
    "hammurabi-human-rights-organization": (
        "Hammurabi Human Rights Organization",
        "HHRO",
        "civil_society",
        "IQ",
        "",
    ),
    "migrant-rights-org": ("Migrant-Rights.org", "", "civil_society", "KW", ""),
    "uclg-mewa": (
        "United Cities and Local Governments Middle East and West Asia",
        "UCLG-MEWA",
        "local_authorities",
        "TR",
        "",
    ),
    "yemen-migration-research-centre": (
        "Yemen Migration Research Centre",
        "",
        "academia",
        "YE",
        "",
    ),
    "sudanese-diaspora-network-gulf": (
        "Sudanese Diaspora Network in the Gulf",
        "SDNG",
        "diaspora",
        "QA",
        "",
    ),
}


def organisation(slug: str) -> Organisation:
    found = Organisation.objects.filter(slug=slug).first()
    if found:
        return found
    name, acronym, group, country, website = FALLBACK_ORGANISATIONS[slug]
    return Organisation.objects.create(
        slug=slug,
        name=name,
        acronym=acronym,
        group=group,
        country=country,
        website=website,
        verification=Verification.VERIFIED,
    )


def translate(record, field: str, text: T | None) -> None:
    for language in LANGUAGES:
        setattr(record, f"{field}_{language}", getattr(text, language) if text else "")


def mark(record) -> None:
    record.original_language = "en"
    record.working_translations = list(WORKING)


def _translated_fields(model) -> set[str]:
    return set(translator.get_options_for_model(model).fields)


def _sync(model, parent: dict, rows: list[dict]) -> list:
    """One record per row at order 10, 20, …; rows beyond the data are removed."""
    kept = []
    for index, fields in enumerate(rows, start=1):
        record = model.objects.filter(**parent, order=index * STEP).first() or model(
            **parent, order=index * STEP
        )
        for name, value in fields.items():
            if name in _translated_fields(model):
                translate(record, name, value)
            else:
                setattr(record, name, value)
        mark(record)
        record.save()
        kept.append(record)
    model.objects.filter(**parent).exclude(pk__in=[r.pk for r in kept]).delete()
    return kept


def _contributor(entry: dict) -> dict:
    fields = {
        "honorific": entry["honorific"],
        "name": entry["name"],
        "title": entry["title"],
        "organisation_name": entry["organisation_name"],
        "stakeholder_group": entry["stakeholder_group"],
        "country": entry["country"],
        "gender": entry["gender"],
        "organisation": organisation(entry["organisation"]) if entry["organisation"] else None,
    }
    return fields


def _agenda(event: Event, items: list[dict]) -> None:
    rows = [
        {
            "kind": item["kind"],
            "title": item.get("title"),
            "summary": item.get("summary"),
            "points_intro": item.get("points_intro"),
            "conclusion": item.get("conclusion"),
        }
        for item in items
    ]
    objectives = {o.number: o for o in Objective.objects.all()}
    for record, item in zip(_sync(AgendaItem, {"event": event}, rows), items, strict=True):
        parent = {"agenda_item": record}
        _sync(
            Speaker,
            parent,
            [{"role": s["role"], **_contributor(s)} for s in item.get("speakers", [])],
        )
        points = []
        for point in item.get("points", []):
            label, text = (None, point) if isinstance(point, T) else point
            points.append({"label": label, "text": text})
        _sync(KeyPoint, parent, points)
        _sync(GuidingQuestion, parent, [{"text": q} for q in item.get("questions", [])])
        entries = item.get("interventions", [])
        saved = _sync(
            Intervention, parent, [{**_contributor(e), "text": e["text"]} for e in entries]
        )
        for intervention, entry in zip(saved, entries, strict=True):
            intervention.objectives.set([objectives[n] for n in entry["objectives"]])


def _event(data: dict) -> Event:
    event = Event.objects.filter(slug=data["slug"]).first() or Event(slug=data["slug"])
    for field in ("title", "background", "aims_intro", "location"):
        translate(event, field, data.get(field))
    for field in (
        "starts_on",
        "ends_on",
        "start_time",
        "end_time",
        "time_zone",
        "mode",
        "state",
        "target_groups",
        "seats_per_organisation",
    ):
        if field in data:
            setattr(event, field, data[field])
    event.region = data.get("region", "arab_states")
    event.forum = data.get("forum")
    event.is_public = True
    mark(event)
    event.save()
    event.organisers.set([organisation(slug) for slug in data.get("organisers", [])])
    _sync(EventAim, {"event": event}, [{"text": aim} for aim in data.get("aims", [])])
    _agenda(event, data.get("items", []))
    figures = data.get("figures")
    if figures:
        recorded = AttendanceFigures.objects.filter(event=event).first() or AttendanceFigures(
            event=event
        )
        for name, value in figures.items():
            setattr(recorded, name, value)
        translate(recorded, "un_staff_description", data.get("un_staff_description"))
        mark(recorded)
        recorded.save()
    else:
        AttendanceFigures.objects.filter(event=event).delete()
    _sync(EventDocument, {"event": event}, data.get("documents", []))
    return event


def seed_event() -> Event:
    return _event(
        {
            "slug": seed_meeting.SLUG,
            "title": seed_meeting.TITLE,
            "background": seed_meeting.BACKGROUND,
            "aims_intro": seed_meeting.AIMS_INTRO,
            "aims": seed_meeting.AIMS,
            "starts_on": date(2022, 2, 10),
            "ends_on": date(2022, 2, 10),
            "mode": Event.Mode.VIRTUAL,
            "region": "arab_states",
            "forum": Forum.objects.get(slug="imrf-2022"),
            "state": Event.State.SUMMARY_PUBLISHED,
            "target_groups": seed_meeting.TARGET_GROUPS,
            "organisers": ["un-network-on-migration"],
            "figures": seed_meeting.FIGURES,
            "un_staff_description": seed_meeting.UN_STAFF_DESCRIPTION,
            "items": seed_agenda.ITEMS,
            "documents": seed_meeting.DOCUMENTS,
        }
    )


def _participation(upcoming: Event, past: Event) -> None:
    """A registration, a shared seat and written inputs, where the registry's demo people and
    organisations exist (stakeholders.demo)."""
    orgadmin = User.objects.filter(email="orgadmin@imrf-portal.example").first()
    mfa = Organisation.objects.filter(slug="migrant-forum-in-asia").first()
    if orgadmin and mfa:
        for event, attended in ((upcoming, None), (past, True)):
            Registration.objects.update_or_create(
                event=event,
                user=orgadmin,
                defaults={"organisation": mfa, "state": "registered", "attended": attended},
            )
    giver = Organisation.objects.filter(slug="gulf-workers-solidarity-federation").first()
    receiver = Organisation.objects.filter(slug="nouakchott-migrant-support-association").first()
    if giver and receiver:
        seat, created = SharedSeat.objects.get_or_create(
            event=upcoming,
            from_organisation=giver,
            to_organisation=receiver,
            defaults={"state": SharedSeat.State.ACCEPTED},
        )
        if created:
            record_change(seat, by=None, action="share_seat", to_state=seat.state)
    if orgadmin and mfa:
        _inputs(orgadmin, mfa, upcoming)


def _inputs(author, organisation_, upcoming: Event) -> None:
    round_table = RoundTable.objects.filter(forum__slug="imrf-2022", number=1).first()
    entries = [
        (
            {"round_table": round_table, "kind": Input.Kind.RECOMMENDATION},
            Input.State.PUBLISHED,
            "End recruitment fees paid by workers",
            "Governments of origin and destination should agree that no recruitment fee or "
            "related cost is charged to migrant workers, and enforce it through licensing of "
            "recruitment agencies.",
            [6],
        ),
        (
            {"event": upcoming, "kind": Input.Kind.GAP},
            Input.State.SUBMITTED,
            "Wage protection does not reach domestic workers",
            "Wage protection systems in the region leave out domestic workers, who are paid in "
            "cash and cannot prove unpaid wages.",
            [6, 7],
        ),
    ]
    for target, state, title, text, numbers in entries:
        if not all(target.values()):
            continue
        written = Input.objects.filter(title_en=title).first() or Input(
            organisation=organisation_, author=author, **target
        )
        written.title_en, written.text_en = title, text
        written.original_language = "en"
        written.state = state
        written.save()
        written.objectives.set(Objective.objects.filter(number__in=numbers))


def load(stdout) -> None:
    seed = seed_event()
    upcoming = _event({**other_events.upcoming(), "region": "arab_states"})
    past = _event({**other_events.past(), "region": "arab_states"})
    _participation(upcoming, past)
    stdout.write(
        f"3 demo events, the seed meeting “{seed.slug}” with "
        f"{AgendaItem.objects.filter(event=seed).count()} agenda items and "
        f"{Intervention.objects.filter(agenda_item__event=seed).count()} interventions."
    )
