"""Caching of anonymous visitors' pages, invalidated whenever content changes.

A consultation week brings thousands of visitors to the same directories at once. Their pages
are the same for everyone who is not signed in, so they are kept in the shared cache under a
content version; any save or delete of the portal's records bumps the version, and every
cached page is stale at once (they then simply expire).
"""

from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

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


def cached_for_visitors(view=None, *, timeout: int = PAGE_TIMEOUT):
    """Serve anonymous GETs from the cache; signed-in people always get a fresh page."""

    def decorator(view_func):
        @wraps(view_func)
        def wrapper(request, *args, **kwargs):
            if (
                request.method != "GET"
                or request.user.is_authenticated
                or not settings.PAGE_CACHE
                or len(get_messages(request))  # a one-off message is for this visitor only
            ):
                return view_func(request, *args, **kwargs)
            key = f"page:{content_version()}:{get_language()}:{request.get_full_path()}"
            cached = cache.get(key)
            if cached is not None:
                content, content_type = cached
                response = HttpResponse(content, content_type=content_type)
            else:
                response = view_func(request, *args, **kwargs)
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
                if response.status_code == 200 and not response.cookies:
                    cache.set(key, (response.content, response["Content-Type"]), timeout)
            patch_vary_headers(response, ["Cookie"])
            return response

        return wrapper

    return decorator(view) if view else decorator


def connect_invalidation() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(bump_content_version, dispatch_uid=f"portal-cache-{signal}")
