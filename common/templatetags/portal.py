"""Template helpers: translated content with honest fallbacks, and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language_info, gettext

from common.i18n import fallback_message, localized
from common.lists import join_html
from common.text import paragraphs

register = template.Library()

BLOCK, INLINE = "<div{}>{}</div>", "<span{}>{}</span>"


def _note(text) -> str:
    if text.is_fallback:
        return format_html(' <small class="translation-note">{}</small>', fallback_message(text))
    if text.working:
        return format_html(
            ' <small class="translation-note">{}</small>', gettext("unofficial translation")
        )
    return ""


@register.simple_tag
def tr(obj, field, block=False, note=True):
    """A translated field, in its own `lang`/`dir` where it falls back to another language.

    `block=True` renders long text as paragraphs; `note=False` leaves out the translation note
    (for headings repeated elsewhere on the page).
    """
    text = localized(obj, field)
    if not text.text:
        return ""
    body = paragraphs(text.text) if block else text.text
    attrs = ""
    if text.is_fallback:
        attrs = format_html(' lang="{}" dir="{}"', text.language, text.direction)
    html = format_html(BLOCK if block else INLINE, attrs, body)
    return format_html("{}{}", html, _note(text) if note else "")


@register.simple_tag
def tr_text(obj, field):
    """The plain translated text (for titles and attributes), falling back like `tr`."""
    return localized(obj, field).text


@register.simple_tag(takes_context=True)
def language_links(context):
    """Each language's version of the current page, keeping the query string."""
    request = context["request"]
    query = request.GET.urlencode()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        if query:
            url = f"{url}?{query}"
        info = get_language_info(code)
        links.append(
            {"code": code, "url": url, "name_local": info["name_local"], "bidi": info["bidi"]}
        )
    return links


@register.simple_tag
def language_name(code):
    """A language's name in the page's language ("Arabic", "arabe", "العربية")."""
    return get_language_info(code)["name_translated"]


@register.simple_tag
def content_version(*scopes):
    """The versions of the kinds of record a `{% cache %}` fragment shows (common.cache scopes),
    so that it changes as soon as they do: `{% content_version "gcm" as version %}`."""
    from common.cache import scope_versions

    if not scopes:
        raise template.TemplateSyntaxError("content_version needs the scopes the fragment shows")
    return scope_versions(scopes)


class SharedNode(template.Node):
    def __init__(self, name: str, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        from common.cache import shared_fragment

        return shared_fragment(context["request"], self.name, lambda: self.nodelist.render(context))


@register.tag("shared")
def shared(parser, token):
    """`{% shared "name" %}…{% endshared %}`: a part of a page that is the same for everyone who
    may see the page - the record, the list - kept for signed-in people as for visitors
    (common.cache.shared_fragment). The view passes what it shows lazily
    (`common.cache.when_drawn`), so that nothing is read when the part is kept."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('{% shared "name" %} takes the fragment\'s name')
    nodelist = parser.parse(("endshared",))
    parser.delete_first_token()
    return SharedNode(bits[1][1:-1], nodelist)


@register.filter
def has_text(obj, field) -> bool:
    """Whether a translated field has text in any language, as `tr` shows it: test this, not
    `obj.field`, which is empty where only another language holds the text."""
    return bool(localized(obj, field).text)


@register.filter
def listed(items) -> str:
    """Items separated as the reader's language separates a list (“، ” in Arabic), each
    isolated in <bdi>."""
    return join_html(items)
