"""The attribution forms of the twenty-fourth copy: sources, photo credits, datelines, bylines.

Each ``*_FORMS`` tuple lists the ways the copy prints one thing; ``site.py`` hands them out by
position so every form occurs at least twice. Every form here pairs what the page prints with
what a careful reader records (the rules are in ``site.py``'s docstring).
"""

from __future__ import annotations

from typing import Protocol

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS


class Attributed(Protocol):
    """The article fields these forms read and set (``site.Article``)."""

    lang: str
    num: int
    paragraphs: list[str]
    source: str | None
    source_html: str
    source_at: str
    line_form: str
    photo_form: str
    photo_credit: str | None
    credit_text: str
    images: int


RU_SOURCE_FORMS = ("line", "materials", "press_lead", "own", "sputnik_lead", "copyright",
                   "link", "top_line", "quoted", "agency_dateline", "own")
EN_SOURCE_FORMS = ("ru_label", "source_en", "reuters", "own", "lead", "top_link")
KK_SOURCE_FORMS = ("derekkoz", "own", "derekkoz_link")
SOURCE_FORMS = {"ru": RU_SOURCE_FORMS, "en": EN_SOURCE_FORMS, "kk": KK_SOURCE_FORMS}

RU_PHOTO_FORMS = ("copyright_name", "open_sources", "press_service", "domain", "figcaption",
                  "gallery", "alt_only", "uncredited", "no_image")
EN_PHOTO_FORMS = ("courtesy", "figcaption", "alt_only", "uncredited", "gallery")
KK_PHOTO_FORMS = ("kk_author", "domain", "uncredited")
PHOTO_FORMS = {"ru": RU_PHOTO_FORMS, "en": EN_PHOTO_FORMS, "kk": KK_PHOTO_FORMS}

RU_LINE_FORMS = ("caps_agency", "comma_year", "paren_agency", "clock", "none", "seed", "none")
EN_LINE_FORMS = ("caps_ic", "none", "seed")
KK_LINE_FORMS = ("caps_agency", "none")
LINE_FORMS = {"ru": RU_LINE_FORMS, "en": EN_LINE_FORMS, "kk": KK_LINE_FORMS}

_LINE_NAMES = ("Лада.kz", "КазТАГ", "Orda.kz")
_PRESS_CITIES = ("Алматы", "Шымкента", "Астаны")
# prepositions a Russian lead starts with: lower-cased after "Как сообщает X, "
_SMALL_WORDS = {"В", "Во", "На", "По", "С", "Для", "Из", "От", "К", "У", "О", "Об", "За", "До"}
EN_MONTHS_SHORT = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
                   "Nov", "Dec")


def _after(prefix: str, lead: str) -> str:
    first, _, rest = lead.partition(" ")
    if first in _SMALL_WORDS:
        first = first.lower()
    return f"{prefix}{first} {rest}"


def _set(art: Attributed, source: str, html: str, at: str) -> None:
    art.source, art.source_html, art.source_at = source, html, at


