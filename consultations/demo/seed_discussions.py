"""The seed meeting's second half: the two open discussions, the presentation on the IMRF
between them, the recapitulation and the closing remarks."""

from . import seed_floor, seed_floor_2
from .people import person
from .text import T

UNNM_SECRETARIAT = T(
    "UN Network on Migration Secretariat",
    "أمانة شبكة الأمم المتحدة المعنية بالهجرة",
    "Secrétariat du Réseau des Nations Unies sur les migrations",
)

OPEN_DISCUSSION_1 = {
    "kind": "open_discussion",
    "title": T(
        "Open Discussion 1: Emerging priority issues for stakeholders in GCM implementation and "
        "gaps, challenges, best practices, and way forward",
        "النقاش المفتوح 1: القضايا ذات الأولوية الناشئة لأصحاب المصلحة في تنفيذ الاتفاق العالمي، "
        "والثغرات والتحديات وأفضل الممارسات وسبل المضي قدمًا",
        "Discussion ouverte 1 : questions prioritaires nouvelles pour les parties prenantes dans "
        "la mise en œuvre du Pacte mondial, lacunes, difficultés, meilleures pratiques et voie à "
        "suivre",
    ),
    "speakers": [
        person(
            "dr",
            "Ibrahim Awad",
            "إبراهيم عوض",
            T(
                "Professor of Global Affairs and Director",
                "أستاذ الشؤون العالمية ومدير",
                "Professeur d’affaires mondiales et directeur",
            ),
            "cmrs-auc",
            T(
                "Center for Migration and Refugee Studies, the American University in Cairo",
                "مركز دراسات الهجرة واللاجئين، الجامعة الأمريكية بالقاهرة",
                "Centre d’études sur les migrations et les "
                "réfugiés, Université américaine du Caire",
            ),
            role="moderator",
        )
    ],
    "questions": [
        T(
            "What are the emerging issues and additional challenges that have been observed that "
            "require attention since the Regional Review Conference in the Arab region?",
            "ما القضايا الناشئة والتحديات الإضافية التي لوحظت منذ مؤتمر الاستعراض الإقليمي في "
            "المنطقة العربية وتستدعي الاهتمام؟",
            "Quelles questions nouvelles et difficultés supplémentaires appelant une attention ont "
            "été observées depuis la conférence d’examen régional dans la région arabe ?",
        ),
        T(
            "What is the current status of the gaps identified at the time of the Regional Review "
            "Conference? Have they been closed or worsened? If so, why?",
            "ما الوضع الراهن للثغرات التي حُدّدت وقت مؤتمر الاستعراض الإقليمي؟ هل سُدّت أم "
            "تفاقمت؟ وإن كان الأمر كذلك، فلماذا؟",
            "Où en sont les lacunes relevées lors de la conférence d’examen régional ? Ont-elles "
            "été comblées ou se sont-elles aggravées ? Le cas échéant, pourquoi ?",
        ),
        T(
            "What are the best practices and major achievements accomplished since the Regional "
            "Review and what were the roles that stakeholders played in such achievements?",
            "ما أفضل الممارسات والإنجازات الرئيسية التي تحققت منذ الاستعراض الإقليمي، وما الأدوار "
            "التي أدّاها أصحاب المصلحة في تحقيقها؟",
            "Quelles sont les meilleures pratiques et les principales réalisations depuis "
            "l’examen régional, et quel rôle les parties prenantes y ont-elles joué ?",
        ),
    ],
    "interventions": [*seed_floor.INTERVENTIONS, *seed_floor_2.INTERVENTIONS],
}

