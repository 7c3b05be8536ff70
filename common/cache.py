"""Caching of anonymous visitors' pages, invalidated by what changed.

A consultation week brings thousands of visitors to the same directories at once. Their pages
are the same for everyone who is not signed in, so they are kept in the shared cache together
with the versions of the kinds of records they show.

Scoped versions. Every model whose records show on a cached page has its own version in the
shared cache (`portal:scope:<app>.<model>`), which each save, delete or many-to-many change of
one of its records bumps (for an automatic many-to-many table, the model that declares the
field). A cached thing declares the records it shows, once, where it is declared:
`@cached_for_visitors(scopes=...)` on a view, `{% content_version "pledges" ... as v %}` on a
`{% cache %}` fragment, `remembered(..., scopes=...)` for a figure, `REPORT_SCOPES` for a
report's document. A scope names an app ("pledges": all its models) or one model
("stakeholders.Organisation"). The declared scopes today:

- home page: gcm;
- objective and round-table pages: gcm, plus what each app's section shows (`register_sections`):
  pledges, consultations, engagement's practices and discussions, and organisations;
- organisation directory and pages: organisations;
- event list: consultations, gcm, organisations; event pages: also profiles (participants'
  gender in the figures);
- pledge directory, dashboard (figures and filters): pledges, gcm, organisations.

A page is stale when any of its versions moved: a pledge decision empties the pledge pages and
the topic pages, not the event pages. Records that no cached page shows bump nothing: `PRIVATE`
lists them with why (sign-ins saving `User.last_login`, sessions, e-mail addresses, MFA, audit
records, follows, report jobs…). `UNCACHED` lists public records whose pages are built for each
request; they still bump their own version, so caching one of those pages later only takes its
declaration. tests/portal/test_cache_scopes.py checks that every model is in a scope of some
cached view (found through the URL resolver), fragment, figure or report, or in one of the two
lists: a new model is covered or the test says so.

Each web process also keeps the pages it served last (`LocalPages`) and reads a shared version
at most once every PAGE_CACHE_VERSION_SECONDS (1 s): a change made in the same process shows at
once, a change made by another process within that second. This spares the busiest pages the
round trip to Redis, which was 40 % of the cost of a page served from the cache. Otherwise one
round trip per visit: the page and its versions are read together with `get_many`.
"""

import functools
import hashlib
import threading
import time
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject

PAGE_TIMEOUT = 300

# Records that show on no public page: saving them changes nothing a visitor, a dashboard or a
# report may have kept.
PRIVATE = {
    "admin.LogEntry": "the admin's history, seen by the secretariat only",
    "auth.Permission": "who may do what; no page shows it",
    "auth.Group": "roles (the secretariat); pages for visitors are the same for every role",
    "contenttypes.ContentType": "Django's table of models",
    "sessions.Session": "every request of someone signed in may save it",
    "stakeholders.User": "every sign-in saves last_login; no public page shows an account",
    "account.EmailAddress": "a person's own e-mail addresses",
    "account.EmailConfirmation": "sign-up and e-mail confirmation",
    "mfa.Authenticator": "a person's second factors",
    "common.AuditRecord": "the audit trail, seen by the secretariat only",
    "stakeholders.Membership": "shown to the organisation's members and the secretariat only",
    "stakeholders.AccreditationClaim": (
        "a pending claim is shown to the organisation's administrators only; confirming one "
        "saves the organisation"
    ),
    "engagement.Follow": "what a person follows, for their notifications",
    "engagement.SurveyResponse": "one person's answers, seen by them and the secretariat",
    "engagement.Answer": "one person's answers, seen by them and the secretariat",
    "reports.Report": "report jobs' state, on coordinators' pages built for each request",
}

# Public records whose pages are built afresh for each request. They still bump their version,
# so that caching one of those pages takes nothing but its `scopes`.
UNCACHED = {
    "engagement.Contribution": "discussion threads are built for each request",
    "engagement.GuidingQuestion": "discussion pages are built for each request",
    "engagement.Survey": "survey pages are built for each request",
    "engagement.Question": "survey pages are built for each request",
    "engagement.Choice": "survey pages are built for each request",
}


