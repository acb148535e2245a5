"""The two seed articles of ic24.kz (text as dumped from the outlet) and phrase pools for the copy.

Paragraphs are stored in their clean, normalised form; hazards (homoglyphs, no-break and
zero-width spaces, decomposed letters) are put back by the page templates.
"""

from __future__ import annotations

SEED_EN_TITLE = "Artwork of young Kazakhstanis presented in Luxembourg"
SEED_EN_SLUG = "Artwork-of-young-Kazakhstanis-presented-in-Luxembourg"
SEED_EN_PARAGRAPHS = (
    "The Kazakh diaspora gathered recently for the meet-up of friends of Kazakhstan and for the "
    "exhibition of artworks by young Kazakhstanis called 'The world through the eyes of the "
    "children of Kazakhstan', EU reporter reports.",
    "The event is part of the celebration of the 30th Anniversary of the Independence of "
    "Kazakhstan and was attended by representatives of the ministry of foreign affairs of "
    "Luxembourg, business and culture circles, public organizations of Luxembourg, as well as "
    "Kazakhs living in Luxembourg.",
    "It was organized by the Embassy of Kazakhstan, the Kazakhstan-Luxembourg Association, and "
    "the Ayalagan Alaqan, a Public Charitable Foundation from Kazakhstan. Taking into account the "
    "importance of preserving and developing ties of the diaspora with Kazakhstan, the meetings "
    "of Kazakhs in Luxembourg are becoming a tradition.",
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
)

SEED_RU_TITLE = "У казахстанцев в Японии появилась собственная ассоциация"
SEED_RU_SLUG = "u-kazakhstantsev-v-yaponii-poyavilas-sobstvennaya-assotsiatsiya"
SEED_RU_PARAGRAPHS = (
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
)

RU_SENTENCES = (
    "Мероприятие прошло при поддержке местных исполнительных органов и общественных организаций.",
    "По словам организаторов, в нем приняли участие более 300 человек.",
    "Работы планируется завершить до конца текущего года.",
    "В ведомстве отметили, что финансирование проекта предусмотрено в республиканском бюджете.",
    "Жителям рекомендовали следить за официальными сообщениями.",
    "«Мы видим высокий интерес со стороны молодежи», - отметил представитель управления.",
    "Ранее в министерстве сообщали о запуске пилотного проекта в трех регионах.",
    "Всего с начала года проведено 48 проверок, выявлено 17 нарушений.",
    "Специалисты напоминают, что подать заявку можно через портал электронного правительства.",
    "В акимате города подчеркнули, что работа будет продолжена.",
    "По итогам встречи стороны договорились о подготовке дорожной карты.",
    "Отмечается, что объем инвестиций составит 12,5 млрд тенге.",
    "Участники обсудили вопросы развития транспортной и логистической инфраструктуры.",
    "В ближайшее время в регионе откроются еще два центра обслуживания населения.",
    "Сотрудники полиции призвали граждан быть бдительными.",
    "Первый этап модернизации уже завершен, второй стартует весной.",
    "Как пояснили в управлении, новые правила вступят в силу через десять календарных дней.",
    "В числе приоритетов — цифровизация услуг и сокращение сроков рассмотрения обращений.",
    "Жители микрорайона неоднократно обращались с этой проблемой к депутатам маслихата.",
    "На площадке также прошла ярмарка местных производителей.",
    "Итоги конкурса будут подведены в декабре.",
    "Для школьников организовали мастер-классы и экскурсии.",
    "Напомним, аналогичная акция проходила в прошлом году в Шымкенте.",
    "Эксперты оценивают проект как один из самых масштабных в стране.",
    "Средства будут направлены на ремонт дорог и благоустройство дворов.",
    "Подробнее о новых требованиях можно узнать на сайте ведомства.",
    "В этом году к программе присоединились еще 12 предприятий.",
)

EN_SENTENCES = (
    "The event was supported by local executive bodies and public organizations.",
    "According to the organizers, more than 300 people took part.",
    "The work is expected to be completed by the end of the year.",
    "The ministry noted that the project is financed from the national budget.",
    "Residents were advised to follow official announcements.",
    '"We see strong interest from young people," a representative of the department said.',
    "Earlier, the ministry announced the launch of a pilot project in three regions.",
    "Since the beginning of the year, 48 inspections have been carried out.",
    "Applications can be submitted through the eGov portal.",
    "The city akimat stressed that the work will continue.",
    "Following the meeting, the parties agreed to prepare a roadmap.",
    "The volume of investment will amount to 12.5 billion tenge.",
    "The participants discussed the development of transport and logistics infrastructure.",
    "Two more public service centres will open in the region soon.",
    "The first stage of the modernization has been completed, the second will start in spring.",
    "Priorities include the digitalization of services and shorter processing times.",
    "A fair of local producers was also held on the site.",
    "The results of the competition will be announced in December.",
    "Experts describe the project as one of the largest in the country.",
    "The funds will be used to repair roads and improve courtyards.",
    "Twelve more companies joined the programme this year.",
)