IMRF_OVERVIEW = {
    "kind": "presentation",
    "title": T(
        "Overview on IMRF and how civil society organizations can engage in the forum",
        "لمحة عامة عن منتدى استعراض الهجرة الدولية وكيفية مشاركة منظمات المجتمع المدني فيه",
        "Présentation du Forum et des moyens pour les organisations de la société civile d’y "
        "participer",
    ),
    "speakers": [
        person(
            "ms",
            "Monami Maulik",
            "مونامي موليك",
            T(
                "Civil Society Liaison Officer",
                "مسؤولة الاتصال بالمجتمع المدني",
                "Chargée de liaison avec la société civile",
            ),
            "un-network-on-migration",
            UNNM_SECRETARIAT,
            gender="woman",
        )
    ],
    # The record links several names to pages it does not give; only the Migration Network Hub,
    # whose address is public, is linked here. The secretariat may add the others.
    "summary": T(
        "Ms. Maulik introduced to the stakeholders that the UN Network on Migration is a "
        "collaborative platform of 39 UN entities with IOM serving as a coordinator. The GCM takes "
        "the whole of society approach in following up of implementation of GCM. Within the Arab "
        "region, there are currently 15 networks including recently joined Sudan, Tunisia and "
        "Lebanon. The IMRF will take place in May 2022 which will be preceded by a one-day "
        "interactive multi-stakeholder hearing on 16 May. It is a high-level event with "
        "government's highest-level representation. The roadmap towards the Forum is in February "
        "Migration Week launch of UN Secretary General's Report on the GCM, consultation with "
        "stakeholders, in March registration open. Entry points for stakeholder engagement "
        "includes: voluntary GCM reviews, pledging initiative, dialogue series, platforms for "
        "stakeholder engagement at country/regional level, [migration network hub "
        "discussions](https://migrationnetwork.un.org/hub), migration week (SG's biennial report "
        "on the GCM), multi-stakeholder hearing, policy debate and round tables.",
        "أوضحت السيدة موليك لأصحاب المصلحة أن شبكة الأمم المتحدة المعنية بالهجرة منصة تعاونية "
        "تضم 39 كيانًا من كيانات الأمم المتحدة، وتتولى المنظمة الدولية للهجرة تنسيقها. ويأخذ "
        "الاتفاق العالمي بنهج المجتمع ككل في متابعة تنفيذه. وفي المنطقة العربية، توجد حاليًا 15 "
        "شبكة، منها شبكات انضمت مؤخرًا في السودان وتونس ولبنان. وسيُعقد منتدى استعراض الهجرة "
        "الدولية في أيار/مايو 2022، وتسبقه جلسة استماع تفاعلية لأصحاب المصلحة المتعددين مدتها يوم "
        "واحد في 16 أيار/مايو. وهو حدث رفيع المستوى تُمثَّل فيه الحكومات على أعلى مستوى. وتمر "
        "خريطة الطريق نحو المنتدى بأسبوع الهجرة في شباط/فبراير الذي يشهد إطلاق تقرير الأمين العام "
        "للأمم المتحدة عن الاتفاق العالمي، ثم التشاور مع أصحاب المصلحة، ثم فتح باب التسجيل في "
        "آذار/مارس. وتشمل مداخل مشاركة أصحاب المصلحة: الاستعراضات الطوعية للاتفاق العالمي، "
        "ومبادرة التعهدات، وسلسلة الحوارات، ومنصات مشاركة أصحاب المصلحة على الصعيدين القطري "
        "والإقليمي، و[مناقشات مركز شبكة الهجرة](https://migrationnetwork.un.org/hub)، وأسبوع "
        "الهجرة (تقرير الأمين العام الذي يصدر كل سنتين عن الاتفاق العالمي)، وجلسة الاستماع لأصحاب "
        "المصلحة المتعددين، ومناقشة السياسات العامة، والطاولات المستديرة.",
        "Mme Maulik a expliqué aux parties prenantes que le Réseau des Nations Unies sur les "
        "migrations est une plateforme de collaboration de 39 entités des Nations Unies, "
        "coordonnée par l’OIM. Le Pacte mondial retient l’approche mobilisant l’ensemble de la "
        "société pour le suivi de sa mise en œuvre. Dans la région arabe, on compte aujourd’hui 15 "
        "réseaux, dont ceux du Soudan, de la Tunisie et du Liban, constitués récemment. Le Forum "
        "se tiendra en mai 2022 et sera précédé, le 16 mai, d’une audition multipartite "
        "interactive d’une journée. Il s’agit d’une manifestation de haut niveau où les "
        "gouvernements sont représentés au plus haut niveau. La feuille de route vers le Forum "
        "passe par la Semaine des migrations en février, avec la publication du rapport du "
        "Secrétaire général de l’ONU sur le Pacte mondial, puis la consultation des parties "
        "prenantes et l’ouverture des inscriptions en mars. Les points d’entrée pour la "
        "participation des parties prenantes sont notamment : les examens volontaires du Pacte, "
        "l’initiative d’engagements, la série de dialogues, les plateformes de participation des "
        "parties prenantes aux niveaux national et régional, les [discussions du Hub du Réseau "
        "sur les migrations](https://migrationnetwork.un.org/hub), la Semaine des migrations "
        "(rapport biennal du Secrétaire général sur le Pacte), l’audition multipartite, le débat "
        "d’orientation et les tables rondes.",
    ),
}

