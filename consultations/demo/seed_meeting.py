"""The seed meeting (UN Network Dialogue with Stakeholders in the Arab region on the IMRF,
10 February 2022): what the record says of the event itself — background, aims, participants,
figures and documents. English is the record's text; Arabic and French are working
translations. The agenda is in seed_agenda.py and seed_floor.py."""

from .text import T

SLUG = "arab-region-imrf-dialogue-2022"

TITLE = T(
    "UN Network Dialogue with Stakeholders in the Arab region on the International Migration "
    "Review Forum",
    "حوار شبكة الأمم المتحدة المعنية بالهجرة مع أصحاب المصلحة في المنطقة العربية بشأن منتدى "
    "استعراض الهجرة الدولية",
    "Dialogue du Réseau des Nations Unies sur les migrations avec les parties prenantes de la "
    "région arabe sur le Forum d’examen des migrations internationales",
)

BACKGROUND = T(
    "In agreeing to the Global Compact for Safe, Orderly and Regular Migration (GCM), supporting "
    "Member States decided that the International Migration Review Forum (IMRF) would serve as "
    "the primary intergovernmental global platform to discuss and share progress on the "
    "implementation of all aspects of the GCM, with the participation of all relevant "
    "stakeholders. The inaugural IMRF will be held from 17 to 20 May 2022 in New York, preceded "
    "by multi-stakeholder hearings to be held on 16 May 2022. These would help attain the "
    "broadest possible participation of governments and stakeholders, in reflection of two of "
    "the guiding principles of whole of government and whole of society and thereby contribute "
    "to the success of the IMRF. The UN Network on Migration encourages relevant stakeholders to "
    "actively participate in its preparation at the national, regional and global levels.\n\n"
    "This first IMRF will consist of three elements: four interactive multi-stakeholders round "
    "tables (RTs), a policy debate and a plenary session during which the Progress Declaration "
    "will be adopted.\n\n"
    "Each RT will cover a set of specific objectives of the GCM:",
    "عند الاتفاق على الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، قررت الدول "
    "الأعضاء المؤيدة له أن يكون منتدى استعراض الهجرة الدولية المنصةَ العالمية الحكومية الدولية "
    "الرئيسية لمناقشة التقدم المحرز في تنفيذ جميع جوانب الاتفاق العالمي وتبادل المعلومات بشأنه، "
    "بمشاركة جميع أصحاب المصلحة المعنيين. وسيُعقد المنتدى الأول في نيويورك في الفترة من 17 إلى "
    "20 أيار/مايو 2022، وتسبقه جلسات استماع لأصحاب المصلحة المتعددين تُعقد في 16 أيار/مايو "
    "2022. ومن شأن ذلك أن يساعد على تحقيق أوسع مشاركة ممكنة للحكومات وأصحاب المصلحة، تجسيدًا "
    "لاثنين من المبادئ التوجيهية هما نهج الحكومة ككل ونهج المجتمع ككل، وأن يسهم بالتالي في نجاح "
    "المنتدى. وتشجع شبكة الأمم المتحدة المعنية بالهجرة أصحاب المصلحة المعنيين على المشاركة "
    "الفاعلة في التحضير له على الصعد الوطني والإقليمي والعالمي.\n\n"
    "ويتألف هذا المنتدى الأول من ثلاثة عناصر: أربع طاولات مستديرة تفاعلية لأصحاب المصلحة "
    "المتعددين، ومناقشة للسياسات العامة، وجلسة عامة يُعتمد خلالها إعلان التقدم المحرز.\n\n"
    "وستتناول كل طاولة مستديرة مجموعة محددة من أهداف الاتفاق العالمي:",
    "En adoptant le Pacte mondial pour des migrations sûres, ordonnées et régulières, les États "
    "Membres qui l’ont appuyé ont décidé que le Forum d’examen des migrations internationales "
    "serait la principale plateforme intergouvernementale mondiale permettant d’examiner et de "
    "faire connaître les progrès accomplis dans la mise en œuvre de tous les aspects du Pacte, "
    "avec la participation de toutes les parties prenantes concernées. Le premier Forum se "
    "tiendra du 17 au 20 mai 2022 à New York ; il sera précédé d’auditions multipartites le "
    "16 mai 2022. Celles-ci devraient permettre la participation la plus large possible des "
    "gouvernements et des parties prenantes, conformément à deux des principes directeurs, "
    "l’approche mobilisant l’ensemble des pouvoirs publics et celle mobilisant l’ensemble de la "
    "société, et contribuer ainsi au succès du Forum. Le Réseau des Nations Unies sur les "
    "migrations encourage les parties prenantes concernées à participer activement à sa "
    "préparation aux niveaux national, régional et mondial.\n\n"
    "Ce premier Forum comprendra trois volets : quatre tables rondes multipartites interactives, "
    "un débat d’orientation et une séance plénière au cours de laquelle la Déclaration sur les "
    "progrès sera adoptée.\n\n"
    "Chaque table ronde portera sur un ensemble d’objectifs précis du Pacte mondial :",
)

AIMS_INTRO = T("The briefing aimed to:", "وهدفت الإحاطة إلى ما يلي:", "La réunion visait à :")

