"""Two more demo events: an upcoming consultation open for registration, and a past webinar whose
attendance the secretariat marked. Invented for the demo; people are named by their position."""

from datetime import time, timedelta

from django.utils import timezone

from .people import person
from .text import T

UPCOMING_SLUG = "fair-recruitment-consultation-arab-region"
PAST_SLUG = "migration-data-webinar-arab-region"


def upcoming() -> dict:
    starts = timezone.localdate() + timedelta(days=45)
    return {
        "slug": UPCOMING_SLUG,
        "title": T(
            "Regional consultation on fair recruitment and decent work for migrant workers in the "
            "Arab region",
            "مشاورة إقليمية بشأن التوظيف العادل والعمل اللائق للعمال المهاجرين في المنطقة العربية",
            "Consultation régionale sur le recrutement équitable et le travail décent des "
            "travailleurs migrants dans la région arabe",
        ),
        "background": T(
            "Stakeholders and the Regional UN Network on Migration take stock of fair recruitment "
            "and decent work for migrant workers (GCM objectives 6 and 18) and prepare the "
            "region's contributions to the next review of the Global Compact.",
            "يستعرض أصحاب المصلحة وشبكة الأمم المتحدة الإقليمية المعنية بالهجرة حالة التوظيف "
            "العادل والعمل اللائق للعمال المهاجرين (الهدفان 6 و18 من الاتفاق العالمي)، ويعدّون "
            "مساهمات المنطقة في الاستعراض المقبل للاتفاق العالمي.",
            "Les parties prenantes et le Réseau régional des Nations Unies sur les migrations font "
            "le point sur le recrutement équitable et le travail décent des travailleurs migrants "
            "(objectifs 6 et 18 du Pacte mondial) et préparent les contributions de la région au "
            "prochain examen du Pacte.",
        ),
        "aims_intro": T(
            "The consultation aims to:", "تهدف المشاورة إلى ما يلي:", "La consultation vise à :"
        ),
        "aims": [
            T(
                "Share progress and gaps in fair recruitment since the first IMRF;",
                "تبادل المعلومات عن التقدم المحرز والثغرات القائمة في التوظيف العادل منذ المنتدى "
                "الأول؛",
                "Faire le point sur les progrès et les lacunes du recrutement équitable depuis le "
                "premier Forum ;",
            ),
            T(
                "Hear migrant workers and their organisations first;",
                "الاستماع أولًا إلى العمال المهاجرين ومنظماتهم؛",
                "Entendre d’abord les travailleurs migrants et leurs organisations ;",
            ),
            T(
                "Agree on written inputs for objectives 6 and 18.",
                "الاتفاق على مساهمات مكتوبة بشأن الهدفين 6 و18.",
                "S’accorder sur des contributions écrites pour les objectifs 6 et 18.",
            ),
        ],
        "starts_on": starts,
        "ends_on": starts,
        "start_time": time(10, 0),
        "end_time": time(13, 0),
        "time_zone": "Asia/Beirut",
        "mode": "hybrid",
        "location": T(
            "UN House, Beirut, and online",
            "بيت الأمم المتحدة، بيروت، وعبر الإنترنت",
            "Maison des Nations Unies, Beyrouth, et en ligne",
        ),
        "state": "registration_open",
        "seats_per_organisation": 2,
        "target_groups": [
            "migrants",
            "civil_society",
            "diaspora",
            "trade_unions",
            "private_sector",
        ],
        "organisers": ["un-network-on-migration", "ilo", "iom"],
        "items": [
            {
                "kind": "opening_remarks",
                "title": T("Opening remarks", "الكلمة الافتتاحية", "Allocution d’ouverture"),
                "speakers": [
                    person(
                        "",
                        "",
                        "",
                        T("Regional Director", "المدير الإقليمي", "Directeur régional"),
                        "iom",
                        T("IOM", "المنظمة الدولية للهجرة", "OIM"),
                    )
                ],
            },
            {
                "kind": "presentation",
                "title": T(
                    "Fair recruitment in the Arab region: where we stand",
                    "التوظيف العادل في المنطقة العربية: أين نقف",
                    "Le recrutement équitable dans la région arabe : où en sommes-nous ?",
                ),
                "speakers": [
                    person(
                        "",
                        "",
                        "",
                        T(
                            "Labour migration specialist",
                            "أخصائي هجرة اليد العاملة",
                            "Spécialiste des migrations de main-d’œuvre",
                        ),
                        "ilo",
                        T("ILO", "منظمة العمل الدولية", "OIT"),
                    )
                ],
            },
            {
                "kind": "open_discussion",
                "title": T(
                    "Open discussion: priorities for objectives 6 and 18",
                    "نقاش مفتوح: الأولويات المتعلقة بالهدفين 6 و18",
                    "Discussion ouverte : priorités pour les objectifs 6 et 18",
                ),
                "speakers": [
                    person(
                        "",
                        "",
                        "",
                        T(
                            "Civil Society Liaison Officer",
                            "مسؤول الاتصال بالمجتمع المدني",
                            "Chargé de liaison avec la société civile",
                        ),
                        "un-network-on-migration",
                        T(
                            "UN Network on Migration",
                            "شبكة الأمم المتحدة المعنية بالهجرة",
                            "Réseau des Nations Unies sur les migrations",
                        ),
                        role="moderator",
                    )
                ],
                "questions": [
                    T(
                        "Which recruitment fees and costs do migrant workers still pay?",
                        "ما رسوم التوظيف وتكاليفه التي لا يزال العمال المهاجرون يدفعونها؟",
                        "Quels frais et coûts de recrutement les "
                        "travailleurs migrants paient-ils encore ?",
                    ),
                    T(
                        "How are skills recognised across the region?",
                        "كيف يجري الاعتراف بالمهارات في أرجاء المنطقة؟",
                        "Comment les compétences sont-elles reconnues dans la région ?",
                    ),
                ],
            },
        ],
    }


