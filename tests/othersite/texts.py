"""Text material for the independent copy of ic24.kz: seed texts, headlines, paragraphs.

Everything here is clean text (what the feed should contain); hazards are injected later.
"""

from __future__ import annotations

# The seeds u46768 and u45694 come from tests/copykit/seeds.py (the raw dumps).

# The English version of u45694, published three days later as u45713.
PAIR_EN_45713_TITLE = "Kazakhs in Japan set up their own association"
PAIR_EN_45713_PARAS = [
    "Kazakhs living in Japan have set up their own association, Kazinform reports citing the "
    "Kazakh Foreign Ministry.",
    "The founding meeting of the Association of Kazakhs in Japan took place at the Embassy of "
    "Kazakhstan in Tokyo. According to the embassy, 191 citizens of Kazakhstan and about 70 "
    "ethnic Kazakhs live in Japan on a permanent basis.",
    "The association is headed by Abdibek Kalybek, a surgeon at the Juntendo University clinic. "
    "Its priorities include business cooperation, cultural and humanitarian projects and "
    "information support for Kazakh-Japanese cooperation.",
    "A memorandum of cooperation was signed between the new association and the "
    '"Otandastar" public foundation.',
]

# u49120 (ru, 2023-04-20), the page whose text line SITE.md quotes.
SUBBOTNIK_TITLE = "В Алматы прошёл общегородской субботник"
SUBBOTNIK_PARAS = [
    "В Алматы прошёл общегородской весенний субботник, в котором приняли участие более 60 тысяч "
    "жителей.",
    "Аким города вместе с сотрудниками акимата высадил деревья в сквере на проспекте "
    "Аль-Фараби. «Чистота города начинается с каждого двора», — сказал он.",
    "Всего за день было вывезено около 4,5 тысячи тонн мусора, побелено 12 тысяч деревьев и "
    "отремонтировано 300 скамеек.",
]
SUBBOTNIK_EN_TITLE = "Almaty holds a city-wide clean-up day"