AIMS = [
    T(
        "Provide stakeholders with an overview of and roadmap to, the IMRF in 2022;",
        "تزويد أصحاب المصلحة بلمحة عامة عن منتدى استعراض الهجرة الدولية لعام 2022 وبخريطة "
        "الطريق المؤدية إليه؛",
        "Présenter aux parties prenantes une vue d’ensemble du Forum de 2022 et la feuille de "
        "route qui y mène ;",
    ),
    T(
        "Listen to the voices of different stakeholders regarding their plans of contributions "
        "to the IMRF;",
        "الاستماع إلى أصوات مختلف أصحاب المصلحة بشأن خططهم للإسهام في المنتدى؛",
        "Entendre les différentes parties prenantes sur leurs projets de contribution au Forum ;",
    ),
    T(
        "Discuss potential support from the UN Network on Migration, including at the national, "
        "regional and global level, for optimal engagement and inputs of relevant stakeholders "
        "to the IMRF, building on lessons learnt from the GCM Regional Review in February 2021.",
        "مناقشة الدعم الذي يمكن أن تقدمه شبكة الأمم المتحدة المعنية بالهجرة، بما في ذلك على "
        "الصعد الوطني والإقليمي والعالمي، من أجل مشاركة أصحاب المصلحة المعنيين ومساهماتهم في "
        "المنتدى على النحو الأمثل، استنادًا إلى الدروس المستفادة من الاستعراض الإقليمي للاتفاق "
        "العالمي في شباط/فبراير 2021.",
        "Examiner l’appui que le Réseau des Nations Unies sur les migrations pourrait apporter, "
        "notamment aux niveaux national, régional et mondial, pour une participation et des "
        "contributions optimales des parties prenantes concernées au Forum, en s’appuyant sur "
        "les enseignements tirés de l’examen régional du Pacte mondial de février 2021.",
    ),
    T(
        "Explore different modes of engagement and contributions the stakeholders can bring to "
        "the IMRF;",
        "استكشاف مختلف أشكال المشاركة والمساهمات التي يمكن أن يقدمها أصحاب المصلحة إلى المنتدى؛",
        "Explorer les différentes formes de participation et de contribution que les parties "
        "prenantes peuvent apporter au Forum ;",
    ),
    T(
        "Discuss stakeholders' contribution to the development of National efforts and Action "
        "Plans.",
        "مناقشة إسهام أصحاب المصلحة في تطوير الجهود الوطنية وخطط العمل الوطنية.",
        "Examiner la contribution des parties prenantes à l’élaboration des efforts et des plans "
        "d’action nationaux.",
    ),
]

# "The meeting targeted different stakeholder groups including migrants, civil society, …":
# the thirteen stakeholder groups of GCM paragraph 44, all of them.
TARGET_GROUPS = [
    "migrants",
    "civil_society",
    "diaspora",
    "faith_based",
    "local_authorities",
    "private_sector",
    "trade_unions",
    "parliamentarians",
    "nhri",
    "red_cross",
    "academia",
    "media",
    "other",
]

FIGURES = {
    "total": 145,
    "stakeholders": 88,
    "un_staff": 57,
    # The record says "representing 8 agencies"; its footnote names seven distinct ones
    # ("ILO, IOM, OHCHR, UN Women, UNICEF, UN ESCWA, UNHCR, OHCHR": OHCHR twice). Both are kept
    # as written: the figure 8, and the agencies the footnote names, each once.
    "un_agency_count": 8,
    "un_agencies": "ILO, IOM, OHCHR, UN Women, UNICEF, UN ESCWA, UNHCR",
}

UN_STAFF_DESCRIPTION = T(
    "UN Country Teams in the Arab region and members of Regional and National UN Migration "
    "Networks",
    "أفرقة الأمم المتحدة القطرية في المنطقة العربية وأعضاء شبكات الأمم المتحدة الإقليمية "
    "والوطنية المعنية بالهجرة",
    "équipes de pays des Nations Unies de la région arabe et des réseaux régionaux et "
    "nationaux des Nations Unies sur les migrations",
)


def _undocs(symbol: str) -> dict:
    return {f"url_{code}": f"https://undocs.org/{code}/{symbol}" for code in ("ar", "fr", "en")}


# The record's own links are placeholders; the resolutions are linked to the UN's official
# document system in each language. The roadmap, calendar and guidance keep their titles with
# no link until the secretariat adds the addresses (the page says "link to come").
DOCUMENTS = [
    {
        "title": T(
            "UN General Assembly Resolution 73/326. Format and organizational aspects of the "
            "international migration review forums",
            "قرار الجمعية العامة للأمم المتحدة 73/326. شكل منتديات استعراض الهجرة الدولية "
            "وجوانبها التنظيمية",
            "Résolution 73/326 de l’Assemblée générale des Nations Unies. Format et modalités "
            "d’organisation des forums d’examen des migrations internationales",
        ),
        "symbol": "A/RES/73/326",
        **_undocs("A/RES/73/326"),
    },
    {
        "title": T(
            "UN General Assembly Resolution 73/195. Global Compact for Safe, Orderly and Regular "
            "Migration",
            "قرار الجمعية العامة للأمم المتحدة 73/195. الاتفاق العالمي من أجل الهجرة الآمنة "
            "والمنظمة والنظامية",
            "Résolution 73/195 de l’Assemblée générale des Nations Unies. Pacte mondial pour des "
            "migrations sûres, ordonnées et régulières",
        ),
        "symbol": "A/RES/73/195",
        **_undocs("A/RES/73/195"),
    },
    {
        "title": T(
            "IMRF Roadmap and Annexes",
            "خريطة الطريق إلى منتدى استعراض الهجرة الدولية ومرفقاتها",
            "Feuille de route du Forum d’examen des migrations internationales et annexes",
        ),
    },
    {
        "title": T(
            "IMRF Calendar",
            "الجدول الزمني لمنتدى استعراض الهجرة الدولية",
            "Calendrier du Forum d’examen des migrations internationales",
        ),
    },
    {
        "title": T(
            "Guidance for Country and Regional Networks",
            "إرشادات للشبكات القطرية والإقليمية",
            "Orientations à l’intention des réseaux nationaux et régionaux",
        ),
    },
]
