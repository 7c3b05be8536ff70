"""Indexes for the pledge lists at scale (#18): the directory's newest-first page and its count,
the secretariat's list and its dates, and pledges by objective (the round-table filter goes
through objectives)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("pledges", "0004_pledge_other_languages_and_more"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="pledge",
            index=models.Index(
                condition=models.Q(("state", "published")),
                fields=["-published_at", "-created_at", "-id"],
                name="pledge_published_newest",
            ),
        ),
        migrations.AddIndex(
            model_name="pledge",
            index=models.Index(fields=["-published_at", "-created_at", "-id"], name="pledge_newest"),
        ),
        migrations.AddIndex(
            model_name="pledge",
            index=models.Index(fields=["created_at"], name="pledge_created"),
        ),
        # The link table Django makes for Pledge.objectives has (pledge, objective) unique and
        # objective alone: with the pledge too, "pledges tagged with these objectives" is read
        # from the index only.
        migrations.RunSQL(
            "CREATE INDEX pledge_objectives_by_objective "
            "ON pledges_pledge_objectives (objective_id, pledge_id)",
            "DROP INDEX pledge_objectives_by_objective",
        ),
    ]
