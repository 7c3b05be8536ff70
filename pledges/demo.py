"""Demo pledges for `manage.py load_demo`: 42 pledges over all round tables and states, in the three
languages, some with progress, some overdue, one published only in English. Idempotent: a pledge
is recognised by its title in its original language."""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone, translation
from django_countries import countries

from common.audit import record_change
from gcm.models import GuidingPrinciple, Objective
from stakeholders.models import Membership, Organisation, User, Verification

from .models import Pledge, PledgeProgress

State = Pledge.State
LANGUAGES = ("en", "ar", "fr")

# Used when the registry's demo has not (yet) created verified organisations.
FALLBACK_ORGANISATIONS = [
    ("demo-arab-migrant-workers-network", "Arab Migrant Workers Network", "AMWN", "migrants", "LB"),
    (
        "demo-tadamon-civil-society",
        "Tadamon Civil Society Coalition",
        "TCSC",
        "civil_society",
        "JO",
    ),
    ("demo-maghreb-diaspora-forum", "Maghreb Diaspora Forum", "MDF", "diaspora", "MA"),
    ("demo-gulf-workers-union", "Gulf Workers’ Union Federation", "GWUF", "trade_unions", "KW"),
    ("demo-cities-for-migrants", "Cities for Migrants Alliance", "CMA", "local_authorities", "TN"),
    ("demo-nile-university-centre", "Nile University Migration Centre", "NUMC", "academia", "EG"),
    ("demo-fair-hiring-employers", "Fair Hiring Employers Group", "FHEG", "private_sector", "AE"),
    ("demo-interfaith-refuge", "Interfaith Refuge Network", "IRN", "faith_based", "IQ"),
]

COMMON = {
    "en": (
        " The organisation will report progress at least once a year, share what it learns with "
        "the other stakeholders of the region, and work with local authorities, migrant "
        "communities and the United Nations Network on Migration so that the results last "
        "beyond the pledge."
    ),
    "fr": (
        " L’organisation rendra compte de ses progrès au moins une fois par an, partagera ce "
        "qu’elle apprend avec les autres parties prenantes de la région et travaillera avec les "
        "autorités locales, les communautés de migrants et le Réseau des Nations Unies sur les "
        "migrations pour que les résultats durent au-delà de l’engagement."
    ),
    "ar": (
        " ستقدّم المنظمة تقريراً عن التقدّم المحرز مرة واحدة في السنة على الأقل، وستتبادل ما "
        "تتعلّمه مع أصحاب المصلحة الآخرين في المنطقة، وستعمل مع السلطات المحلية ومجتمعات "
        "المهاجرين وشبكة الأمم المتحدة المعنية بالهجرة لضمان استدامة النتائج بعد انتهاء مدة "
        "التعهد."
    ),
}

