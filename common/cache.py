"""Caching of anonymous visitors' pages, invalidated whenever content changes.

A consultation week brings thousands of visitors to the same directories at once. Their pages
are the same for everyone who is not signed in, so they are kept in the shared cache under a
content version; any save or delete of the portal's records bumps the version, and every
cached page is stale at once (they then simply expire).

Each web process also keeps the pages it served last (`LocalPages`) and reads the shared version
at most once every PAGE_CACHE_VERSION_SECONDS (1 s): a change made in the same process shows at
once, a change made by another process within that second. This spares the busiest pages the
round trip to Redis, which was 40 % of the cost of a page served from the cache.
"""

import hashlib
import threading
import time
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

VERSION_KEY = "portal:content-version"
PAGE_TIMEOUT = 300
# The apps whose records visitors' pages and reports show (reports themselves are shown only to
# coordinators and the secretariat, never from the cache).
CACHED_APPS = {"gcm", "stakeholders", "consultations", "pledges", "engagement"}


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _new_version()
    return version


def _new_version() -> int:
    """A first version that is never one seen before, even after the shared cache was emptied:
    a process may still hold pages stored under the old numbers."""
    cache.add(VERSION_KEY, time.time_ns(), timeout=None)
    return cache.get(VERSION_KEY) or time.time_ns()


def bump_content_version(sender=None, **kwargs) -> None:
    if sender is not None and sender._meta.app_label not in CACHED_APPS:
        return
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:
        version = _new_version()
    local_pages.saw_version(version)


def is_current(entry: tuple | None, version: int) -> bool:
    """A stored page (version, expires at, content, headers) still good under `version`."""
    return entry is not None and entry[0] == version and entry[1] >= time.time()


class LocalPages:
    """The pages this process served last, with the shared content version it last read."""

    def __init__(self, max_pages: int = 200):
        self.max_pages = max_pages
        self.pages: dict[str, tuple] = {}
        self.version: int | None = None
        self.version_read_at = 0.0
        self.lock = threading.Lock()

    def known_version(self) -> int | None:
        """The shared version if it was read less than PAGE_CACHE_VERSION_SECONDS ago."""
        if time.monotonic() - self.version_read_at < settings.PAGE_CACHE_VERSION_SECONDS:
            return self.version
        return None

    def saw_version(self, version: int) -> None:
        with self.lock:
            self.version, self.version_read_at = version, time.monotonic()

    def get(self, key: str, version: int):
        entry = self.pages.get(key)
        return entry if is_current(entry, version) else None

    def put(self, key: str, entry: tuple) -> None:
        with self.lock:
            if len(self.pages) >= self.max_pages:
                self.pages.pop(next(iter(self.pages)))  # the oldest stored
            self.pages[key] = entry

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()
            self.version, self.version_read_at = None, 0.0


local_pages = LocalPages()


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
        # "v2": entries are (version, expires at, content, headers); older ones are ignored.
        return f"page:v2:{digest(request.get_host() + request.get_full_path())}"

    def lookup(self, key: str) -> tuple[int, HttpResponse | None]:
        version = local_pages.known_version()
        entry = local_pages.get(key, version) if version is not None else None
        if entry is None:
            if version is None:
                found = cache.get_many([VERSION_KEY, key])
                version = found.get(VERSION_KEY) or content_version()
                local_pages.saw_version(version)
                entry = found.get(key)
            else:
                entry = cache.get(key)
            if not is_current(entry, version):
                return version, None
            local_pages.put(key, entry)
        _, _, content, headers = entry
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        return version, response

    def store(self, key: str, version: int, response, timeout: int) -> None:
        headers = [(name, value) for name, value in response.items() if name != "Set-Cookie"]
        entry = (version, time.time() + timeout, response.content, headers)
        cache.set(key, entry, timeout)
        local_pages.put(key, entry)


def connect_invalidation() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(bump_content_version, dispatch_uid=f"portal-cache-{signal}")
