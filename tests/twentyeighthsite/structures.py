"""What the twenty-eighth copy writes inside its texts: one structure per kind and language.

``structure(kind, lang, num)`` gives the blocks of a list, a table, sub-headings, quotations,
a Q&A, footnotes, a ``<pre>`` schedule, inline links and emphasis, an embed, numbered steps or
a poem; ``short_lines``, ``fact_box`` shape a whole text or close it.
"""

from __future__ import annotations

from tests.twentyeighthsite.blocks import (
    Block,
    bullets,
    embed,
    fact_box,
    footnoted,
    footnotes,
    heading,
    para,
    pre,
    quote,
    quote_box,
    rich,
    steps,
    table,
    verse,
)

KINDS = ("ul", "table", "subheads", "blockquote", "quotebox", "qa", "footnotes", "pre",
         "inline", "embed", "steps", "poem", "ol")
KK_KINDS = ("ul", "poem", "subheads")

_RU = {
    "ul": [para("В программу на этот год вошли:"),
           bullets(["строительство двух школ на 1200 мест;", "ремонт 40 км внутриквартальных "
                    "дорог;", "озеленение 150 дворов."])],
    "ol": [para("Главные итоги года, по данным управления:"),
           bullets(["Открыто 12 новых поликлиник.", "Очереди на приём сократились вдвое.",
                    "Запущена запись к врачу через eGov."], "ol")],
    "table": [para("Число обращений граждан по районам:"),
              table(["Район", "2022", "2023"], [["Алмалинский", "1 250", "1 410"],
                                                ["Бостандыкский", "980", "1 105"],
                                                ["Медеуский", "640", "702"]])],
    "subheads": [heading("Что изменится для жителей", 2),
                 para("С нового года заявки будут принимать только в электронном виде."),
                 heading("Для предпринимателей", 3),
                 para("Бизнесу дадут переходный период в шесть месяцев.")],
    "blockquote": [para("Аким города обратился к жителям:"),
                   quote(["«Мы сделаем всё, чтобы работы закончились в срок.",
                          "Прошу горожан отнестись с пониманием к временным неудобствам»."])],
    "quotebox": [quote_box("«Каждый двор должен стать удобным для детей и пожилых людей»",
                           "Айгерим Нурланова, руководитель управления")],
    "qa": [rich("<strong>— Сколько стоит участие?</strong>", "— Сколько стоит участие?"),
           para("— Участие бесплатное, нужно только зарегистрироваться заранее."),
           rich("<strong>— Где пройдут занятия?</strong>", "— Где пройдут занятия?"),
           para("— В школах и колледжах всех восьми районов города.")],
    "footnotes": [footnoted("Программа принята в 2019 году", ", её продлили до 2025 года.", 1),
                  footnoted("Финансирование выросло почти вдвое", ".", 2)],
    "pre": [para("Расписание форума:"),
            pre(["09:00 — регистрация участников", "10:00 — пленарное заседание",
                 "14:00 — работа секций"])],
    "inline": [rich('Подробности опубликованы на <a href="https://www.gov.kz/">портале gov.kz'
                    '</a> и в <a href="https://t.me/ic24kz">Telegram-канале</a>, а <strong>'
                    "приём заявок</strong> продлится до <em>1 декабря</em>.",
                    "Подробности опубликованы на портале gov.kz и в Telegram-канале, а приём "
                    "заявок продлится до 1 декабря."),
               rich("<b>Важно</b>: проект <i>«Цифровой акимат»</i> работает круглосуточно.",
                    "Важно: проект «Цифровой акимат» работает круглосуточно.")],
    "steps": [para("Чтобы подать заявку, нужно:"),
              steps([("Шаг 1.", "Зарегистрируйтесь на портале eGov.kz."),
                     ("Шаг 2.", "Заполните анкету и приложите документы."),
                     ("Шаг 3.", "Дождитесь СМС с результатом.")])],
    "poem": [para("Завершился вечер песней, которую исполнил весь зал:"),
             verse(["Менің Қазақстаным,", "Алтын күн аспаны,", "Алтын дән даласы,",
                    "Ерліктің дастаны"], newline=True)],
}