# Stories: (ru headline or None, en headline or None); both set = a translation pair.
STORIES: list[tuple[str | None, str | None]] = [
    ("Жителей Алматинского микрорайона Алгабас подключат к центральной канализации", None),
    ("Товары с зарубежных торговых площадок будут подлежать декларированию", None),
    ("Токаев возложил цветы к мемориалу Алии Молдагуловой", None),
    (
        "Глава государства дал старт XI международному военно-патриотическому сбору молодежи "
        "«Айбын»",
        None,
    ),
    ("В столице прошел пресс-тур организованный ТОО «Астана Тазалық»", None),
    ("Загородные трассы оснащают умными камерами в СКО", None),
    ("Заменить удостоверение личности теперь можно через eGov.kz", None),
    (
        "Пожар на территории Государственного природного резервата «Акжайык» полностью "
        "ликвидирован",
        None,
    ),
    (
        "В Казахстане дефицит врачей сократился на 20%",
        "Kazakhstan's doctor shortage shrinks by 20%",
    ),
    ("Рейсы казахстанских авиакомпаний на Ближний Восток приостановлены", None),
    ('В Казахстане запустили новый цифровой сервис "Закон и Порядок"', None),
    ("Оптовые цены на сжиженный газ планируют сохранить в Казахстане", None),
    ("Жители четырёх сел в Акмолинской области отказались от употребления алкоголя", None),
    ("О мерах по стабилизации цен в межсезонье рассказали в МТИ", None),
    ("В Астане пройдет открытая тренировка в честь Международного дня йоги", None),
    ("Экспортировано 8,7 млн. тонн зерна нового урожая", None),
    (
        "В Алматы развивают туристическую инфраструктуру в горах",
        "Almaty develops tourist infrastructure in the mountains",
    ),
    ("Казахстанцы стали есть больше фруктов и рыбы", None),
    ("Каждая вторая детская травма происходит дома - Минздрав", None),
    ("Сенат принял закон об амнистии", None),
    ("В Казахстане определили приоритетные виды спорта", None),
    ("Система распознавания лиц начала работать в двух мегаполисах Казахстана", None),
    ("Медианный доход будут рассчитывать на основе Цифровой карты семьи", None),
    ("В Алматы создано более 50 тысяч рабочих мест", None),
    ("Детские сады планируется лицензировать с 2027 года", None),
    (
        "В казахстанских организациях образования внедрен ежедневный мониторинг качества питания",
        None,
    ),
    (
        "Казахстан запускает крупнейшую модернизацию транспортной сети",
        "Kazakhstan launches its largest transport network upgrade",
    ),
    ("Физлица освобождены от обязательного декларирования доходов и имущества", None),
    ("В Казахстане отремонтировано 542 км тепловых сетей", None),
    ("Институт коневодства будет запущен в Казахстане в 2025 году", None),
    ("В Кызылординской области задержаны члены киберпреступной группы", None),
    ("В Алматы высажено 150 тысяч саженцев", None),
    ("В Шымкенте открылась новая детская поликлиника", None),
    ("Аким Алматы провёл приём граждан в Бостандыкском районе", None),
    ("В Караганде стартовал отопительный сезон", None),
    ("В Актобе ввели в эксплуатацию новый мост через реку Илек", None),
    ("На трассе Алматы — Бишкек ограничат движение грузовиков", None),
    ("Казахстанские школьники завоевали медали на олимпиаде по математике", None),
    ("В Павлодаре отремонтируют 40 дворов", None),
    ("Более тысячи волонтёров вышли на уборку берегов Капшагая", None),
    ("В Туркестане прошёл фестиваль национальных видов спорта", None),
    ("Цены на бензин Аи-92 не изменятся до конца года", None),
    ("Ёлочный базар откроется в столице 15 декабря", None),
    ("В Жамбылской области построят завод по переработке сахарной свёклы", None),
    ("Национальный музей Казахстана представил выставку древних украшений", None),
    ("В Медеу открылся сезон массового катания на коньках", None),
    (None, "Tokayev meets foreign investors at the 37th plenary session of the Council"),
    (None, "Astana hosts international conference on water security"),
    (None, "Kazakhstan and Uzbekistan agree to expand cross-border trade"),
    (None, "New direct flight connects Almaty and Seoul"),
    (None, "Kazakh wrestlers win three gold medals at Asian Championship"),
    (None, "Grain exports reach 8.7 million tonnes"),
    (None, "Kazakhstan's inflation slows to single digits"),
    (None, "Baiterek holding finances construction of 12 new schools"),
    (None, "UNESCO adds Kazakh heritage site to tentative list"),
    (None, "Almaty metro extension opens two new stations"),
    (None, "Shymkent oil refinery completes modernisation"),
    (None, "Kazakhstan to digitise all land records by 2025"),
    (None, "Caspian seal population monitoring expanded"),
    (None, "President signs law on mass media"),
    (None, "Karaganda region opens new industrial park"),
    (None, "Kazakh students take gold at International Chemistry Olympiad"),
    (None, "Wind farm in Zhambyl region starts supplying power"),
    (None, "EBRD backs green bonds issued by Kazakh bank"),
    (None, 'Astana Opera opens its season with "Abai"'),
    (None, "Kazakhstan simplifies visa regime for 54 countries"),
    (None, "Charyn Canyon visitor centre welcomes first tourists"),
    (None, "Kazakh Embassy in Berlin holds Nauryz celebration"),
    (None, "Almaty airport handles record passenger traffic"),
    (None, "Ministry of Health reports decline in measles cases"),
    (None, "Kazakhstan and EU discuss critical raw materials partnership"),
    (None, "Aktau seaport increases container throughput"),
]

