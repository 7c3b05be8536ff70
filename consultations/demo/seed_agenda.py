"""The seed meeting's agenda in the record's order: the master of ceremony, opening remarks,
three presentations (the third in seed_survey.py), the first open discussion (its
interventions in seed_floor.py), a presentation on the IMRF, the second open discussion, the
recapitulation and closing remarks (seed_discussions.py).

Each item: kind, title, speakers (people.person), summary, points_intro, points (a text, or a
(bold label, text) pair), questions, interventions, conclusion — all optional but the kind.
"""

from .people import person
from .seed_discussions import (
    CLOSING_REMARKS,
    IMRF_OVERVIEW,
    OPEN_DISCUSSION_1,
    OPEN_DISCUSSION_2,
    RECAPITULATION,
)
from .seed_survey import SURVEY
from .text import T

MASTER_OF_CEREMONY = {
    "kind": "other",
    "summary": T(
        "The Master of Ceremony began with setting the scene of the meeting and introduced the "
        "objective of the meeting which is to inform the stakeholders on the upcoming IMRF as well "
        "as possible contributions and support from the UN Network on Migration.",
        "استهلّ عريف الحفل الاجتماع بعرض سياقه، وقدّم الهدف منه، وهو إطلاع أصحاب المصلحة على "
        "منتدى استعراض الهجرة الدولية المقبل وعلى المساهمات الممكنة والدعم الذي يمكن أن تقدمه "
        "شبكة الأمم المتحدة المعنية بالهجرة.",
        "Le maître de cérémonie a planté le décor de la réunion et en a présenté l’objectif : "
        "informer les parties prenantes sur le prochain Forum ainsi que sur les contributions "
        "possibles et l’appui que peut apporter le Réseau des Nations Unies sur les migrations.",
    ),
}

OPENING_REMARKS = {
    "kind": "opening_remarks",
    "title": T("Opening Remarks", "الكلمة الافتتاحية", "Allocution d’ouverture"),
    "speakers": [
        person(
            "ms",
            "Amy Muedin",
            "إيمي مودين",
            T("Deputy Head", "نائبة رئيس", "Cheffe adjointe"),
            "un-network-on-migration",
            T(
                "UN Migration Secretariat",
                "أمانة شبكة الأمم المتحدة المعنية بالهجرة",
                "Secrétariat du Réseau des Nations Unies sur les migrations",
            ),
            gender="woman",
        )
    ],
    "summary": T(
        "Ms. Amy Muedin, Deputy Head of UN Migration Secretariat thanked participants for joining "
        "the dialogue with stakeholders in the Arab region in preparation of the International "
        "Migration Review Forum in 2022 (IMRF) which will take place in May, highlighting the "
        "quadrennial meeting, at the highest political level, will serve to gauge progress made, "
        "while identifying persistent or emerging challenges to the implementation of the GCM. As "
        "this is the first IMRF, there is a unique opportunity to set the tone and ambition of the "
        "Forum, uphold the GCM's vision and guiding principles, and contribute to the drafting of "
        "key recommendations that will pave the way for the following four years.",
        "شكرت السيدة إيمي مودين، نائبة رئيس أمانة شبكة الأمم المتحدة المعنية بالهجرة، المشاركين "
        "على انضمامهم إلى الحوار مع أصحاب المصلحة في المنطقة العربية تحضيرًا لمنتدى استعراض "
        "الهجرة الدولية لعام 2022 الذي سيُعقد في أيار/مايو، مؤكدةً أن هذا الاجتماع الذي يُعقد كل "
        "أربع سنوات على أعلى مستوى سياسي سيتيح قياس التقدم المحرز وتحديد التحديات المستمرة أو "
        "الناشئة التي تواجه تنفيذ الاتفاق العالمي. وبما أن هذا هو المنتدى الأول، فثمة فرصة فريدة "
        "لتحديد نبرة المنتدى وطموحه، وصون رؤية الاتفاق العالمي ومبادئه التوجيهية، والإسهام في "
        "صياغة التوصيات الرئيسية التي ستمهد الطريق للسنوات الأربع التالية.",
        "Mme Amy Muedin, Cheffe adjointe du Secrétariat du Réseau des Nations Unies sur les "
        "migrations, a remercié les participants de prendre part au dialogue avec les parties "
        "prenantes de la région arabe en vue du Forum d’examen des migrations internationales de "
        "2022, qui se tiendra en mai. Elle a souligné que cette réunion quadriennale, au plus haut "
        "niveau politique, permettra de mesurer les progrès accomplis tout en recensant les "
        "difficultés persistantes ou nouvelles dans la mise en œuvre du Pacte mondial. S’agissant "
        "du premier Forum, l’occasion est unique d’en donner le ton et l’ambition, de défendre la "
        "vision et les principes directeurs du Pacte et de contribuer à la rédaction des "
        "principales recommandations qui ouvriront la voie aux quatre années suivantes.",
    ),
}

