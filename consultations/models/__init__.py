"""The consultations' data: the GCM reference (objectives, principles, forums, round tables) and
the consultation events recorded on it (agenda, speakers, interventions, attendance, inputs).

Each module holds one area; everything is re-exported here, so `consultations.models.Event` and
`from consultations.models import Objective` keep working wherever a class lives.
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
    Event,
    EventAim,
    EventDocument,
    Region,
)
from .inputs import Input
from .reference import OBJECTIVE_COUNT, Forum, GuidingPrinciple, Objective, RoundTable

__all__ = [
    "DOCUMENT_LANGUAGES",
    "OBJECTIVE_COUNT",
    "AgendaItem",
    "AttendanceFigures",
    "Contributor",
    "Event",
    "EventAim",
    "EventDocument",
    "Forum",
    "GuidingPrinciple",
    "GuidingQuestion",
    "Honorific",
    "Input",
    "Intervention",
    "KeyPoint",
    "Objective",
    "Region",
    "Registration",
    "RoundTable",
    "SharedSeat",
    "Speaker",
]
