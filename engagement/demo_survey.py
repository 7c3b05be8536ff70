"""The demo survey: the stakeholders' online survey on GCM implementation in the MENA region that
Dr. Ayman Zohry presented at the UN Network's dialogue of 10 February 2022, with answers from
fifteen demo organisations that reproduce its findings (priorities: objectives 1, 2 and 6).

Questions are written in English; the Arabic and French texts are working translations.
"""

from gcm.models import Objective

from .models import Answer, Choice, Question, Survey, SurveyResponse

SLUG = "gcm-implementation-mena"
WORKING = ["ar", "fr"]

TITLE = (
    "Stakeholders’ survey on the implementation of the GCM in the MENA region",
    "Enquête auprès des parties prenantes sur la mise en œuvre du Pacte mondial dans la région "
    "MENA",
    "استبيان أصحاب المصلحة بشأن تنفيذ الاتفاق العالمي في منطقة الشرق الأوسط وشمال أفريقيا",
)
INTRODUCTION = (
    "This survey identifies migration-related priorities in the region and key emerging issues; "
    "highlights trends, common challenges and opportunities in implementing the Global Compact; "
    "and sheds light on gaps and promising practices. Each organisation answers once.",
    "Cette enquête recense les priorités de la région en matière de migration et les questions "
    "émergentes ; elle met en lumière les tendances, les difficultés communes et les possibilités "
    "dans la mise en œuvre du Pacte mondial, ainsi que les lacunes et les pratiques prometteuses. "
    "Chaque organisation répond une fois.",
    "يحدد هذا الاستبيان أولويات المنطقة المتعلقة بالهجرة والقضايا الناشئة الرئيسية، ويسلط الضوء "
    "على الاتجاهات والتحديات المشتركة والفرص في تنفيذ الاتفاق العالمي، وعلى الثغرات والممارسات "
    "الواعدة. تجيب كل منظمة مرة واحدة.",
)

