"""`manage.py send_discussion_digests`: the daily e-mail to the followers of discussions.

Run it once a day (cron, or a scheduler calling `engagement.tasks.send_discussion_digests`).
"""

from django.core.management.base import BaseCommand

from engagement.tasks import send_discussion_digests


class Command(BaseCommand):
    help = "E-mail each follower of a discussion the contributions posted since their last digest."

    def handle(self, *args, **options):
        sent = send_discussion_digests.apply().get()
        self.stdout.write(f"{sent} digest e-mail(s) sent.")
