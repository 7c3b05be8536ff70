"""The demo discussions: the two open discussions of the UN Network's dialogue with stakeholders
in the Arab region (10 February 2022), carried on in writing. Their guiding questions are the
meeting's; the summary of the closed one is the meeting's recapitulation of key issues.
Texts in English, with Arabic and French working translations."""

from datetime import UTC, datetime, timedelta

ORGANISATION_ADMINISTRATOR = "orgadmin@imrf-portal.example"

CLOSED = {
    "slug": "emerging-priorities-since-regional-review",
    "opens_at": lambda now: datetime(2022, 1, 10, 8, 0, tzinfo=UTC),
    "closes_at": lambda now: datetime(2022, 2, 8, 18, 0, tzinfo=UTC),
    "objectives": [1, 6, 7, 15, 17],
    "title": (
        "Emerging priorities in GCM implementation since the Regional Review",
        "Priorités émergentes dans la mise en œuvre du Pacte mondial depuis l’examen régional",
        "الأولويات الناشئة في تنفيذ الاتفاق العالمي منذ الاستعراض الإقليمي",
    ),
    "introduction": (
        "Ahead of the first International Migration Review Forum, stakeholders in the Arab "
        "region discuss what has changed since the Regional Review Conference of February 2021: "
        "emerging issues, the gaps identified then, and the practices that worked.",
        "En vue du premier Forum d’examen des migrations internationales, les parties prenantes "
        "de la région arabe examinent ce qui a changé depuis la Conférence d’examen régional de "
        "février 2021 : questions émergentes, lacunes relevées alors et pratiques qui ont "
        "fonctionné.",
        "استعداداً للدورة الأولى لمنتدى استعراض الهجرة الدولية، يناقش أصحاب المصلحة في المنطقة "
        "العربية ما تغيّر منذ مؤتمر الاستعراض الإقليمي في شباط/فبراير 2021: القضايا الناشئة، "
        "والثغرات التي حُددت حينها، والممارسات التي نجحت.",
    ),
    "summary": (
        "Contributors stressed the importance of a continued whole-of-society approach. They "
        "called for the lessons of COVID-19 to improve migrants’ rights to health, education and "
        "other basic services; for more skills development; for better protection of vulnerable "
        "migrants and a revamped protection system for migrant workers, with alternatives to "
        "sponsorship (kafala). They asked that all stakeholders be engaged at local as well as "
        "national level, that migrants’ own voices be strengthened, that more be done against "
        "xenophobia, that academic research be encouraged, and that better data collection and "
        "partnerships create an enabling environment for evidence-based policy.",
        "Les participants ont souligné l’importance de poursuivre une approche mobilisant "
        "l’ensemble de la société. Ils ont demandé que les leçons de la COVID-19 servent à "
        "améliorer les droits des migrants à la santé, à l’éducation et aux autres services de "
        "base ; davantage de développement des compétences ; une meilleure protection des "
        "migrants vulnérables et un système de protection des travailleurs migrants repensé, avec "
        "des alternatives au parrainage (kafala). Ils ont demandé que toutes les parties "
        "prenantes soient associées aux niveaux local et national, que la voix des migrants soit "
        "renforcée, que la lutte contre la xénophobie soit intensifiée, que la recherche "
        "universitaire soit encouragée, et qu’une meilleure collecte de données et des "
        "partenariats créent un environnement favorable à des politiques fondées sur des données "
        "probantes.",
        "أكد المشاركون أهمية مواصلة نهج يشمل المجتمع بأسره. ودعوا إلى الاستفادة من دروس جائحة "
        "كوفيد-19 لتحسين حقوق المهاجرين في الصحة والتعليم وسائر الخدمات الأساسية، وإلى تعزيز "
        "تنمية المهارات، وتحسين حماية المهاجرين في أوضاع هشة، وإصلاح منظومة حماية العمال "
        "المهاجرين مع إيجاد بدائل لنظام الكفالة. وطالبوا بإشراك جميع أصحاب المصلحة على المستويين "
        "المحلي والوطني، وتعزيز أصوات المهاجرين أنفسهم، وبذل مزيد من الجهود لمكافحة كراهية "
        "الأجانب، وتشجيع البحث الأكاديمي، وتحسين جمع البيانات وإقامة الشراكات لتهيئة بيئة "
        "مواتية لسياسات قائمة على الأدلة.",
    ),
    "questions": [
        (
            "What emerging issues and additional challenges, observed since the Regional Review "
            "Conference in the Arab region, require attention?",
            "Quelles questions émergentes et quelles difficultés supplémentaires, observées "
            "depuis la Conférence d’examen régional dans la région arabe, appellent une "
            "attention particulière ?",
            "ما القضايا الناشئة والتحديات الإضافية التي لوحظت منذ مؤتمر الاستعراض الإقليمي في "
            "المنطقة العربية وتستدعي الاهتمام؟",
        ),
        (
            "What is the current status of the gaps identified at the time of the Regional "
            "Review Conference? Have they been closed or worsened, and why?",
            "Où en sont les lacunes relevées lors de la Conférence d’examen régional ? Ont-elles "
            "été comblées ou se sont-elles aggravées, et pourquoi ?",
            "ما الوضع الحالي للثغرات التي حُددت وقت مؤتمر الاستعراض الإقليمي؟ هل سُدّت أم "
            "تفاقمت، ولماذا؟",
        ),
        (
            "What are the best practices and major achievements since the Regional Review, and "
            "what roles did stakeholders play in them?",
            "Quelles sont les meilleures pratiques et les principales réalisations depuis "
            "l’examen régional, et quel rôle les parties prenantes y ont-elles joué ?",
            "ما أفضل الممارسات والإنجازات الرئيسية منذ الاستعراض الإقليمي، وما الأدوار التي "
            "أدّاها أصحاب المصلحة فيها؟",
        ),
    ],
    # (days after opening, organisation, language, text, replies, reason if hidden)
    # replies: (hours later, organisation, language, text, author's e-mail or None)
    "contributions": [
        (2, "arab-network-migrant-workers-rights", "en",
         "Since the Regional Review, migrant domestic workers have faced unpaid wages and "
         "abandonment during the pandemic. The kafala system has not been abolished anywhere in "
         "the region: we need alternatives that let workers change employers without losing "
         "their legal status.",
         [(20, "workers-federation-migrant-desk", "en",
           "We agree. Our desk saw the same pattern. Trade unions open to migrant members are "
           "one way to close the gap in representation.", None)],
         None),
        (3, "gulf-migrant-voices", "en",
         "The lack of data obscures progress across the GCM objectives. Wage protection systems "
         "and reforms of labour mobility cannot be evaluated without data that includes "
         "migrants’ own voices.", [], None),
        (5, "youth-on-the-move-mena", "fr",
         "Pour les jeunes migrants, l’accès à une éducation de qualité reste entravé par la "
         "langue, la pandémie et la fracture numérique. Les programmes de développement des "
         "compétences qui ont fait leurs preuves doivent être étendus.", [], None),
        (6, "arab-migration-journalists-network", "ar",
         "ما زال خطاب كراهية الأجانب حاضراً في وسائل الإعلام وعلى المنصات الرقمية. نحتاج إلى "
         "تدريب الصحفيين وإلى وصول المهاجرين إلى معلومات موثوقة بلغاتهم.",
         [(26, "national-council-human-rights-migration", "fr",
           "Nous partageons ce constat : la protection des migrants sur les plateformes "
           "numériques et leur accès à l’information doivent figurer parmi les priorités du "
           "Forum.", None)],
         None),
        (8, "egyptian-employers-fair-migration", "en",
         "Visit our partners’ website for recruitment services at discounted rates!", [],
         "Advertising: not a contribution to the discussion."),
        (11, "tunisian-municipalities-migration", "en",
         "The best practices came from local solutions: cities opened welcome desks and included "
         "migrants in their services. National plans should recognise the role of cities in "
         "migration governance.", [], None),
    ],
}  # fmt: skip