# (key, kind, required, max choices, (en, fr, ar), choices [(en, fr, ar)], scale labels)
QUESTIONS = [
    (
        "situation",
        Question.Kind.SCALE,
        True,
        None,
        (
            "How has the situation of migrants in your country changed since the adoption of "
            "the Global Compact in 2018?",
            "Comment la situation des migrants dans votre pays a-t-elle évolué depuis "
            "l’adoption du Pacte mondial en 2018 ?",
            "كيف تغيّر وضع المهاجرين في بلدكم منذ اعتماد الاتفاق العالمي في عام 2018؟",
        ),
        [],
        (
            ("Much worse", "Bien pire", "أسوأ بكثير"),
            ("Much better", "Bien meilleure", "أفضل بكثير"),
        ),
    ),
    (
        "priorities",
        Question.Kind.OBJECTIVES,
        True,
        3,
        (
            "In which GCM objectives do countries of the region need to make more efforts? "
            "Choose up to three priorities.",
            "Pour quels objectifs du Pacte mondial les pays de la région doivent-ils faire plus "
            "d’efforts ? Choisissez jusqu’à trois priorités.",
            "ما أهداف الاتفاق العالمي التي تحتاج بلدان المنطقة إلى بذل مزيد من الجهود بشأنها؟ "
            "اختاروا ما يصل إلى ثلاث أولويات.",
        ),
        [],
        None,
    ),
    (
        "engaged",
        Question.Kind.OBJECTIVES,
        True,
        None,
        (
            "In the implementation of which GCM objectives is your organisation engaged?",
            "À la mise en œuvre de quels objectifs du Pacte mondial votre organisation "
            "participe-t-elle ?",
            "ما أهداف الاتفاق العالمي التي تشارك منظمتكم في تنفيذها؟",
        ),
        [],
        None,
    ),
    (
        "gaps",
        Question.Kind.MULTIPLE,
        True,
        None,
        (
            "What gaps and challenges do you see in implementing the Global Compact?",
            "Quelles lacunes et quelles difficultés constatez-vous dans la mise en œuvre du "
            "Pacte mondial ?",
            "ما الثغرات والتحديات التي ترونها في تنفيذ الاتفاق العالمي؟",
        ),
        [
            (
                "Lack of coordination between actors and stakeholders",
                "Manque de coordination entre les acteurs et les parties prenantes",
                "ضعف التنسيق بين الجهات الفاعلة وأصحاب المصلحة",
            ),
            (
                "Insufficient resources to implement the GCM objectives",
                "Ressources insuffisantes pour mettre en œuvre les objectifs du Pacte mondial",
                "عدم كفاية الموارد لتنفيذ أهداف الاتفاق العالمي",
            ),
            (
                "Lack of reliable data and information",
                "Manque de données et d’informations fiables",
                "نقص البيانات والمعلومات الموثوقة",
            ),
            (
                "Need for more comprehensive national migration policies",
                "Besoin de politiques migratoires nationales plus complètes",
                "الحاجة إلى سياسات وطنية أشمل للهجرة",
            ),
            (
                "Negative impact of COVID-19 on countries receiving migrants and refugees",
                "Effets négatifs de la COVID-19 sur les pays d’accueil des migrants et des "
                "réfugiés",
                "الأثر السلبي لجائحة كوفيد-19 على البلدان المستقبلة للمهاجرين واللاجئين",
            ),
            (
                "Political instability in the region",
                "Instabilité politique dans la région",
                "عدم الاستقرار السياسي في المنطقة",
            ),
        ],
        None,
    ),
    (
        "practices",
        Question.Kind.MULTIPLE,
        True,
        None,
        (
            "Which promising practices have you seen in your country?",
            "Quelles pratiques prometteuses avez-vous observées dans votre pays ?",
            "ما الممارسات الواعدة التي لاحظتموها في بلدكم؟",
        ),
        [
            (
                "Socio-economic integration programmes for migrants",
                "Programmes d’intégration socio-économique des migrants",
                "برامج الإدماج الاجتماعي والاقتصادي للمهاجرين",
            ),
            (
                "Capacity building for local actors",
                "Renforcement des capacités des acteurs locaux",
                "بناء قدرات الجهات الفاعلة المحلية",
            ),
            (
                "Adoption of national migration strategies",
                "Adoption de stratégies nationales de migration",
                "اعتماد استراتيجيات وطنية للهجرة",
            ),
            (
                "Better access to basic rights for migrants",
                "Meilleur accès des migrants aux droits fondamentaux",
                "تحسين حصول المهاجرين على حقوقهم الأساسية",
            ),
            (
                "Collection of disaggregated data on migration",
                "Collecte de données ventilées sur les migrations",
                "جمع بيانات مصنّفة عن الهجرة",
            ),
            (
                "Training for migrants for vocational integration and access to decent work",
                "Formation des migrants pour l’insertion professionnelle et l’accès au travail "
                "décent",
                "تدريب المهاجرين من أجل الإدماج المهني والحصول على العمل اللائق",
            ),
        ],
        None,
    ),
    (
        "means",
        Question.Kind.MULTIPLE,
        True,
        None,
        (
            "How would your organisation prefer to engage with governments on the Global Compact?",
            "Comment votre organisation préférerait-elle collaborer avec les gouvernements sur "
            "le Pacte mondial ?",
            "كيف تفضّل منظمتكم التعاون مع الحكومات بشأن الاتفاق العالمي؟",
        ),
        [
            (
                "Contributing to national migration and asylum strategies",
                "En contribuant aux stratégies nationales de migration et d’asile",
                "المساهمة في إعداد الاستراتيجيات الوطنية للهجرة واللجوء",
            ),
            (
                "Implementing projects with the government to improve migrants’ protection",
                "En menant des projets avec le gouvernement pour mieux protéger les migrants",
                "تنفيذ مشاريع مع الحكومة لتحسين حماية المهاجرين",
            ),
            (
                "Taking part in national committees that respond to migrants’ needs",
                "En participant à des comités nationaux qui répondent aux besoins des migrants",
                "المشاركة في لجان وطنية تستجيب لاحتياجات المهاجرين",
            ),
        ],
        None,
    ),
    (
        "message",
        Question.Kind.TEXT,
        False,
        None,
        (
            "What else should the IMRF hear from your organisation?",
            "Que votre organisation souhaite-t-elle encore faire entendre au FEMI ?",
            "ما الذي تودّ منظمتكم أن يسمعه منتدى استعراض الهجرة الدولية أيضاً؟",
        ),
        [],
        None,
    ),
]

