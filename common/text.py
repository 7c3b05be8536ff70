"""Text that people wrote, as HTML: escaped first, then only the portal's own markup added.

Every template tag that shows stakeholder or recorded text as paragraphs goes through here, so
that no text can become an element (tests/security/test_markup_injection.py writes markup into
every writable text field and renders every page, admin page, e-mail, export and PDF).
"""

import re

from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

# Recorded text may carry two marks of the meeting summaries it is copied from:
# [label](https://address) for a link and *words* for emphasis. Everything else is escaped.
MARKS = re.compile(r"\[(?P<label>[^\]\n]+)\]\((?P<url>https?://[^\s)]+)\)|\*(?P<em>[^*\n]+)\*")
PARAGRAPHS = re.compile(r"\n\s*\n")
BREAK = mark_safe("<br>")


def render_marks(text: str) -> SafeString:
    """`text` escaped, with its [label](https://…) links and *emphasis* as elements."""
    parts, last = [], 0
    for match in MARKS.finditer(text):
        parts.append(conditional_escape(text[last : match.start()]))
        if match.group("url"):
            parts.append(format_html('<a href="{}">{}</a>', match.group("url"), match["label"]))
        else:
            parts.append(format_html("<em>{}</em>", match.group("em")))
        last = match.end()
    parts.append(conditional_escape(text[last:]))
    return format_html_join("", "{}", ((part,) for part in parts))


def paragraphs(text: str, *, marks: bool = False) -> SafeString:
    """`text` as escaped paragraphs (a blank line between them, <br> for a single line break);
    with `marks`, recorded text's links and emphasis become elements too."""
    render = render_marks if marks else conditional_escape
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return format_html_join(
        "",
        "<p>{}</p>",
        (
            (format_html_join(BREAK, "{}", ((render(line),) for line in part.split("\n"))),)
            for part in PARAGRAPHS.split(text)
        ),
    )
