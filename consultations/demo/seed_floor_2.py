"""The seed meeting's interventions from the floor, continued (the fifth to the eleventh)."""

from .people import person
from .seed_floor import intervention
from .text import T

INTERVENTIONS = [
    intervention(
        person(
            "mr",
            "Khalid Ramli",
            "خالد رملي",
            T("Head", "رئيس", "Chef"),
            "cndh-morocco",
            T(
                "National Human Rights Council, Morocco",
                "المجلس الوطني لحقوق الإنسان، المغرب",
                "Conseil national des droits de l’Homme, Maroc",
            ),
            country="MA",
            gender="man",
        ),
        [3, 17],
        T(
            "The recently published report on the follow-up to the operationalization of the "
            "African Migration Observatory by the King Mohammed VI provides a progress made when "
            "it comes to GCM implementation in the region. However, there are still gaps and "
            "challenges remained: protection of migrants in digital platforms – we need to promote "
            "rights of migrants, however, the discrimination and xenophobia persists; and "
            "migrants’ access to information should be improved. To tackle some of the "
            "challenges, the Moroccan National Human Rights Council conducted various workshops to "
            "promote the Marrakesh Compact. In addition, the Council places an emphasis on the "
            "role of civil society to implement the GCM to better promotion of migrant workers "
            "rights.",
            "يعرض التقرير الصادر مؤخرًا عن متابعة تفعيل المرصد الأفريقي للهجرة، الذي قدّمه الملك "
            "محمد السادس، التقدمَ المحرز في تنفيذ الاتفاق العالمي في المنطقة. غير أن ثغرات وتحديات "
            "لا تزال قائمة: حماية المهاجرين على المنصات الرقمية، فنحن بحاجة إلى تعزيز حقوق "
            "المهاجرين، لكن التمييز وكراهية الأجانب مستمران؛ كما ينبغي تحسين حصول المهاجرين على "
            "المعلومات. وللتصدي لبعض هذه التحديات، نظّم المجلس الوطني لحقوق الإنسان في المغرب حلقات "
            "عمل مختلفة للتعريف باتفاق مراكش. كما يركز المجلس على دور المجتمع المدني في تنفيذ "
            "الاتفاق العالمي من أجل تعزيز حقوق العمال المهاجرين على نحو أفضل.",
            "Le rapport récemment publié sur le suivi de la mise en place de l’Observatoire "
            "africain des migrations, présenté par le Roi Mohammed VI, fait état des progrès "
            "accomplis dans la mise en œuvre du Pacte dans la région. Des lacunes et des "
            "difficultés subsistent toutefois : la protection des migrants sur les plateformes "
            "numériques – nous devons promouvoir les droits des migrants, mais la discrimination "
            "et la xénophobie persistent – et l’accès des migrants à l’information doit être "
            "amélioré. Pour relever certaines de ces difficultés, le Conseil national des droits "
            "de l’Homme du Maroc a organisé divers ateliers de promotion du Pacte de Marrakech. Le "
            "Conseil insiste en outre sur le rôle de la société civile dans la mise en œuvre du "
            "Pacte pour mieux promouvoir les droits des travailleurs migrants.",
        ),
    ),
    intervention(
        person(
            "ms",
            "Sarah Badr",
            "سارة بدر",
            T(
                "MENA Regional Lead",
                "المسؤولة الإقليمية لمنطقة الشرق الأوسط وشمال أفريقيا",
                "Responsable régionale pour la région MENA",
            ),
            "unmgcy",
            T(
                "UN Major Group for Children and Youth (UNMGCY)",
                "المجموعة الرئيسية للأطفال والشباب في الأمم المتحدة",
                "Grand groupe des enfants et des jeunes des Nations Unies (UNMGCY)",
            ),
            gender="woman",
        ),
        [15, 18],
        T(
            "On behalf of young migrants, we would like to highlight the pressing issue on "
            "education and upscaling. There are various obstacles in access quality education "
            "including language barriers, COVID-19 pandemic and digital literacy gap given that "
            "now all education platforms are moved to online because of the pandemic situation. "
            "In addition to education, youth migrants’ fair access to all social services without "
            "discrimination is critical. Good practices are found in the region; however, they "
            "should be scaled up such as through skills development programmes. The IMRF should "
            "provide an opportunity to measure a clear progress in terms of GCM implementation to "
            "ensure no one is left behind.",
            "نيابةً عن الشباب المهاجرين، نود أن نسلط الضوء على القضية الملحّة المتعلقة بالتعليم "
            "والارتقاء بالمهارات. فثمة عقبات مختلفة أمام الحصول على تعليم جيد، منها الحواجز "
            "اللغوية وجائحة كوفيد-19 والفجوة في المهارات الرقمية، لا سيما أن جميع منصات التعليم "
            "انتقلت إلى الإنترنت بسبب الجائحة. وإلى جانب التعليم، فإن حصول الشباب المهاجرين على "
            "جميع الخدمات الاجتماعية بإنصاف ودون تمييز أمر بالغ الأهمية. وتوجد ممارسات جيدة في "
            "المنطقة، لكن ينبغي توسيع نطاقها، ومن ذلك برامج تنمية المهارات. وينبغي أن يتيح المنتدى "
            "فرصة لقياس تقدم واضح في تنفيذ الاتفاق العالمي لضمان عدم ترك أحد خلف الركب.",
            "Au nom des jeunes migrants, nous voulons souligner l’urgence des questions "
            "d’éducation et de perfectionnement des compétences. L’accès à une éducation de "
            "qualité se heurte à divers obstacles, dont les barrières linguistiques, la pandémie "
            "de COVID-19 et la fracture numérique, d’autant que toutes les plateformes éducatives "
            "sont désormais en ligne du fait de la pandémie. Outre l’éducation, un accès "
            "équitable et sans discrimination des jeunes migrants à tous les services sociaux est "
            "essentiel. Il existe de bonnes pratiques dans la région, mais elles doivent être "
            "étendues, notamment au moyen de programmes de développement des compétences. Le "
            "Forum devrait permettre de mesurer des progrès clairs dans la mise en œuvre du Pacte, "
            "pour ne laisser personne de côté.",
        ),
    ),
    intervention(
        person(
            "dr",
            "Jocelyn DeJong",
            "جوسلين دي يونغ",
            T("Professor", "أستاذة", "Professeure"),
            "aub-health-sciences",
            T(
                "Faculty of Health Sciences, American University of Beirut",
                "كلية العلوم الصحية، الجامعة الأمريكية في بيروت",
                "Faculté des sciences de la santé, Université américaine de Beyrouth",
            ),
        ),
        [1, 15, 17],
        T(
            "The global COVID-19 response framework asks for an inclusive provision of treatment "
            "and vaccination, and there has been many good practices where migrants are taken "
            "into consideration for health care access through for example the use of digital "
            "applications. However, still there has not been much research on barriers of "
            "migrants in accessing health care system and also there is a gap in terms of "
            "sensitizing populations on migration. A recent collaboration with WHO on health and "
            "migration highlighted that disaggregated data (migration status, gender.etc) is "
            "imperative for further improving policy/programmes. Throughout the GCM review "
            "process, academics could play an important role in providing literature review, "
            "taking the views and engagement of next generations, as well as providing an "
            "independent critical analysis on the situation of migrants.",
            "يدعو الإطار العالمي للاستجابة لجائحة كوفيد-19 إلى توفير العلاج واللقاحات على نحو "
            "شامل للجميع، وقد ظهرت ممارسات جيدة كثيرة رُوعي فيها المهاجرون في الحصول على الرعاية "
            "الصحية، من خلال استخدام التطبيقات الرقمية مثلًا. غير أن البحوث بشأن العقبات التي تحول "
            "دون حصول المهاجرين على خدمات النظام الصحي لا تزال "
            "قليلة، كما توجد فجوة في توعية السكان "
            "بقضايا الهجرة. وقد أبرز تعاون أُجري مؤخرًا مع منظمة الصحة العالمية بشأن الصحة والهجرة "
            "أن البيانات المصنفة (حسب وضع الهجرة ونوع الجنس وغير ذلك) ضرورية لمواصلة تحسين "
            "السياسات والبرامج. ويمكن للأكاديميين، طوال عملية استعراض الاتفاق العالمي، أن يؤدوا "
            "دورًا مهمًا في إعداد استعراضات للأدبيات، واستطلاع آراء الأجيال القادمة وإشراكها، "
            "وتقديم تحليل نقدي مستقل لأوضاع المهاجرين.",
            "Le cadre mondial de riposte à la COVID-19 appelle à "
            "un accès inclusif aux traitements "
            "et à la vaccination, et de nombreuses bonnes "
            "pratiques ont pris en compte les migrants "
            "dans l’accès aux soins, par exemple au moyen d’applications numériques. Les obstacles "
            "que rencontrent les migrants pour accéder au système de santé restent toutefois peu "
            "étudiés, et la sensibilisation de la population aux questions migratoires demeure "
            "insuffisante. Une collaboration récente avec l’OMS sur la santé et les migrations a "
            "montré que des données ventilées (statut migratoire, genre, etc.) sont "
            "indispensables pour continuer d’améliorer les politiques et les programmes. Tout au "
            "long du processus d’examen du Pacte, les universitaires pourraient jouer un rôle "
            "important en réalisant des revues de la littérature, en recueillant les points de "
            "vue des jeunes générations et en les associant, et en livrant une analyse critique "
            "indépendante de la situation des migrants.",
        ),
    ),
    intervention(
        person(
            "ms",
            "Ghada Hammouda",
            "غادة حمودة",
            T(
                "member of business advisory group in Egypt",
                "عضوة في الفريق الاستشاري لقطاع الأعمال في مصر",
                "membre du groupe consultatif des entreprises en Égypte",
            ),
            group="private_sector",
            country="EG",
            gender="woman",
        ),
        [6],
        T(
            "We want to emphasize the role of Private sector in the implementation of the GCM, "
            "and in particular in the context of COVID-19 recovery phase, it is a critical "
            "importance to take into consideration of the changing discourse of migration after "
            "experiencing the pandemic. Therefore, we are currently conducting a survey on labour "
            "migration governance and the result will be shared at the IMRF with all "
            "stakeholders. The report will provide recommendations for hopefully contributing to "
            "better policy on migration.",
            "نود التأكيد على دور القطاع الخاص في تنفيذ الاتفاق العالمي، ولا سيما في سياق مرحلة "
            "التعافي من جائحة كوفيد-19، إذ من الأهمية البالغة مراعاة تغير الخطاب المتعلق بالهجرة "
            "بعد تجربة الجائحة. ولذلك نجري حاليًا استبيانًا بشأن حوكمة هجرة اليد العاملة، وستُعرض "
            "نتائجه في المنتدى على جميع أصحاب المصلحة. وسيتضمن التقرير توصيات نأمل أن تسهم في "
            "تحسين سياسات الهجرة.",
            "Nous tenons à souligner le rôle du secteur privé dans la mise en œuvre du Pacte, en "
            "particulier dans la phase de relèvement après la COVID-19 : il est essentiel de "
            "tenir compte de l’évolution du discours sur les migrations depuis la pandémie. C’est "
            "pourquoi nous menons actuellement une enquête sur la gouvernance des migrations de "
            "main-d’œuvre, dont les résultats seront présentés au Forum à toutes les parties "
            "prenantes. Le rapport formulera des recommandations qui, nous l’espérons, "
            "contribueront à de meilleures politiques migratoires.",
        ),
    ),
    intervention(
        person(
            "mr",
            "William Warda",
            "وليم وردة",
            None,
            "hammurabi-human-rights-organization",
            T(
                "Hammurabi Human Rights Organization of Iraq",
                "منظمة حمورابي لحقوق الإنسان في العراق",
                "Organisation Hammurabi des droits de l’homme (Iraq)",
            ),
            gender="man",
        ),
        [6, 7, 11],
        # The record links "research" to a study it does not name: the word is kept unlinked.
        T(
            "We have conducted research with EU on border management and migration control in "
            "Iraq. Though the research is focusing on Iraq, still it has relevance throughout the "
            "regions. There is a problem in terms of accessing residency with relation to the "
            "Kafala system, and the majority of the countries in the region are not yet ready to "
            "host migrants in accordance with international framework. For this, we need further "
            "enhance capacity of states and relevant stakeholders. Due to legal status, most "
            "workers are working in informal sectors, exposing them to vulnerable to abuse, "
            "exploitation. There is an issue also on decent work and housing. In addition, to "
            "highlight that including Iraq, many countries in the region have not ratified the "
            "global compact on refugees.",
            "أجرينا بحثًا مع الاتحاد الأوروبي بشأن إدارة الحدود ومراقبة الهجرة في العراق. ورغم أن "
            "البحث يركز على العراق، فإن له أهمية في المنطقة بأسرها. وثمة مشكلة في الحصول على "
            "الإقامة ترتبط بنظام الكفالة، ومعظم بلدان المنطقة ليست مستعدة بعد لاستضافة المهاجرين "
            "وفقًا للإطار الدولي. ولذلك نحتاج إلى مواصلة تعزيز قدرات الدول وأصحاب المصلحة المعنيين. "
            "وبسبب الوضع القانوني، يعمل معظم العمال في القطاعات غير المنظمة، مما يعرضهم للإساءة "
            "والاستغلال. وثمة أيضًا مسألة العمل اللائق والسكن. ونود كذلك الإشارة إلى أن كثيرًا من "
            "بلدان المنطقة، ومنها العراق، لم تصادق على الاتفاق العالمي بشأن اللاجئين.",
            "Nous avons mené avec l’UE une recherche sur la gestion des frontières et le contrôle "
            "des migrations en Iraq. Bien qu’axée sur l’Iraq, elle vaut pour l’ensemble de la "
            "région. L’accès au droit de séjour pose problème du fait du système de la kafala, et "
            "la plupart des pays de la région ne sont pas encore prêts à accueillir des migrants "
            "conformément au cadre international. Il faut donc renforcer davantage les capacités "
            "des États et des parties prenantes concernées. En raison de leur statut juridique, la "
            "plupart des travailleurs sont employés dans le secteur informel, ce qui les expose "
            "aux abus et à l’exploitation. Le travail décent et le logement posent également "
            "problème. Nous soulignons en outre que de nombreux pays de la région, dont l’Iraq, "
            "n’ont pas souscrit au pacte mondial sur les réfugiés.",
        ),
    ),
    intervention(
        person(
            "ms",
            "Rima Kalush",
            "ريما كالوش",
            None,
            "migrant-rights-org",
            T(
                "migrants-rights.org in the Gulf region",
                "migrants-rights.org في منطقة الخليج",
                "migrants-rights.org, région du Golfe",
            ),
            gender="woman",
        ),
        [1, 6, 13, 21],
        T(
            "We want to raise two issues to be discussed at the IMRF as priorities: first, ongoing "
            "detention and deportation of thousands migrant workers in the Gulf region even during "
            "the pandemic - This has been worsening recent days and in violation of international "
            "laws; and second, the lack of data obscures progress across GCM objectives – "
            "affecting for example in wage protection system, reform on employment mobility, "
            "which raise questions how we evaluate our progress by incorporating migrant voices "
            "into the system.",
            "نود طرح قضيتين لمناقشتهما في المنتدى بوصفهما أولويتين: أولًا، استمرار احتجاز آلاف "
            "العمال المهاجرين وترحيلهم في منطقة الخليج حتى خلال الجائحة، وهو وضع ازداد سوءًا في "
            "الآونة الأخيرة ويخالف القوانين الدولية؛ وثانيًا، نقص البيانات الذي يحجب التقدم المحرز "
            "في أهداف الاتفاق العالمي، ويؤثر مثلًا في نظام حماية الأجور وإصلاح التنقل الوظيفي، مما "
            "يثير تساؤلات حول كيفية تقييم التقدم الذي نحرزه من خلال إدماج أصوات المهاجرين في "
            "المنظومة.",
            "Nous souhaitons soulever deux questions à examiner en priorité au Forum : "
            "premièrement, la détention et l’expulsion continues de milliers de travailleurs "
            "migrants dans la région du Golfe, même pendant la pandémie – une situation qui s’est "
            "aggravée ces derniers temps, en violation du droit international ; deuxièmement, le "
            "manque de données, qui masque les progrès accomplis au regard des objectifs du "
            "Pacte – par exemple pour le système de protection des salaires ou la réforme de la "
            "mobilité professionnelle –, ce qui pose la question de la manière d’évaluer nos "
            "progrès en intégrant la voix des migrants au système.",
        ),
    ),
    intervention(
        person(
            "mr",
            "Salim Korkmaz",
            "سليم كوركماز",
            None,
            "uclg-mewa",
            T(
                "UCLG-MEWA",
                "منظمة المدن والحكومات المحلية المتحدة - فرع الشرق الأوسط وغرب آسيا",
                "CGLU-MEWA",
            ),
            gender="man",
        ),
        [16, 23],
        # The record links "Gaziantep Declaration" without giving the address: kept unlinked.
        T(
            "Representing the UCLG-MEWA based in Istanbul covering the region, I want to explain "
            "our work. There was an International forum in 2019 which led to the Gaziantep "
            "Declaration. One of the main outcomes of the forum is to reflect best practices on "
            "local solution on migration and after that we created a global task force on "
            "migration to follow up the Declaration. These are crucial to draw more local efforts "
            "in the GCM implementation.",
            "بصفتي ممثلًا لمنظمة المدن والحكومات المحلية المتحدة - فرع الشرق الأوسط وغرب آسيا، "
            "ومقرها إسطنبول وتغطي المنطقة، أود أن أعرض عملنا. فقد عُقد في عام 2019 منتدى دولي أفضى "
            "إلى إعلان غازي عنتاب. ومن أبرز نتائج المنتدى إبراز أفضل الممارسات في الحلول المحلية "
            "للهجرة، وقد أنشأنا بعد ذلك فرقة عمل عالمية معنية بالهجرة لمتابعة الإعلان. وهذه أمور "
            "بالغة الأهمية لحشد مزيد من الجهود المحلية في تنفيذ الاتفاق العالمي.",
            "Représentant CGLU-MEWA, basée à Istanbul et couvrant la région, je souhaite présenter "
            "notre travail. Un forum international tenu en 2019 a abouti à la Déclaration de "
            "Gaziantep. L’un de ses principaux résultats est la mise en valeur des meilleures "
            "pratiques en matière de solutions locales aux migrations ; nous avons ensuite créé un "
            "groupe de travail mondial sur les migrations chargé du suivi de la Déclaration. Ces "
            "initiatives sont essentielles pour mobiliser davantage d’efforts locaux dans la mise "
            "en œuvre du Pacte.",
        ),
    ),
]
