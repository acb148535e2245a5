"""The thirtieth copy's own texts: update and correction notes, the "what we know" lists, the
key-point boxes, a Kazakh story and the "Арал" series with the English version of its first part.
"""

from __future__ import annotations

from datetime import date

UPD = {"ru": ("UPD: По уточнённым данным, решение вступит в силу с 1 числа следующего месяца.",
              "Дополнено: В акимате уточнили, что заявки принимаются до конца недели."),
       "en": ("UPD: According to updated information, the decision takes effect next month.",
              "Update: Officials clarified that applications are accepted until the end of the "
              "week."),
       "kk": ("UPD: Нақтыланған мәліметке сәйкес, шешім келесі айдан бастап күшіне енеді.",
              "Толықтырылды: Әкімдік өтінімдер апта соңына дейін қабылданатынын нақтылады.")}
CORRECTION = {"ru": "Исправление: В первоначальной версии материала была неверно указана сумма "
                    "финансирования.",
              "en": "Correction: An earlier version of this story misstated the amount of "
                    "funding.",
              "kk": "Түзету: Материалдың алғашқы нұсқасында қаржыландыру сомасы қате көрсетілген."}
KNOWN = {"ru": ("Что известно на данный момент:",
                ["Работы начались в понедельник.", "Пострадавших нет.",
                 "Комиссия продолжит проверку до конца месяца."]),
         "en": ("What we know so far:",
                ["The work began on Monday.", "No one was injured.",
                 "The commission will continue its inspection until the end of the month."]),
         "kk": ("Қазіргі уақытта не белгілі:",
                ["Жұмыс дүйсенбіде басталды.", "Зардап шеккендер жоқ.",
                 "Комиссия тексерісті ай соңына дейін жалғастырады."])}
KEY_POINTS = {"ru": ["Решение принято на заседании акимата", "Работы завершат до конца года",
                     "Финансирование — из местного бюджета"],
              "en": ["The decision was taken at a city meeting", "Work will end this year",
                     "Funding comes from the local budget"],
              "kk": ["Шешім әкімдік отырысында қабылданды", "Жұмыс биыл аяқталады"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодарда Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы 800 метрді құрайды.",
      "Құрылыс жұмыстары екі жылға созылды."]),
]
SERIES_RU = "Арал: жизнь после моря"
SERIES = [
    (date(2022, 5, 10), ["Когда-то Аральское море кормило тысячи семей рыбаков из Аральска и "
                         "окрестных сёл.",
                         "Сегодня от порта до воды больше 80 километров, а на месте причалов "
                         "стоят ржавые суда.",
                         "Жители вспоминают, как в 1970-х годах рыбу отправляли вагонами по всей "
                         "стране."]),
    (date(2022, 5, 17), ["Строительство Кокаральской плотины в 2005 году вернуло воду в северную "
                         "часть моря.",
                         "Солёность снизилась, и в Малый Арал вернулись сазан, судак и камбала.",
                         "Рыбаки из посёлка Тастубек снова выходят в море на лодках."]),
    (date(2022, 5, 24), ["Учёные обсуждают второй этап проекта по сохранению Северного Арала.",
                         "Повышение уровня плотины позволит вернуть воду к Аральску.",
                         "Решение о финансировании второго этапа ожидается в следующем году."]),
]
SERIES_EN = ("Aral: life after the sea. Part 1",
             ["The Aral Sea once fed thousands of fishing families in Aralsk and nearby villages.",
              "Today the water is more than 80 kilometres from the port, and rusty ships stand "
              "where the piers used to be.",
              "Residents remember how fish were sent by the wagon-load all over the country in "
              "the 1970s."])