OPEN_DISCUSSION_2 = {
    "kind": "open_discussion",
    "title": T(
        "Open Discussion 2: Engagement modalities at the IMRF",
        "النقاش المفتوح 2: طرائق المشاركة في منتدى استعراض الهجرة الدولية",
        "Discussion ouverte 2 : modalités de participation au Forum",
    ),
    "speakers": [
        person(
            "dr",
            "Jean D'Cunha",
            "جين دي كونيا",
            T(
                "Senior Global Advisor on International Migration",
                "كبيرة المستشارين العالميين في شؤون الهجرة الدولية",
                "Conseillère principale mondiale pour les migrations internationales",
            ),
            "un-women",
            T("UN Women", "هيئة الأمم المتحدة للمرأة", "ONU Femmes"),
            role="moderator",
        )
    ],
    "questions": [
        T(
            "How can the widest, balanced geographical representation of stakeholders be ensured "
            "in the process?",
            "كيف يمكن ضمان أوسع تمثيل جغرافي متوازن لأصحاب المصلحة في هذه العملية؟",
            "Comment garantir la représentation géographique la plus large et la plus équilibrée "
            "des parties prenantes dans le processus ?",
        ),
        T(
            "Are there any types of stakeholders that would face particular difficulties "
            "participating? How to ensure participation of migrants? How to ensure balanced "
            "participation from across the region?",
            "هل ثمة فئات من أصحاب المصلحة قد تواجه صعوبات خاصة في المشاركة؟ وكيف يمكن ضمان مشاركة "
            "المهاجرين؟ وكيف يمكن ضمان مشاركة متوازنة من أرجاء المنطقة كافة؟",
            "Certains types de parties prenantes auraient-ils des difficultés particulières à "
            "participer ? Comment garantir la participation des migrants ? Comment assurer une "
            "participation équilibrée de toute la région ?",
        ),
        T(
            "What types of inputs are envisioned to the IMRF?",
            "ما أنواع المساهمات المتوخاة في المنتدى؟",
            "Quels types de contributions sont envisagés pour le Forum ?",
        ),
        T(
            "What are the main challenges and opportunities observed by stakeholders who "
            "participated in the GCM regional review process?",
            "ما التحديات والفرص الرئيسية التي لاحظها أصحاب المصلحة الذين شاركوا في عملية "
            "الاستعراض الإقليمي للاتفاق العالمي؟",
            "Quelles sont les principales difficultés et possibilités relevées par les parties "
            "prenantes ayant participé au processus d’examen régional du Pacte ?",
        ),
        T(
            "What are some good practices and lessons learnt from the national level engagement?",
            "ما بعض الممارسات الجيدة والدروس المستفادة من المشاركة على الصعيد الوطني؟",
            "Quelles bonnes pratiques et quels enseignements retenir de la participation au "
            "niveau national ?",
        ),
    ],
    # Questions and answers from the floor: anonymous in the record, so held as text.
    "conclusion": T(
        "Participants from the floor asked questions about the guidance on CSO participation to "
        "the IMRF. Ms. Maulik responded that the IMRF is under the General Assembly's rules and "
        "regulations, and therefore, accreditation is required for CSOs to be registered for "
        "participation in person. It is well noted that many migrants associations are not "
        "registered; and at this point in order to include those voices, organizations which "
        "have large seats among accredited are encouraged to provide seats to those migrant "
        "workers.\n\n"
        "Another participant also asked about the difference between the UN Network on Migration "
        "and the working groups. At global level, stakeholder organizations are welcome to join "
        "global working groups across different thematic areas such as alternative to detention. "
        "At the country level, each UN Network on Migration has different engagement modalities "
        "with the government and stakeholder partners since it is primarily an internal "
        "coordination mechanism among the UN agencies. It was suggested that the stakeholders who "
        "wish to learn more about the UN Network on Migration and how they can contribute to the "
        "process to contact their local IOM office as the Coordinator of the UN Network on "
        "Migration for further information.",
        "طرح مشاركون من الحضور أسئلة بشأن الإرشادات المتعلقة بمشاركة منظمات المجتمع المدني في "
        "المنتدى. وأجابت السيدة موليك بأن المنتدى يخضع لقواعد الجمعية العامة وأنظمتها، ولذلك "
        "يُشترط الاعتماد لتسجيل منظمات المجتمع المدني للمشاركة الحضورية. ومن المعلوم جيدًا أن "
        "كثيرًا من جمعيات المهاجرين غير مسجلة؛ ولإدراج أصواتها في هذه المرحلة، تُشجَّع المنظمات "
        "المعتمدة التي لديها عدد كبير من المقاعد على منح مقاعد لأولئك العمال المهاجرين.\n\n"
        "وسأل مشارك آخر عن الفرق بين شبكة الأمم المتحدة المعنية بالهجرة وأفرقة العمل. فعلى الصعيد "
        "العالمي، يُرحَّب بانضمام منظمات أصحاب المصلحة إلى أفرقة العمل العالمية في مختلف المجالات "
        "المواضيعية، مثل بدائل الاحتجاز. أما على الصعيد القطري، فلكل شبكة من شبكات الأمم المتحدة "
        "المعنية بالهجرة طرائق مختلفة للتعامل مع الحكومة والشركاء من أصحاب المصلحة، لأنها في "
        "المقام الأول آلية تنسيق داخلية بين وكالات الأمم المتحدة. واقتُرح على أصحاب المصلحة "
        "الراغبين في معرفة المزيد عن الشبكة وعن كيفية إسهامهم في العملية أن يتصلوا بالمكتب المحلي "
        "للمنظمة الدولية للهجرة، بوصفها منسّقة الشبكة، للحصول على مزيد من المعلومات.",
        "Des participants ont posé des questions sur les orientations relatives à la "
        "participation des organisations de la société civile au Forum. Mme Maulik a répondu que "
        "le Forum relève du règlement de l’Assemblée générale et qu’une accréditation est donc "
        "requise pour que les organisations de la société civile puissent s’inscrire pour "
        "participer en personne. Il est bien connu que de nombreuses associations de migrants ne "
        "sont pas enregistrées ; à ce stade, pour que leur voix soit entendue, les organisations "
        "accréditées disposant de nombreux sièges sont encouragées à en céder à ces travailleurs "
        "migrants.\n\n"
        "Un autre participant a demandé quelle était la différence entre le Réseau des Nations "
        "Unies sur les migrations et les groupes de travail. Au niveau mondial, les organisations "
        "de parties prenantes sont invitées à rejoindre les groupes de travail mondiaux dans "
        "différents domaines thématiques, comme les alternatives à la détention. Au niveau "
        "national, chaque réseau des Nations Unies sur les migrations a ses propres modalités de "
        "collaboration avec le gouvernement et les parties prenantes partenaires, puisqu’il "
        "s’agit avant tout d’un mécanisme de coordination interne entre les organismes des "
        "Nations Unies. Il a été suggéré aux parties prenantes souhaitant en savoir plus sur le "
        "Réseau et sur la manière de contribuer au processus de s’adresser au bureau local de "
        "l’OIM, coordonnatrice du Réseau, pour de plus amples informations.",
    ),
}