def counted_model(model):
    """The model whose version a change of `model`'s rows bumps: proxies count as their concrete
    model, an automatic many-to-many table as the model that declares the field."""
    owner = model._meta.auto_created
    if owner and owner is not True:
        model = owner
    return model._meta.concrete_model


@functools.cache
def version_key(model) -> str | None:
    """The shared cache key of `model`'s version; None for records no cached thing shows.
    By label, so that migrations' historical models count as the models they stand for."""
    model = counted_model(model)
    if model._meta.label in PRIVATE or model._meta.app_label not in apps.app_configs:
        return None  # private, or not the portal's (migrate's own record of migrations)
    return f"portal:scope:{model._meta.label_lower}"


@functools.cache
def scope_keys(scopes: tuple[str, ...]) -> tuple[str, ...]:
    """The version keys a cached thing showing `scopes` depends on (sorted, without repeats).
    Unknown names and private models are refused: a misspelt scope would never be bumped."""
    keys = set()
    for name in scopes:
        if "." in name:
            model = apps.get_model(name)  # LookupError if unknown
            key = version_key(model)
            if key is None:
                raise ValueError(f"{name} is listed in common.cache.PRIVATE: {PRIVATE[name]}")
            keys.add(key)
        else:
            models = apps.get_app_config(name).get_models()  # LookupError if unknown
            keys.update(key for model in models if (key := version_key(model)))
    return tuple(sorted(keys))


def models_of(scopes) -> set:
    """The models (concrete) whose changes a cached thing showing `scopes` follows."""
    keys = set(scope_keys(tuple(scopes)))
    return {model for model in apps.get_models() if version_key(model) in keys}


def _new_version(key: str) -> int:
    """A first version that is never one seen before, even after the shared cache was emptied:
    a process may still hold pages stored under the old numbers."""
    cache.add(key, time.time_ns(), timeout=None)
    return cache.get(key) or time.time_ns()


def bump(key: str) -> None:
    try:
        version = cache.incr(key)
    except ValueError:
        version = _new_version(key)
    local_pages.saw_versions({key: version})


def content_changed(sender, **kwargs) -> None:
    """post_save, post_delete and m2m_changed: the changed kind of record has a new version."""
    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed sends pre_add, post_add…: the one after the change is enough
    key = version_key(sender)
    if key is not None:
        bump(key)
        bump_on_commit(key, kwargs.get("using"))


def bump_on_commit(key: str, using: str | None) -> None:
    """Bump `key` again when the change's transaction commits. Until then other processes read
    the rows as they were: a page one of them builds meanwhile would be stored under the new
    version and served, stale, until the next change. Once per kind of record and transaction,
    so that a script saving 10,000 rows in one transaction bumps each kind twice, not 20,000
    times."""
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        return  # autocommit: the rows were visible before the first bump
    pending = (entry[1] for entry in connection.run_on_commit)  # (savepoints, callback, robust)
    if any(getattr(callback, "version_key", None) == key for callback in pending):
        return

    def bump_again():
        bump(key)

    bump_again.version_key = key
    transaction.on_commit(bump_again, using=using)


def bump_scopes(*scopes: str) -> None:
    """A new version for every kind of record `scopes` names (scripts that changed rows
    without signals, e.g. with `update()`)."""
    for key in scope_keys(tuple(scopes)):
        bump(key)


def versions_of(keys: tuple[str, ...], found: dict | None = None, *, fresh=False) -> tuple:
    """The current versions of `keys`: this process's when read less than
    PAGE_CACHE_VERSION_SECONDS ago (unless `fresh`), else from `found` (a `get_many` that read
    them already) or the shared cache."""
    versions = None if fresh else local_pages.known_versions(keys)
    if versions is not None:
        return versions
    if found is None or not set(keys) <= found.keys():
        found = cache.get_many(keys)
    current = {key: found[key] if key in found else _new_version(key) for key in keys}
    local_pages.saw_versions(current)
    return tuple(current[key] for key in keys)