# (objectives, kind, titles, first sentence of the description) — in English, French, Arabic.
THEMES = [
    (
        [6],
        "technical_capacity",
        {
            "en": "Fair recruitment hotline",
            "fr": "Ligne d’assistance pour un recrutement équitable",
            "ar": "خط مساعدة للتوظيف العادل",
        },
        {
            "en": "We will run a hotline where migrant workers report recruitment fees and "
            "contract substitution, and train recruitment agencies on ethical recruitment.",
            "fr": "Nous ouvrirons une ligne d’assistance où les travailleurs migrants signalent "
            "les frais de recrutement et les substitutions de contrat, et formerons les agences.",
            "ar": "سنشغّل خط مساعدة يبلّغ عبره العمال المهاجرون عن رسوم التوظيف واستبدال العقود، "
            "وسندرّب وكالات التوظيف على التوظيف الأخلاقي.",
        },
    ),
    (
        [2, 5],
        "process_policy",
        {
            "en": "Climate-displacement pathways",
            "fr": "Voies légales face aux déplacements climatiques",
            "ar": "مسارات نظامية للنازحين بسبب المناخ",
        },
        {
            "en": "We will document how drought and floods push people to move and propose "
            "regular pathways for those who cannot stay, with the communities concerned.",
            "fr": "Nous documenterons comment la sécheresse et les inondations poussent les gens "
            "à partir et proposerons des voies régulières avec les communautés concernées.",
            "ar": "سنوثّق كيف يدفع الجفاف والفيضانات الناس إلى التنقل، ونقترح مسارات نظامية لمن لا "
            "يستطيعون البقاء، بالتعاون مع المجتمعات المعنية.",
        },
    ),
    (
        [18, 12],
        "technical_capacity",
        {
            "en": "Recognition of migrants’ skills",
            "fr": "Reconnaissance des compétences des migrants",
            "ar": "الاعتراف بمهارات المهاجرين",
        },
        {
            "en": "We will set up a skills-recognition desk so that migrants’ qualifications "
            "and experience are recognised by employers and training centres.",
            "fr": "Nous créerons un guichet de reconnaissance des compétences pour que les "
            "qualifications des migrants soient reconnues par les employeurs.",
            "ar": "سننشئ مكتباً للاعتراف بالمهارات كي يعترف أصحاب العمل ومراكز التدريب بمؤهلات "
            "المهاجرين وخبراتهم.",
        },
    ),
    (
        [4],
        "process_policy",
        {
            "en": "Identity documents for every migrant",
            "fr": "Des papiers d’identité pour chaque migrant",
            "ar": "وثائق هوية لكل مهاجر",
        },
        {
            "en": "We will help migrants without documents obtain identity papers and birth "
            "registration for their children, with mobile clinics and legal counselling.",
            "fr": "Nous aiderons les migrants sans papiers à obtenir des documents d’identité et "
            "l’enregistrement des naissances de leurs enfants.",
            "ar": "سنساعد المهاجرين الذين لا يملكون وثائق على الحصول على أوراق ثبوتية وتسجيل "
            "ولادات أطفالهم، عبر عيادات متنقلة واستشارات قانونية.",
        },
    ),
    (
        [8, 23],
        "human_resources",
        {
            "en": "Search for missing migrants",
            "fr": "Recherche des migrants disparus",
            "ar": "البحث عن المهاجرين المفقودين",
        },
        {
            "en": "We will support families searching for missing migrants, collect data on "
            "deaths along the routes and share it with the authorities of every country.",
            "fr": "Nous soutiendrons les familles qui recherchent des migrants disparus et "
            "collecterons des données sur les décès le long des routes.",
            "ar": "سندعم الأسر التي تبحث عن مهاجرين مفقودين، ونجمع البيانات عن الوفيات على طول "
            "الطرق ونشاركها مع سلطات كل بلد.",
        },
    ),
    (
        [13, 7],
        "process_policy",
        {
            "en": "Alternatives to immigration detention",
            "fr": "Alternatives à la rétention administrative",
            "ar": "بدائل احتجاز المهاجرين",
        },
        {
            "en": "We will run community-based case management as an alternative to detention, "
            "starting with children and families.",
            "fr": "Nous mettrons en place un accompagnement communautaire comme alternative à la "
            "rétention, en commençant par les enfants et les familles.",
            "ar": "سنطبّق إدارة الحالات المجتمعية بديلاً عن الاحتجاز، بدءاً بالأطفال والأسر.",
        },
    ),
    (
        [9, 10, 11],
        "technical_capacity",
        {
            "en": "Protection at borders",
            "fr": "Protection aux frontières",
            "ar": "الحماية على الحدود",
        },
        {
            "en": "We will train border officials to identify victims of trafficking and "
            "people in vulnerable situations and refer them to protection services.",
            "fr": "Nous formerons les agents aux frontières à identifier les victimes de la "
            "traite et les personnes vulnérables et à les orienter.",
            "ar": "سندرّب موظفي الحدود على تحديد ضحايا الاتجار بالبشر والأشخاص في أوضاع هشّة "
            "وإحالتهم إلى خدمات الحماية.",
        },
    ),
    (
        [21],
        "financial",
        {
            "en": "Sustainable reintegration fund",
            "fr": "Fonds pour une réintégration durable",
            "ar": "صندوق لإعادة الإدماج المستدام",
        },
        {
            "en": "We will fund small businesses started by returning migrants and follow "
            "each of them for two years after their return.",
            "fr": "Nous financerons de petites entreprises créées par des migrants de retour et "
            "les accompagnerons pendant deux ans.",
            "ar": "سنموّل مشاريع صغيرة يطلقها المهاجرون العائدون ونتابع كل واحد منهم لمدة سنتين "
            "بعد عودته.",
        },
    ),
    (
        [15, 16],
        "human_resources",
        {
            "en": "Health care for migrants regardless of status",
            "fr": "Des soins pour les migrants quel que soit leur statut",
            "ar": "رعاية صحية للمهاجرين بغضّ النظر عن وضعهم",
        },
        {
            "en": "We will open our clinics to migrants regardless of their status and train "
            "health workers in the languages and needs of migrant patients.",
            "fr": "Nous ouvrirons nos dispensaires aux migrants quel que soit leur statut et "
            "formerons le personnel soignant.",
            "ar": "سنفتح عياداتنا للمهاجرين أياً كان وضعهم، وندرّب العاملين الصحيين على لغات "
            "المرضى المهاجرين واحتياجاتهم.",
        },
    ),
    (
        [20, 19],
        "financial",
        {
            "en": "Cheaper remittances",
            "fr": "Des transferts de fonds moins chers",
            "ar": "تحويلات مالية أقل كلفة",
        },
        {
            "en": "We will negotiate lower fees for remittances with banks and mobile operators "
            "and publish a comparison of costs every quarter.",
            "fr": "Nous négocierons des frais plus bas pour les transferts de fonds et publierons "
            "chaque trimestre une comparaison des coûts.",
            "ar": "سنتفاوض مع المصارف ومشغّلي الهاتف المحمول على رسوم أقل للتحويلات، وننشر مقارنة "
            "للتكاليف كل ثلاثة أشهر.",
        },
    ),
    (
        [14, 22],
        "process_policy",
        {
            "en": "Consular help and portable social security",
            "fr": "Aide consulaire et sécurité sociale transférable",
            "ar": "المساعدة القنصلية وقابلية نقل الضمان الاجتماعي",
        },
        {
            "en": "We will help migrant workers reach their consulates and keep the social "
            "security rights they earned when they move or go home.",
            "fr": "Nous aiderons les travailleurs migrants à joindre leurs consulats et à garder "
            "leurs droits sociaux quand ils partent.",
            "ar": "سنساعد العمال المهاجرين على الوصول إلى قنصلياتهم والاحتفاظ بحقوق الضمان "
            "الاجتماعي التي اكتسبوها عند انتقالهم أو عودتهم.",
        },
    ),
    (
        [17],
        "other",
        {
            "en": "Media against xenophobia",
            "fr": "Les médias contre la xénophobie",
            "ar": "الإعلام في مواجهة كراهية الأجانب",
        },
        {
            "en": "We will train journalists to report on migration with facts and publish a "
            "guide on words that respect migrants.",
            "fr": "Nous formerons des journalistes à parler des migrations à partir des faits et "
            "publierons un guide de vocabulaire.",
            "ar": "سندرّب الصحفيين على تغطية الهجرة بالاعتماد على الحقائق، وننشر دليلاً للمفردات "
            "التي تحترم المهاجرين.",
        },
    ),
    (
        [1, 3],
        "technical_capacity",
        {
            "en": "Better data and information for migrants",
            "fr": "De meilleures données et informations pour les migrants",
            "ar": "بيانات ومعلومات أفضل للمهاجرين",
        },
        {
            "en": "We will publish disaggregated data on migrants in our city and an "
            "information portal in six languages on rights and services.",
            "fr": "Nous publierons des données ventilées sur les migrants de notre ville et un "
            "portail d’information en six langues.",
            "ar": "سننشر بيانات مصنّفة عن المهاجرين في مدينتنا، وبوابة معلومات بست لغات عن الحقوق "
            "والخدمات.",
        },
    ),
    (
        [16, 19],
        "other",
        {
            "en": "Diaspora mentoring for newcomers",
            "fr": "Parrainage des nouveaux arrivants par la diaspora",
            "ar": "إرشاد الوافدين الجدد من قبل الجاليات",
        },
        {
            "en": "We will pair newly arrived migrants with members of the diaspora who help "
            "them find housing, work and schools for their children.",
            "fr": "Nous mettrons en relation les nouveaux arrivants avec des membres de la "
            "diaspora qui les aident à trouver un logement et un travail.",
            "ar": "سنربط المهاجرين الوافدين حديثاً بأفراد من الجاليات يساعدونهم في إيجاد السكن "
            "والعمل والمدارس لأطفالهم.",
        },
    ),
]
PLACES = ["JO", "LB", "MA", "TN", "EG", "IQ", "SD", "KW", "QA", "AE", "DZ", "YE", "PS", "MR"]

