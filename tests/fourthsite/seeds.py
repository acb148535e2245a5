"""The two seed articles of ic24.kz (read from the outlet's text dumps) and phrase pools.

Paragraphs are clean, normalised text; hazards (homoglyphs, no-break and
zero-width spaces, decomposed letters) are put back by the page templates.
"""

from __future__ import annotations

from tests.copykit import seeds
from tests.copykit.text import en_slug, ru_slug

SEED_EN_TITLE = seeds.en().title
SEED_EN_SLUG = en_slug(SEED_EN_TITLE)
SEED_EN_PARAGRAPHS = seeds.en().paragraphs
SEED_RU_TITLE = seeds.ru().title
SEED_RU_SLUG = ru_slug(SEED_RU_TITLE)
SEED_RU_PARAGRAPHS = seeds.ru().paragraphs

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
