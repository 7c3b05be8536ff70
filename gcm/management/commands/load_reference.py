"""`manage.py load_reference`: the GCM objectives, guiding principles and IMRF round tables."""

from pathlib import Path

from django.core.management.base import BaseCommand

from gcm.reference import load_reference


class Command(BaseCommand):
    help = "Load (or update) the GCM objectives, guiding principles and IMRF 2022 round tables."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, help="Reference JSON (default: the shipped copy).")

    def handle(self, *args, **options):
        summary = load_reference(options["file"])
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary.objectives} objectives, {summary.guiding_principles} guiding "
                f"principles, {summary.round_tables} round tables."
            )
        )