# The state of each of the 42 pledges, in order (26 published).
STATES = (
    [State.PUBLISHED] * 3
    + [State.SUBMITTED, State.PUBLISHED, State.DRAFT, State.PUBLISHED, State.CHANGES_REQUESTED]
    + [State.PUBLISHED, State.REJECTED, State.PUBLISHED, State.WITHDRAWN] * 2
    + [State.PUBLISHED] * 4
    + [State.SUBMITTED, State.PUBLISHED, State.DRAFT, State.CHANGES_REQUESTED, State.PUBLISHED]
    + [State.PUBLISHED, State.REJECTED, State.SUBMITTED, State.PUBLISHED, State.WITHDRAWN]
    + [State.PUBLISHED] * 4
    + [State.DRAFT, State.CHANGES_REQUESTED, State.PUBLISHED, State.SUBMITTED, State.PUBLISHED]
    + [State.PUBLISHED] * 3
)
ENGLISH_ONLY = 0  # the first pledge is published in English only
# Pledges of the demo member's organisation: published, submitted, draft, changes requested,
# published, rejected, withdrawn.
HOME_PLEDGES = {0, 3, 5, 7, 8, 9, 11}
REASONS = {
    State.CHANGES_REQUESTED: "Please say how many people the pledge will reach, and by when.",
    State.REJECTED: "The pledge describes past activities rather than new action for the GCM.",
    State.WITHDRAWN: "Our funding for this work was not renewed.",
}


