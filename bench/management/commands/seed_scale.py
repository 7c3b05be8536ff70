"""`manage.py seed_scale`: the portal at the scale of a consultation year, for benchmarks.

10,000 pledges, 2,000 organisations, 200 events with agendas and interventions, 20,000 users,
spread over objectives, countries, stakeholder groups and languages the way real submissions
are (many in English, fewer in French and Arabic, most tagged with two or three objectives).
Records are written in bulk and the command is idempotent: it tops up to the target counts.
"""

import random
from datetime import date, timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from consultations.models import AgendaItem, Event, Intervention
from gcm.models import Forum, Objective
from pledges.models import Pledge
from stakeholders.models import Membership, Organisation, StakeholderGroup, User, Verification

COUNTRIES = [
    "DZ",
    "BH",
    "EG",
    "IQ",
    "JO",
    "KW",
    "LB",
    "LY",
    "MR",
    "MA",
    "OM",
    "PS",
    "QA",
    "SA",
    "SD",
    "SY",
    "TN",
    "AE",
    "YE",
    "SO",
    "DJ",
    "KM",
    "PH",
    "IN",
    "NP",
    "BD",
    "ET",
    "KE",
    "NG",
    "SN",
    "FR",
    "DE",
    "IT",
    "ES",
    "US",
    "CA",
    "MX",
    "CO",
    "BR",
    "ID",
]
LANGUAGES = ["en"] * 6 + ["fr"] * 2 + ["ar"] * 2
THEMES = [
    ("fair recruitment", "recrutement équitable", "التوظيف العادل"),
    (
        "legal aid for migrant workers",
        "aide juridique aux travailleurs migrants",
        "المساعدة القانونية للعمال المهاجرين",
    ),
    (
        "safe return and reintegration",
        "retour et réintégration sûrs",
        "العودة وإعادة الإدماج الآمنة",
    ),
    ("access to health care", "accès aux soins de santé", "الحصول على الرعاية الصحية"),
    ("remittance costs", "coût des envois de fonds", "تكاليف التحويلات المالية"),
    ("data on missing migrants", "données sur les migrants disparus", "بيانات المهاجرين المفقودين"),
    ("skills recognition", "reconnaissance des compétences", "الاعتراف بالمهارات"),
    ("alternatives to detention", "alternatives à la rétention", "بدائل الاحتجاز"),
]
DESCRIPTION = {
    "en": "Over three years we will {theme} with local partners, publish yearly results and "
    "report to the secretariat. The work reaches migrant workers, their families and the "
    "communities that receive them, in cities and rural areas alike. " * 2,
    "fr": "Pendant trois ans, nous agirons pour {theme} avec nos partenaires locaux, publierons "
    "des résultats annuels et en rendrons compte au secrétariat. " * 3,
    "ar": "على مدى ثلاث سنوات سنعمل في مجال {theme} مع شركائنا المحليين وننشر نتائج سنوية "
    "ونرفع تقارير إلى الأمانة. " * 4,
}
TARGETS = {"users": 20_000, "organisations": 2_000, "pledges": 10_000, "events": 200}
BATCH = 1_000


