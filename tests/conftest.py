"""Fixtures shared by every test folder."""

from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import UserFactory, coordinator_user, secretariat_user
from tests.personas import build_personas
from tests.worker import celery_worker_process  # noqa: F401 - a fixture for every folder


@pytest.fixture
def reference(db):
    """The GCM objectives, guiding principles and IMRF 2022 round tables, as shipped."""
    call_command("load_reference", stdout=StringIO())


@pytest.fixture
def stakeholder(db):
    return UserFactory()


@pytest.fixture
def secretariat(db):
    return secretariat_user()


@pytest.fixture
def coordinator(db):
    return coordinator_user()


@pytest.fixture
def personas(db):
    """Ten people in every relation to a verified organisation and one awaiting verification
    (tests/personas.py), for the rules tests."""
    return build_personas()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Every factory-made person and demo account has a password; Django's real hasher
    (PBKDF2, a million iterations) takes a third of a second each and tests no behaviour here.
    The portal itself keeps Django's default hashers."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache(request, settings):
    """Rate limits and cached pages live in the cache, which may be a Redis shared across tests,
    or (without CACHE_URL) a table in the test database, emptied for the tests that use it."""
    from django.core.cache import cache

    from common.cache import local_pages

    local_pages.clear()
    if "DatabaseCache" in settings.CACHES["default"]["BACKEND"]:
        marker = request.node.get_closest_marker("django_db")
        transactional = (marker and marker.kwargs.get("transaction")) or {
            "transactional_db",
            "live_server",
        } & set(request.fixturenames)
        if not (marker or "db" in request.fixturenames or transactional):
            yield  # no database, so no cache either
            return
        request.getfixturevalue("transactional_db" if transactional else "db")
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _english_unless_told(settings):
    """Each test starts in the default language, whatever the one before it activated."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def pages_built_whole(settings):
    """For tests that count what a page costs to build: its `{% shared %}` parts drawn on every
    request too (tests/portal/test_shared_fragments.py covers them kept)."""
    settings.SHARED_FRAGMENTS = False


@pytest.fixture(autouse=True)
def _pages_built_afresh(settings):
    """Tests look at pages as they are built (queries included); tests of the visitors' page
    cache switch it on themselves (tests/portal/test_page_cache.py)."""
    settings.PAGE_CACHE = False
