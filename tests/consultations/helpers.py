"""Small helpers shared by the consultation tests."""

from html.parser import HTMLParser

from django.urls import reverse
from django.utils import translation

PERSONAS = ["anonymous", "outsider", "member_of_unverified", "member", "secretariat"]


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(response) -> str:
    """The text a reader sees, entities decoded and white space collapsed."""
    parser = _Text()
    parser.feed(response.content.decode())
    return " ".join("".join(parser.parts).split())