class Command(BaseCommand):
    help = "Seed 10,000 pledges, 2,000 organisations, 200 events and 20,000 users (idempotent)."

    def handle(self, *args, **options):
        self.random = random.Random(2022)  # noqa: S311 - reproducible demo data, not security
        self.objectives = list(Objective.objects.order_by("number"))
        if len(self.objectives) != 23:
            self.stderr.write("Load the reference data first: manage.py load_reference")
            return
        with transaction.atomic():
            self.seed_users()
            self.seed_organisations()
            self.seed_pledges()
            self.seed_events()
        # Fresh planner statistics (without them PostgreSQL plans for the empty tables it last
        # saw: 22 pledges for 10,000) and visibility maps (index-only counts), as autovacuum
        # would give a real database; it may be off here, or minutes away.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"{User.objects.count()} users, {Organisation.objects.count()} organisations, "
                f"{Pledge.objects.count()} pledges, {Event.objects.count()} events."
            )
        )

    def seed_users(self):
        missing = TARGETS["users"] - User.objects.filter(username__startswith="scale-").count()
        start = User.objects.filter(username__startswith="scale-").count()
        users = [
            User(
                username=f"scale-{start + i}",
                email=f"scale-{start + i}@people.example",
                first_name="Participant",
                last_name=str(start + i),
                password="!unusable",  # noqa: S106 - no one signs in as these
            )
            for i in range(max(missing, 0))
        ]
        User.objects.bulk_create(users, batch_size=BATCH)

    def seed_organisations(self):
        existing = Organisation.objects.filter(slug__startswith="scale-").count()
        groups = [g for g in StakeholderGroup.values if g != "un_system"]
        organisations = []
        for i in range(existing, TARGETS["organisations"]):
            language = self.random.choice(LANGUAGES)
            theme = THEMES[i % len(THEMES)]
            text = {
                "en": f"Works on {theme[0]}.",
                "fr": f"Travaille sur {theme[1]}.",
                "ar": f"تعمل في مجال {theme[2]}.",
            }
            translated = {
                lang: text[lang] if lang == language or self.random.random() < 0.5 else ""
                for lang in text
            }
            organisations.append(
                Organisation(
                    name=f"{theme[0].capitalize()} network {i}",
                    acronym=f"N{i}",
                    slug=f"scale-{i}",
                    group=self.random.choice(groups),
                    country=self.random.choice(COUNTRIES),
                    city="",
                    original_language=language,
                    description_en=translated["en"],
                    description_fr=translated["fr"],
                    description_ar=translated["ar"],
                    migrant_led=self.random.random() < 0.3,
                    women_led=self.random.random() < 0.3,
                    youth_led=self.random.random() < 0.15,
                    ecosoc_status=self.random.choice(
                        ["none"] * 4 + ["special", "general", "roster"]
                    ),
                    verification=Verification.VERIFIED
                    if self.random.random() < 0.85
                    else Verification.PENDING,
                )
            )
        Organisation.objects.bulk_create(organisations, batch_size=BATCH)
        if organisations:
            users = list(
                User.objects.filter(username__startswith="scale-").values_list("pk", flat=True)
            )
            created = Organisation.objects.filter(slug__in=[o.slug for o in organisations])
            memberships = []
            for index, organisation in enumerate(created.order_by("pk")):
                for offset, role in enumerate(["administrator", "member", "member"]):
                    memberships.append(
                        Membership(
                            user_id=users[(index * 3 + offset) % len(users)],
                            organisation=organisation,
                            role=role,
                            state="active",
                        )
                    )
            Membership.objects.bulk_create(memberships, batch_size=BATCH, ignore_conflicts=True)

    def seed_pledges(self):
        existing = Pledge.objects.filter(contact_email__endswith="@scale.example").count()
        verified = list(
            Organisation.objects.filter(
                slug__startswith="scale-", verification=Verification.VERIFIED
            ).values_list("pk", flat=True)
        )
        states = ["published"] * 7 + [
            "submitted",
            "draft",
            "changes_requested",
            "rejected",
            "withdrawn",
        ]
        now = timezone.now()
        pledges = []
        for i in range(existing, TARGETS["pledges"]):
            language = self.random.choice(LANGUAGES)
            theme = THEMES[i % len(THEMES)]
            titles = {
                "en": f"Pledge {i}: {theme[0]}",
                "fr": f"Engagement {i} : {theme[1]}",
                "ar": f"التعهد {i}: {theme[2]}",
            }
            keep = {lang: lang == language or self.random.random() < 0.6 for lang in titles}
            state = self.random.choice(states)
            start = date(2022, 1, 1) + timedelta(days=self.random.randrange(0, 1400))
            pledges.append(
                Pledge(
                    organisation_id=self.random.choice(verified),
                    original_language=language,
                    title_en=titles["en"] if keep["en"] else "",
                    title_fr=titles["fr"] if keep["fr"] else "",
                    title_ar=titles["ar"] if keep["ar"] else "",
                    description_en=DESCRIPTION["en"].format(theme=theme[0]) if keep["en"] else "",
                    description_fr=DESCRIPTION["fr"].format(theme=theme[1]) if keep["fr"] else "",
                    description_ar=DESCRIPTION["ar"].format(theme=theme[2]) if keep["ar"] else "",
                    kind=self.random.choice(Pledge.Kind.values),
                    countries=self.random.sample(COUNTRIES, self.random.randint(1, 3)),
                    start_date=start,
                    end_date=start + timedelta(days=self.random.randrange(180, 1500)),
                    contact_name="Focal point",
                    contact_email=f"pledge-{i}@scale.example",
                    state=state,
                    submitted_at=now if state != "draft" else None,
                    published_at=now - timedelta(days=self.random.randrange(0, 900))
                    if state == "published"
                    else None,
                )
            )
        Pledge.objects.bulk_create(pledges, batch_size=BATCH)
        if pledges:
            through = Pledge.objectives.through
            created = Pledge.objects.filter(contact_email__endswith="@scale.example").values_list(
                "pk", flat=True
            )
            links = []
            for pk in created.iterator():
                # Skewed like real pledges: decent work and data far more than consular protection.
                chosen = set(
                    self.random.choices(
                        self.objectives, weights=_weights(), k=self.random.randint(1, 3)
                    )
                )
                links.extend(through(pledge_id=pk, objective_id=o.pk) for o in chosen)
            through.objects.bulk_create(links, batch_size=BATCH * 5, ignore_conflicts=True)

    def seed_events(self):
        existing = Event.objects.filter(slug__startswith="scale-event-").count()
        forum = Forum.objects.first()
        regions = [r for r in Event._meta.get_field("region").choices]
        for i in range(existing, TARGETS["events"]):
            starts = date(2021, 1, 1) + timedelta(days=self.random.randrange(0, 1800))
            event = Event.objects.create(
                title_en=f"Regional dialogue {i} on the Global Compact",
                title_fr=f"Dialogue régional {i} sur le Pacte mondial",
                title_ar=f"الحوار الإقليمي {i} بشأن الاتفاق العالمي",
                slug=f"scale-event-{i}",
                background_en="A dialogue with stakeholders ahead of the forum.",
                starts_on=starts,
                ends_on=starts,
                region=self.random.choice(regions)[0],
                forum=forum,
                state="summary_published" if starts < date.today() else "registration_open",
            )
            items = AgendaItem.objects.bulk_create(
                [
                    AgendaItem(event=event, order=n * 10, kind=kind, title_en=title)
                    for n, (kind, title) in enumerate(
                        [
                            ("opening_remarks", "Opening remarks"),
                            ("presentation", "Progress in the region"),
                            ("open_discussion", "Open discussion"),
                            ("recapitulation", "Recapitulation"),
                            ("closing_remarks", "Closing remarks"),
                        ]
                    )
                ]
            )
            discussion = next(item for item in items if item.kind == "open_discussion")
            interventions = Intervention.objects.bulk_create(
                [
                    Intervention(
                        agenda_item=discussion,
                        order=n,
                        name_en=f"Speaker {i}-{n}",
                        organisation_name_en=f"Network {n}",
                        stakeholder_group=self.random.choice(StakeholderGroup.values),
                        text_en="We call for fair recruitment and access to services.",
                    )
                    for n in range(6)
                ]
            )
            through = Intervention.objectives.through
            through.objects.bulk_create(
                [
                    through(intervention_id=x.pk, objective_id=o.pk)
                    for x in interventions
                    for o in set(self.random.choices(self.objectives, k=2))
                ],
                ignore_conflicts=True,
            )


def _weights() -> list[float]:
    heavy = {1: 4, 2: 3, 6: 5, 7: 3, 15: 3, 16: 3, 17: 3, 19: 2, 23: 2}
    return [heavy.get(number, 1) for number in range(1, 24)]