RECAPITULATION = {
    "kind": "recapitulation",
    "title": T(
        "Recapitulation of the Discussions", "خلاصة المناقشات", "Récapitulatif des discussions"
    ),
    "speakers": [
        person(
            "ms",
            "Sara Salman",
            "سارة سلمان",
            T(
                "Regional Advisor on Population Affairs",
                "المستشارة الإقليمية لشؤون السكان",
                "Conseillère régionale pour les questions de population",
            ),
            "un-escwa",
            T("UN ESCWA", "الإسكوا", "CESAO"),
            gender="woman",
        )
    ],
    "points_intro": T(
        "Thanking the active engagement and contribution of the participants, Ms. Salman "
        "summarised the key issues raised throughout the dialogue:",
        "شكرت السيدة سلمان المشاركين على مشاركتهم الفاعلة ومساهماتهم، ولخّصت القضايا الرئيسية "
        "التي أُثيرت طوال الحوار:",
        "Remerciant les participants pour leur engagement actif et leurs contributions, "
        "Mme Salman a résumé les principales questions soulevées au cours du dialogue :",
    ),
    "points": [
        T(
            "Importance of continued whole of society approach",
            "أهمية مواصلة الأخذ بنهج المجتمع ككل",
            "Importance de poursuivre l’approche mobilisant l’ensemble de la société",
        ),
        T(
            "Learn lessons from COVID-19 to improve migrants rights to health, education and other "
            "basic services",
            "استخلاص الدروس من جائحة كوفيد-19 لتحسين إعمال حقوق المهاجرين في الصحة والتعليم "
            "وغيرها من الخدمات الأساسية",
            "Tirer les leçons de la COVID-19 pour améliorer les droits des migrants à la santé, à "
            "l’éducation et aux autres services de base",
        ),
        T(
            "Need to intensify skills development",
            "ضرورة تكثيف تنمية المهارات",
            "Nécessité d’intensifier le développement des compétences",
        ),
        T(
            "Better protect vulnerable migrants",
            "تحسين حماية المهاجرين في أوضاع الضعف",
            "Mieux protéger les migrants vulnérables",
        ),
        T(
            "Revamping protection system for migrant workers",
            "إصلاح نظام حماية العمال المهاجرين إصلاحًا شاملًا",
            "Refondre le système de protection des travailleurs migrants",
        ),
        T(
            "Ensure engagement of all stakeholders at local as well as national level",
            "ضمان مشاركة جميع أصحاب المصلحة على الصعيدين المحلي والوطني",
            "Assurer la participation de toutes les parties prenantes aux niveaux local et "
            "national",
        ),
        T(
            "Strengthen advocacy empowering migrants' voices",
            "تعزيز أنشطة المناصرة التي تمكّن المهاجرين من إسماع أصواتهم",
            "Renforcer le plaidoyer qui donne de la voix aux migrants",
        ),
        T(
            "Put more efforts to combat xenophobia in the region",
            "بذل مزيد من الجهود لمكافحة كراهية الأجانب في المنطقة",
            "Redoubler d’efforts pour combattre la xénophobie dans la région",
        ),
        T(
            "Encourage more research by engaging academic institutions",
            "تشجيع المزيد من البحوث بإشراك المؤسسات الأكاديمية",
            "Encourager davantage de recherche en associant les établissements universitaires",
        ),
        T(
            "Create an enabling environment for evidence-based policy through improved data "
            "collection and partnership.",
            "تهيئة بيئة مواتية لسياسات قائمة على الأدلة من خلال تحسين جمع البيانات والشراكة.",
            "Créer un environnement propice à des politiques fondées sur des données probantes "
            "grâce à une meilleure collecte de données et à des partenariats.",
        ),
    ],
}

