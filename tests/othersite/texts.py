"""Text material for the independent copy of ic24.kz: seed texts, headlines, paragraphs.

Everything here is clean text (what the feed should contain); hazards are injected later.
"""

from __future__ import annotations

# --- seed u46768 (en, 2021-08-02): body without the dateline, clean -----------------------
SEED_EN_TITLE = "Artwork of young Kazakhstanis presented in Luxembourg"
SEED_EN_PARAS = [
    "The Kazakh diaspora gathered recently for the meet-up of friends of Kazakhstan and for the "
    "exhibition of artworks by young Kazakhstanis called 'The world through the eyes of the "
    "children of Kazakhstan', EU reporter reports.",
    "The event is part of the celebration of the 30th Anniversary of the Independence of "
    "Kazakhstan and was attended by representatives of the ministry of foreign affairs of "
    "Luxembourg, business and culture circles, public organizations of Luxembourg, as well as "
    "Kazakhs living in Luxembourg.",
    "It was organized by the Embassy of Kazakhstan, the Kazakhstan-Luxembourg Association, and "
    "the Ayalagan Alaqan, a Public Charitable Foundation from Kazakhstan. Taking into account "
    "the importance of preserving and developing ties of the diaspora with Kazakhstan, the "
    "meetings of Kazakhs in Luxembourg are becoming a tradition.",
    "During the meeting, Nurgul Tursyn, the president of the Kazakhstan-Luxembourg Association, "
    "spoke about the contribution of the Association in promoting the image of Kazakhstan "
    "abroad, as well as other events, aimed at enhancing cultural and humanitarian ties between "
    "the two countries.",
    "In his welcoming speech, Miras Andabayev, the Minister-Counsellor of the Embassy, noted that "
    "the Ayalagan Alaqan Foundation is carrying out very important work, demonstrating the "
    "creativity of Kazakhstani children who are distinguished by special talent, as well as a "
    "positive energy coming from their paintings.",
    "The exhibition of drawings of young Kazakhstanis made a strong impression on the guests of "
    "the event, who noted that the works of children embody the state of their inner world and "
    'the desire to learn. "Looking at these drawings, we can say that these children love their '
    "country, city, the animals. They strive to learn about the world around them, and even "
    'space," one of the guests noted.',
    "The Ayalagan Alaqan Foundation, led by Rada Khairusheva, has been organizing similar "
    "exhibitions around the world in cooperation with the Embassies of Kazakhstan in India, the "
    "UAE, Armenia, Latvia, France, and is currently working on other exhibitions to familiarize "
    "the international community with the creativity of young Kazakhstanis with disabilities "
    "and special educational needs.",
]
# The hazards exactly as the seed dump has them (NBSP before "EU", Cyrillic Е in Embassies).
SEED_EN_RAW_FIXES = [
    ("Kazakhstan', EU reporter", "Kazakhstan', \u00a0EU reporter"),
    ("the Embassies of", "the \u0415mbassies of"),
]

# --- seed u45694 (ru, 2021-04-16) ---------------------------------------------------------
SEED_RU_TITLE = "У казахстанцев в Японии появилась собственная ассоциация"
SEED_RU_PARAS = [
    "У казахстанцев в Японии появилась собственная ассоциация, сообщает КазТАГ со ссылкой на "
    "министерство иностранных дел Казахстана.",
    "«В посольстве Казахстана состоялось учредительное собрание Ассоциации казахов в Японии. "
    "Первая общественная организация такого рода в Японии создается с целью объединения "
    "проживающих в стране граждан Казахстана и этнических казахов (қандастар) для поддержания "
    "контактов и взаимной поддержки», - говорится в распространенном в четверг сообщении.",
    "По данным посольства Казахстана, в настоящее время в Японии на постоянной основе проживает "
    "191 гражданин нашей страны и около 70 этнических казахов из Китая, Монголии и Узбекистана, "
    "которые находятся в стране по работе или учебе.",
    "В ходе мероприятия глава ассоциации Абдибек Калыбек, который работает хирургом в клинике "
    "университета Juntendo, презентовал деятельность объединения.",
    "«В качестве основных направлений деятельности ассоциации определены налаживание делового "
    "взаимодействия, реализация культурно-гуманитарных проектов и информационная поддержка "
    "казахстанско-японского сотрудничества», - сказано в сообщении.",
    "Посол Казахстана Ерлан Баударбек-Кожатаев заявил, что в разгар вспышки коронавируса "
    "соотечественники, проживающие в Японии, продемонстрировали свое единство и объединили "
    "усилия для оказания гуманитарной помощи населению Казахстана, в результате чего возникла "
    "идея создания ассоциации.",
    "В ходе церемонии открытия состоялось подписание меморандума о сотрудничестве между "
    "ассоциаций казахов в Японии и общественным фондом «Отандастар».",
    "Вице-президент фонда «Отандастар» Магауия Сарбасов в своем выступлении подчеркнул важность "
    "расширения связей с соотечественниками за рубежом, информировав о программах фонда для "
    "оказания содействия сохранению языковой и этнокультурной идентичности соотечественников.",
    "Выступивший от имени членов новой ассоциации Антон Голубь, проживающий в Японии с 2015 "
    "года, заявил, что очень рад ее созданию, так как, работая за рубежом, многим казахстанцам "
    "хочется поддерживать связь со своими соотечественниками.",
    "«С 2018 года в Японии также действует Ассоциация казахстанских студентов, основной целью "
    "которой является содействие в адаптации к быту, учебному процессу и социокультурной "
    "среде», - добавили в МИД РК.",
]

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
