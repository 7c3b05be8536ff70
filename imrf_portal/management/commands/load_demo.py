"""`manage.py load_demo`: demo accounts and content for every part of the portal (idempotent)."""

from importlib import import_module

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

# Each app with demo content has a `demo.load(stdout)`; order follows the apps' dependencies.
DEMO_MODULES = ["stakeholders.demo", "consultations.demo", "pledges.demo", "engagement.demo"]


class Command(BaseCommand):
    help = "Load demo accounts and content (idempotent). Loads the reference data first."

    def handle(self, *args, **options):
        call_command("load_reference", stdout=self.stdout)
        with transaction.atomic():
            for module_name in DEMO_MODULES:
                try:
                    module = import_module(module_name)
                except ModuleNotFoundError as error:
                    if error.name != module_name:
                        raise
                    continue
                module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
