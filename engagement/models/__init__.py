"""Online consultations: discussion spaces, the stakeholder survey, the Repository of Practices."""

from .discussions import Contribution, Discussion, Follow, GuidingQuestion
from .practices import Practice
from .surveys import Answer, Choice, Question, Survey, SurveyResponse

__all__ = [
    "Answer",
    "Choice",
    "Contribution",
    "Discussion",
    "Follow",
    "GuidingQuestion",
    "Practice",
    "Question",
    "Survey",
    "SurveyResponse",
]
