"""What the twelfth copy puts inside an article's text besides paragraphs: a sub-heading, a
bulleted or numbered list, a table of figures and a quoted person, per language."""

from __future__ import annotations

H2 = {"ru": "Что изменится для жителей", "en": "What changes for residents",
      "kk": "Тұрғындар үшін не өзгереді"}
ITEMS = {
    "ru": ["Сроки работ — до конца года;", "Объём финансирования — 2,5 млрд тенге;",
           "Ответственный — управление строительства."],
    "en": ["Deadline: the end of the year;", "Funding: 2.5 billion tenge;",
           "Contractor: the city construction department."],
    "kk": ["Жұмыс мерзімі — жыл соңына дейін;", "Қаржыландыру көлемі — 2,5 млрд теңге;",
           "Жауапты — құрылыс басқармасы."],
}
TABLE = {
    "ru": [["Показатель", "2022", "2023"], ["Число участников", "1\u00a0250", "1\u00a0410"],
           ["Бюджет, млн тенге", "320", "385"]],
    "en": [["Indicator", "2022", "2023"], ["Participants", "1,250", "1,410"],
           ["Budget, million tenge", "320", "385"]],
    "kk": [["Көрсеткіш", "2022", "2023"], ["Қатысушылар саны", "1\u00a0250", "1\u00a0410"],
           ["Бюджет, млн теңге", "320", "385"]],
}
QUOTE = {
    "ru": "«Мы рассчитываем завершить все работы до начала отопительного сезона», — отметил "
          "заместитель акима города.",
    "en": "“We expect to complete all the work before the heating season,” the deputy mayor "
          "said.",
    "kk": "«Барлық жұмысты жылу беру маусымына дейін аяқтаймыз», — деді қала әкімінің "
          "орынбасары.",
}


def compose(paragraphs: list[str], lang: str, i: int) -> list[tuple[str, object]]:
    """The lead, then (by position ``i``) a quote, a sub-heading with a list, the rest of the
    paragraphs and a table at the end; the truth's paragraphs come from these blocks."""
    blocks: list[tuple[str, object]] = [("p", paragraphs[0])]
    if i % 4 == 1:
        blocks.append(("quote", QUOTE[lang]))
    if i % 2 == 0:
        blocks.append(("h2", H2[lang]))
    kind = ("ul", "ol", None)[(i // 3) % 3]
    if kind:
        blocks.append((kind, list(ITEMS[lang])))
    blocks += [("p", p) for p in paragraphs[1:]]
    if i % 5 == 4:
        blocks.append(("table", [list(row) for row in TABLE[lang]]))
    return blocks