LESSONS_FROM_THE_REGIONAL_REVIEW = {
    "kind": "presentation",
    "title": T(
        "Summary and lessons learned from stakeholder engagement during the GCM regional review",
        "ملخص مشاركة أصحاب المصلحة خلال الاستعراض الإقليمي للاتفاق العالمي والدروس المستفادة منها",
        "Synthèse et enseignements de la participation des parties prenantes à l’examen régional "
        "du Pacte mondial",
    ),
    "speakers": [
        person(
            "ms",
            "Harsheth Virk",
            "هارشيث فيرك",
            T(
                "Regional Programme Coordinator, Anti-Human Trafficking and Migrant Smuggling",
                "منسقة البرامج الإقليمية لمكافحة الاتجار بالبشر وتهريب المهاجرين",
                "Coordonnatrice régionale de programme, lutte contre la traite des personnes et "
                "le trafic illicite de migrants",
            ),
            "unodc",
            T(
                "UNODC MENA Regional Office",
                "المكتب الإقليمي لمكتب الأمم المتحدة المعني بالمخدرات والجريمة في الشرق الأوسط "
                "وشمال أفريقيا",
                "Bureau régional de l’ONUDC pour le Moyen-Orient et l’Afrique du Nord",
            ),
            gender="woman",
        )
    ],
    "points": [
        T(
            "Between Oct 2020 and Feb 2021, there were six dialogues organized by the Regional UN "
            "Network on Migration including the two multi-stakeholder dialogues on 27 Oct and 3 "
            "Nov 2020; two dialogues held on 28 Jan and 4 Feb 2021 with the Inter-state "
            "Consultation Mechanisms and the Parliamentarians; a regional stakeholder consultation "
            "on Women Migrant Workers, Migrant Children and Youth and a multi-stakeholder "
            "consultation on 23 February.",
            "نظّمت شبكة الأمم المتحدة الإقليمية المعنية بالهجرة، بين تشرين الأول/أكتوبر 2020 "
            "وشباط/فبراير 2021، ستة حوارات، منها حواران لأصحاب المصلحة المتعددين في 27 تشرين "
            "الأول/أكتوبر و3 تشرين الثاني/نوفمبر 2020؛ وحواران عُقدا في 28 كانون الثاني/يناير و4 "
            "شباط/فبراير 2021 مع آليات التشاور بين الدول ومع البرلمانيين؛ ومشاورة إقليمية لأصحاب "
            "المصلحة بشأن العاملات المهاجرات والأطفال والشباب المهاجرين؛ ومشاورة لأصحاب المصلحة "
            "المتعددين في 23 شباط/فبراير.",
            "Entre octobre 2020 et février 2021, le Réseau régional des Nations Unies sur les "
            "migrations a organisé six dialogues, dont deux dialogues multipartites les 27 octobre "
            "et 3 novembre 2020 ; deux dialogues tenus les 28 janvier et 4 février 2021 avec les "
            "mécanismes de consultation inter-États et les parlementaires ; une consultation "
            "régionale des parties prenantes sur les travailleuses migrantes, les enfants et les "
            "jeunes migrants ; et une consultation multipartite le 23 février.",
        ),
        T(
            "Throughout the consultative processes and the regional review conference, various "
            "stakeholders including 18 Member States were involved and participated.",
            "شارك في العمليات التشاورية وفي مؤتمر الاستعراض الإقليمي طيفٌ من أصحاب المصلحة، من "
            "بينهم 18 دولة عضوًا.",
            "Diverses parties prenantes, dont 18 États Membres, ont pris part aux processus "
            "consultatifs et à la conférence d’examen régional.",
        ),
        T(
            "Identified good practices included inclusive participation from a list of relevant "
            "stakeholders compiled through regional and national UN networks on Migration, and "
            "careful selection of speakers to balance geographic and gender representation; "
            "information were also disseminated through all three languages (English, Arabic, "
            "and French).",
            "ومن الممارسات الجيدة التي جرى تحديدها: المشاركة الشاملة استنادًا إلى قائمة بأصحاب "
            "المصلحة المعنيين أُعدّت عن طريق شبكات الأمم المتحدة الإقليمية والوطنية المعنية "
            "بالهجرة، والاختيار الدقيق للمتحدثين بما يحقق التوازن في التمثيل الجغرافي والتمثيل "
            "بين الجنسين؛ كما نُشرت المعلومات باللغات الثلاث (الإنجليزية والعربية والفرنسية).",
            "Parmi les bonnes pratiques recensées figurent une participation inclusive fondée sur "
            "une liste de parties prenantes concernées établie par les réseaux régionaux et "
            "nationaux des Nations Unies sur les migrations, et une sélection attentive des "
            "intervenants pour équilibrer la représentation géographique et entre les genres ; "
            "l’information a en outre été diffusée dans les trois langues (anglais, arabe et "
            "français).",
        ),
        T(
            "Areas to be improved included the limited participation from the region in global "
            "stakeholder consultations, as well as from specific stakeholder groups; therefore, "
            "there is need for more systematic engagement with stakeholders;",
            "ومن الجوانب التي تحتاج إلى تحسين محدوديةُ مشاركة المنطقة في المشاورات العالمية "
            "لأصحاب المصلحة، وكذلك محدودية مشاركة فئات معينة من أصحاب المصلحة؛ ومن ثم تبرز "
            "الحاجة إلى إشراك أصحاب المصلحة على نحو أكثر منهجية؛",
            "Parmi les points à améliorer figurent la participation limitée de la région aux "
            "consultations mondiales des parties prenantes, ainsi que celle de certains groupes "
            "de parties prenantes ; il faut donc associer les parties prenantes de façon plus "
            "systématique ;",
        ),
        T(
            "Other areas for improvement can be to further enhance strategic communication to "
            "balance ensuring that information trickles down without overwhelming stakeholders; "
            "and to continue expanding our network of stakeholders in the region.",
            "ومن مجالات التحسين الأخرى مواصلة تعزيز التواصل الاستراتيجي بما يوازن بين ضمان وصول "
            "المعلومات إلى الجميع وعدم إثقال كاهل أصحاب المصلحة بها؛ ومواصلة توسيع شبكتنا من "
            "أصحاب المصلحة في المنطقة.",
            "D’autres améliorations pourraient consister à renforcer encore la communication "
            "stratégique, de sorte que l’information parvienne à tous sans submerger les parties "
            "prenantes, et à continuer d’élargir notre réseau de parties prenantes dans la région.",
        ),
    ],
}

