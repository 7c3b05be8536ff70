"""The table of the shared cache used when no CACHE_URL is set (settings.DATABASE_CACHE).

Created whatever the cache in use, so that a deployment can drop CACHE_URL at any time."""

from django.conf import settings
from django.db import migrations


def create_cache_table(apps, schema_editor):
    from django.core.management.commands.createcachetable import Command

    command = Command()
    command.verbosity = 0
    table = settings.DATABASE_CACHE["LOCATION"]
    command.create_table(schema_editor.connection.alias, table, dry_run=False)


def drop_cache_table(apps, schema_editor):
    table = settings.DATABASE_CACHE["LOCATION"]
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(table)}")


class Migration(migrations.Migration):
    dependencies = [("common", "0002_initial")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table)]