def scope_versions(scopes, *, fresh=False) -> tuple:
    """The versions of what `scopes` names, for a cache key that must change as soon as those
    records do (fragments, figures, reports). `fresh`: read from the shared cache, not this
    process's copy of the last second."""
    return versions_of(scope_keys(tuple(scopes)), fresh=fresh)


def is_current(entry: tuple | None, versions: tuple) -> bool:
    """A stored page (keys, versions, expires at, content, headers) still good under `versions`."""
    return entry is not None and entry[1] == versions and entry[2] >= time.time()


class LocalPages:
    """The pages this process served last, and the shared versions it last read."""

    def __init__(self, max_pages: int = 200):
        self.max_pages = max_pages
        self.pages: dict[str, tuple] = {}
        # Version key -> (version, read at): read at most once every PAGE_CACHE_VERSION_SECONDS.
        self.versions: dict[str, tuple[int, float]] = {}
        # Page key -> its version keys, learnt from the stored page: the next visit reads the
        # page and its versions in one round trip.
        self.keys_of_page: dict[str, tuple[str, ...]] = {}
        self.lock = threading.Lock()

    def known_versions(self, keys) -> tuple | None:
        """The versions of `keys` if all were read less than PAGE_CACHE_VERSION_SECONDS ago."""
        oldest = time.monotonic() - settings.PAGE_CACHE_VERSION_SECONDS
        found = []
        for key in keys:
            known = self.versions.get(key)
            if known is None or known[1] <= oldest:
                return None
            found.append(known[0])
        return tuple(found)

    def saw_versions(self, versions: dict) -> None:
        now = time.monotonic()
        with self.lock:
            self.versions.update((key, (version, now)) for key, version in versions.items())

    def get(self, key: str, versions: tuple):
        entry = self.pages.get(key)
        return entry if is_current(entry, versions) else None

    def put(self, key: str, entry: tuple) -> None:
        with self.lock:
            if len(self.pages) >= self.max_pages:
                self.pages.pop(next(iter(self.pages)))  # the oldest stored
            self.pages[key] = entry
            if len(self.keys_of_page) >= 50 * self.max_pages:
                self.keys_of_page.clear()  # only hints
            self.keys_of_page[key] = entry[0]

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()
            self.versions.clear()
            self.keys_of_page.clear()


local_pages = LocalPages()


def digest(text: str) -> str:
    """A short, fixed-length cache key part for any text (a path with a long query string)."""
    return hashlib.sha256(text.encode()).hexdigest()


def remembered(name: str, compute, *, scopes, timeout: int = PAGE_TIMEOUT):
    """A figure that is the same for everyone who may see it (counts for a dashboard), computed
    once and kept until one of the kinds of record `scopes` names changes."""
    key = f"figures:{digest(f'{name}:{scope_versions(scopes)}')}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def when_drawn(compute):
    """What `compute()` returns, computed the first time a template uses it: a view passes the
    record or list a `{% shared %}` part shows this way, so that nothing is read when the part
    is kept."""
    return SimpleLazyObject(compute)


def shared_fragment(request, name: str, render) -> str:
    """The part `name` of the page `request` asks for, as `render()` draws it, kept for
    everyone who may see the page, signed in or not, until a record of the kinds the page's view
    declares (`cached_for_visitors(scopes=...)`) changes. The view has already refused those
    who may not see the page; what `render` draws must not depend on who asks (no CSRF token,
    no "you" - tests/portal/test_shared_fragments.py checks every page that has one).

    A fragment holding a CSRF token is drawn again for each request, never kept: it would hand
    one person's token to everyone."""
    if not settings.SHARED_FRAGMENTS:
        return render()
    view = request.resolver_match.func
    keys = view.version_keys()
    versions = versions_of(keys)  # before drawing: a change meanwhile leaves it stale-keyed
    page = digest(f"{request.get_host()}{request.get_full_path()}")
    key = f"shared:{name}:{page}:{digest(str(versions))}"
    html = cache.get(key)
    if html is None:
        html = render()
        if "csrfmiddlewaretoken" not in html:
            cache.set(key, html, PAGE_TIMEOUT)
    return html


