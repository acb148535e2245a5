"""Article texts for the third copy of ic24.kz: seed texts, headlines and paragraph pools.

Everything here is clean text (the ground truth); hazards are added when pages are rendered.
"""

from __future__ import annotations

from tests.copykit import seeds

# --- the two seed articles, read from the outlet's text dumps (homoglyph repaired) ------------

SEED_EN_TITLE = seeds.en().title
SEED_EN_PARAGRAPHS = list(seeds.en().paragraphs)
SEED_RU_TITLE = seeds.ru().title
SEED_RU_PARAGRAPHS = list(seeds.ru().paragraphs)

# --- headlines: (key, title, category, tags, place) ------------------------------------------
# `key` ties translation pairs together ("" = no pair).

RU_STORIES: list[tuple[str, str, str, list[str], str]] = [
    ("japan", SEED_RU_TITLE, "Общество", ["Япония", "диаспора", "МИД"], "Алматы"),
    (
        "subbotnik",
        "В Алматы прошел общегородской субботник",
        "Социум",
        ["Алматы", "аким", "субботник"],
        "Алматы",
    ),
    (
        "",
        "Акимат Алматы обновит освещение на 40 улицах",
        "Социум",
        ["Алматы", "акимат", "освещение"],
        "Алматы",
    ),
    (
        "",
        "В Астане открылся новый центр обслуживания населения",
        "Социум",
        ["Астана", "ЦОН"],
        "Астана",
    ),
    (
        "",
        "Казахстанские школьники завоевали медали на олимпиаде по математике",
        "Образование",
        ["олимпиада", "школьники", "математика"],
        "Алматы",
    ),
    (
        "bridges",
        "В Шымкенте построят два новых моста через реку Бадам",
        "Экономика",
        ["Шымкент", "мосты", "строительство"],
        "Шымкент",
    ),
    (
        "",
        "Аграрии Туркестанской области начали весенний сев",
        "Экономика",
        ["сельское хозяйство", "посевная"],
        "Алматы",
    ),
    (
        "",
        "В Алматы стартовал прием заявок на городские гранты для молодежи",
        "Социум",
        ["Алматы", "молодежь", "гранты"],
        "Алматы",
    ),
    (
        "",
        "Нацбанк сохранил базовую ставку на прежнем уровне",
        "Экономика",
        ["Нацбанк", "базовая ставка"],
        "Алматы",
    ),
    (
        "",
        "Министерство здравоохранения напомнило о сезонной вакцинации",
        "Здоровье",
        ["Минздрав", "вакцинация", "грипп"],
        "Астана",
    ),
    (
        "",
        "В горах Заилийского Алатау спасатели эвакуировали туристов",
        "Происшествия",
        ["МЧС", "туристы", "горы"],
        "Алматы",
    ),
    (
        "",
        "Казахстан и Узбекистан обсудили развитие приграничной торговли",
        "Политика",
        ["Узбекистан", "торговля"],
        "Астана",
    ),
    (
        "",
        "В Караганде отремонтируют 120 дворов",
        "Социум",
        ["Караганда", "благоустройство"],
        "Алматы",
    ),
    (
        "",
        "Число пользователей eGov mobile превысило 10 миллионов",
        "Технологии",
        ["eGov", "цифровизация"],
        "Астана",
    ),
    (
        "",
        "В Алматы появятся новые велодорожки",
        "Социум",
        ["Алматы", "велодорожки", "транспорт"],
        "Алматы",
    ),
    (
        "",
        "Фестиваль «Наурыз» собрал тысячи горожан в Алматы",
        "Культура",
        ["Наурыз", "праздник", "Алматы"],
        "Алматы",
    ),
    (
        "",
        "В Павлодаре запустили новую линию электробусов",
        "Социум",
        ["Павлодар", "электробусы"],
        "Алматы",
    ),
    (
        "",
        "Казахстанские ученые разработали засухоустойчивый сорт пшеницы",
        "Наука",
        ["наука", "пшеница", "ученые"],
        "Алматы",
    ),
    (
        "",
        "В Актобе открыли детский технопарк",
        "Образование",
        ["Актобе", "технопарк", "дети"],
        "Алматы",
    ),
    (
        "",
        "Цены на бензин в Казахстане останутся стабильными до конца года",
        "Экономика",
        ["бензин", "цены", "Минэнерго"],
        "Астана",
    ),
    (
        "leopards",
        "Алматинский зоопарк показал новорожденных снежных барсов",
        "Социум",
        ["зоопарк", "снежный барс", "Алматы"],
        "Алматы",
    ),
    (
        "",
        "В Казахстане выросло число малых предприятий",
        "Экономика",
        ["МСБ", "статистика"],
        "Астана",
    ),
    (
        "",
        "Железнодорожники назначили дополнительные поезда на летний сезон",
        "Социум",
        ["КТЖ", "поезда", "лето"],
        "Алматы",
    ),
    (
        "",
        "В Атырау завершили строительство новой школы на 1200 мест",
        "Образование",
        ["Атырау", "школа", "строительство"],
        "Алматы",
    ),
    ("", "В Алматы высадили 50 тысяч деревьев", "Экология", ["Алматы", "озеленение"], "Алматы"),
    (
        "",
        "Казахстан увеличил экспорт зерна в страны Центральной Азии",
        "Экономика",
        ["зерно", "экспорт"],
        "Астана",
    ),
    (
        "",
        "В Костанае прошел форум молодых фермеров",
        "Экономика",
        ["Костанай", "фермеры", "форум"],
        "Алматы",
    ),
    (
        "",
        "Библиотеки Алматы перешли на электронные читательские билеты",
        "Культура",
        ["Алматы", "библиотеки"],
        "Алматы",
    ),
    (
        "",
        "В Туркестане отреставрируют исторические памятники",
        "Культура",
        ["Туркестан", "реставрация", "история"],
        "Шымкент",
    ),
    (
        "",
        "Спортсмены из Казахстана отправились на чемпионат Азии",
        "Спорт",
        ["спорт", "чемпионат Азии"],
        "Астана",
    ),
    (
        "",
        "В Алматы начался ремонт теплосетей",
        "Социум",
        ["Алматы", "теплосети", "ремонт"],
        "Алматы",
    ),
    (
        "",
        "Казахстанцы смогут оформить пособие онлайн",
        "Социум",
        ["пособия", "eGov", "Минтруда"],
        "Астана",
    ),
    (
        "airport",
        "Новый терминал аэропорта Алматы принял первых пассажиров",
        "Экономика",
        ["аэропорт", "Алматы", "авиация"],
        "Алматы",
    ),
]