def _organisations(stdout) -> list[Organisation]:
    organisations = list(Organisation.objects.verified().order_by("slug"))
    if len(organisations) >= 8:
        return organisations
    for slug, name, acronym, group, country in FALLBACK_ORGANISATIONS:
        Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "acronym": acronym,
                "group": group,
                "country": country,
                "verification": Verification.VERIFIED,
                "description_en": f"{name}: a demo organisation of the pledges.",
            },
        )
    stdout.write("Demo organisations for the pledges created (the registry had fewer than 8).")
    return list(Organisation.objects.verified().order_by("slug"))


def _home_organisation(organisations: list[Organisation]) -> Organisation:
    """The demo member's organisation (made so if the registry's demo gave them none): it gets
    pledges in every state, for "my organisation's pledges"."""
    for email, role in (
        ("member@imrf-portal.example", Membership.Role.MEMBER),
        ("orgadmin@imrf-portal.example", Membership.Role.ADMINISTRATOR),
    ):
        user = User.objects.filter(email=email).first()
        if user and not Membership.objects.active().filter(user=user).exists():
            Membership.objects.update_or_create(
                user=user,
                organisation=organisations[0],
                defaults={"role": role, "state": Membership.State.ACTIVE},
            )
    home = (
        Organisation.objects.verified()
        .filter(
            memberships__user__email="member@imrf-portal.example",
            memberships__state=Membership.State.ACTIVE,
        )
        .order_by("slug")
        .first()
    )
    return home or organisations[0]


def _texts(theme, country: str, language: str) -> tuple[str, str]:
    _objectives, _kind, titles, sentences = theme
    with translation.override(language):
        place = str(countries.name(country))
    title = f"{titles[language]} — {place}"
    description = sentences[language] + COMMON[language]
    if language == "en":
        description += f" The work takes place in {place}."
    assert 300 <= len(description) <= 3000, (language, len(description))  # noqa: S101
    return title, description


def _original_language(index: int) -> str:
    if index == ENGLISH_ONLY:
        return "en"
    if index % 5 == 2:
        return "fr"
    if index % 7 == 3:
        return "ar"
    return "en"


