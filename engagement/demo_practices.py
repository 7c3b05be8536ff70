"""Demo content of the Repository of Practices: the kinds of promising practice stakeholders in
the Arab region reported in 2021 (integration programmes, capacity building for local actors,
national strategies, access to basic rights, disaggregated data, vocational training), by the
demo organisations. Titles carry Arabic and French working translations; the longer texts are
in the language each organisation wrote in.
"""

from datetime import date

# (organisation slug, language, kind, objectives, countries, partners, start, end, evidence URL,
#  titles (en, fr, ar), description, results, published)
REPOSITORY = "https://migrationnetwork.un.org/hub/repository"

PRACTICES = [
    (
        "tunisian-municipalities-migration", "en", "integration", [15, 16], ["TN"],
        "Regional employers’ association, local associations", date(2019, 3, 1), None,
        ("Welcome desks for migrants in town halls",
         "Guichets d’accueil des migrants dans les mairies",
         "مكاتب استقبال المهاجرين في البلديات"),
        "Six municipalities opened a welcome desk where migrants, whatever their status, are "
        "told about schools, health centres and job offers, and are helped to open the files "
        "they need.",
        "Around 4,200 people were received in three years; 900 found training or work through "
        "the desks.",
        True,
    ),
    (
        "national-council-human-rights-migration", "fr", "capacity", [3, 17], ["MA"],
        "Barreaux régionaux, associations de migrants", date(2020, 1, 15), date(2022, 6, 30),
        ("Training local actors on the rights of migrants",
         "Former les acteurs locaux aux droits des migrants",
         "تدريب الجهات الفاعلة المحلية على حقوق المهاجرين"),
        "Des ateliers régionaux réunissent agents des collectivités, forces de l’ordre, "
        "travailleurs sociaux et associations pour faire connaître le Pacte de Marrakech et les "
        "droits des migrants, avec des cas pratiques.",
        "Vingt-quatre ateliers, 610 participants ; un guide pratique diffusé dans les douze "
        "régions.",
        True,
    ),
    (
        "arab-parliamentary-forum-migration", "en", "policy", [2, 23], ["LB", "JO"],
        "National migration networks", date(2021, 2, 1), None,
        ("Parliamentary hearings on national migration strategies",
         "Auditions parlementaires sur les stratégies nationales de migration",
         "جلسات استماع برلمانية بشأن الاستراتيجيات الوطنية للهجرة"),
        "Members of parliament hold open hearings where migrant associations, trade unions and "
        "employers comment on draft national migration strategies before they are adopted.",
        "Two draft strategies were amended to include complaint mechanisms for migrant workers.",
        True,
    ),
    (
        "arab-network-migrant-workers-rights", "en", "rights", [6, 7, 15], ["LB"],
        "Bar association, two universities’ law clinics", date(2018, 9, 1), None,
        ("Legal aid clinics for migrant domestic workers",
         "Permanences juridiques pour les travailleuses domestiques migrantes",
         "عيادات المساعدة القانونية لعاملات المنازل المهاجرات"),
        "Weekly legal clinics, in Amharic, Arabic, English and Tagalog, advise domestic workers "
        "on unpaid wages, confiscated passports and contract changes, and take cases to the "
        "labour courts.",
        "1,150 cases handled; US$ 380,000 of unpaid wages recovered since 2018.",
        True,
    ),
    (
        "gulf-migrant-voices", "en", "data", [1, 6], ["KW", "QA", "BH"],
        "Migrant community groups", date(2020, 5, 1), None,
        ("A migrant-led count of unpaid wages",
         "Un recensement des salaires impayés mené par les migrants",
         "رصد يقوده المهاجرون للأجور غير المدفوعة"),
        "Migrant volunteers collect, with consent, anonymous reports of wage theft by sector and "
        "nationality, so that wage protection systems can be judged on evidence.",
        "A public dataset of 3,400 reports, used in two national reviews of wage protection.",
        True,
    ),
    (
        "youth-on-the-move-mena", "en", "skills", [6, 18], ["MA", "TN"],
        "Vocational training centres", date(2021, 1, 10), None,
        ("Skills recognition for young migrants",
         "Reconnaissance des compétences des jeunes migrants",
         "الاعتراف بمهارات الشباب المهاجرين"),
        "Young migrants have the skills they learned on the job assessed and certified, then "
        "follow short courses to close the gaps, with digital literacy included.",
        "430 certificates issued; two thirds of the certified young people found work within "
        "six months.",
        True,
    ),
    (
        "institute-population-migration-studies", "en", "rights", [1, 15], ["EG", "LB", "JO"],
        "Health ministries, WHO country offices", date(2020, 6, 1), date(2022, 12, 31),
        ("Mapping migrants’ barriers to health care",
         "Cartographie des obstacles à l’accès des migrants aux soins",
         "رسم خريطة العوائق أمام حصول المهاجرين على الرعاية الصحية"),
        "Researchers surveyed migrants and health workers on the barriers to care and vaccination "
        "during COVID-19, with data disaggregated by migration status, sex and age.",
        "Findings used to open vaccination to all residents in two countries.",
        True,
    ),
    (
        "red-crescent-migration-support", "ar", "rights", [4, 7], ["SD"],
        "السجل المدني، منظمات المجتمع المحلي", date(2019, 7, 1), None,
        ("Birth registration for children of migrants",
         "Enregistrement des naissances des enfants de migrants",
         "تسجيل مواليد أطفال المهاجرين"),
        "يرافق متطوعو الهلال الأحمر الأسر المهاجرة إلى مكاتب السجل المدني لتسجيل المواليد "
        "واستخراج الوثائق، ويقدمون المشورة بلغات الأسر.",
        "تسجيل أكثر من 2000 طفل، وتدريب 60 متطوعاً على إجراءات التوثيق.",
        True,
    ),
    (
        "egyptian-employers-fair-migration", "en", "skills", [6], ["EG"],
        "Recruitment agencies, chambers of commerce", date(2021, 9, 1), None,
        ("Employers’ commitment to recruitment without fees",
         "Engagement des employeurs pour un recrutement sans frais",
         "التزام أصحاب العمل بالتوظيف دون رسوم"),
        "Member companies commit that no worker pays a recruitment fee, audit their recruitment "
        "agencies every year and publish the list of agencies that comply.",
        "38 companies and 55 agencies signed; fees reimbursed to 700 workers after audits.",
        True,
    ),
    (
        "workers-federation-migrant-desk", "en", "rights", [6, 22], ["JO"],
        "International trade union federations", date(2017, 4, 1), None,
        ("A migrant workers’ desk in the trade union",
         "Un bureau des travailleurs migrants au sein du syndicat",
         "مكتب للعمال المهاجرين داخل النقابة"),
        "The federation opened membership to migrant workers and runs a desk that helps them "
        "with contracts, social security registration and disputes.",
        "5,000 migrant members; social security registration for 1,800 of them.",
        True,
    ),
    (
        "arab-migration-journalists-network", "ar", "other", [3, 17], ["IQ", "JO", "LB"],
        "كليات الإعلام", date(2021, 3, 1), None,
        ("A reporting guide against xenophobia",
         "Un guide de reportage contre la xénophobie",
         "دليل إعلامي لمكافحة كراهية الأجانب"),
        "دليل عملي للصحفيين حول تغطية قضايا الهجرة بلغة تحترم الكرامة وتستند إلى البيانات، "
        "مع ورش تدريبية في غرف الأخبار.",
        "تدريب 240 صحفياً، واعتماد الدليل في ثلاث مؤسسات إعلامية.",
        True,
    ),
    (
        "sudanese-diaspora-association-egypt", "en", "integration", [19, 20], ["EG", "SD"],
        "Two microfinance institutions", date(2020, 2, 1), None,
        ("Financial literacy for diaspora families",
         "Éducation financière pour les familles de la diaspora",
         "التثقيف المالي لأسر المغتربين"),
        "Evening courses help diaspora families compare the cost of sending money home and "
        "invest part of it in small businesses in their home communities.",
        "300 families trained; 45 small businesses started with remittance savings.",
        True,
    ),
    (
        "iraqi-association-returnees", "en", "integration", [21], ["IQ"],
        "Local councils", date(2022, 1, 1), None,
        ("Community interpreters for returnees",
         "Interprètes communautaires pour les personnes de retour",
         "مترجمون مجتمعيون للعائدين"),
        "Volunteers who returned themselves interpret for returnees in health centres and "
        "municipal offices and guide them through reintegration services.",
        "Pilot in two districts; 150 returnees accompanied in the first months.",
        False,
    ),
]  # fmt: skip