EN_STORIES: list[tuple[str, str, str, list[str], str]] = [
    ("luxembourg", SEED_EN_TITLE, "World", ["Luxembourg", "diaspora", "children"], "Almaty"),
    (
        "japan",
        "Kazakhs in Japan set up their own association",
        "World",
        ["Japan", "diaspora"],
        "Almaty",
    ),
    (
        "bridges",
        "Two new bridges to be built across the Badam River in Shymkent",
        "Economy",
        ["Shymkent", "bridges"],
        "Shymkent",
    ),
    (
        "leopards",
        "Almaty Zoo shows newborn snow leopard cubs",
        "Society",
        ["zoo", "snow leopard", "Almaty"],
        "Almaty",
    ),
    (
        "airport",
        "New Almaty airport terminal welcomes first passengers",
        "Economy",
        ["airport", "Almaty", "aviation"],
        "Almaty",
    ),
    (
        "",
        "Kazakhstan and the EU discuss green energy cooperation",
        "Politics",
        ["EU", "green energy"],
        "Astana",
    ),
    (
        "",
        "Astana hosts international forum on digital government",
        "Technology",
        ["Astana", "digital government", "forum"],
        "Astana",
    ),
    (
        "",
        "Almaty to plant 100,000 trees this autumn",
        "Society",
        ["Almaty", "trees", "ecology"],
        "Almaty",
    ),
    (
        "",
        "Kazakhstan's wheat harvest exceeds expectations",
        "Economy",
        ["wheat", "harvest", "agriculture"],
        "Astana",
    ),
    (
        "",
        "Young Kazakh pianist wins competition in Vienna",
        "Culture",
        ["music", "Vienna"],
        "Almaty",
    ),
    (
        "",
        "New direct flights connect Almaty and Seoul",
        "Economy",
        ["flights", "Korea", "Almaty"],
        "Almaty",
    ),
    (
        "",
        "Kazakhstan launches national program to support small business",
        "Economy",
        ["small business", "program"],
        "Astana",
    ),
    (
        "",
        "Charyn Canyon sees record number of visitors",
        "Society",
        ["Charyn", "tourism"],
        "Almaty",
    ),
    (
        "",
        "Kazakh students join international robotics championship",
        "Education",
        ["robotics", "students"],
        "Almaty",
    ),
    (
        "",
        "Almaty metro extends working hours during holidays",
        "Society",
        ["Almaty", "metro", "holidays"],
        "Almaty",
    ),
    (
        "",
        "Kazakhstan opens new consulate in Dubai",
        "Politics",
        ["UAE", "consulate", "MFA"],
        "Astana",
    ),
    (
        "",
        "Caspian ports increase cargo handling",
        "Economy",
        ["Caspian", "ports", "logistics"],
        "Almaty",
    ),
    (
        "",
        "Kazakhstani volunteers help clean up mountain trails",
        "Society",
        ["volunteers", "mountains", "ecology"],
        "Almaty",
    ),
    ("", "Astana Opera presents new season", "Culture", ["Astana Opera", "theatre"], "Astana"),
    (
        "",
        "Kazakhstan strengthens cooperation with Luxembourg in finance",
        "Economy",
        ["Luxembourg", "finance", "AIFC"],
        "Astana",
    ),
    (
        "",
        "Almaty hosts Central Asian film festival",
        "Culture",
        ["cinema", "festival", "Almaty"],
        "Almaty",
    ),
    (
        "",
        "Scientists study glaciers of the Zailiysky Alatau",
        "Science",
        ["glaciers", "science"],
        "Almaty",
    ),
    (
        "",
        "Kazakhstan introduces electronic visas for more countries",
        "Politics",
        ["visas", "tourism"],
        "Astana",
    ),
    (
        "",
        "National museum opens exhibition of Saka gold",
        "Culture",
        ["museum", "Saka", "history"],
        "Astana",
    ),
]

