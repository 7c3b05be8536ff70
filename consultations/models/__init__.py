"""The consultations' data: events recorded on the GCM reference (agenda, speakers,
interventions, attendance, inputs).

Each module holds one area; everything is re-exported here, so `consultations.models.Event`
keeps working wherever a class lives.
"""

from .agenda import (
    AgendaItem,
    Contributor,
    GuidingQuestion,
    Honorific,
    Intervention,
    KeyPoint,
    Speaker,
)
from .attendance import Registration, SharedSeat
from .events import (
    DOCUMENT_LANGUAGES,
    AttendanceFigures,
    Constituency,
    Event,
    EventAim,
    EventDate,
    EventDocument,
    EventPart,
    Organiser,
    Region,
    organisers_prefetch,
)
from .inputs import Input

__all__ = [
    "DOCUMENT_LANGUAGES",
    "AgendaItem",
    "AttendanceFigures",
    "Constituency",
    "Contributor",
    "Event",
    "EventAim",
    "EventDate",
    "EventDocument",
    "EventPart",
    "GuidingQuestion",
    "Honorific",
    "Input",
    "Intervention",
    "KeyPoint",
    "Organiser",
    "Region",
    "organisers_prefetch",
    "Registration",
    "SharedSeat",
    "Speaker",
]
