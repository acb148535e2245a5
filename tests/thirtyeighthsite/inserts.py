"""What the thirty-eighth copy puts inside an article's text, by language.

``Part`` is one block of the text in page order. Text parts (paragraphs, fact boxes, Q&A,
quotations, lists, tables, footnoted paragraphs and their notes) are what a reader records as
the body; the others (furniture) are shown by the browser between the paragraphs but are no
part of the story: links to other stories, ads, prompts, polls, share rows, an update's time
stamp, embeds, the source line, a bio box and hashtags (the tags). A correction note closing the
text ("Исправление: в первоначальной версии…") is text: the editors wrote it for the reader (as
the thirtieth copy's truth has it).
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_KINDS = ("fact", "qa", "quote", "list", "table", "footnote")
FURNITURE = ("readalso", "readbox", "ad", "subscribe", "poll", "typo", "share", "bio",
             "update", "correction", "embed", "pull", "quiz")


@dataclass(frozen=True)
class Part:
    kind: str  # "p", a TEXT_KINDS kind, "notes", or a FURNITURE kind, "source", "hashtags"
    lines: tuple[str, ...] = ()  # the text the block shows (its own meaning per kind)
    ordered: bool = False  # a list: <ol> rather than <ul>

    def text(self) -> list[str]:
        """The body paragraphs this block contributes (none for furniture)."""
        if self.kind in ("p", "quote", "footnote", "notes", "correction"):
            return list(self.lines)
        if self.kind == "fact":
            return [f"{self.lines[0]} {self.lines[1]}"]
        if self.kind == "qa":
            return [self.lines[0], f"{self.lines[1]}: {self.lines[2]}"]
        if self.kind == "list":
            return list(self.lines)
        if self.kind == "table":
            return [" ".join(row.split("|")) for row in self.lines]
        return []


FACTS = {
    "ru": [("Справка.", "Программа действует с 2019 года и охватывает все регионы страны."),
           ("Досье.", "Ведомство создано в 2014 году, в его штате более 300 специалистов."),
           ("Кстати,", "в прошлом году на аналогичные цели было направлено 1,8 млрд тенге.")],
    "en": [("Background.", "The programme has been running since 2019 in every region."),
           ("By the way,", "a similar sum of 1.8 billion tenge was spent last year.")],
    "kk": [("Анықтама.", "Бағдарлама 2019 жылдан бері барлық өңірде жүзеге асырылып келеді."),
           ("Айтпақшы,", "өткен жылы осы мақсатқа 1,8 млрд теңге бөлінген.")],
}
QA = {
    "ru": ("— Когда планируется завершить работы?", "Ерлан Нургалиев",
           "Основной объём работ мы выполним до конца сентября, остальное — к зиме."),
    "en": ("— When will the work be finished?", "Yerlan Nurgaliyev",
           "We will finish most of the work by the end of September and the rest by winter."),
    "kk": ("— Жұмыс қашан аяқталады?", "Ерлан Нұрғалиев",
           "Негізгі жұмысты қыркүйектің соңына дейін аяқтаймыз."),
}
QUOTES = {
    "ru": "«Мы рассчитываем, что новые меры дадут результат уже в этом году», — отметил "
          "заместитель руководителя ведомства.",
    "en": "\u201cWe expect the new measures to show results this year,\u201d the deputy head of "
          "the agency said.",
    "kk": "«Жаңа шаралар биыл-ақ нәтиже береді деп күтеміз», — деді ведомство басшысының "
          "орынбасары.",
}
LISTS = {
    "ru": ("Средства направят на следующие цели:",
           ("ремонт 14 школ и 6 поликлиник;", "строительство 32 км дорог;",
            "благоустройство 120 дворов.")),
    "en": ("The funds will go to:",
           ("repairs of 14 schools and 6 clinics;", "32 km of new roads;",
            "landscaping of 120 courtyards.")),
    "kk": ("Қаражат мына мақсаттарға жұмсалады:",
           ("14 мектеп пен 6 емхананы жөндеу;", "32 шақырым жол салу;",
            "120 ауланы абаттандыру.")),
}
TABLES = {
    "ru": ("Регион|2022|2023", "Алматы|1 250|1 410", "Астана|980|1 120"),
    "en": ("Region|2022|2023", "Almaty|1,250|1,410", "Astana|980|1,120"),
    "kk": ("Өңір|2022|2023", "Алматы|1 250|1 410", "Астана|980|1 120"),
}
NOTES = {
    "ru": "По данным Бюро национальной статистики на 1 января.",
    "en": "According to the Bureau of National Statistics as of January 1.",
    "kk": "Ұлттық статистика бюросының 1 қаңтардағы деректері бойынша.",
}
READ_ALSO = {"ru": "Читайте также:", "en": "Also read:", "kk": "Сондай-ақ оқыңыз:"}
AD = {"ru": "Реклама", "en": "Advertisement", "kk": "Жарнама"}
SUBSCRIBE = {
    "ru": "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости.",
    "en": "Follow us on Telegram to get the main news first.",
    "kk": "Басты жаңалықтарды бірінші білу үшін Telegram-арнамызға жазылыңыз.",
}
TYPO = {
    "ru": "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
    "en": "Found a mistake? Select it and press Ctrl+Enter",
    "kk": "Қате таптыңыз ба? Оны белгілеп, Ctrl+Enter басыңыз",
}
POLL = {
    "ru": ("Как вы оцениваете эту инициативу?", ("Положительно", "Отрицательно",
                                                 "Затрудняюсь ответить"), "Голосовать"),
    "en": ("How do you rate this initiative?", ("Positively", "Negatively", "Not sure"),
           "Vote"),
    "kk": ("Бұл бастаманы қалай бағалайсыз?", ("Оң", "Теріс", "Білмеймін"), "Дауыс беру"),
}
QUIZ = {
    "ru": ("Тест: насколько хорошо вы знаете свой город?", "Начать тест"),
    "en": ("Quiz: how well do you know your city?", "Start the quiz"),
    "kk": ("Тест: өз қалаңызды қаншалықты жақсы білесіз?", "Тестті бастау"),
}
SHARE = {"ru": "Поделиться:", "en": "Share:", "kk": "Бөлісу:"}
BIO = {
    "ru": ("Айгерим Сатпаева", "Корреспондент. Пишет об экономике и городской среде с 2015 "
                               "года, лауреат премии «Алтын жұлдыз»."),
    "en": ("Aigerim Satpayeva", "Correspondent. She has covered the economy and urban life "
                                "since 2015."),
    "kk": ("Әйгерім Сәтпаева", "Тілші. 2015 жылдан бері экономика туралы жазады."),
}
UPDATE = {"ru": ("Обновлено в 15:40", "Материал дополнен"),
          "en": ("Updated at 15:40", "This story has been updated"),
          "kk": ("Жаңартылды 15:40", "Материал толықтырылды")}
CORRECTION = {
    "ru": "Исправление: в первоначальной версии материала была неверно указана дата форума.",
    "en": "Correction: an earlier version of this article gave the wrong date of the forum.",
    "kk": "Түзету: материалдың алғашқы нұсқасында форумның күні қате көрсетілген.",
}
EMBED = {
    "ru": "Сегодня на площади прошёл праздничный концерт. Спасибо всем, кто пришёл!",
    "en": "A festive concert took place on the square today. Thanks to everyone who came!",
    "kk": "Бүгін алаңда мерекелік концерт өтті. Келген барлығына рахмет!",
}
SOURCE_LABEL = "Источник:"  # Russian on every page, as on the outlet's English pages


def text_part(kind: str, lang: str, i: int, sentence: str) -> Part:
    """One text block of ``kind`` (``sentence``: the plain paragraph a footnote marks)."""
    if kind == "fact":
        return Part("fact", FACTS[lang][i % len(FACTS[lang])])
    if kind == "qa":
        return Part("qa", QA[lang])
    if kind == "quote":
        return Part("quote", (QUOTES[lang],))
    if kind == "list":
        intro, items = LISTS[lang]
        return Part("list", (intro, *items), ordered=i % 2 == 1)
    if kind == "table":
        return Part("table", TABLES[lang])
    return Part("footnote", (sentence,))