# Kazakh pages: (title, category, tags, place, paragraphs)
KK_STORIES: list[tuple[str, str, list[str], str, list[str]]] = [
    (
        "Алматыда көктемгі сенбілік өтті",
        "Қоғам",
        ["Алматы", "сенбілік", "әкімдік"],
        "Алматы",
        [
            "Алматыда көктемгі сенбілік өтті. Іс-шараға қала тұрғындары, мекеме қызметкерлері "
            "мен студенттер қатысты.",
            "Сенбілік барысында саябақтар мен скверлер қоқыстан тазартылып, екі мыңнан астам "
            "ағаш көшеті отырғызылды.",
            "Қала әкімі тұрғындарға белсенділігі үшін алғыс айтып, мұндай шаралар дәстүрге "
            "айналатынын атап өтті.",
            "«Таза қала – ортақ үйіміз», – деді іс-шараға қатысушылардың бірі.",
        ],
    ),
    (
        "Астанада жаңа кітапхана ашылды",
        "Мәдениет",
        ["Астана", "кітапхана"],
        "Астана",
        [
            "Астанада жаңа кітапхана ашылды. Ғимаратта оқу залдары, балалар бөлімі және цифрлық "
            "орталық орналасқан.",
            "Кітапхана қорында қазақ, орыс және ағылшын тілдеріндегі жүз мыңнан астам кітап бар.",
            "Оқырмандар электрондық билет арқылы кітаптарды үйге алып кете алады. Кітапхана күн "
            "сайын сағат 9:00-ден 20:00-ге дейін жұмыс істейді.",
        ],
    ),
    (
        "Шымкентте жастар форумы өтті",
        "Қоғам",
        ["Шымкент", "жастар", "форум"],
        "Шымкент",
        [
            "Шымкентте өңірлік жастар форумы өтті. Оған облыстың барлық аудандарынан бес жүзден "
            "астам жас қатысты.",
            "Форумда жастардың жұмыспен қамтылуы, кәсіпкерлік және білім беру мәселелері "
            "талқыланды.",
            "Үздік жобалардың авторлары грантқа ие болып, өз идеяларын іске асыру мүмкіндігін "
            "алды. Форум соңында шаһар әкімі жастарға сәттілік тіледі.",
        ],
    ),
]

