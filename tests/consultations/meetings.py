"""Meetings of other shapes than the seed's, for the page, summary and browser tests."""

import datetime

from consultations.models import EventDate, EventDocument, EventPart, Organiser
from gcm.models import Objective
from tests.factories import (
    AgendaItemFactory,
    EventFactory,
    InterventionFactory,
    OrganisationFactory,
    SpeakerFactory,
)


def regional_review():
    """A regional review held in two parts, in New York time, with another date."""
    event = EventFactory(
        slug="regional-review",
        title_en="Regional review",
        title_ar="الاستعراض الإقليمي",
        title_fr="Examen régional",
        starts_on=datetime.date(2026, 3, 2),
        ends_on=datetime.date(2026, 3, 4),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(17, 0),
        time_zone="America/New_York",
        state="held",
        target_groups=["migrants", "civil_society", "media"],
    )
    event.objectives.set(Objective.objects.filter(number__in=[1, 23]))
    stakeholders = EventPart.objects.create(
        event=event,
        order=1,
        title_en="Stakeholder consultation",
        title_ar="مشاورة أصحاب المصلحة",
        title_fr="Consultation des parties prenantes",
        description_en="Held with civil society.",
        starts_on=datetime.date(2026, 3, 2),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(13, 0),
        location_en="Conference Room 4",
    )
    review = EventPart.objects.create(
        event=event,
        order=2,
        title_en="Intergovernmental review",
        title_ar="الاستعراض الحكومي الدولي",
        title_fr="Examen intergouvernemental",
        starts_on=datetime.date(2026, 3, 3),
        ends_on=datetime.date(2026, 3, 4),
        location_en="Trusteeship Council Chamber",
    )
    EventDate.objects.create(
        event=event,
        order=1,
        label_en="Online platform open for written inputs",
        starts_on=datetime.date(2026, 2, 1),
        ends_on=datetime.date(2026, 2, 20),
    )
    opening = AgendaItemFactory(
        event=event,
        part=stakeholders,
        kind="opening_remarks",
        title_en="Opening of the consultation",
        day=datetime.date(2026, 3, 2),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(11, 30),
    )
    opening.objectives.set(Objective.objects.filter(number=17))
    statements = AgendaItemFactory(
        event=event, part=review, kind="statements", title_en="Statements by Member States"
    )
    SpeakerFactory(
        agenda_item=statements,
        constituency="member_state",
        stakeholder_group="",
        country="MX",
        honorific="amb",
        name_en="Ana Ruiz",
        organisation_name_en="Permanent Mission of Mexico",
    )
    InterventionFactory(
        agenda_item=statements,
        constituency="igo",
        stakeholder_group="",
        name_en="Leila Igo",
        organisation_name_en="League of Arab States",
    )
    InterventionFactory(
        agenda_item=statements,
        name_en="Written Author",
        channel="written_statement",
        made_on=datetime.date(2022, 3, 3),
    )
    panel = AgendaItemFactory(
        event=event,
        part=review,
        kind="panel",
        title_en="Panel on data for evidence-based policies",
        title_ar="حلقة نقاش حول البيانات من أجل سياسات قائمة على الأدلة",
        title_fr="Table ronde sur les données au service de politiques fondées sur des preuves",
        day=datetime.date(2026, 3, 3),
        start_time=datetime.time(15, 0),
        end_time=datetime.time(16, 30),
    )
    for role, honorific, name in [
        ("chair", "he", "Omar Hilale"),
        ("moderator", "dr", "Nadia Karam"),
        ("panellist", "ms", "Amy Pope"),
        ("panellist", "mr", "Felipe González"),
    ]:
        SpeakerFactory(agenda_item=panel, role=role, honorific=honorific, name_en=name)
    Organiser.objects.create(
        event=event, order=2, constituency="member_state", country="MX", url="https://mx.example"
    )
    Organiser.objects.create(
        event=event,
        order=1,
        constituency="igo",
        name_en="League of Arab States",
        url="https://las.example",
    )
    Organiser.objects.create(
        event=event, order=3, organisation=OrganisationFactory(name="Regional Network", acronym="")
    )
    EventDocument.objects.create(
        event=event,
        order=1,
        kind="video_recording",
        title_en="Recording of the review",
        url="https://webtv.un.org/en/asset/k1x/k1xyz0123456789abcdef",
    )
    return event