CLOSING_REMARKS = {
    "kind": "closing_remarks",
    "title": T("Closing Remarks", "الكلمة الختامية", "Allocution de clôture"),
    "speakers": [
        person(
            "mrs",
            "Carmela Godeau",
            "كارميلا غودو",
            T("Regional Director", "المديرة الإقليمية", "Directrice régionale"),
            "iom",
            T(
                "IOM Regional Office for the Middle East and North Africa",
                "المكتب الإقليمي للمنظمة الدولية للهجرة للشرق الأوسط وشمال أفريقيا",
                "Bureau régional de l’OIM pour le Moyen-Orient et l’Afrique du Nord",
            ),
            gender="woman",
        )
    ],
    "summary": T(
        "Thanking all participants for the fruitful discussions, Mrs. Godeau once again "
        "highlighted the importance of a whole-of-society approach when it comes to implementing "
        "the GCM and its objectives, and therefore enhancing cooperation and partnerships, notably "
        "in the framework of the UN Networks on Migration, at country and regional level, will be "
        "key to ensuring the success of the IMRF.\n\n"
        "She noted that there are 15 UN Networks on Migration in the region including three - "
        "Morocco, Iraq and Egypt are part of the Champion country initiative, helping other States "
        "to generate key insights, lessons learned and positive practices to support the "
        "implementation of the GCM in the region. At the same time, she encouraged relevant "
        "stakeholders to reach out and engage with the National Networks in their respective "
        'country to improve migration governance, together as "One".\n\n'
        "She highlighted a key priority at present is to enhance participation as much as "
        "possible and ensure that stakeholders from the Arab region, both at country and regional "
        "levels, are actively giving inputs to the substantive elements building up to the IMRF. "
        "These include virtual consultations and webinars as well as written components such as "
        "engaging in the discussion platforms on the Migration Hub, submitting written entries to "
        "the Repository of practices and to the Network Secretariat as well as announcing "
        "pledges.",
        "شكرت السيدة غودو جميع المشاركين على المناقشات المثمرة، وأكدت مجددًا أهمية نهج المجتمع "
        "ككل في تنفيذ الاتفاق العالمي وأهدافه، ومن ثم فإن تعزيز التعاون والشراكات، ولا سيما في "
        "إطار شبكات الأمم المتحدة المعنية بالهجرة على الصعيدين القطري والإقليمي، سيكون عاملًا "
        "أساسيًا لضمان نجاح المنتدى.\n\n"
        "وأشارت إلى وجود 15 شبكة للأمم المتحدة معنية بالهجرة في المنطقة، منها ثلاث - في المغرب "
        "والعراق ومصر - تشارك في مبادرة البلدان الرائدة، وتساعد الدول الأخرى على استخلاص الرؤى "
        "الرئيسية والدروس المستفادة والممارسات الإيجابية لدعم تنفيذ الاتفاق العالمي في المنطقة. "
        "وفي الوقت نفسه، شجعت أصحاب المصلحة المعنيين على التواصل مع الشبكات الوطنية في بلدانهم "
        "والعمل معها لتحسين حوكمة الهجرة، معًا «كيانًا واحدًا».\n\n"
        "وأكدت أن من الأولويات الرئيسية في الوقت الحاضر تعزيز المشاركة قدر الإمكان وضمان أن يقدم "
        "أصحاب المصلحة من المنطقة العربية، على الصعيدين القطري والإقليمي، مساهمات فاعلة في "
        "العناصر الموضوعية التي تمهد للمنتدى. ويشمل ذلك المشاورات الافتراضية والندوات عبر "
        "الإنترنت، فضلًا عن المساهمات المكتوبة، مثل المشاركة في منصات النقاش في مركز الهجرة، "
        "وتقديم مساهمات مكتوبة إلى مستودع الممارسات وإلى أمانة الشبكة، وإعلان التعهدات.",
        "Remerciant tous les participants pour la richesse des discussions, Mme Godeau a de "
        "nouveau souligné l’importance d’une approche mobilisant l’ensemble de la société dans la "
        "mise en œuvre du Pacte mondial et de ses objectifs ; renforcer la coopération et les "
        "partenariats, notamment dans le cadre des réseaux des Nations Unies sur les migrations "
        "aux niveaux national et régional, sera donc essentiel au succès du Forum.\n\n"
        "Elle a relevé que la région compte 15 réseaux des Nations Unies sur les migrations, dont "
        "trois – au Maroc, en Iraq et en Égypte – participent à l’initiative des pays champions "
        "et aident d’autres États à dégager des enseignements clés, des leçons et des pratiques "
        "positives à l’appui de la mise en œuvre du Pacte dans la région. Elle a en même temps "
        "encouragé les parties prenantes concernées à prendre contact avec les réseaux nationaux "
        "de leur pays et à collaborer avec eux pour améliorer la gouvernance des migrations, "
        "ensemble, « unis dans l’action ».\n\n"
        "Elle a souligné qu’une priorité essentielle est aujourd’hui de renforcer autant que "
        "possible la participation et de veiller à ce que les parties prenantes de la région "
        "arabe, aux niveaux national et régional, contribuent activement aux éléments de fond "
        "qui préparent le Forum. Il s’agit notamment de consultations virtuelles et de "
        "webinaires, ainsi que de contributions écrites : participation aux espaces de "
        "discussion du Hub sur les migrations, envoi de contributions écrites au répertoire de "
        "pratiques et au secrétariat du Réseau, et annonce d’engagements.",
    ),
}