def cached_for_visitors(*, scopes, timeout: int = PAGE_TIMEOUT):
    """Mark a view's page as the same for every anonymous visitor: `VisitorPageCacheMiddleware`
    keeps it and answers the next visitors without running the view, until a record of a kind
    `scopes` names changes (app labels or model labels; or a function returning them, for
    pages whose content is gathered from other apps). Signed-in people, and a visitor with a
    one-off message, always get a fresh page."""

    def decorator(view_func):
        @wraps(view_func)
        def wrapper(request, *args, **kwargs):
            keys = None
            if (
                request.method == "GET"
                and getattr(request, "visitor_page", False)  # the middleware may keep it
                and not request.user.is_authenticated
            ):
                keys = wrapper.version_keys()
                # Read before the page is built: a page built while the content changed is
                # stored under the older versions, and so never served.
                versions = versions_of(keys)
            response = view_func(request, *args, **kwargs)
            if keys is not None and not len(get_messages(request)):  # a message is for one
                response.cache_for_visitors = (timeout, keys, versions)
            patch_vary_headers(response, ["Cookie"])
            return response

        wrapper.visitor_cache_scopes = scopes
        wrapper.version_keys = lambda: scope_keys(tuple(scopes() if callable(scopes) else scopes))
        return wrapper

    return decorator


class VisitorPageCacheMiddleware:
    """Answers anonymous visitors from the page cache before sessions, authentication, messages,
    locale and URL resolution run: during a consultation week most requests are visitors asking
    for the same directories, and for them all that work would only rebuild the same bytes.

    Placed right after SecurityMiddleware and WhiteNoise, so HTTPS redirects, HSTS and static
    files are unchanged. A page is stored with the headers the inner middleware gave it (CSP,
    frame protection, Vary, Content-Language) and only if it sets no cookie. A request carrying
    a session or a message cookie always takes the full path: it may belong to someone signed in.

    The URL is not resolved here, so the versions a page depends on are learnt from the stored
    page: the first visit of a page in a process reads the page, then its versions; the next ones
    read both in one round trip (or none, from the process's own copy).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.private_cookies = {settings.SESSION_COOKIE_NAME, "messages"}

    def __call__(self, request):
        key = self.key_for(request)
        if key is not None:
            answer = self.lookup(key)
            if answer is not None:
                return answer
            request.visitor_page = True
        response = self.get_response(request)
        kept = getattr(response, "cache_for_visitors", None)
        if (
            key is not None
            and kept
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            self.store(key, response, *kept)
        return response

    def key_for(self, request) -> str | None:
        if (
            request.method != "GET"
            or not settings.PAGE_CACHE
            or self.private_cookies.intersection(request.COOKIES)
        ):
            return None
        # The language is the path's prefix, so the path names the page in one language.
        # "v3": entries are (version keys, versions, expires at, content, headers).
        return f"page:v3:{digest(request.get_host() + request.get_full_path())}"

    def lookup(self, key: str) -> HttpResponse | None:
        keys = local_pages.keys_of_page.get(key)
        entry = None
        if keys is not None:
            versions = local_pages.known_versions(keys)
            if versions is not None:
                entry = local_pages.get(key, versions) or cache.get(key)
            else:
                found = cache.get_many([key, *keys])
                versions = versions_of(keys, found)
                entry = found.get(key)
        else:
            entry = cache.get(key)
            if entry is None:
                return None
            keys = entry[0]
            versions = versions_of(keys)
        if not (is_current(entry, versions) and entry[0] == keys):
            return None
        if local_pages.pages.get(key) is not entry:
            local_pages.put(key, entry)
        _, _, _, content, headers = entry
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        return response

    def store(self, key: str, response, timeout: int, keys: tuple, versions: tuple) -> None:
        headers = [(name, value) for name, value in response.items() if name != "Set-Cookie"]
        entry = (keys, versions, time.time() + timeout, response.content, headers)
        cache.set(key, entry, timeout)
        local_pages.put(key, entry)


def connect_invalidation() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(content_changed, dispatch_uid=f"portal-cache-{signal}")
