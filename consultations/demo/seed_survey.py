"""The seed meeting, third presentation: the stakeholders' survey and the rapporteur's
recommendations (Dr. Ayman Zohry)."""

from .people import person
from .text import T

SURVEY = {
    "kind": "presentation",
    "title": T(
        "Summary of the Stakeholders Inputs to the Regional Review and the results of the "
        "stakeholder's study",
        "ملخص مساهمات أصحاب المصلحة في الاستعراض الإقليمي ونتائج دراسة أصحاب المصلحة",
        "Synthèse des contributions des parties prenantes à l’examen régional et résultats de "
        "l’étude auprès des parties prenantes",
    ),
    "speakers": [
        person(
            "dr",
            "Ayman Zohry",
            "أيمن زهري",
            T(
                "Expert on Population and Migration Studies",
                "خبير في دراسات السكان والهجرة",
                "Expert en études démographiques et migratoires",
            ),
        )
    ],
    "summary": T(
        "Dr. Zohry introduced the stakeholders' online survey on the implementation of the GCM in "
        "the MENA region was conducted on three following areas: 1) identify migration-related "
        "priorities in the region as well as key emerging issues; 2) highlight key trends, common "
        "challenges, and opportunities in implementing the GCM; 3) shed light on some gaps and "
        "promising practices from the region.",
        "عرض د. زهري الاستبيان الإلكتروني الذي أُجري مع أصحاب المصلحة بشأن تنفيذ الاتفاق العالمي "
        "في منطقة الشرق الأوسط وشمال أفريقيا، وقد تناول ثلاثة مجالات: 1) تحديد الأولويات "
        "المتعلقة بالهجرة في المنطقة والقضايا الناشئة الرئيسية؛ 2) إبراز الاتجاهات الرئيسية "
        "والتحديات المشتركة والفرص المتاحة في تنفيذ الاتفاق العالمي؛ 3) إلقاء الضوء على بعض "
        "الثغرات والممارسات الواعدة في المنطقة.",
        "Le Dr Zohry a présenté l’enquête en ligne menée auprès des parties prenantes sur la mise "
        "en œuvre du Pacte mondial dans la région du Moyen-Orient et de l’Afrique du Nord, qui "
        "portait sur trois volets : 1) recenser les priorités migratoires de la région ainsi que "
        "les principales questions nouvelles ; 2) mettre en évidence les grandes tendances, les "
        "difficultés communes et les possibilités qu’offre la mise en œuvre du Pacte ; 3) faire "
        "la lumière sur certaines lacunes et pratiques prometteuses de la région.",
    ),
    "points_intro": T(
        "Survey findings are followings:",
        "وفيما يلي نتائج الاستبيان:",
        "Les résultats de l’enquête sont les suivants :",
    ),
    "points": [
        T(
            "The majority of respondents reported an improvement of the situation of migrants "
            "since the adoption of the GCM;",
            "أفادت غالبية المجيبين بتحسّن أوضاع المهاجرين منذ اعتماد الاتفاق العالمي؛",
            "La majorité des répondants ont fait état d’une amélioration de la situation des "
            "migrants depuis l’adoption du Pacte mondial ;",
        ),
        T(
            "Respondents identified the GCM objectives 1 (data), 2 (minimize adverse drivers), "
            "and 6 (recruitment and decent work) as priorities where countries need to make more "
            "efforts.",
            "حدّد المجيبون أهداف الاتفاق العالمي 1 (البيانات) و2 (الحد من العوامل الدافعة "
            "السلبية) و6 (التوظيف والعمل اللائق) بوصفها أولويات ينبغي للبلدان أن تبذل فيها مزيدًا "
            "من الجهود.",
            "Les répondants ont désigné les objectifs 1 (données), 2 (réduire les facteurs "
            "négatifs) et 6 (recrutement et travail décent) du Pacte comme des priorités appelant "
            "davantage d’efforts de la part des pays.",
        ),
        T(
            "Some of the preferred means of stakeholder engagement include: contribution to the "
            "process of developing national migration and asylum strategies; implement projects "
            "in partnership with government to improve migrants' protection; engagement through "
            "national committees to respond to migrants needs.",
            "ومن الوسائل المفضلة لمشاركة أصحاب المصلحة: الإسهام في عملية وضع الاستراتيجيات "
            "الوطنية للهجرة واللجوء؛ وتنفيذ مشاريع بالشراكة مع الحكومة لتحسين حماية المهاجرين؛ "
            "والمشاركة من خلال اللجان الوطنية للاستجابة لاحتياجات المهاجرين.",
            "Parmi les modes de participation privilégiés par les parties prenantes figurent : la "
            "contribution à l’élaboration des stratégies nationales en matière de migration et "
            "d’asile ; la mise en œuvre de projets en partenariat avec les pouvoirs publics pour "
            "améliorer la protection des migrants ; la participation à des comités nationaux "
            "chargés de répondre aux besoins des migrants.",
        ),
        T(
            "Stakeholders reported they are engaged in the implementation of the GCM objectives 1 "
            "(data), 3 (information provision), 4 (legal identity and documentation), 6 "
            "(recruitment and decent work), 7 (reduce vulnerabilities), 15 (access to basic "
            "services), and 17 (eliminate discrimination).",
            "أفاد أصحاب المصلحة بأنهم يشاركون في تنفيذ أهداف الاتفاق العالمي 1 (البيانات) و3 "
            "(توفير المعلومات) و4 (الهوية القانونية والوثائق) و6 (التوظيف والعمل اللائق) و7 (الحد "
            "من أوجه الضعف) و15 (الحصول على الخدمات الأساسية) و17 (القضاء على التمييز).",
            "Les parties prenantes ont indiqué participer à la mise en œuvre des objectifs 1 "
            "(données), 3 (information), 4 (identité juridique et documents), 6 (recrutement et "
            "travail décent), 7 (réduire les vulnérabilités), 15 (accès aux services de base) et "
            "17 (éliminer la discrimination) du Pacte.",
        ),
        (
            T("Gaps and challenges", "الثغرات والتحديات", "Lacunes et difficultés"),
            T(
                "reported include: lack of coordination between actors and stakeholders; "
                "insufficient resources to implement the GCM objectives; lack of reliable data and "
                "information; a need for more comprehensive national policies for migration in "
                "some countries; negative impact of COVID-19 on receiving countries of migrants "
                "and refugees; and political instability in the region.",
                "التي أُبلغ عنها تشمل: ضعف التنسيق بين الجهات الفاعلة وأصحاب المصلحة؛ وعدم كفاية "
                "الموارد لتنفيذ أهداف الاتفاق العالمي؛ ونقص البيانات والمعلومات الموثوقة؛ والحاجة "
                "إلى سياسات وطنية أشمل للهجرة في بعض البلدان؛ والأثر السلبي لجائحة كوفيد-19 على "
                "البلدان المستقبلة للمهاجرين واللاجئين؛ وعدم الاستقرار السياسي في المنطقة.",
                "signalées : manque de coordination entre les acteurs et les parties prenantes ; "
                "ressources insuffisantes pour mettre en œuvre les objectifs du Pacte ; manque de "
                "données et d’informations fiables ; nécessité de politiques migratoires "
                "nationales plus complètes dans certains pays ; effets négatifs de la COVID-19 "
                "sur les pays d’accueil des migrants et des réfugiés ; instabilité politique dans "
                "la région.",
            ),
        ),
        (
            T("Promising practices", "الممارسات الواعدة", "Pratiques prometteuses"),
            T(
                "reported include: integrating migrants through making available socio-economic "
                "integration programs; capacity building for local actors; the adoption of "
                "national migration strategies; better access to basic rights for migrants; "
                "collection of disaggregated data on migration; training for migrants for better "
                "vocational integration and access to decent work.",
                "التي أُبلغ عنها تشمل: إدماج المهاجرين من خلال إتاحة برامج الإدماج الاجتماعي "
                "والاقتصادي؛ وبناء قدرات الجهات الفاعلة المحلية؛ واعتماد استراتيجيات وطنية "
                "للهجرة؛ وتحسين حصول المهاجرين على حقوقهم الأساسية؛ وجمع بيانات مصنفة عن الهجرة؛ "
                "وتدريب المهاجرين من أجل تحسين اندماجهم المهني وحصولهم على العمل اللائق.",
                "signalées : intégration des migrants grâce à des programmes d’intégration "
                "socioéconomique ; renforcement des capacités des acteurs locaux ; adoption de "
                "stratégies nationales en matière de migration ; meilleur accès des migrants à "
                "leurs droits fondamentaux ; collecte de données ventilées sur les migrations ; "
                "formation des migrants pour une meilleure insertion professionnelle et un "
                "meilleur accès au travail décent.",
            ),
        ),
    ],
    # The rapporteur's recommendations follow the findings as one paragraph, as in the record.
    "conclusion": T(
        "As a Rapporteur of the Multi-stakeholders Consultation held on 23 February 2021, Dr. "
        "Zohry also presented the key recommendations from the stakeholders: adopting the whole "
        "of society approach to ensure involvement of all stakeholders, monitoring the GCM "
        "implementation with enhanced data availability; encouraging more national and "
        "sub-national consultations to ensure the broadest participation in the GCM review; "
        "ensuring consistency between national laws and international framework for the "
        "protection of migrants; developing gender-sensitive migrant protection policies; "
        "emphasizing the role of cities in migration governance; and addressing the negative "
        "drivers of migration.",
        "وبصفته مقررًا للمشاورة بين أصحاب المصلحة المتعددين التي عُقدت في 23 شباط/فبراير 2021، "
        "عرض د. زهري أيضًا التوصيات الرئيسية لأصحاب المصلحة، وهي: اعتماد نهج المجتمع ككل لضمان "
        "إشراك جميع أصحاب المصلحة؛ ورصد تنفيذ الاتفاق العالمي مع تحسين توافر البيانات؛ وتشجيع "
        "المزيد من المشاورات الوطنية ودون الوطنية لضمان أوسع مشاركة في استعراض الاتفاق العالمي؛ "
        "وضمان الاتساق بين القوانين الوطنية والإطار الدولي لحماية المهاجرين؛ ووضع سياسات لحماية "
        "المهاجرين تراعي الاعتبارات الجنسانية؛ والتأكيد على دور المدن في حوكمة الهجرة؛ والتصدي "
        "للعوامل الدافعة السلبية للهجرة.",
        "En sa qualité de rapporteur de la consultation multipartite tenue le 23 février 2021, le "
        "Dr Zohry a également présenté les principales recommandations des parties prenantes : "
        "adopter l’approche mobilisant l’ensemble de la société pour associer toutes les parties "
        "prenantes ; suivre la mise en œuvre du Pacte grâce à des données plus disponibles ; "
        "encourager davantage de consultations nationales et infranationales pour assurer la "
        "participation la plus large à l’examen du Pacte ; assurer la cohérence entre les lois "
        "nationales et le cadre international de protection des migrants ; élaborer des "
        "politiques de protection des migrants tenant compte des questions de genre ; souligner "
        "le rôle des villes dans la gouvernance des migrations ; et s’attaquer aux facteurs "
        "négatifs de la migration.",
    ),
}