OPEN = {
    "slug": "engagement-modalities-imrf",
    "opens_at": lambda now: now - timedelta(days=7),
    "closes_at": lambda now: now + timedelta(days=30),
    "objectives": [3, 23],
    "round_table": 4,
    "title": (
        "Engagement modalities at the IMRF: how can every stakeholder be heard?",
        "Modalités de participation au FEMI : comment faire entendre chaque partie prenante ?",
        "طرائق المشاركة في منتدى استعراض الهجرة الدولية: كيف يُسمَع صوت جميع أصحاب المصلحة؟",
    ),
    "introduction": (
        "Not every organisation can travel to New York or join a webinar. How can the widest "
        "and most balanced participation be ensured, and which written inputs should reach the "
        "Forum? Share your experience of the regional review and of national engagement.",
        "Toutes les organisations ne peuvent pas se rendre à New York ni suivre un webinaire. "
        "Comment assurer la participation la plus large et la plus équilibrée, et quelles "
        "contributions écrites doivent parvenir au Forum ? Faites part de votre expérience de "
        "l’examen régional et de la participation au niveau national.",
        "لا تستطيع كل المنظمات السفر إلى نيويورك أو حضور ندوة عبر الإنترنت. كيف نضمن أوسع "
        "مشاركة وأكثرها توازناً، وما المساهمات المكتوبة التي ينبغي أن تصل إلى المنتدى؟ شاركونا "
        "تجربتكم في الاستعراض الإقليمي وفي المشاركة على المستوى الوطني.",
    ),
    "questions": [
        (
            "How can the widest, balanced geographical representation of stakeholders be "
            "ensured in the process?",
            "Comment assurer la représentation géographique la plus large et la plus équilibrée "
            "des parties prenantes ?",
            "كيف يمكن ضمان أوسع تمثيل جغرافي متوازن لأصحاب المصلحة في هذه العملية؟",
        ),
        (
            "Are there types of stakeholders that would face particular difficulties "
            "participating? How can the participation of migrants be ensured?",
            "Certaines parties prenantes auraient-elles des difficultés particulières à "
            "participer ? Comment assurer la participation des migrants ?",
            "هل هناك فئات من أصحاب المصلحة ستواجه صعوبات خاصة في المشاركة؟ وكيف يمكن ضمان "
            "مشاركة المهاجرين؟",
        ),
        (
            "What types of inputs are envisioned to the IMRF?",
            "Quels types de contributions sont envisagés pour le FEMI ?",
            "ما أنواع المساهمات المتوقعة في منتدى استعراض الهجرة الدولية؟",
        ),
        (
            "What were the main challenges and opportunities for stakeholders who took part in "
            "the GCM regional review?",
            "Quels ont été les principaux défis et possibilités pour les parties prenantes qui "
            "ont participé à l’examen régional du Pacte mondial ?",
            "ما أبرز التحديات والفرص التي واجهها أصحاب المصلحة الذين شاركوا في الاستعراض "
            "الإقليمي للاتفاق العالمي؟",
        ),
        (
            "What are good practices and lessons learnt from engagement at national level?",
            "Quelles bonnes pratiques et quels enseignements tirer de la participation au niveau "
            "national ?",
            "ما الممارسات الجيدة والدروس المستفادة من المشاركة على المستوى الوطني؟",
        ),
    ],
    "contributions": [
        (1, "domestic-workers-solidarity-collective", "en",
         "Many migrant associations are not registered and cannot be accredited. Accredited "
         "organisations could share their seats with migrant workers, and written inputs such as "
         "this discussion should weigh as much as speeches.", [], None),
        (2, "sudanese-diaspora-association-egypt", "ar",
         "نقترح تنظيم مشاورات وطنية بلغات المهاجرين قبل المنتدى، وإتاحة المشاركة عبر الهاتف لمن "
         "لا يملكون اتصالاً جيداً بالإنترنت.",
         [(20, "iraqi-association-returnees", "en",
           "Phone participation worked well in our consultations with returnees: a hotline "
           "recorded messages that we transcribed and sent as written input.",
           ORGANISATION_ADMINISTRATOR)],
         None),
        (4, "interfaith-council-migrants-dignity", "en",
         "The regional review showed that information in Arabic, English and French reaches far "
         "more organisations. Faith-based groups can relay the calls for input through their "
         "networks.", [], None),
    ],
}  # fmt: skip

DISCUSSIONS = [CLOSED, OPEN]