def _history(pledge: Pledge, state: str, at) -> None:
    record_change(pledge, by=None, action="create", to_state=State.DRAFT)
    if state == State.DRAFT:
        return
    record_change(pledge, by=None, action="submit", from_state=State.DRAFT, to_state="submitted")
    decision = {
        State.PUBLISHED: "publish",
        State.CHANGES_REQUESTED: "request_changes",
        State.REJECTED: "reject",
        State.WITHDRAWN: "withdraw",
    }.get(state)
    if decision:
        record_change(
            pledge,
            by=None,
            action=decision,
            from_state=State.SUBMITTED,
            to_state=state,
            reason=REASONS.get(state, ""),
        )


def _progress(pledge: Pledge, index: int, now) -> None:
    """Progress on some published pledges; every fourth has none, every sixth is stale."""
    published = pledge.published_at.date()
    if index % 4 == 1:
        return  # none: overdue when published more than a year ago
    if index % 6 == 0:
        dates = [published + timedelta(days=30)]  # one early update, then silence
    else:
        dates = sorted([published + timedelta(days=60), now.date() - timedelta(days=20 + index)])
    stages = {
        0: ["in_progress", "completed"],
        2: ["not_started", "in_progress"],
        3: ["in_progress", "discontinued"],
    }[index % 4]
    texts = {
        "not_started": "Partners are identified; the work starts next quarter.",
        "in_progress": "The first activities took place; forty people took part.",
        "completed": "The pledge is fulfilled; we are sharing the lessons with partners.",
        "discontinued": "The work stopped when the funding ended; partners took over part of it.",
    }
    for day, stage in zip(dates, stages, strict=False):
        if day > now.date() or day < published:
            continue
        PledgeProgress.objects.create(
            pledge=pledge, date=day, stage=stage, original_language="en", text_en=texts[stage]
        )


@transaction.atomic
def load(stdout) -> None:
    organisations = _organisations(stdout)
    home = _home_organisation(organisations)
    objectives = {objective.number: objective for objective in Objective.objects.all()}
    principles = list(GuidingPrinciple.objects.order_by("number"))
    now = timezone.now()
    created = 0
    for index, state in enumerate(STATES):
        theme = THEMES[index % len(THEMES)]
        country = PLACES[(index * 5 + index // len(THEMES)) % len(PLACES)]
        original = _original_language(index)
        title, _description = _texts(theme, country, original)
        if Pledge.objects.filter(**{f"title_{original}": title}).exists():
            continue
        organisation = home if index in HOME_PLEDGES else organisations[index % len(organisations)]
        languages = ("en",) if index == ENGLISH_ONLY else LANGUAGES
        pledge = Pledge(
            organisation=organisation,
            original_language=original,
            working_translations=[code for code in languages if code != original],
            kind=theme[1],
            countries=[country] if index % 9 != 4 else [],
            region=Pledge.Region.ARAB_STATES if index % 9 in (4, 5) else "",
            start_date=(now - timedelta(days=700 - index * 15)).date(),
            end_date=(now + timedelta(days=400 + index * 10)).date(),
            contact_name="Demo Contact",
            contact_email=f"pledge{index}@demo.imrf-portal.example",
            state=state,
        )
        for language in languages:
            pledge_title, description = _texts(theme, country, language)
            setattr(pledge, f"title_{language}", pledge_title)
            setattr(pledge, f"description_{language}", description)
        if theme[1] == "financial":
            pledge.budget, pledge.currency = Decimal(50000 + index * 2500), "USD"
        if state != State.DRAFT:
            pledge.submitted_at = now - timedelta(days=500 - index * 10)
        if state == State.PUBLISHED:
            # Spread over two years: the older ones without recent news are overdue.
            pledge.published_at = now - timedelta(days=40 + (index * 37) % 700)
        pledge.save()
        pledge.objectives.set([objectives[number] for number in theme[0] if number in objectives])
        pledge.principles.set(principles[index % 10 : index % 10 + 2])
        if index % 8 == 3 and len(organisations) > 1:
            partner = organisations[(index + 1) % len(organisations)]
            pledge.partners.set([partner])
            pledge.partnership_type = (
                Pledge.Partnership.COMMON if index % 16 == 3 else Pledge.Partnership.IN_PARTNERSHIP
            )
            pledge.save(update_fields=["partnership_type"])
        _history(pledge, state, now)
        if state == State.PUBLISHED:
            _progress(pledge, index, now)
        created += 1
    stdout.write(f"{created} demo pledges ({Pledge.objects.count()} in all).")
