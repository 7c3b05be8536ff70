"""The seed meeting's interventions from the floor (open discussion 1), in the record's order:
the first four here, the seven others in seed_floor_2.py.

Objectives: Fragomen's speaker names objectives 5, 6 and 18 himself; for the others the tags are
the secretariat's reading of what was said (pathways 5, recruitment and decent work 6, saving
lives 8, border management 11, detention 13, basic services 15, inclusion 16, discrimination 17,
skills 18, return 21, cooperation 23, data 1, information 3, vulnerabilities 7)."""

from .people import person
from .text import T


def intervention(who: dict, objectives: list[int], text: T) -> dict:
    return {**who, "objectives": objectives, "text": text}


INTERVENTIONS = [
    intervention(
        person(
            "mr",
            "William Gois",
            "ويليام غويس",
            T("Regional Coordinator", "المنسق الإقليمي", "Coordonnateur régional"),
            "migrant-forum-in-asia",
            T("Migrant Forum in Asia", "منتدى المهاجرين في آسيا", "Migrant Forum in Asia"),
            gender="man",
        ),
        [5, 6, 13, 15, 17, 21],
        T(
            "The Civil Society Action Committee in its recently released document outlines 12 key "
            "areas of Global Civil Society Priorities in terms of implementation of GCM, which "
            "includes: just recovery from pandemic, climate change in coordination with, dealing "
            "with xenophobia, migrant workers' rights, creating regular pathways, alternatives for "
            "deportation and return, special concerns on children migrants protection, civil "
            "society engagement among others. Leading up to the IMRF, we want to highlight three "
            "following priorities to be included for discussion: 1) as we recover from COVID-19 "
            "pandemic we have to look into new social contract – in countries particular where "
            "there are many Asian migrant workers (what is needs is not only reform of Kafala "
            "system but a whole revamping of the system to set a decent work framework); 2) access "
            "to basic services especially with consideration of wage justice (many migrant "
            "workers were deprived of wages during the pandemic); 3) inclusion of migrants voice "
            "in policy consultations and advocacy.",
            "تحدد لجنة عمل المجتمع المدني، في وثيقتها الصادرة مؤخرًا، 12 مجالًا رئيسيًا من "
            "أولويات المجتمع المدني العالمي فيما يتعلق بتنفيذ الاتفاق العالمي، منها: التعافي "
            "العادل من الجائحة، وتغير المناخ، والتصدي لكراهية الأجانب، وحقوق العمال المهاجرين، "
            "وإيجاد مسارات نظامية، وبدائل الترحيل والإعادة، والشواغل الخاصة المتعلقة بحماية "
            "الأطفال المهاجرين، ومشاركة المجتمع المدني، وغيرها. وفي الطريق إلى المنتدى، نود أن "
            "نسلط الضوء على الأولويات الثلاث التالية لإدراجها في النقاش: 1) ونحن نتعافى من جائحة "
            "كوفيد-19، علينا أن ننظر في عقد اجتماعي جديد، ولا سيما في البلدان التي يعمل فيها كثير "
            "من العمال المهاجرين الآسيويين (فالمطلوب ليس إصلاح نظام الكفالة فحسب، بل إعادة بناء "
            "النظام برمّته لإرساء إطار للعمل اللائق)؛ 2) الحصول على الخدمات الأساسية، مع إيلاء "
            "اعتبار خاص للعدالة في الأجور (فقد حُرم كثير من العمال المهاجرين من أجورهم خلال "
            "الجائحة)؛ 3) إدراج أصوات المهاجرين في المشاورات "
            "المتعلقة بالسياسات وفي أنشطة المناصرة.",
            "Dans son document publié récemment, le Comité d’action de la société civile présente "
            "12 domaines clés des priorités de la société civile mondiale pour la mise en œuvre du "
            "Pacte, notamment : une reprise juste après la pandémie, les changements climatiques, "
            "la lutte contre la xénophobie, les droits des travailleurs migrants, la création de "
            "voies régulières, les alternatives à l’expulsion et au retour, la protection des "
            "enfants migrants et la participation de la société civile. À l’approche du Forum, "
            "nous souhaitons mettre en avant trois priorités à inscrire dans les discussions : "
            "1) alors que nous nous relevons de la pandémie de COVID-19, nous devons envisager un "
            "nouveau contrat social, en particulier dans les pays comptant de nombreux "
            "travailleurs migrants asiatiques (il faut non seulement réformer le système de la "
            "kafala, mais le refondre entièrement pour établir un cadre de travail décent) ; "
            "2) l’accès aux services de base, en tenant compte en particulier de la justice "
            "salariale (de nombreux travailleurs migrants ont été privés de salaire pendant la "
            "pandémie) ; 3) la prise en compte de la voix des migrants dans les consultations sur "
            "les politiques et dans le plaidoyer.",
        ),
    ),
    intervention(
        person(
            "ms",
            "Sara El-Khatib",
            "سارة الخطيب",
            T(
                "Field Migration Specialist",
                "أخصائية ميدانية في شؤون الهجرة",
                "Spécialiste des migrations sur le terrain",
            ),
            "solidarity-center",
            T(
                "MENA Region Solidarity Center",
                "مركز التضامن في منطقة الشرق الأوسط وشمال أفريقيا",
                "Solidarity Center, région MENA",
            ),
            gender="woman",
        ),
        [5, 6, 8, 23],
        T(
            "Despite some progress made, we have not achieved the total abandonment of Kafala "
            "system in the region. We need alternatives for sponsorship system in the region - "
            "migrants are continuously drawn into sea and most migrants work in informal sector. "
            "We demand strong international cooperation to avoid dangerous pathways for migrants. "
            "In particular, we urge European governments to adopt human rights-based approach "
            "when it comes to migrant policy. The first IMRF through adopting a whole of society "
            "approach should provide an alternative migrant governance system in the region in "
            "line with international law and frameworks.",
            "على الرغم من بعض التقدم المحرز، لم نصل إلى التخلي الكامل عن نظام الكفالة في المنطقة. "
            "إننا بحاجة إلى بدائل لنظام الكفالة في المنطقة، فالمهاجرون يغرقون في البحر باستمرار، "
            "ومعظمهم يعملون في القطاع غير المنظم. ونطالب بتعاون دولي قوي لتجنيب المهاجرين المسارات "
            "الخطرة. ونحث بوجه خاص الحكومات الأوروبية على اعتماد نهج قائم على حقوق الإنسان في "
            "سياسات الهجرة. وينبغي أن يوفر المنتدى الأول، من خلال اعتماد نهج المجتمع ككل، نظامًا "
            "بديلًا لحوكمة الهجرة في المنطقة يتماشى مع القانون والأطر الدولية.",
            "Malgré certains progrès, le système de la kafala n’a pas été totalement abandonné "
            "dans la région. Il nous faut des alternatives au système de parrainage : des migrants "
            "continuent de périr en mer et la plupart travaillent dans le secteur informel. Nous "
            "demandons une coopération internationale forte pour éviter aux migrants les routes "
            "dangereuses. Nous exhortons en particulier les gouvernements européens à adopter une "
            "approche fondée sur les droits humains dans leurs politiques migratoires. En "
            "adoptant une approche mobilisant l’ensemble de la société, le premier Forum devrait "
            "proposer pour la région un autre système de gouvernance des migrations, conforme au "
            "droit et aux cadres internationaux.",
        ),
    ),
    intervention(
        person(
            "mr",
            "Murtaza Khan",
            "مرتضى خان",
            T(
                "Regional Managing Partner (Middle East & Africa)",
                "الشريك الإداري الإقليمي (الشرق الأوسط وأفريقيا)",
                "Associé directeur régional (Moyen-Orient et Afrique)",
            ),
            "fragomen",
            T("Fragomen", "فراغومين", "Fragomen"),
            gender="man",
        ),
        [5, 6, 18],
        T(
            "Representing the business constituents as a business advisory group we have been "
            "actively engaged on Migration. In particular, in September last year we organized a "
            "business consultation meeting on migration, which was followed by a dialogue with "
            "governments in the region. For that, a research paper, titled *exploring the "
            "successes, opportunities, and challenges of business immigration frameworks in the "
            "Middle East* (reference) was prepared. The research findings show that: focusing on "
            "CGM Objectives 5, 6, 18, despite some positive development, more consistent approach "
            "across the region is required. In particular a focus on expanding migration pathways "
            "to categories that are in line with current business and industry requirements. "
            "Additionally migration pathways must take into account the need to support new "
            "emerging forms of work e.g. self sponsored for multi-employer scenarios, remote work. "
            "There is a call for more private sector consultations in the GCM review process, for "
            "example in terms of supporting nationalisation policies where local skills exist to "
            "move towards a coordinated achievable goal and also in ensuring that the regulatory "
            "position of equal rights translates into practice and implementation when it comes "
            "to gender related issues. For fair recruitment, private sector values the principle, "
            "and it is observed that the region is moving towards positive direction and there is "
            "a recognition that most companies that enforce best practices have standards higher "
            "than the minimum regulatory requirements and this is to be encouraged.",
            "بصفتنا فريقًا استشاريًا لقطاع الأعمال يمثل مكونات هذا القطاع، نشارك بنشاط في قضايا "
            "الهجرة. ففي أيلول/سبتمبر من العام الماضي، نظمنا اجتماعًا تشاوريًا لقطاع الأعمال بشأن "
            "الهجرة، أعقبه حوار مع حكومات المنطقة. ولهذا الغرض، أُعدّت ورقة بحثية بعنوان *استكشاف "
            "نجاحات أطر هجرة الأعمال في الشرق الأوسط وفرصها وتحدياتها* (مرجع). وتبيّن نتائج البحث، "
            "مع التركيز على الأهداف 5 و6 و18 من الاتفاق العالمي، أنه على الرغم من بعض التطورات "
            "الإيجابية، لا بد من نهج أكثر اتساقًا في أرجاء المنطقة، ولا سيما التركيز على توسيع "
            "مسارات الهجرة لتشمل فئات تتماشى مع الاحتياجات الحالية لقطاعي الأعمال والصناعة. كما "
            "يجب أن تراعي مسارات الهجرة ضرورة دعم أشكال العمل الجديدة الناشئة، مثل الكفالة الذاتية "
            "في حالات تعدد أصحاب العمل، والعمل عن بُعد. وثمة دعوة إلى إجراء مزيد من المشاورات مع "
            "القطاع الخاص في عملية استعراض الاتفاق العالمي، على سبيل المثال في دعم سياسات التوطين "
            "حيثما توافرت المهارات المحلية وصولًا إلى هدف منسق وقابل للتحقيق، وكذلك في ضمان أن "
            "يُترجم مبدأ المساواة في الحقوق المنصوص عليه في الأنظمة إلى ممارسة وتطبيق فعليين فيما "
            "يتعلق بالقضايا الجنسانية. وفيما يخص التوظيف العادل، يقدّر القطاع الخاص هذا المبدأ، "
            "ويُلاحظ أن المنطقة تسير في اتجاه إيجابي، وأن ثمة إقرارًا بأن معظم الشركات التي تطبق "
            "أفضل الممارسات تعتمد معايير أعلى من الحد الأدنى الذي تفرضه الأنظمة، وهو أمر ينبغي "
            "تشجيعه.",
            "Représentant les milieux d’affaires au sein d’un groupe consultatif du secteur privé, "
            "nous participons activement aux questions migratoires. En septembre dernier "
            "notamment, nous avons organisé une réunion de consultation des entreprises sur les "
            "migrations, suivie d’un dialogue avec les gouvernements de la région. À cette fin, un "
            "document de recherche intitulé *Succès, possibilités et difficultés des cadres "
            "d’immigration d’affaires au Moyen-Orient* (référence) a été préparé. Les résultats de "
            "la recherche, axés sur les objectifs 5, 6 et 18 du Pacte, montrent que, malgré "
            "certaines évolutions positives, une approche plus cohérente est nécessaire dans toute "
            "la région, en particulier pour élargir les voies de migration à des catégories "
            "correspondant aux besoins actuels des entreprises et de l’industrie. En outre, les "
            "voies de migration doivent tenir compte de la nécessité d’accompagner les nouvelles "
            "formes de travail, par exemple l’autoparrainage pour les situations à employeurs "
            "multiples ou le télétravail. Il est demandé que le secteur privé soit davantage "
            "consulté dans le processus d’examen du Pacte, par exemple pour soutenir les "
            "politiques de nationalisation de l’emploi là où des compétences locales existent, "
            "afin d’avancer vers un objectif coordonné et réaliste, et pour veiller à ce que "
            "l’égalité des droits inscrite dans la réglementation se traduise dans la pratique en "
            "matière d’égalité des genres. Quant au recrutement équitable, le secteur privé en "
            "partage le principe ; on observe que la région évolue dans le bon sens et l’on "
            "reconnaît que la plupart des entreprises qui appliquent les meilleures pratiques ont "
            "des normes supérieures aux exigences réglementaires minimales, ce qu’il convient "
            "d’encourager.",
        ),
    ),
    intervention(
        person(
            "mr",
            "Fabrizio Anzolini",
            "فابريزيو أنزوليني",
            T(
                "MENA regional Migration Advisor",
                "المستشار الإقليمي لشؤون الهجرة في منطقة الشرق الأوسط وشمال أفريقيا",
                "Conseiller régional pour les migrations, région MENA",
            ),
            "ifrc",
            T(
                "International Federation of Red Cross",
                "الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر",
                "Fédération internationale de la Croix-Rouge",
            ),
            gender="man",
        ),
        [7, 23],
        T(
            "The IMRF will be an opportunity to further advocate for the rights of migrants and "
            "displaced populations. IFRC is providing humanitarian assistance including cash based "
            "assistance, psychosocial support and others to affected people, reaching millions of "
            "people in the region. The regional CGM consultations provide an opportunity for IFRC "
            "also to address some of gaps and challenges existing in the region. The Red Cross "
            "and Red Crescent Movement (RC/RC) took a proactive action such as formal "
            "establishment of the MENA RC/RC migration network, and development of route-based "
            "cross-regional programmes between Africa-MENA regions and different initiatives "
            "focus on different groups of vulnerable groups including children and women. We "
            "suggests following two priorities for the coming IMRF: 1) we need to work to change "
            "perspective of the States on migration, which is not an emergency issue, but "
            "something a structural and therefore embedded in all aspects of governance which "
            "requires whole-of-government approach (not merely dealt by Ministry of Interior); "
            "2) we need more coordination by building strong relationship among different actors "
            "including UN, NGOs, local civil societies since no one act alone when it comes to "
            "migration.",
            "سيكون المنتدى فرصة لتعزيز المناصرة من أجل حقوق المهاجرين والسكان النازحين. ويقدم "
            "الاتحاد الدولي المساعدة الإنسانية، بما فيها المساعدة النقدية والدعم النفسي والاجتماعي "
            "وغير ذلك، إلى المتضررين، ويصل إلى ملايين الأشخاص في المنطقة. كما تتيح المشاورات "
            "الإقليمية بشأن الاتفاق العالمي فرصة للاتحاد الدولي لمعالجة بعض الثغرات والتحديات "
            "القائمة في المنطقة. وقد اتخذت الحركة الدولية للصليب الأحمر والهلال الأحمر إجراءات "
            "استباقية، مثل الإنشاء الرسمي لشبكة الصليب الأحمر والهلال الأحمر المعنية بالهجرة في "
            "منطقة الشرق الأوسط وشمال أفريقيا، ووضع برامج عابرة للأقاليم قائمة على مسارات الهجرة "
            "بين أفريقيا ومنطقة الشرق الأوسط وشمال أفريقيا، ومبادرات مختلفة تركز على فئات ضعيفة "
            "مختلفة، منها الأطفال والنساء. ونقترح الأولويتين التاليتين للمنتدى المقبل: 1) علينا أن "
            "نعمل على تغيير نظرة الدول إلى الهجرة، فهي ليست مسألة طارئة، بل مسألة هيكلية ينبغي "
            "بالتالي أن تُدمج في جميع جوانب الحوكمة، وهو ما يتطلب نهج الحكومة ككل (لا أن تقتصر "
            "معالجتها على وزارة الداخلية)؛ 2) نحتاج إلى مزيد من التنسيق من خلال بناء علاقات متينة "
            "بين مختلف الجهات الفاعلة، بما فيها الأمم المتحدة والمنظمات غير الحكومية ومنظمات "
            "المجتمع المدني المحلية، إذ لا يمكن لأحد أن يعمل منفردًا في مجال الهجرة.",
            "Le Forum sera l’occasion de plaider davantage en faveur des droits des migrants et "
            "des populations déplacées. La FICR fournit une aide humanitaire aux personnes "
            "touchées, notamment une assistance en espèces et un soutien psychosocial, et atteint "
            "des millions de personnes dans la région. Les consultations régionales sur le Pacte "
            "sont aussi l’occasion pour la FICR de remédier à certaines lacunes et difficultés de "
            "la région. Le Mouvement international de la Croix-Rouge et du Croissant-Rouge a pris "
            "les devants, par exemple en créant officiellement le réseau Croix-Rouge/Croissant-"
            "Rouge sur les migrations pour la région MENA, en élaborant des programmes "
            "interrégionaux fondés sur les routes migratoires entre l’Afrique et la région MENA et "
            "en menant diverses initiatives axées sur différents groupes vulnérables, dont les "
            "enfants et les femmes. Nous proposons deux priorités pour le prochain Forum : 1) nous "
            "devons œuvrer à changer le regard des États sur la migration, qui n’est pas une "
            "question d’urgence mais une question structurelle, à intégrer donc dans tous les "
            "aspects de la gouvernance, ce qui exige une approche mobilisant l’ensemble des "
            "pouvoirs publics (et pas seulement le ministère de l’Intérieur) ; 2) nous avons "
            "besoin de davantage de coordination, en nouant des relations solides entre les "
            "différents acteurs, dont l’ONU, les ONG et la société civile locale, car personne "
            "n’agit seul en matière de migration.",
        ),
    ),
]