STAKEHOLDER_INPUTS = {
    "kind": "presentation",
    "title": T(
        "Summary of the Stakeholders Inputs to the Regional Review",
        "ملخص مساهمات أصحاب المصلحة في الاستعراض الإقليمي",
        "Synthèse des contributions des parties prenantes à l’examen régional",
    ),
    "speakers": [
        person(
            "ms",
            "Rosal Fischer",
            "روزال فيشر",
            T(
                "Children on the Move Consultant",
                "استشارية في شؤون الأطفال المتنقلين",
                "Consultante pour les enfants en déplacement",
            ),
            "unicef",
            T(
                "UNICEF MENA Regional Office",
                "المكتب الإقليمي لليونيسف في الشرق الأوسط وشمال أفريقيا",
                "Bureau régional de l’UNICEF pour le Moyen-Orient et l’Afrique du Nord",
            ),
            gender="woman",
        )
    ],
    "points": [
        T(
            "On the 15th of February 2021, the UN Women Regional "
            "Office for the Arab States and the "
            "UNICEF Middle East and North Africa Regional Office co-organized a virtual Regional "
            "Stakeholder Consultation, Advancing GCM Implementation for Women Migrant Workers, "
            "Migrant Children and Youth in the Arab Region: Reviewing Progress and Addressing "
            "Continuing Challenges.",
            "في 15 شباط/فبراير 2021، نظّم المكتب الإقليمي لهيئة الأمم المتحدة للمرأة للدول "
            "العربية والمكتب الإقليمي لليونيسف في الشرق الأوسط وشمال أفريقيا بصورة مشتركة مشاورة "
            "إقليمية افتراضية لأصحاب المصلحة بعنوان «النهوض بتنفيذ الاتفاق العالمي لصالح العاملات "
            "المهاجرات والأطفال والشباب المهاجرين في المنطقة العربية: استعراض التقدم المحرز "
            "والتصدي للتحديات المستمرة».",
            "Le 15 février 2021, le Bureau régional d’ONU Femmes pour les États arabes et le "
            "Bureau régional de l’UNICEF pour le Moyen-Orient et l’Afrique du Nord ont organisé "
            "conjointement une consultation régionale virtuelle des parties prenantes intitulée "
            "« Faire progresser la mise en œuvre du Pacte mondial pour les travailleuses "
            "migrantes, les enfants et les jeunes migrants dans la région arabe : examiner les "
            "progrès et relever les défis persistants ».",
        ),
        T(
            "The consultation brought together about 100 participants working on migration "
            "covering all Arab States from national, cross-regional and global perspectives. "
            "Stakeholders included youth and women migrants themselves and their support groups, "
            "regional/national networks, NGOs, CBOs, FBOs, academia, private sector, media, UN "
            "agency representatives and others.",
            "وجمعت المشاورة نحو 100 مشارك من العاملين في مجال الهجرة، غطّوا جميع الدول العربية "
            "من منظورات وطنية وعابرة للأقاليم وعالمية. وكان من بين أصحاب المصلحة الشباب والنساء "
            "المهاجرون أنفسهم ومجموعات دعمهم، والشبكات الإقليمية والوطنية، والمنظمات غير "
            "الحكومية، والمنظمات المجتمعية، والمنظمات الدينية، والأوساط الأكاديمية، والقطاع "
            "الخاص، ووسائل الإعلام، وممثلو وكالات الأمم المتحدة، وغيرهم.",
            "La consultation a réuni une centaine de participants travaillant sur les migrations "
            "et couvrant tous les États arabes, dans des perspectives nationales, interrégionales "
            "et mondiales. Parmi les parties prenantes figuraient des jeunes et des femmes "
            "migrants eux-mêmes et leurs groupes de soutien, des réseaux régionaux et nationaux, "
            "des ONG, des organisations communautaires, des organisations confessionnelles, des "
            "universitaires, le secteur privé, les médias, des représentants d’organismes des "
            "Nations Unies et d’autres encore.",
        ),
        # The record links "here" to a document it does not name: the words are kept, and the
        # secretariat adds the address as [here](https://…) once known.
        T(
            "More details on the recommendations can be found here.",
            "ويمكن الاطلاع على مزيد من التفاصيل بشأن التوصيات هنا.",
            "Plus de détails sur les recommandations sont disponibles ici.",
        ),
    ],
}


ITEMS = [
    MASTER_OF_CEREMONY,
    OPENING_REMARKS,
    LESSONS_FROM_THE_REGIONAL_REVIEW,
    STAKEHOLDER_INPUTS,
    SURVEY,
    OPEN_DISCUSSION_1,
    IMRF_OVERVIEW,
    OPEN_DISCUSSION_2,
    RECAPITULATION,
    CLOSING_REMARKS,
]