# Per demo organisation (by slug): situation (1-5), priorities, objectives engaged in, gaps,
# practices seen, means of engagement (choice indexes), free text.
ANSWERS = {
    "arab-network-migrant-workers-rights": (4, [1, 2, 6], [1, 6, 7, 15, 17], [0, 1, 2, 3],
        [0, 3, 5], [0, 1], "Kafala reform must be on the agenda: migrant workers need to change "
        "employers without losing their legal status."),
    "gulf-migrant-voices": (3, [1, 6, 7], [1, 6, 17], [0, 2, 4], [3, 5], [1, 2],
        "Detention and deportation of migrant workers went on during the pandemic, and the lack "
        "of data hides it."),
    "sudanese-diaspora-association-egypt": (4, [1, 2, 5], [3, 4, 19], [0, 1, 5], [0, 1], [0, 2],
        ""),
    "interfaith-council-migrants-dignity": (4, [1, 2, 15], [7, 15, 16], [1, 3, 4], [0, 1, 3],
        [1], ""),
    "tunisian-municipalities-migration": (5, [2, 6, 16], [3, 15, 16, 23], [0, 1, 3], [0, 1, 2],
        [0, 1, 2], "Cities are where migrants live: local authorities need a seat in national "
        "migration committees."),
    "egyptian-employers-fair-migration": (4, [1, 5, 6], [6, 18], [0, 2, 4], [1, 5], [1],
        "Labour migration pathways should follow what employers need, including remote and "
        "multi-employer work."),
    "workers-federation-migrant-desk": (2, [2, 6, 7], [6, 7, 22], [0, 1, 3, 5], [3, 5], [2], ""),
    "arab-parliamentary-forum-migration": (4, [1, 2, 17], [1, 3, 17, 23], [1, 3, 5], [2, 4],
        [0, 2], ""),
    "national-council-human-rights-migration": (5, [1, 6, 15], [3, 4, 17], [0, 2, 3], [1, 2, 3],
        [0, 2], "Migrants’ access to information and their protection on digital platforms "
        "need attention."),
    "red-crescent-migration-support": (3, [2, 7, 15], [4, 7, 8, 15], [1, 4, 5], [0, 1], [1, 2],
        ""),
    "institute-population-migration-studies": (4, [1, 2, 6], [1, 3, 6], [0, 2, 3], [1, 4],
        [0, 1], "Data disaggregated by migration status, sex and age is needed to measure "
        "progress."),
    "arab-migration-journalists-network": (4, [1, 7, 16], [3, 17], [2, 4, 5], [1, 3], [2], ""),
    "youth-on-the-move-mena": (3, [2, 6, 17], [7, 15, 18], [0, 1], [0, 5], [0, 1], ""),
    "association-migrant-women-workers": (4, [1, 6, 15], [1, 6, 7, 15], [0, 1, 2], [0, 3, 5],
        [1, 2], ""),
    "domestic-workers-solidarity-collective": (4, [2, 7, 23], [4, 6, 7, 17], [0, 1, 4], [2, 5],
        [0, 1, 2], ""),
}  # fmt: skip


def _set(obj, field: str, texts) -> None:
    for language, text in zip(("en", "fr", "ar"), texts, strict=True):
        setattr(obj, f"{field}_{language}", text)


def load_survey(opens_at) -> Survey:
    survey, created = Survey.objects.get_or_create(slug=SLUG, defaults={"opens_at": opens_at})
    _set(survey, "title", TITLE)
    _set(survey, "introduction", INTRODUCTION)
    survey.original_language, survey.working_translations = "en", WORKING
    survey.save()
    for position, (_key, kind, required, limit, texts, choices, scale) in enumerate(
        QUESTIONS, start=1
    ):
        question, _created = Question.objects.get_or_create(
            survey=survey, position=position, defaults={"kind": kind}
        )
        question.kind, question.required, question.max_choices = kind, required, limit
        _set(question, "text", texts)
        if scale:
            _set(question, "scale_low_label", scale[0])
            _set(question, "scale_high_label", scale[1])
        question.original_language, question.working_translations = "en", WORKING
        question.save()
        for index, labels in enumerate(choices, start=1):
            choice, _created = Choice.objects.get_or_create(question=question, position=index)
            _set(choice, "label", labels)
            choice.original_language, choice.working_translations = "en", WORKING
            choice.save()
    return survey


def load_answers(survey: Survey, organisations: dict, submitted_at) -> int:
    """The fifteen organisations' answers (each kept if already there); returns how many."""
    questions = {q.position: q for q in survey.questions.prefetch_related("choices")}
    objectives = {o.number: o for o in Objective.objects.all()}
    count = 0
    for slug, answer in ANSWERS.items():
        organisation = organisations.get(slug)
        if organisation is None:
            continue
        situation, priorities, engaged, gaps, seen, means, message = answer
        response, created = SurveyResponse.objects.get_or_create(
            survey=survey,
            organisation=organisation,
            defaults={"submitted_at": submitted_at, "language": "en"},
        )
        count += 1
        if not created:
            continue
        Answer.objects.create(response=response, question=questions[1], scale_value=situation)
        for position, numbers in ((2, priorities), (3, engaged)):
            answer_row = Answer.objects.create(response=response, question=questions[position])
            answer_row.objectives.set([objectives[n] for n in numbers])
        for position, indexes in ((4, gaps), (5, seen), (6, means)):
            choices = list(questions[position].choices.all())
            answer_row = Answer.objects.create(response=response, question=questions[position])
            answer_row.choices.set([choices[i] for i in indexes])
        if message:
            Answer.objects.create(response=response, question=questions[7], text=message)
    return count