RU_TITLES = (
    "Крупный строительный объект оштрафован в Алматы",
    "Казахстан укрепляет международное сотрудничество в сфере устойчивого туризма",
    "В Кызылординской области адаптировали 1248 объектов для лиц с инвалидностью",
    "Национальный центр компетенций появится в Казахстане",
    "Сенат вернул проект трехлетнего бюджета в Мажилис",
    "Система распознавания лиц начала работать в двух мегаполисах Казахстана",
    "Медианный доход будут рассчитывать на основе Цифровой карты семьи",
    "В Алматы создано более 50 тысяч рабочих мест",
    "Детские сады планируется лицензировать с 2027 года",
    "В Казахстане отремонтировано 542 км тепловых сетей",
    "Институт коневодства будет запущен в Казахстане",
    "В Алматы высажено 150 тысяч саженцев",
    "Жителей Алматинского микрорайона Алгабас подключат к центральной канализации",
    "Товары с зарубежных торговых площадок будут подлежать декларированию",
    "Загородные трассы оснащают умными камерами в СКО",
    "Заменить удостоверение личности теперь можно через eGov.kz",
    "Пожар на территории Государственного природного резервата «Акжайык» полностью ликвидирован",
    "В Казахстане дефицит врачей сократился на 20%",
    'В Казахстане запустили новый цифровой сервис "Закон и Порядок"',
    "Оптовые цены на сжиженный газ планируют сохранить в Казахстане",
    "Жители четырёх сел в Акмолинской области отказались от употребления алкоголя",
    "Экспортировано 8,7 млн. тонн зерна нового урожая",
    "В Алматы развивают туристическую инфраструктуру в горах",
    "Казахстанцы стали есть больше фруктов и рыбы",
    "Каждая вторая детская травма происходит дома - Минздрав",
    "Сенат принял закон об амнистии",
    "В Казахстане определили приоритетные виды спорта",
    "Олжас Бектенов: диверсификация экономики – одна из главных задач Правительства",
)

EN_TITLES = (
    "Kazakhstan launches its largest transport network modernization",
    "Almaty plants 150,000 seedlings this season",
    "Senate adopts amnesty law",
    "Kazakhstan reduces doctor shortage by 20 percent",
    "ID cards can now be replaced through eGov.kz",
    "Kazakh grain exports reach 8.7 million tonnes",
    "Tourism infrastructure in the Almaty mountains to be expanded",
    "Kazakhstan and Japan discuss direct flights",
    "Astana hosts international forum on sustainable tourism",
    "Almaty akimat fines large construction site",
    "Kazakhstan to license kindergartens from 2027",
    "National competence centre to open in Kazakhstan",
    "Face recognition system starts working in two Kazakh cities",
    "Wholesale prices for liquefied gas to remain unchanged",
    "Kazakhstan evacuates its citizens from the Middle East",
    "Young Kazakh chess players win medals in Tbilisi",
)

# Hand-written stories: the English twin of the Russian seed, the outlet's subbotnik story
# (u49120), and a ru/en pair from 2025.
PAIR_EN_TITLE = "Kazakhs in Japan set up their own association"
PAIR_EN_PARAGRAPHS = (
    "Kazakhs living in Japan have set up their own association, Kazinform reports citing the "
    "Ministry of Foreign Affairs of Kazakhstan.",
    "The founding meeting of the Association of Kazakhs in Japan was held at the Embassy of "
    "Kazakhstan in Tokyo.",
    "According to the embassy, 191 citizens of Kazakhstan and about 70 ethnic Kazakhs from "
    "China, Mongolia and Uzbekistan live in Japan permanently.",
    "The association was headed by Abdibek Kalybek, a surgeon at the Juntendo University clinic.",
)

SUBBOTNIK_TITLE = "Аким Алмалинского района вышел на субботник вместе с жителями"
SUBBOTNIK_PARAGRAPHS = (
    "Аким Алмалинского района вместе с жителями и сотрудниками коммунальных служб вышел на "
    "общегородской субботник.",
    "Участники акции убрали дворы, скверы и арыки, высадили более 200 саженцев.",
    "«Чистота города начинается с каждого двора», - отметил аким района.",
    "Субботники в Алматы продлятся до конца апреля.",
)

PAIR2_RU_TITLE = "Казахстан и Люксембург подписали меморандум о сотрудничестве в сфере культуры"
PAIR2_RU_PARAGRAPHS = (
    "Казахстан и Люксембург подписали меморандум о сотрудничестве в сфере культуры.",
    "Документ предусматривает обмен выставками, гастроли творческих коллективов и стажировки "
    "для музейных специалистов.",
    "Первые совместные проекты планируется реализовать уже осенью.",
)
PAIR2_EN_TITLE = "Kazakhstan and Luxembourg sign a memorandum on cultural cooperation"
PAIR2_EN_PARAGRAPHS = (
    "Kazakhstan and Luxembourg have signed a memorandum on cooperation in the field of culture.",
    "The document provides for exchanges of exhibitions, tours of creative groups and "
    "internships for museum specialists.",
    "The first joint projects are planned for the autumn.",
)

RU_CATEGORIES = ("Общество", "Социум", "Экономика", "Политика", "Происшествия", "Культура")
EN_CATEGORIES = ("Society", "Economy", "Politics", "World", "Culture")
RU_TAGS = (
    "Алматы",
    "Астана",
    "аким",
    "субботник",
    "МИД",
    "бюджет",
    "экология",
    "образование",
    "здравоохранение",
    "туризм",
    "Сенат",
    "цифровизация",
)
EN_TAGS = (
    "Almaty",
    "Astana",
    "Kazakhstan",
    "Senate",
    "tourism",
    "digitalization",
    "economy",
    "education",
)
PHOTO_CREDITS = ("gov.kz", "pixabay", "akorda.kz", "primeminister.kz", "Центр информации")
RU_SOURCES = ("КазТАГ", "Kazinform", "МИА «Казинформ»", "Tengrinews.kz", "пресс-служба акимата")
EN_SOURCES = ("Kazinform", "EU Reporter", "The Astana Times", "Akorda")
# Names simple enough to be read from a lead sentence.
LEAD_SOURCES = {"ru": ("КазТАГ", "Kazinform"), "en": ("Kazinform", "KazTAG")}

COMMENTS = (
    ("Айгуль", "Спасибо за новость!"),
    ("Марат", "Давно пора было это сделать."),
    ("Guest", "Great news, thank you."),
)