RU_POOL = [
    "По словам представителей ведомства, работы планируется завершить до конца текущего года. "
    "Финансирование предусмотрено из местного бюджета.",
    "«Мы уделяем особое внимание качеству работ и срокам их выполнения», – отметил "
    "руководитель профильного управления.",
    "Жители города могут направить свои предложения через портал открытых данных или в "
    "приемную акимата.",
    "В ведомстве напомнили, что в прошлом году аналогичная программа охватила более 15 тысяч "
    "человек.",
    "Эксперты считают, что реализация проекта позволит создать около 300 новых рабочих мест и "
    "повысить доходы местного населения.",
    "Мероприятие прошло при поддержке местных исполнительных органов и общественных организаций "
    "региона.",
    "Ранее в министерстве заявляли о планах расширить программу на все регионы Казахстана.",
    "Контроль за ходом работ возложен на специальную комиссию, в состав которой вошли депутаты "
    "маслихата и представители общественности.",
    "Участники встречи обсудили вопросы взаимодействия государственных органов и бизнеса, а "
    "также меры по снижению административной нагрузки.",
    "По данным Бюро национальной статистики, показатель вырос на 7,4 % по сравнению с "
    "аналогичным периодом прошлого года.",
    "В акимате подчеркнули, что все работы ведутся с соблюдением требований безопасности, а "
    "движение транспорта на отдельных участках будет ограничено.",
    "«Это важный шаг для развития всего региона — мы видим большой интерес со стороны "
    "жителей», – сказал аким области.",
    "Подробную информацию можно получить по телефону единого контакт-центра 1414.",
    "Напомним, в начале года в Казахстане стартовала программа модернизации инфраструктуры, "
    "рассчитанная на пять лет.",
    "Специалисты рекомендуют жителям заранее планировать поездки и следить за официальной "
    "информацией.",
    "Как пояснили в управлении, новая система позволит сократить время ожидания в два раза.",
    "Новости о ходе проекта публикуются в официальном Telegram-канале управления.",
]

EN_POOL = [
    "According to officials, the work is expected to be completed by the end of the year, with "
    "funding provided from the local budget.",
    '"We pay special attention to the quality of work and to deadlines," the head of the '
    "department said.",
    "Residents can submit their proposals through the open data portal or at the city "
    "administration's reception office.",
    "Last year, a similar program covered more than 15,000 people across the country.",
    "Experts believe the project will create around 300 new jobs and increase the incomes of "
    "local residents.",
    "The event was supported by local executive bodies and public organizations of the region.",
    "Earlier, the ministry announced plans to expand the program to all regions of Kazakhstan.",
    "Participants discussed cooperation between government agencies and business, as well as "
    "measures to reduce the administrative burden.",
    "According to the Bureau of National Statistics, the figure grew by 7.4% compared with the "
    "same period last year.",
    "The organizers noted that the initiative has already attracted partners from Europe and Asia.",
    "The city administration stressed that all work is carried out in compliance with safety "
    "requirements.",
    "Kazakhstan has been consistently developing ties with its partners in Central Asia and "
    "beyond, the statement said.",
    "More information is available on the official website of the ministry and through the "
    "unified contact center 1414.",
    "It is worth recalling that a five-year infrastructure modernization program was launched "
    "in Kazakhstan earlier this year.",
]

RU_SOURCES = ["КазТАГ", "Kazinform", "Tengrinews", "BAQ.KZ", "Пресс-служба акимата Алматы"]
EN_SOURCES = ["EU Reporter", "Kazinform", "The Astana Times", "Trend"]
PHOTO_CREDITS = ["gov.kz", "pixabay", "akorda.kz", "Центр информации", "unsplash", "акимат Алматы"]

# lead attribution phrases whose source a reader can name: (template, source)
RU_LEAD_ATTRIB = [(", сообщает {0}", "КазТАГ"), (", передает {0}", "Kazinform")]
EN_LEAD_ATTRIB = [(", {0} reports", "Kazinform")]
