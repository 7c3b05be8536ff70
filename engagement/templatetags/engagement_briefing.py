"""For the round-table briefing (reports): what the online consultations add to it, read through
`engagement.briefing` inside the report's language."""

from django import template

from .. import briefing

register = template.Library()


@register.simple_tag
def engagement_briefing(objectives) -> dict:
    objectives = list(objectives)
    return {
        "discussions": briefing.discussion_summaries_for(objectives),
        "survey_results": briefing.survey_results_for(objectives),
        "practices": briefing.practices_for(objectives),
    }
