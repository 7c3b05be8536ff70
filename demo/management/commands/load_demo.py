"""`manage.py load_demo`: demo accounts and content for every part of the portal (idempotent)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo import loader, meetings


class Command(BaseCommand):
    help = "Load demo accounts and content (idempotent). Loads the reference data first."

    def handle(self, *args, **options):
        call_command("load_reference", stdout=self.stdout)
        with transaction.atomic():
            # In the order the apps depend on each other.
            loader.load_accounts(self.stdout)
            meetings.load_events(self.stdout)
            loader.load_pledges(self.stdout)
            loader.load_engagement(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
