"""The words of the twenty-first copy's formats: captions, interview questions and answers,
live-blog updates, digest lines, press services, columnists; by language."""

from __future__ import annotations

CAPTIONS = {
    "ru": ["Участники мероприятия перед началом церемонии", "Гости осматривают экспозицию",
           "Выступление руководителя ведомства", "Волонтёры помогают посетителям",
           "Дети на открытой площадке", "Вид на площадь с высоты", "Рабочий момент",
           "Награждение победителей", "Общая фотография участников", "Журналисты на брифинге",
           "Вечерняя подсветка здания", "Жители района у новой остановки"],
    "en": ["Guests before the ceremony", "Visitors look at the exhibition",
           "The minister addresses the audience", "Volunteers help visitors",
           "Children at the open-air venue", "A view of the square from above",
           "Behind the scenes", "The winners receive their awards", "A group photo",
           "Journalists at the briefing", "The building lit up at night",
           "Residents at the new bus stop"],
    "kk": ["Іс-шараға қатысушылар", "Қонақтар көрмені тамашалап жүр", "Басшының сөйлеген сөзі",
           "Еріктілер келушілерге көмектесуде", "Балалар ашық алаңда", "Алаңның жоғарыдан көрінісі",
           "Жұмыс сәті", "Жеңімпаздарды марапаттау", "Қатысушылардың ортақ суреті",
           "Брифингтегі журналистер", "Ғимараттың кешкі жарығы", "Аудан тұрғындары жаңа аялдамада"],
}
PHOTOGRAPHERS = {"ru": ["Данияр Сейтказин", "Анна Ким"], "en": ["Daniyar Seitkazin", "Anna Kim"],
                 "kk": ["Данияр Сейтқазин"]}

# (question, answer) pairs; the Russian ones print with dashes, the English ones as Q:/A:
INTERVIEW = {
    "ru": [("Как появилась идея проекта?", "Идея возникла три года назад, когда мы впервые "
            "обсудили её с жителями района."),
           ("С какими трудностями вы столкнулись?", "Главной трудностью стало финансирование, "
            "но нам помогли местные предприниматели."),
           ("Что изменится для горожан?", "Горожане получат удобное общественное пространство "
            "рядом с домом."),
           ("Какие планы на следующий год?", "Мы планируем открыть ещё две площадки в соседних "
            "районах.")],
    "en": [("How did the project start?", "It started three years ago when we first discussed "
            "it with residents."),
           ("What were the main difficulties?", "Funding was the main difficulty, but local "
            "businesses helped us."),
           ("What will change for residents?", "Residents will get a convenient public space "
            "near their homes."),
           ("What are your plans for next year?", "We plan to open two more venues in "
            "neighbouring districts.")],
    "kk": [("Жоба идеясы қалай пайда болды?", "Идея үш жыл бұрын аудан тұрғындарымен "
            "алғаш талқылағанда туды."),
           ("Қандай қиындықтарға тап болдыңыздар?", "Басты қиындық қаржыландыру болды, бірақ "
            "жергілікті кәсіпкерлер көмектесті."),
           ("Қала тұрғындары үшін не өзгереді?", "Тұрғындар үйдің жанында ыңғайлы қоғамдық "
            "кеңістікке ие болады.")],
}
GUESTS = {
    "ru": [("Айгерим Нурланова", "директор городского центра развития, кандидат экономических "
            "наук, работает в отрасли с 2009 года."),
           ("Ерлан Абдрахманов", "руководитель общественного фонда, автор нескольких "
            "социальных проектов.")],
    "en": [("Aigerim Nurlanova", "director of the city development centre, PhD in economics, "
            "in the field since 2009.")],
    "kk": [("Айгерім Нұрланова", "қалалық даму орталығының директоры, экономика ғылымдарының "
            "кандидаты.")],
}
COLUMNISTS = {
    "ru": [("Марат Жумабаев", "политолог, директор аналитического центра"),
           ("Ольга Ли", "экономист, преподаватель КазНУ")],
    "en": [("Marat Zhumabayev", "political analyst, director of a think tank")],
    "kk": [("Марат Жұмабаев", "саясаттанушы")],
}
DISCLAIMER = {"ru": "Мнение автора может не совпадать с позицией редакции.",
              "en": "The author's opinion may not coincide with the position of the editorial "
                    "board.",
              "kk": "Автордың пікірі редакцияның ұстанымымен сәйкес келмеуі мүмкін."}

