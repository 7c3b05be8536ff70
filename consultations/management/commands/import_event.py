"""`manage.py import_event FILE`: creates or updates one meeting from its record file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from consultations.interchange import MeetingFileError, import_meeting


class Command(BaseCommand):
    help = (
        "Create or update a meeting from a meeting record file (YAML or JSON, see the README). "
        "The file is the whole record: what the meeting holds and the file does not is removed; "
        "registrations and written inputs stay. On any error nothing is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        try:
            event, created = import_meeting(file.read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(str(error)) from error
        except MeetingFileError as error:
            count = len(error.problems)
            raise CommandError(
                f"{file}: {count} problem{'s' if count > 1 else ''}, nothing changed:\n{error}"
            ) from error
        self.stdout.write(f"{'Created' if created else 'Updated'} {event.slug}.")
