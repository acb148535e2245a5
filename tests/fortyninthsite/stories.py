"""The texts of the forty-ninth copy: one small table per kind of story, per language."""

from __future__ import annotations

FLASH = {
    "ru": [("Землетрясение магнитудой 4,5 произошло в Алматы",
            "В Алматы произошло землетрясение магнитудой 4,5."),
           ("В Астане объявлено штормовое предупреждение",
            "В Астане на завтра объявлено штормовое предупреждение.")],
    "en": [("Magnitude 4.5 earthquake hits Almaty", "A magnitude 4.5 earthquake hit Almaty.")],
    "kk": [("Алматыда жер сілкінісі болды", "Алматыда 4,5 магнитудалы жер сілкінісі болды.")],
}
NOTE = {
    "ru": [("Аэропорт Алматы временно закрыт из-за тумана",
            "Аэропорт Алматы временно приостановил приём рейсов из-за густого тумана. "
            "Пассажиров просят уточнять время вылета у авиакомпаний."),
           ("В Шымкенте отключат горячую воду",
            "В трёх районах Шымкента с понедельника отключат горячую воду. "
            "Подача возобновится после завершения гидравлических испытаний.")],
    "en": [("Almaty airport closed due to fog",
            "Almaty airport has temporarily stopped receiving flights due to heavy fog. "
            "Passengers are advised to check departure times with their airlines.")],
    "kk": [("Астанада жол жабылады",
            "Астанада Абай даңғылының бір бөлігі жөндеуге байланысты жабылады. "
            "Жүргізушілерге айналма жолдарды пайдалану ұсынылады.")],
}
VIDEO = {
    "ru": [("Видео: как строят новую станцию метро в Алматы",
            ["Строители завершают отделку новой станции метро на проспекте Абая.",
             "Открыть станцию для пассажиров планируют до конца года."]),
           ("Видео: паводок в Актюбинской области",
            ["Спасатели показали кадры эвакуации жителей сёл Актюбинской области.",
             "Уровень воды в реке Илек продолжает подниматься."])],
    "en": [("Video: how the new metro station in Almaty is being built",
            ["Builders are finishing the new metro station on Abay Avenue.",
             "The station is due to open to passengers before the end of the year."])],
}
PHOTO = {
    "ru": [("Фоторепортаж: Наурыз в Алматы",
            "Тысячи горожан отметили Наурыз на площади Республики.",
            "Праздничная площадь Республики", "Гости праздника")],
    "en": [("Photo story: Nauryz in Almaty",
            "Thousands of residents celebrated Nauryz on Republic Square.",
            "The festive Republic Square", "Guests of the celebration")],
}
INFOGRAPHIC = {
    "ru": [("Инфографика: инфляция в Казахстане за год",
            "Годовая инфляция в Казахстане составила 8,4%, по данным Бюро национальной "
            "статистики."),
           ("Инфографика: урожай зерна по регионам",
            "Больше всего зерна в этом году собрали в Костанайской области.")],
    "en": [("Infographic: inflation in Kazakhstan over the year",
            "Annual inflation in Kazakhstan reached 8.4%, according to the Bureau of National "
            "Statistics.")],
}
LIVE = {
    "ru": [("Онлайн: выборы в Мажилис",
            "Центр информации ведёт онлайн-трансляцию дня выборов.",
            ["Избирательные участки открылись во всех регионах страны.",
             "Явка к полудню составила 31%.",
             "ЦИК сообщил о первых жалобах наблюдателей.",
             "Явка к 18:00 превысила 50%.",
             "Избирательные участки закрылись, начался подсчёт голосов."])],
    "en": [("Live: Mazhilis elections",
            "Information Center is covering election day live.",
            ["Polling stations opened in all regions of the country.",
             "Turnout reached 31% by noon.",
             "The Central Election Commission reported the first complaints of observers.",
             "Polling stations closed and the count began."])],
}
INTERVIEW = {
    "ru": [("Директор зоопарка: «Снежные барсы чувствуют себя хорошо»",
            "Директор Алматинского зоопарка рассказал о новых обитателях.",
            [("Сколько детёнышей родилось этой весной?",
              "Трое: два снежных барса и одна рысь."),
             ("Когда их покажут посетителям?",
              "Не раньше осени, сейчас им нужен покой."),
             ("Что изменится в зоопарке?",
              "Мы откроем новый вольер и экологическую тропу.")]),
           ("Аким района: «Мы построим три школы»",
            "Аким Наурызбайского района ответил на вопросы о новых школах.",
            [("Почему школ не хватает?",
              "Район растёт быстрее, чем строятся школы."),
             ("Когда откроются новые?",
              "Первая примет учеников в сентябре.")])],
    "en": [("Zoo director: 'Snow leopards are doing well'",
            "The director of Almaty Zoo spoke about its new residents.",
            [("How many cubs were born this spring?",
              "Three: two snow leopards and a lynx."),
             ("When will visitors see them?",
              "Not before autumn, they need rest now.")])],
}
STATEMENT = {
    "ru": [("Заявление МИД Казахстана",
            "Министерство иностранных дел Республики Казахстан распространило заявление.",
            ["Казахстан выражает глубокую обеспокоенность эскалацией напряжённости в регионе.",
             "Мы призываем стороны к сдержанности и решению спорных вопросов мирным путём.",
             "Казахстан готов предоставить площадку для переговоров."]),
           ("Заявление акимата Алматы о ситуации с водоснабжением",
            "Акимат Алматы сделал заявление о ситуации с водоснабжением.",
            ["Аварийные работы на магистральном водоводе завершатся к утру.",
             "Подвоз питьевой воды организован во все микрорайоны, оставшиеся без воды."])],
    "en": [("Statement of the Ministry of Foreign Affairs of Kazakhstan",
            "The Ministry of Foreign Affairs of the Republic of Kazakhstan issued a statement.",
            ["Kazakhstan expresses deep concern over the escalation of tensions in the region.",
             "We call on the parties to show restraint and resolve disputes peacefully."])],
}
PRESS = {
    "ru": [("Фонд «Самрук-Казына» объявил о запуске программы стажировок",
            ["Фонд «Самрук-Казына» объявил о запуске программы стажировок для выпускников "
             "вузов.",
             "В программе примут участие 500 студентов из всех регионов страны."],
            ["Контакты для СМИ:", "Пресс-служба фонда", "Тел.: +7 (7172) 55-40-01",
             "E-mail: press@sk.kz"]),
           ("Алматинский марафон откроет регистрацию участников",
            ["Организаторы Алматинского марафона открывают регистрацию участников.",
             "Забег пройдёт по центральным улицам города."],
            ["Контакты:", "Айгерим Садыкова, пресс-секретарь", "Тел.: +7 701 555 12 34"])],
    "en": [("Samruk-Kazyna launches internship programme",
            ["Samruk-Kazyna announced the launch of an internship programme for graduates.",
             "500 students from all regions of the country will take part."],
            ["Media contacts:", "Press service of the fund", "Tel.: +7 (7172) 55-40-01",
             "E-mail: press@sk.kz"])],
    "kk": [("«Самұрық-Қазына» тағылымдама бағдарламасын бастады",
            ["«Самұрық-Қазына» қоры түлектерге арналған тағылымдама бағдарламасын бастады.",
             "Бағдарламаға барлық өңірлерден 500 студент қатысады."],
            ["БАҚ үшін байланыс:", "Тел.: +7 (7172) 55-40-01"])],
}
LONG = {
    "ru": ("Лонгрид: как Алматы готовится к зиме",
           ["Топливо", "Дороги", "Люди", "Деньги", "Итоги"],
           ["Коммунальные службы", "Энергетики", "Акимат", "Жители", "Эксперты", "Подрядчики"],
           ["заранее подготовились к холодам.", "проверили сети и котельные.",
            "закупили дополнительную технику.", "обсудили график работ.",
            "оценили расходы на сезон.", "рассказали о главных рисках."],
           "Зима всегда приходит неожиданно, даже если к ней готовиться весь год.",
           ["ТЭЦ-2 переведена на газ", "Закуплено 120 снегоуборочных машин",
            "Открыто 15 пунктов обогрева"],
           [("Показатель", "2023", "2024"), ("Техника, ед.", "340", "460"),
            ("Бюджет, млрд тенге", "12,1", "14,8")]),
    "en": ("Long read: how Almaty prepares for winter",
           ["Fuel", "Roads", "People", "Money", "Results"],
           ["Utility services", "Power engineers", "The city administration", "Residents",
            "Experts", "Contractors"],
           ["prepared for the cold in advance.", "checked the networks and boiler houses.",
            "bought additional machinery.", "discussed the work schedule.",
            "estimated the costs of the season.", "spoke about the main risks."],
           "Winter always comes unexpectedly, even if you prepare for it all year.",
           ["CHP-2 switched to gas", "120 snow ploughs purchased", "15 heating points opened"],
           [("Indicator", "2023", "2024"), ("Machinery, units", "340", "460"),
            ("Budget, bn tenge", "12.1", "14.8")]),
}
# one story in three languages (different ids, linked to each other), and a Kazakh story with
# its English version
METRO = {
    "ru": ("В Алматы открылись две новые станции метро",
           ["В Алматы открылись две новые станции метро — «Сайран» и «Москва».",
            "Длина линии выросла до 13,4 км."]),
    "en": ("Two new metro stations open in Almaty",
           ["Two new metro stations, Sairan and Moskva, opened in Almaty.",
            "The line is now 13.4 km long."]),
    "kk": ("Алматыда метроның екі жаңа бекеті ашылды",
           ["Алматыда метроның «Сайран» және «Мәскеу» атты екі жаңа бекеті ашылды.",
            "Желінің ұзындығы 13,4 км-ге жетті."]),
}
PARK = {
    "kk": ("Алматыда жаңа саябақ ашылды",
           ["Алматыда Наурызбай ауданында жаңа саябақ ашылды.",
            "Саябақта балалар алаңы, велосипед жолы және спорт алаңдары салынған."]),
    "en": ("New park opens in Almaty",
           ["A new park has opened in Almaty's Nauryzbay district.",
            "The park has a playground, a cycle path and sports grounds."]),
}
