"""`manage.py export_event SLUG`: one meeting as a meeting record file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from consultations.interchange import export_meeting
from consultations.models import Event


class Command(BaseCommand):
    help = "Write a meeting as a meeting record file (YAML by default), to a file or stdout."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("-o", "--output", type=Path, help="the file to write")
        parser.add_argument("--format", choices=("yaml", "json"), default="yaml")

    def handle(self, *args, slug, output, format, **options):
        event = Event.objects.filter(slug=slug).first()
        if event is None:
            raise CommandError(f'No meeting "{slug}".')
        text = export_meeting(event, format=format)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
