"""Caching of anonymous visitors' pages, invalidated whenever content changes.

A consultation week brings thousands of visitors to the same directories at once. Their pages
are the same for everyone who is not signed in, so they are kept in the shared cache under a
content version; any save or delete of the portal's records bumps the version, and every
cached page is stale at once (they then simply expire).
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

VERSION_KEY = "portal:content-version"
PAGE_TIMEOUT = 300
CACHED_APPS = {"stakeholders", "consultations", "pledges", "engagement", "reports"}


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_content_version(sender=None, **kwargs) -> None:
    if sender is not None and sender._meta.app_label not in CACHED_APPS:
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def digest(text: str) -> str:
    """A short, fixed-length cache key part for any text (a path with a long query string)."""
    return hashlib.sha256(text.encode()).hexdigest()


def remembered(name: str, compute, *, timeout: int = PAGE_TIMEOUT):
    """A figure that is the same for everyone who may see it (counts for a dashboard), computed
    once and kept until the content changes."""
    key = f"figures:{content_version()}:{digest(name)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def cached_for_visitors(view=None, *, timeout: int = PAGE_TIMEOUT):
    """Mark a view's page as the same for every anonymous visitor: `VisitorPageCacheMiddleware`
    keeps it and answers the next visitors without running the view. Signed-in people, and a
    visitor with a one-off message, always get a fresh page."""

    def decorator(view_func):
        @wraps(view_func)
        def wrapper(request, *args, **kwargs):
            response = view_func(request, *args, **kwargs)
            if (
                request.method == "GET"
                and not request.user.is_authenticated
                and not len(get_messages(request))  # a message is for this visitor only
            ):
                response.cache_for_visitors = timeout
            patch_vary_headers(response, ["Cookie"])
            return response

        return wrapper

    return decorator(view) if view else decorator


class VisitorPageCacheMiddleware:
    """Answers anonymous visitors from the page cache before sessions, authentication, messages,
    locale and URL resolution run: during a consultation week most requests are visitors asking
    for the same directories, and for them all that work would only rebuild the same bytes.

    Placed right after SecurityMiddleware and WhiteNoise, so HTTPS redirects, HSTS and static
    files are unchanged. A page is stored with the headers the inner middleware gave it (CSP,
    frame protection, Vary, Content-Language) and only if it sets no cookie. A request carrying
    a session or a message cookie always takes the full path: it may belong to someone signed in.
    One cache round trip per visit: the content version and the page are read together, and a
    page stored under an older version is ignored.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.private_cookies = {settings.SESSION_COOKIE_NAME, "messages"}

    def __call__(self, request):
        key = self.key_for(request)
        if key is not None:
            # The version is read before the page is built: a page built while the content
            # changed is stored under the older version, and so never served.
            version, answer = self.lookup(key)
            if answer is not None:
                return answer
        response = self.get_response(request)
        timeout = getattr(response, "cache_for_visitors", None)
        if (
            key is not None
            and timeout
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            self.store(key, version, response, timeout)
        return response

    def key_for(self, request) -> str | None:
        if (
            request.method != "GET"
            or not settings.PAGE_CACHE
            or self.private_cookies.intersection(request.COOKIES)
        ):
            return None
        # The language is the path's prefix, so the path names the page in one language.
        return f"page:{digest(request.get_host() + request.get_full_path())}"

    def lookup(self, key: str) -> tuple[int, HttpResponse | None]:
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        entry = found.get(key)
        if entry is None or entry[0] != version:
            return version, None
        _, content, headers = entry
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        return version, response

    def store(self, key: str, version: int, response, timeout: int) -> None:
        headers = [(name, value) for name, value in response.items() if name != "Set-Cookie"]
        cache.set(key, (version, response.content, headers), timeout)


def connect_invalidation() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(bump_content_version, dispatch_uid=f"portal-cache-{signal}")
