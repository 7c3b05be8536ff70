"""Fixtures of the security tests."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from tests.security.post_world import build_stage


@pytest.fixture(scope="module")
def post_stage(django_db_setup, django_db_blocker, tmp_path_factory):
    """The POST matrices' world, one for each module, in a transaction rolled back at its end:
    each POST is undone anyway, and building the world for each test would double the time."""
    with (
        django_db_blocker.unblock(),
        override_settings(
            MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],  # as conftest
        ),
        transaction.atomic(),
    ):
        call_command("load_reference", stdout=StringIO())
        yield build_stage()
        transaction.set_rollback(True)