def apply_source(art: Attributed, form: str, j: int) -> None:
    """Print the source in ``form`` (the j-th article of its language picks the names)."""
    lead = art.paragraphs[0]
    if form in ("line", "ru_label"):
        name = (_LINE_NAMES[j // len(RU_SOURCE_FORMS) % len(_LINE_NAMES)] if art.lang == "ru"
                else "Kazinform")
        _set(art, name, f"Источник: {name}", "bottom")
    elif form == "materials":
        _set(art, "Tengrinews.kz", "<em>По материалам Tengrinews.kz</em>", "bottom")
    elif form == "press_lead":
        city = _PRESS_CITIES[j % len(_PRESS_CITIES)]
        art.paragraphs[0] = _after(f"По данным пресс-службы акимата {city}, ", lead)
        _set(art, f"пресс-служба акимата {city}", "", "lead")
    elif form == "sputnik_lead":
        art.paragraphs[0] = _after("Как сообщает Sputnik Казахстан, ", lead)
        _set(art, "Sputnik Казахстан", "", "lead")
    elif form == "copyright":
        _set(art, "Интерфакс-Казахстан", "© Интерфакс-Казахстан", "bottom")
    elif form == "link":
        _set(art, "Kapital.kz", f'Источник: <a href="https://kapital.kz/economic/{9100 + j}'
                                f'.html" target="_blank" rel="nofollow">Kapital.kz</a>', "bottom")
    elif form == "top_line":
        _set(art, "Informburo.kz", "Источник: Informburo.kz", "top")
    elif form == "quoted":
        _set(art, "Хабар 24", "Источник: «Хабар 24»", "bottom")
    elif form == "agency_dateline":
        art.line_form = "agency"
        _set(art, "Казинформ", "", "dateline")
    elif form == "source_en":
        _set(art, "Astana Times", "Source: Astana Times", "bottom")
    elif form == "reuters":
        art.line_form = "reuters"
        _set(art, "Reuters", "", "dateline")
    elif form == "lead":
        name, verb = (("Kazinform", "Kazinform reports"), ("Tengrinews.kz", "according to "
                                                           "Tengrinews.kz"))[j % 2]
        art.paragraphs[0] = f"{lead.rstrip('.')}, {verb}."
        _set(art, name, "", "lead")
    elif form == "top_link":
        _set(art, "The Astana Times", 'Source: <a href="https://astanatimes.com/">'
                                      "The Astana Times</a>", "top")
    elif form == "derekkoz":
        _set(art, "ҚазАқпарат", "Дереккөз: ҚазАқпарат", "bottom")
    elif form == "derekkoz_link":
        _set(art, "Egemen.kz", 'Дереккөз: <a href="https://egemen.kz/">Egemen.kz</a>', "top")
    else:
        assert form == "own", form


_RU_NAMES = ("Иван Петров", "Асель Нурланова")
_PHOTO_TEXT = {
    # form: (printed credit, what a reader records); "{}" takes a name from _RU_NAMES
    "copyright_name": ("Фото: © {}", "{}"),
    "open_sources": ("Фото из открытых источников", "открытые источники"),
    "press_service": ("Фото пресс-службы МВД", "пресс-служба МВД"),
    "domain": ("Фото: pixabay.com", "pixabay.com"),
    "figcaption": ("Фото: Данияр Омаров", "Данияр Омаров"),
    "gallery": ("Фото: Ербол Жумагулов", "Ербол Жумагулов"),
    "alt_only": ("Фото: akorda.kz", "akorda.kz"),
    "seed_gov": ("Фото:gov.kz", "gov.kz"),
    "seed_pixabay": ("Фото:pixabay", "pixabay"),
}
_EN_PHOTO_TEXT = {
    "courtesy": ("Photo courtesy of Kazakh Invest", "Kazakh Invest"),
    "figcaption": ("Photo: Vladimir Tretyakov", "Vladimir Tretyakov"),
    "alt_only": ("Photo: gov.kz", "gov.kz"),
    "gallery": ("Photos: Astana Hub", "Astana Hub"),
}
_KK_PHOTO_TEXT = {
    "kk_author": ("Суреттің авторы: Дәулет Қасымов", "Дәулет Қасымов"),
    "domain": ("Сурет: pixabay.com", "pixabay.com"),
}


def apply_photo(art: Attributed, form: str, j: int) -> None:
    """The article's images and the credit printed in ``form`` ("uncredited": a photo and no
    credit, "no_image": neither)."""
    art.photo_form = form
    art.images = {"no_image": 0, "gallery": 3}.get(form, 1)
    table = {"ru": _PHOTO_TEXT, "en": _EN_PHOTO_TEXT, "kk": _KK_PHOTO_TEXT}[art.lang]
    if form not in table:
        art.photo_credit, art.credit_text = None, ""
        return
    printed, recorded = table[form]
    name = _RU_NAMES[j % len(_RU_NAMES)]
    art.credit_text, art.photo_credit = printed.format(name), recorded.format(name)


def dateline(form: str, lang: str, place: str, day: int, month: int, year: int,
             clock: str) -> str:
    """The printed dateline (with its dash and trailing space) of ``form``; '' for "none"."""
    up = place.upper()
    months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[lang]
    forms = {
        "caps_agency": f"{up}. {day} {months[month - 1]}. "
                       + ("Ақпарат орталығы – " if lang == "kk" else "Центр информации – "),
        "comma_year": f"{place}, {day} {months[month - 1]} {year} — ",
        "paren_agency": f"{up} (Центр информации) — ",
        "clock": f"{up}, {clock} – ",
        "seed": (f"{place}. {months[month - 1]} {day}. Information Center - " if lang == "en"
                 else f"{place}. {day} {months[month - 1]}. Центр информации - "),
        "agency": f"{place}, КАЗИНФОРМ – ",
        "caps_ic": f"{up}, {EN_MONTHS_SHORT[month - 1]} {day} (IC) — ",
        "reuters": f"{up}, {EN_MONTHS_SHORT[month - 1]} {day} (Reuters) - ",
        "none": "",
    }
    return forms[form]


BYLINES = {
    "ru": (("top", "Автор: Айгерим Сапарова"), ("bottom", "Текст: Ержан Бекмагамбетов"),
           ("bottom", "Автор: Динара Ахметова")),
    "en": (("top", "By Aigerim S."), ("bottom", "By Daniyar Kenzhebayev")),
    "kk": (("top", "Автор: Гүлнар Жақсылықова"),),
}