def past() -> dict:
    held = timezone.localdate() - timedelta(days=60)
    return {
        "slug": PAST_SLUG,
        "title": T(
            "Webinar: better data on migration in the Arab region",
            "ندوة عبر الإنترنت: بيانات أفضل عن الهجرة في المنطقة العربية",
            "Webinaire : de meilleures données sur les migrations dans la région arabe",
        ),
        "background": T(
            "Stakeholders discussed how data on migrants are collected and shared in the region, "
            "and what disaggregated data objective 1 of the Global Compact asks for.",
            "ناقش أصحاب المصلحة كيفية جمع البيانات عن المهاجرين وتبادلها في المنطقة، والبيانات "
            "المصنفة التي يدعو إليها الهدف 1 من الاتفاق العالمي.",
            "Les parties prenantes ont examiné la manière dont les données sur les migrants sont "
            "collectées et partagées dans la région, et les données ventilées que demande "
            "l’objectif 1 du Pacte mondial.",
        ),
        "starts_on": held,
        "ends_on": held,
        "start_time": time(14, 0),
        "end_time": time(15, 30),
        "time_zone": "Asia/Amman",
        "mode": "virtual",
        "state": "held",
        "target_groups": ["migrants", "civil_society", "academia", "media", "local_authorities"],
        "organisers": ["un-escwa", "iom"],
        "figures": {
            "total": 62,
            "stakeholders": 48,
            "un_staff": 14,
            "un_agency_count": 5,
            "un_agencies": "IOM, ILO, UNHCR, UN ESCWA, UNICEF",
        },
        "un_staff_description": T(
            "UN Country Teams and the Regional UN Network on Migration",
            "أفرقة الأمم المتحدة القطرية وشبكة الأمم المتحدة الإقليمية المعنية بالهجرة",
            "équipes de pays des Nations Unies et Réseau régional des Nations Unies sur les "
            "migrations",
        ),
        "items": [
            {
                "kind": "open_discussion",
                "title": T(
                    "Open discussion: what data, for whom?",
                    "نقاش مفتوح: أي بيانات، ولمن؟",
                    "Discussion ouverte : quelles données, pour qui ?",
                ),
                "questions": [
                    T(
                        "Which data gaps hide the situation of migrant women and children?",
                        "ما الثغرات في البيانات التي تحجب أوضاع المهاجرات والأطفال المهاجرين؟",
                        "Quelles lacunes des données masquent la situation des femmes et des "
                        "enfants migrants ?",
                    )
                ],
                "interventions": [
                    {
                        **person(
                            "",
                            "",
                            "",
                            T("Researcher", "باحث", "Chercheur"),
                            "yemen-migration-research-centre",
                            None,
                            group="academia",
                            country="YE",
                        ),
                        "objectives": [1],
                        "text": T(
                            "Household surveys rarely ask about migration status; adding two "
                            "questions would show where migrants live and work.",
                            "نادرًا ما تسأل المسوح الأسرية عن وضع الهجرة؛ وإضافة سؤالين إليها "
                            "ستبيّن أماكن سكن المهاجرين وعملهم.",
                            "Les enquêtes auprès des ménages interrogent rarement sur le statut "
                            "migratoire ; deux questions de plus montreraient où les migrants "
                            "vivent et travaillent.",
                        ),
                    },
                    {
                        **person(
                            "",
                            "",
                            "",
                            T("Coordinator", "منسقة", "Coordonnatrice"),
                            "sudanese-diaspora-network-gulf",
                            None,
                            group="diaspora",
                            country="QA",
                        ),
                        "objectives": [1, 19],
                        "text": T(
                            "Diaspora organisations hold data that nobody asks for; the network "
                            "offers to share them with national statistics offices.",
                            "تملك منظمات المغتربين بيانات لا يطلبها أحد؛ وتعرض الشبكة تقاسمها مع "
                            "مكاتب الإحصاء الوطنية.",
                            "Les organisations de la diaspora détiennent des données que personne "
                            "ne demande ; le réseau propose de les partager avec les instituts "
                            "nationaux de statistique.",
                        ),
                    },
                ],
            },
        ],
    }
