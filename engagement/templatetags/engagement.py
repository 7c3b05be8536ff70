"""Template helpers of the online consultations: SVG bar charts and contribution languages."""

from django import template
from django.utils.translation import get_language_bidi

from ..charts import bar_chart as draw_bar_chart

register = template.Library()


@register.simple_tag
def bar_chart(rows):
    """The geometry of a bar chart of `rows`, mirrored in a right-to-left page."""
    return draw_bar_chart(rows, rtl=get_language_bidi())