_EN = {
    "ul": [para("This year's programme includes:"),
           bullets(["building two schools with 1,200 places;", "repairing 40 km of local "
                    "roads;", "planting trees in 150 courtyards."])],
    "ol": [para("The main results of the year, according to the department:"),
           bullets(["Twelve new clinics opened.", "Waiting lists were cut in half.",
                    "Doctor appointments can now be booked via eGov."], "ol")],
    "table": [para("Citizens' requests by district:"),
              table(["District", "2022", "2023"], [["Almaly", "1,250", "1,410"],
                                                   ["Bostandyk", "980", "1,105"],
                                                   ["Medeu", "640", "702"]])],
    "subheads": [heading("What changes for residents", 2),
                 para("From the new year, applications will only be accepted online."),
                 heading("For businesses", 3),
                 para("Companies will get a six-month transition period.")],
    "blockquote": [para("The mayor addressed the residents:"),
                   quote(["\u201cWe will do everything to finish the work on time.",
                          "I ask citizens to be patient with the temporary "
                          "inconvenience.\u201d"])],
    "quotebox": [quote_box("\u201cEvery courtyard should be comfortable for children and "
                           "older people\u201d", "Aigerim Nurlanova, head of the department")],
    "qa": [rich("<strong>Q: How much does it cost to take part?</strong>",
                "Q: How much does it cost to take part?"),
           para("A: Taking part is free, you only need to register in advance."),
           rich("<strong>Q: Where will the classes be held?</strong>",
                "Q: Where will the classes be held?"),
           para("A: In schools and colleges of all eight districts of the city.")],
    "footnotes": [footnoted("The programme was adopted in 2019", " and extended until 2025.", 1),
                  footnoted("Funding has almost doubled", ".", 2)],
    "pre": [para("The forum schedule:"),
            pre(["09:00 - registration of participants", "10:00 - plenary session",
                 "14:00 - panel sessions"])],
    "inline": [rich('Details are published on <a href="https://www.gov.kz/">the gov.kz portal'
                    '</a> and in the <a href="https://t.me/ic24kz">Telegram channel</a>, while '
                    "<strong>applications</strong> are accepted until <em>December 1</em>.",
                    "Details are published on the gov.kz portal and in the Telegram channel, "
                    "while applications are accepted until December 1."),
               rich("<b>Important</b>: the <i>Digital Akimat</i> service works around the "
                    "clock.", "Important: the Digital Akimat service works around the clock.")],
    "steps": [para("To apply, you need to:"),
              steps([("Step 1.", "Register on the eGov.kz portal."),
                     ("Step 2.", "Fill in the form and attach the documents."),
                     ("Step 3.", "Wait for a text message with the result.")])],
    "poem": [para("The evening ended with a song the whole hall sang:"),
             verse(["My Kazakhstan,", "the golden sun of the sky,", "the golden grain of the "
                    "steppe,", "a legend of courage"], newline=False)],
}

_KK = {
    "ul": [para("Биылғы бағдарламаға мыналар енді:"),
           bullets(["екі мектеп салу;", "40 шақырым жолды жөндеу;", "150 аулаға ағаш отырғызу."])],
    "poem": [para("Кеш соңында бүкіл зал ән шырқады:"),
             verse(["Менің елім, менің елім,", "Гүлің болып егілемін,",
                    "Жырың болып төгілемін, елім!"], newline=False)],
    "subheads": [heading("Тұрғындар үшін не өзгереді", 2),
                 para("Жаңа жылдан бастап өтінімдер тек электронды түрде қабылданады.")],
}

FOOTNOTES = {"ru": ["Постановление акимата города от 12 марта 2019 года.",
                    "По данным управления финансов."],
             "en": ["Resolution of the city akimat of March 12, 2019.",
                    "According to the finance department."]}

FACTS = {"ru": ("Справка", ["Управление создано в 2015 году.",
                            "В нём работают 120 специалистов."]),
         "en": ("Background", ["The department was set up in 2015.",
                               "It employs 120 specialists."]),
         "kk": ("Анықтама", ["Басқарма 2015 жылы құрылған."])}

SHORT = {"ru": ["Утро началось с сирены.", "Через минуту улицы опустели.", "Это были учения.",
                "Их провели спасатели.", "Всего — 40 минут.", "Итог — ноль пострадавших.",
                "Следующие учения — осенью."],
         "en": ["The morning began with a siren.", "A minute later the streets were empty.",
                "It was a drill.", "Rescuers ran it.", "It took 40 minutes.",
                "Nobody was hurt.", "The next drill is in autumn."],
         "kk": ["Таң сиренамен басталды.", "Бір минуттан соң көшелер бос қалды.",
                "Бұл оқу-жаттығу еді.", "Ешкім зардап шеккен жоқ."]}


def structure(kind: str, lang: str, num: int) -> list[Block]:
    """The blocks of one structure in the article's language (``num`` keeps embeds apart)."""
    if kind == "embed":
        return [embed("tweet" if num % 2 else "instagram", num)]
    if kind == "footnotes":
        return list({"ru": _RU, "en": _EN}[lang]["footnotes"])
    return list({"ru": _RU, "en": _EN, "kk": _KK}[lang][kind])


def closing(kind: str, lang: str) -> list[Block]:
    """What a structure puts after the text: the footnotes of ``footnotes``."""
    return [footnotes(FOOTNOTES[lang])] if kind == "footnotes" else []


def facts(lang: str) -> Block:
    title, paragraphs = FACTS[lang]
    return fact_box(title, paragraphs)


def short_lines(lang: str) -> list[Block]:
    return [para(line) for line in SHORT[lang]]