UPDATES = {
    "ru": ["На площадку прибывают первые участники.", "Начался пленарный доклад министра.",
           "Министр ответил на вопросы журналистов.", "Объявлен перерыв на 15 минут.",
           "Участники перешли к обсуждению бюджета.", "Подписано соглашение о сотрудничестве.",
           "Депутаты задали вопросы о сроках реализации.", "Слово взял аким области.",
           "Озвучены итоги первого полугодия.", "Заседание продолжается в закрытом режиме.",
           "Представлен план на следующий год.", "Трансляция завершена, спасибо, что были с нами."],
    "en": ["The first participants are arriving.", "The minister's keynote has started.",
           "The minister answered journalists' questions.", "A 15-minute break is announced.",
           "Participants moved on to the budget.", "A cooperation agreement was signed.",
           "Deputies asked about the timeline.", "The regional governor takes the floor.",
           "First-half results were announced.", "The meeting continues behind closed doors.",
           "The plan for next year was presented.", "The broadcast is over, thank you for "
           "following."],
    "kk": ["Алғашқы қатысушылар келе бастады.", "Министрдің баяндамасы басталды.",
           "Министр журналистердің сұрақтарына жауап берді.", "15 минуттық үзіліс жарияланды.",
           "Қатысушылар бюджетті талқылауға көшті.", "Ынтымақтастық туралы келісім қол қойылды.",
           "Депутаттар мерзімдер туралы сұрады.", "Облыс әкімі сөз алды.",
           "Бірінші жарты жылдың қорытындысы жарияланды.", "Отырыс жабық режимде жалғасуда.",
           "Келесі жылға арналған жоспар ұсынылды."],
}
DIGEST_INTRO = {"ru": "Главные события дня — коротко.",
                "en": "The main events of the day in brief.",
                "kk": "Күннің басты оқиғалары қысқаша."}

PRESS = {
    "ru": [("Пресс-служба акимата города Алматы", "+7 727 271 66 00", "press@almaty.gov.kz"),
           ("Пресс-служба Министерства экологии РК", "+7 7172 74 08 12", "press@ecogeo.gov.kz")],
    "en": [("Press service of the Ministry of Foreign Affairs", "+7 7172 72 05 18",
            "press@mfa.kz")],
    "kk": [("Алматы қаласы әкімдігінің баспасөз қызметі", "+7 727 271 66 00",
            "press@almaty.gov.kz")],
}
CLAUSES = {
    "ru": ["Утвердить план мероприятий на текущий год.",
           "Обеспечить информирование населения через средства массовой информации.",
           "Контроль за исполнением возложить на заместителя руководителя.",
           "Настоящее решение вступает в силу со дня подписания."],
    "en": ["Approve the action plan for the current year.",
           "Inform the public through the mass media.",
           "Entrust control over implementation to the deputy head."],
    "kk": ["Ағымдағы жылға арналған іс-шаралар жоспары бекітілсін.",
           "Халықты бұқаралық ақпарат құралдары арқылы хабардар ету қамтамасыз етілсін.",
           "Осы шешім қол қойылған күнінен бастап күшіне енеді."],
}
RELEASE_INTRO = {"ru": "В целях реализации поручений Главы государства принято следующее решение:",
                 "en": "To implement the instructions of the Head of State, it was decided:",
                 "kk": "Мемлекет басшысының тапсырмаларын орындау мақсатында мынадай шешім "
                       "қабылданды:"}
VIDEO_KK = "Бейнежазбаны толық көріңіз."
