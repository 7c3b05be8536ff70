"""Demo organisations: the UN entities and stakeholders named in the UN Network's dialogue with
stakeholders in the Arab region (10 February 2022), and invented organisations across every
stakeholder group and Arab League state. Details of real organisations are kept general; the
invented ones carry the accreditations, pending and rejected states the demo needs."""

# Keys: slug, name, acronym, group, country, city, website, led (set of "migrant", "women",
# "youth"), ecosoc, imrf, verification, reason, en, ar, fr. Arabic and French descriptions are
# working translations.
ORGANISATIONS = [
    # --- UN system entities at the dialogue ---------------------------------------------------
    {
        "slug": "iom",
        "name": "International Organization for Migration",
        "acronym": "IOM",
        "group": "un_system",
        "country": "EG",
        "city": "Cairo",
        "website": "https://www.iom.int",
        "en": "The UN migration agency. Its Regional Office for the Middle East and North Africa, "
        "in Cairo, coordinates the UN Network on Migration in the region.",
        "ar": "وكالة الأمم المتحدة للهجرة. يتولى مكتبها الإقليمي للشرق الأوسط وشمال أفريقيا في "
        "القاهرة تنسيق شبكة الأمم المتحدة المعنية بالهجرة في المنطقة.",
        "fr": "L’agence des Nations Unies pour les migrations. Son bureau régional pour le "
        "Moyen-Orient et l’Afrique du Nord, au Caire, coordonne le Réseau des Nations Unies sur "
        "les migrations dans la région.",
    },
    {
        "slug": "ilo",
        "name": "International Labour Organization",
        "acronym": "ILO",
        "group": "un_system",
        "country": "LB",
        "city": "Beirut",
        "website": "https://www.ilo.org",
        "en": "The UN agency for the world of work. Its Regional Office for Arab States works on "
        "fair recruitment and decent work for migrant workers.",
        "ar": "وكالة الأمم المتحدة المعنية بعالم العمل. يعمل مكتبها الإقليمي للدول العربية على "
        "التوظيف العادل والعمل اللائق للعمال المهاجرين.",
        "fr": "L’agence des Nations Unies pour le monde du travail. Son bureau régional pour les "
        "États arabes œuvre pour un recrutement équitable et le travail décent des travailleurs "
        "migrants.",
    },
    {
        "slug": "ohchr",
        "name": "Office of the United Nations High Commissioner for Human Rights",
        "acronym": "OHCHR",
        "group": "un_system",
        "country": "LB",
        "city": "Beirut",
        "website": "https://www.ohchr.org",
        "en": "The UN human rights office. Its regional office promotes the human rights of "
        "migrants in the Middle East and North Africa.",
        "ar": "مكتب الأمم المتحدة لحقوق الإنسان. يعزز مكتبه الإقليمي حقوق الإنسان للمهاجرين في "
        "الشرق الأوسط وشمال أفريقيا.",
        "fr": "Le bureau des droits de l’homme des Nations Unies. Son bureau régional promeut les "
        "droits humains des migrants au Moyen-Orient et en Afrique du Nord.",
    },
    {
        "slug": "un-women",
        "name": "UN Women",
        "acronym": "",
        "group": "un_system",
        "country": "EG",
        "city": "Cairo",
        "website": "https://www.unwomen.org",
        "en": "The UN entity for gender equality and the empowerment of women. Its Regional "
        "Office for the Arab States works with women migrant workers.",
        "ar": "هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة. يعمل مكتبها الإقليمي للدول "
        "العربية مع العاملات المهاجرات.",
        "fr": "L’entité des Nations Unies pour l’égalité des sexes et l’autonomisation des "
        "femmes. Son bureau régional pour les États arabes travaille avec les travailleuses "
        "migrantes.",
    },
    {
        "slug": "unicef",
        "name": "United Nations Children’s Fund",
        "acronym": "UNICEF",
        "group": "un_system",
        "country": "JO",
        "city": "Amman",
        "website": "https://www.unicef.org",
        "en": "The UN agency for children. Its Middle East and North Africa Regional Office "
        "works with children on the move.",
    },
    {
        "slug": "un-escwa",
        "name": "United Nations Economic and Social Commission for Western Asia",
        "acronym": "UN ESCWA",
        "group": "un_system",
        "country": "LB",
        "city": "Beirut",
        "website": "https://www.unescwa.org",
        "en": "The UN regional commission for the Arab region. It supports the regional review "
        "of the Global Compact for Migration.",
        "ar": "لجنة الأمم المتحدة الإقليمية للمنطقة العربية. تدعم الاستعراض الإقليمي للاتفاق "
        "العالمي من أجل الهجرة.",
        "fr": "La commission régionale des Nations Unies pour la région arabe. Elle appuie "
        "l’examen régional du Pacte mondial sur les migrations.",
    },
    {
        "slug": "unhcr",
        "name": "Office of the United Nations High Commissioner for Refugees",
        "acronym": "UNHCR",
        "group": "un_system",
        "country": "JO",
        "city": "Amman",
        "website": "https://www.unhcr.org",
        "en": "The UN Refugee Agency. It protects refugees, forcibly displaced communities and "
        "stateless people.",
    },
    {
        "slug": "unodc",
        "name": "United Nations Office on Drugs and Crime",
        "acronym": "UNODC",
        "group": "un_system",
        "country": "EG",
        "city": "Cairo",
        "website": "https://www.unodc.org",
        "en": "Its Regional Office for the Middle East and North Africa works against human "
        "trafficking and migrant smuggling.",
    },
    # --- Stakeholders who spoke at the dialogue -----------------------------------------------
    {
        "slug": "migrant-forum-in-asia",
        "name": "Migrant Forum in Asia",
        "acronym": "MFA",
        "group": "civil_society",
        "country": "PH",
        "city": "Quezon City",
        "website": "https://mfasia.org",
        "en": "A regional network of grassroots organisations, associations and trade unions of "
        "migrant workers, working for the rights of migrant workers in Asia and the Gulf.",
        "ar": "شبكة إقليمية من المنظمات الشعبية وجمعيات العمال المهاجرين ونقاباتهم، تعمل من أجل "
        "حقوق العمال المهاجرين في آسيا والخليج.",
        "fr": "Un réseau régional d’organisations de base, d’associations et de syndicats de "
        "travailleurs migrants, qui défend les droits des travailleurs migrants en Asie et dans "
        "le Golfe.",
    },
    {
        "slug": "solidarity-center",
        "name": "Solidarity Center",
        "acronym": "",
        "group": "trade_unions",
        "country": "US",
        "city": "Washington, DC",
        "website": "https://www.solidaritycenter.org",
        "en": "Works with trade unions and workers’ organisations for workers’ rights, including "
        "migrant workers in the Middle East and North Africa.",
    },
    {
        "slug": "fragomen",
        "name": "Fragomen",
        "acronym": "",
        "group": "private_sector",
        "country": "AE",
        "city": "Dubai",
        "website": "https://www.fragomen.com",
        "en": "An immigration law firm; part of the business advisory group on migration, with "
        "research on business immigration frameworks in the Middle East.",
    },
    {
        "slug": "ifrc",
        "name": "International Federation of Red Cross and Red Crescent Societies",
        "acronym": "IFRC",
        "group": "red_cross",
        "country": "LB",
        "city": "Beirut",
        "website": "https://www.ifrc.org",
        "en": "Gives humanitarian assistance to migrants and displaced people in the region, "
        "with the MENA Red Cross and Red Crescent migration network.",
        "ar": "يقدم المساعدة الإنسانية للمهاجرين والنازحين في المنطقة، بالتعاون مع شبكة الصليب "
        "الأحمر والهلال الأحمر المعنية بالهجرة في الشرق الأوسط وشمال أفريقيا.",
        "fr": "Apporte une assistance humanitaire aux migrants et aux personnes déplacées de la "
        "région, avec le réseau migration de la Croix-Rouge et du Croissant-Rouge pour le "
        "Moyen-Orient et l’Afrique du Nord.",
    },
    {
        "slug": "cmrs-auc",
        "name": "Center for Migration and Refugee Studies, The American University in Cairo",
        "acronym": "CMRS",
        "group": "academia",
        "country": "EG",
        "city": "Cairo",
        "website": "https://www.aucegypt.edu",
        "en": "Research, teaching and training on migration and refugee movements in the Middle "
        "East and North Africa.",
        "ar": "البحث والتدريس والتدريب في مجال الهجرة وحركات اللاجئين في الشرق الأوسط وشمال "
        "أفريقيا.",
        "fr": "Recherche, enseignement et formation sur les migrations et les mouvements de "
        "réfugiés au Moyen-Orient et en Afrique du Nord.",
    },
    {
        "slug": "cndh-morocco",
        "name": "National Human Rights Council of Morocco",
        "acronym": "CNDH",
        "group": "nhri",
        "country": "MA",
        "city": "Rabat",
        "en": "Morocco’s national human rights institution. It runs workshops on the Global "
        "Compact and promotes the rights of migrant workers.",
        "ar": "المؤسسة الوطنية لحقوق الإنسان في المغرب. ينظم ورشات عمل حول الاتفاق العالمي ويعزز "
        "حقوق العمال المهاجرين.",
        "fr": "L’institution nationale des droits de l’homme du Maroc. Il organise des ateliers "
        "sur le Pacte mondial et promeut les droits des travailleurs migrants.",
    },
    {
        "slug": "unmgcy",
        "name": "UN Major Group for Children and Youth",
        "acronym": "UNMGCY",
        "group": "other",
        "country": "US",
        "city": "New York",
        "led": {"youth"},
        "en": "The space for children and youth in UN processes, with a regional lead for the "
        "Middle East and North Africa.",
    },
    {
        "slug": "aub-health-sciences",
        "name": "Faculty of Health Sciences, American University of Beirut",
        "acronym": "AUB FHS",
        "group": "academia",
        "country": "LB",
        "city": "Beirut",
        "en": "Public health research, including migrants’ access to health care.",
    },
    {
        "slug": "hammurabi-human-rights-organization",
        "name": "Hammurabi Human Rights Organization",
        "acronym": "HHRO",
        "group": "civil_society",
        "country": "IQ",
        "city": "Baghdad",
        "en": "Human rights organisation in Iraq; research on border management and migration.",
    },
    {
        "slug": "migrant-rights-org",
        "name": "Migrant-Rights.org",
        "acronym": "",
        "group": "civil_society",
        "country": "KW",
        "website": "https://www.migrant-rights.org",
        "en": "Advocacy for the rights of migrant workers in the Gulf region.",
    },
    {
        "slug": "uclg-mewa",
        "name": "United Cities and Local Governments Middle East and West Asia",
        "acronym": "UCLG-MEWA",
        "group": "local_authorities",
        "country": "TR",
        "city": "Istanbul",
        "en": "The regional section of the world organisation of local governments; it follows "
        "up the Gaziantep Declaration on local solutions for migration.",
        "fr": "La section régionale de l’organisation mondiale des gouvernements locaux ; elle "
        "assure le suivi de la Déclaration de Gaziantep sur les solutions locales en matière de "
        "migrations.",
    },
    {
        "slug": "civil-society-action-committee",
        "name": "Civil Society Action Committee",
        "acronym": "",
        "group": "civil_society",
        "country": "CH",
        "city": "Geneva",
        "en": "Brings civil society together on global migration policy; it published twelve "
        "priority areas for the implementation of the Global Compact.",
    },
    # --- Invented organisations across every group and the Arab League states ----------------
    {
        "slug": "gulf-domestic-workers-network",
        "name": "Gulf Domestic Workers Network",
        "acronym": "GDWN",
        "group": "migrants",
        "country": "KW",
        "city": "Kuwait City",
        "led": {"migrant", "women"},
        "verification": "pending",
        "en": "A network of domestic workers’ groups led by migrant women (demo organisation).",
    },
    {
        "slug": "domestic-workers-voice-lebanon",
        "name": "Domestic Workers’ Voice Lebanon",
        "acronym": "DWV",
        "group": "migrants",
        "country": "LB",
        "city": "Beirut",
        "led": {"migrant", "women"},
        "imrf": "approved",
        "en": "Migrant domestic workers organising for their rights (demo organisation).",
        "ar": "عاملات منزليات مهاجرات ينظمن أنفسهن من أجل حقوقهن (منظمة تجريبية).",
        "fr": "Des travailleuses domestiques migrantes qui s’organisent pour leurs droits "
        "(organisation de démonstration).",
    },
    {
        "slug": "sudanese-diaspora-network-gulf",
        "name": "Sudanese Diaspora Network in the Gulf",
        "acronym": "SDNG",
        "group": "diaspora",
        "country": "QA",
        "city": "Doha",
        "led": {"migrant"},
        "ecosoc": "roster",
        "en": "Links Sudanese associations in the Gulf with development work at home (demo "
        "organisation).",
    },
    {
        "slug": "maghreb-migrant-youth-collective",
        "name": "Maghreb Migrant Youth Collective",
        "acronym": "MMYC",
        "group": "migrants",
        "country": "TN",
        "city": "Tunis",
        "led": {"migrant", "youth"},
        "verification": "pending",
        "en": "Young migrants in Tunisia sharing information on rights and services (demo "
        "organisation).",
        "fr": "De jeunes migrants en Tunisie qui partagent des informations sur les droits et les "
        "services (organisation de démonstration).",
    },
    {
        "slug": "interfaith-council-migrant-care",
        "name": "Interfaith Council for Migrant Care",
        "acronym": "ICMC-J",
        "group": "faith_based",
        "country": "JO",
        "city": "Amman",
        "ecosoc": "special",
        "en": "Faith communities offering shelter and legal aid to migrants (demo organisation).",
        "ar": "مجتمعات دينية تقدم المأوى والمساعدة القانونية للمهاجرين (منظمة تجريبية).",
    },
    {
        "slug": "arab-parliamentarians-forum-migration",
        "name": "Arab Parliamentarians’ Forum on Migration",
        "acronym": "APFM",
        "group": "parliamentarians",
        "country": "EG",
        "city": "Cairo",
        "en": "Members of parliament from the region working on migration law (demo organisation).",
    },
    {
        "slug": "mashreq-migration-newsroom",
        "name": "Mashreq Migration Newsroom",
        "acronym": "",
        "group": "media",
        "country": "JO",
        "city": "Amman",
        "led": {"women"},
        "en": "Journalists reporting on migration with migrants’ own voices (demo organisation).",
    },
    {
        "slug": "gulf-workers-solidarity-federation",
        "name": "Gulf Workers’ Solidarity Federation",
        "acronym": "GWSF",
        "group": "trade_unions",
        "country": "BH",
        "city": "Manama",
        "ecosoc": "general",
        "en": "A federation of workers’ unions open to migrant workers (demo organisation).",
    },
    {
        "slug": "mediterranean-cities-migrant-inclusion",
        "name": "Network of Mediterranean Cities for Migrant Inclusion",
        "acronym": "",
        "group": "local_authorities",
        "country": "MA",
        "city": "Tangier",
        "verification": "pending",
        "en": "Municipalities sharing practices of migrant inclusion (demo organisation).",
        "fr": "Des municipalités qui échangent leurs pratiques d’inclusion des migrants "
        "(organisation de démonstration).",
    },
    {
        "slug": "nouakchott-migrant-support-association",
        "name": "Nouakchott Migrant Support Association",
        "acronym": "",
        "group": "civil_society",
        "country": "MR",
        "city": "Nouakchott",
        "led": {"migrant"},
        "en": "Legal orientation and help for migrants in transit (demo organisation).",
        "fr": "Orientation juridique et aide aux migrants en transit (organisation de "
        "démonstration).",
    },
    {
        "slug": "somali-returnees-association",
        "name": "Somali Returnees Association",
        "acronym": "",
        "group": "migrants",
        "country": "SO",
        "city": "Mogadishu",
        "led": {"migrant"},
        "verification": "pending",
        "en": "Returned migrants helping others to settle back (demo organisation).",
    },
    {
        "slug": "yemen-migration-research-centre",
        "name": "Yemen Migration Research Centre",
        "acronym": "",
        "group": "academia",
        "country": "YE",
        "city": "Aden",
        "en": "Research on mixed migration across the Gulf of Aden (demo organisation).",
    },
    {
        "slug": "algerian-association-migrants-rights",
        "name": "Algerian Association for Migrants’ Rights",
        "acronym": "",
        "group": "civil_society",
        "country": "DZ",
        "city": "Algiers",
        "imrf": "applied",
        "en": "Legal aid and advocacy for migrants’ rights (demo organisation).",
        "fr": "Aide juridique et plaidoyer pour les droits des migrants (organisation de "
        "démonstration).",
    },
    {
        "slug": "libyan-humanitarian-protection-initiative",
        "name": "Libyan Humanitarian Protection Initiative",
        "acronym": "",
        "group": "civil_society",
        "country": "LY",
        "city": "Tripoli",
        "verification": "rejected",
        "reason": "The registration certificate sent names another organisation. Please attach "
        "the organisation’s own certificate and ask for verification again.",
        "en": "Protection monitoring for migrants in detention (demo organisation).",
    },
    {
        "slug": "global-talent-placement-agency",
        "name": "Global Talent Placement Agency",
        "acronym": "",
        "group": "private_sector",
        "country": "SA",
        "city": "Riyadh",
        "verification": "rejected",
        "reason": "A commercial recruitment agency: the registry lists stakeholder organisations, "
        "not service providers selling to migrants.",
        "en": "Recruitment services for employers in the Gulf (demo organisation).",
    },
    {
        "slug": "comoros-diaspora-development-fund",
        "name": "Comoros Diaspora Development Fund",
        "acronym": "",
        "group": "diaspora",
        "country": "KM",
        "city": "Moroni",
        "led": {"migrant"},
        "verification": "pending",
        "en": "Diaspora savings invested in local projects (demo organisation).",
        "fr": "L’épargne de la diaspora investie dans des projets locaux (organisation de "
        "démonstration).",
    },
    {
        "slug": "djibouti-women-migrants-support-group",
        "name": "Djibouti Women Migrants’ Support Group",
        "acronym": "",
        "group": "migrants",
        "country": "DJ",
        "city": "Djibouti",
        "led": {"migrant", "women"},
        "en": "Support for women migrants on the eastern route (demo organisation).",
        "fr": "Soutien aux femmes migrantes sur la route de l’Est (organisation de démonstration).",
    },
    {
        "slug": "palestinian-migrant-workers-legal-aid",
        "name": "Palestinian Migrant Workers’ Legal Aid",
        "acronym": "",
        "group": "civil_society",
        "country": "PS",
        "city": "Ramallah",
        "en": "Legal aid for workers crossing for work (demo organisation).",
    },
    {
        "slug": "syrian-academic-network-displacement",
        "name": "Syrian Academic Network on Displacement",
        "acronym": "",
        "group": "academia",
        "country": "SY",
        "city": "Damascus",
        "verification": "pending",
        "en": "Researchers studying displacement and return (demo organisation).",
    },
    {
        "slug": "oman-employers-forum-fair-recruitment",
        "name": "Oman Employers’ Forum on Fair Recruitment",
        "acronym": "",
        "group": "private_sector",
        "country": "OM",
        "city": "Muscat",
        "imrf": "applied",
        "en": "Employers committed to recruitment without fees for workers (demo organisation).",
    },
    {
        "slug": "emirates-migrant-welfare-foundation",
        "name": "Emirates Migrant Welfare Foundation",
        "acronym": "",
        "group": "other",
        "country": "AE",
        "city": "Abu Dhabi",
        "en": "Welfare services for low-income migrant workers (demo organisation).",
    },
    {
        "slug": "sudan-mixed-migration-observatory",
        "name": "Sudan Mixed Migration Observatory",
        "acronym": "",
        "group": "academia",
        "country": "SD",
        "city": "Khartoum",
        "verification": "pending",
        "en": "Data on mixed migration through Sudan (demo organisation).",
        "ar": "بيانات عن الهجرة المختلطة عبر السودان (منظمة تجريبية).",
    },
]
