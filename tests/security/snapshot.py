"""A fingerprint of what the database holds, model by model, found by introspection: comparing
two tells whether a request changed anything, and what.

Left out: sessions (signing in and messages live there) and `last_login`, which record visits,
not data. The cache is not in the database.
"""

import hashlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import connection

IGNORED_MODELS = {Session}
IGNORED_FIELDS = {(get_user_model(), "last_login")}


def _stored_models():
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or model in IGNORED_MODELS:
            continue
        yield model


def _columns(model) -> list:
    return [
        field for field in model._meta.concrete_fields if (model, field.name) not in IGNORED_FIELDS
    ]


def snapshot() -> dict[str, tuple[int, str]]:
    """Model label -> (row count, checksum of its rows)."""
    models = list(_stored_models())
    if connection.vendor == "postgresql":
        return _snapshot_in_one_query(models)
    state = {}
    for model in models:
        columns = [field.attname for field in _columns(model)]
        digest = hashlib.sha256()
        count = 0
        for row in model._base_manager.order_by("pk").values_list(*columns):
            digest.update(repr(row).encode())
            count += 1
        state[model._meta.label_lower] = (count, digest.hexdigest())
    return state


def _snapshot_in_one_query(models) -> dict[str, tuple[int, str]]:
    """The same on PostgreSQL, in one round trip: the matrices take hundreds of snapshots."""
    from psycopg import sql

    parts = []
    for number, model in enumerate(models):
        table = sql.Identifier(model._meta.db_table)
        row = sql.SQL(", ").join(sql.Identifier(field.column) for field in _columns(model))
        parts.append(
            sql.SQL(
                "SELECT {number}, COUNT(*), "
                "MD5(COALESCE(STRING_AGG(ROW({row})::text, '|' ORDER BY {pk}), '')) FROM {table}"
            ).format(number=number, row=row, pk=sql.Identifier(model._meta.pk.column), table=table)
        )
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL(" UNION ALL ").join(parts).as_string(cursor.connection))
        rows = cursor.fetchall()
    return {models[number]._meta.label_lower: (count, digest) for number, count, digest in rows}


def changes(before: dict, after: dict) -> dict[str, str]:
    """What differs between two snapshots, model by model, in words."""
    return {
        label: f"{before[label][0]} rows, then {after[label][0]}"
        if before[label][0] != after[label][0]
        else f"{after[label][0]} rows, content changed"
        for label in before
        if before[label] != after[label]
    }