RU_PARAS = [
    "По словам организаторов, мероприятие стало ежегодным и с каждым годом привлекает всё "
    "больше участников из разных регионов страны.",
    "В ведомстве отметили, что работы планируется завершить до конца текущего года, а "
    "финансирование предусмотрено из местного бюджета.",
    "«Мы рассчитываем, что новые меры позволят снизить нагрузку на жителей и повысить качество "
    "услуг», — подчеркнул заместитель акима города.",
    "Ранее сообщалось, что в прошлом году на эти цели было направлено более 12,5 млрд тенге.",
    "Жители могут оставить обращения через портал eGov.kz или по телефону единого "
    "контакт-центра 1414.",
    "Как уточнили в пресс-службе, в проекте задействованы 38 подрядных организаций и более "
    "1 200 единиц техники.",
    "Эксперты считают, что реализация программы даст толчок развитию малого и среднего бизнеса "
    "в регионе.",
    "В министерстве напомнили, что соответствующие поправки вступили в силу с 1 января.",
    "По данным Бюро национальной статистики, показатель вырос на 7,4% по сравнению с "
    "аналогичным периодом прошлого года.",
    "Особое внимание уделяется безопасности: на объектах установлены камеры видеонаблюдения и "
    "системы оповещения.",
    "В акимате добавили, что ход работ находится на постоянном контроле, а сроки сдачи "
    "объектов не изменятся.",
    "Участники встречи обсудили вопросы транспортной доступности, благоустройства дворов и "
    "озеленения улиц.",
    "Напомним, в январе глава государства поручил правительству ускорить цифровизацию "
    "государственных услуг.",
    "Специалисты рекомендуют заранее планировать поездки и следить за официальными "
    "сообщениями в социальных сетях.",
    "На сегодняшний день в очереди на получение жилья состоят более 4 тысяч семей, из них "
    "600 – многодетные.",
    'Мероприятие прошло при поддержке фонда "Самрук-Казына" и местных исполнительных органов.',
    "Ёмкость нового хранилища составит 15 тысяч тонн, что позволит обеспечить стабильные "
    "поставки в осенне-зимний период.",
    "Всего в текущем году в рамках программы отремонтируют 230 км дорог местного значения.",
]

EN_PARAS = [
    "According to the organisers, the event has become an annual tradition and attracts more "
    "participants from across the country every year.",
    "Officials said the work is expected to be completed by the end of the year and will be "
    "financed from the local budget.",
    '"We expect the new measures to reduce the burden on residents and improve the quality of '
    'services," the deputy mayor said.',
    "Earlier it was reported that more than 12.5 billion tenge had been allocated for these "
    "purposes last year.",
    "Residents can submit requests through the eGov.kz portal or by calling the unified contact "
    "centre at 1414.",
    "The press service said that 38 contractors and more than 1,200 pieces of machinery are "
    "involved in the project.",
    "Experts believe the programme will give a boost to small and medium-sized businesses in "
    "the region.",
    "The ministry recalled that the relevant amendments came into force on 1 January.",
    "According to the Bureau of National Statistics, the figure rose by 7.4% compared with the "
    "same period last year.",
    "The participants discussed transport accessibility, the improvement of courtyards and the "
    "greening of streets.",
    "The Head of State earlier instructed the Government to speed up the digitalisation of "
    "public services.",
    "The sides also agreed to hold the next round of consultations in Astana in the autumn.",
    "Kazakhstan's foreign ministry noted that cooperation with European partners remains a "
    "priority of the country's foreign policy.",
    "The project is being implemented with the support of international development "
    "institutions — the EBRD and the Asian Development Bank.",
]

RU_CATEGORIES = ["Социум", "Экономика", "Политика", "Происшествия", "Спорт", "Культура"]
EN_CATEGORIES = ["Society", "Economy", "Politics", "Incidents", "Sport", "Culture"]
RU_TAGS = [
    "Алматы",
    "Астана",
    "аким",
    "Казахстан",
    "Минздрав",
    "Токаев",
    "экономика",
    "экспорт",
    "образование",
    "транспорт",
    "экология",
    "цены",
    "спорт",
    "культура",
    "МИД РК",
    "цифровизация",
    "Шымкент",
    "строительство",
]
EN_TAGS = [
    "Kazakhstan",
    "Almaty",
    "Astana",
    "economy",
    "diplomacy",
    "EU",
    "health",
    "sport",
    "culture",
    "transport",
    "Tokayev",
    "investment",
    "Central Asia",
]
RU_SOURCES_LINE = [
    "КазТАГ",
    "Kazinform",
    "Tengrinews",
    "BNews.kz",
    "МИД РК",
    "Akorda",
    "Sputnik Казахстан",
    "Акимат Алматы",
]
RU_SOURCES_LEAD = ["КазТАГ", "Kazinform", "Tengrinews", "BNews.kz"]
EN_SOURCES_LINE = ["Kazinform", "EU Reporter", "The Astana Times", "Tengrinews", "Akorda"]
EN_SOURCES_LEAD = ["Kazinform", "Tengrinews", "Trend"]
PHOTO_CREDITS = ["gov.kz", "pixabay", "akorda.kz", "Kazinform", "primeminister.kz", "unsplash"]
