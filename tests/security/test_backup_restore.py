"""The backup and restore the README documents: a dump restored into an empty database holds
the data."""

import os
import shutil
import subprocess

import pytest
from django.db import connection

from gcm.models import Objective
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql" or not shutil.which("pg_dump"),
    reason="backup and restore are documented for PostgreSQL (set DATABASE_URL, as .ci/run does)",
)


def libpq_env(database: str) -> dict:
    settings = connection.settings_dict
    env = {**os.environ, "PGDATABASE": database}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if settings[key]:
            env[variable] = str(settings[key])
    if settings["PASSWORD"]:
        env["PGPASSWORD"] = settings["PASSWORD"]
    return env


@pytest.mark.django_db(transaction=True)
def test_a_dump_restores_into_an_empty_database(reference, tmp_path):
    OrganisationFactory(name="Réseau des migrants — العاملات", slug="backup-check")
    source = connection.settings_dict["NAME"]
    target = f"{source}_restore"
    dump = tmp_path / "portal.dump"

    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={dump}"], env=libpq_env(source), check=True
    )
    subprocess.run(["dropdb", "--if-exists", target], env=libpq_env(source), check=True)
    subprocess.run(["createdb", target], env=libpq_env(source), check=True)
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={target}", str(dump)],
            env=libpq_env(target),
            check=True,
        )
        query = (
            "SELECT (SELECT count(*) FROM gcm_objective), "
            "(SELECT name FROM stakeholders_organisation WHERE slug = 'backup-check')"
        )
        result = subprocess.run(
            ["psql", "--no-align", "--tuples-only", "--field-separator=|", "-c", query],
            env=libpq_env(target),
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        subprocess.run(["dropdb", "--if-exists", target], env=libpq_env(source), check=True)

    assert result.stdout.strip() == f"{Objective.objects.count()}|Réseau des migrants — العاملات"
    assert Objective.objects.count() == 23
