"""The forty-sixth copy's stories, truth and router (see the package docstring)."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.copykit import catalogue, seeds, stories
from tests.copykit.catalogue import ALMATY
from tests.copykit.text import CYR2LAT, LAT2CYR, is_cyr, is_latin, normalise
from tests.fortysixthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
SEED = 4646
Response = tuple[int, dict[str, str], bytes]
Block = tuple[str, Any]

RUBRICS = {
    "ru": ["Социум", "Экономика", "Политика", "Происшествия", "Культура", "Спорт", "Здоровье"],
    "en": ["Society", "Economy", "Politics", "Incidents", "Culture", "Sport", "Health"],
    "kk": ["Қоғам", "Экономика"],
}
PHOTO_CREDITS = [*stories.PHOTO_CREDITS, "pixabay", "gov.kz"]
KK_EXTRA = [
    ("Талдықорғанда жаңа емхана ашылды",
     ["Талдықорғанда үш жүз орындық жаңа емхана ашылды.",
      "Емханада заманауи медициналық құрал-жабдықтар орнатылған.",
      "Облыс әкімдігінің мәліметінше, ғимарат құрылысына 4 млрд теңге жұмсалған."]),
]
KK_TEXTS = dict([*stories.KK_STORIES, *KK_EXTRA])
# The editor's own formatting, one kind on each of these pages (about a third of them).
DEVIATIONS = ("photo_in_text", "bold_lead", "quote", "list", "table", "video", "gallery",
              "updated", "readalso", "photo_mid", "embed", "ad_in_text", "mso", "late_dateline",
              "brs", "comments")
QUOTE = {
    "ru": "«Мы планируем завершить все работы до конца года и открыть объект для жителей уже "
          "весной», — отметил руководитель управления.",
    "en": "\"We plan to complete all the work by the end of the year and open the facility to "
          "residents in spring,\" the head of the department said.",
}
LIST_INTRO = {"ru": "В рамках программы предусмотрено:", "en": "The programme provides for:"}
LIST_ITEMS = {
    "ru": ["строительство трёх новых школ;", "ремонт 25 км дорог;",
           "благоустройство 12 дворов."],
    "en": ["construction of three new schools;", "repair of 25 km of roads;",
           "landscaping of 12 courtyards."],
}
TABLE_INTRO = {"ru": "Средние цены на продукты в Алматы, тенге:",
               "en": "Average food prices in Almaty, tenge:"}
TABLE_ROWS = {
    "ru": [["Продукт", "Март", "Апрель"], ["Хлеб, 1 кг", "180", "185"],
           ["Молоко, 1 л", "420", "430"], ["Сахар, 1 кг", "510", "495"]],
    "en": [["Product", "March", "April"], ["Bread, 1 kg", "180", "185"],
           ["Milk, 1 l", "420", "430"], ["Sugar, 1 kg", "510", "495"]],
}
COMMENTS = [("Айдар", "Наконец-то! Давно этого ждали."),
            ("Гость", "А когда у нас в районе сделают то же самое?")]


@dataclass
class Article(catalogue.CopyArticle):
    blocks: list[Block] = field(default_factory=list)  # the text as the editor left it
    raw_title: str = ""
    photo: str | None = None  # the story's photo (template field, or in the text)
    deviation: str | None = None
    dateline_day: date | None = None
    entities: bool = False  # quotes, dashes and no-break spaces as named entities
    bold_dateline: bool = False
    linked_source: bool = False
    fb_comments: bool = False
    updated: datetime | None = None
    comments: list[tuple[str, datetime, str]] = field(default_factory=list)

    def image_paths(self) -> list[str]:
        paths = [self.photo] if self.photo else []
        for kind, payload in self.blocks:
            if kind == "inline_img":
                paths.append(payload[0])
            elif kind == "gallery":
                paths.extend(payload[0])
        return paths

    def dateline(self) -> str:
        """'Алматы. 16 апреля. Центр информации - ' of the dateline's own day."""
        if not self.place:
            return ""
        d = self.dateline_day or self.day
        month = catalogue.MONTHS[self.lang][d.month - 1]
        day = f"{month} {d.day}" if self.lang == "en" else f"{d.day} {month}"
        return f"{self.place}. {day}. {catalogue.AGENCY[self.lang]} - "

    def date_text(self, lang: str | None = None) -> str:
        """The CMS's date: '20 Апреля 2023', '2 August 2021', '16 Сәуір 2021'."""
        return date_text(self.day, lang or self.lang)

    def info_text(self) -> str:
        """The info line as its text reads."""
        parts = [self.date_text(), str(self.views)]
        if self.category:
            parts.append(self.category)
        if self.tags:
            parts.append(", ".join(self.tags))
        return " ".join(parts)


def date_text(day: date, lang: str) -> str:
    month = catalogue.MONTHS[lang][day.month - 1]
    return f"{day.day} {month if lang == 'en' else month.capitalize()} {day.year}"


def body_paragraphs(blocks: Sequence[Block]) -> list[str]:
    """The truth's paragraphs of the text's blocks."""
    out: list[str] = []
    for kind, payload in blocks:
        if kind in ("p", "quote"):
            out.append(normalise(payload))
        elif kind in ("list", "brs"):
            out.extend(normalise(p) for p in payload)
        elif kind == "table":
            out.extend(" ".join(normalise(c) for c in row) for row in payload)
    return out


def _hex(*parts: object) -> str:
    return hashlib.md5("-".join(map(str, parts)).encode()).hexdigest()[:13]  # noqa: S324


def _capital(lang: str, day: date) -> str:
    old = date(2019, 3, 20) <= day < date(2022, 9, 17)
    return {"ru": ("Астана", "Нур-Султан"), "en": ("Astana", "Nur-Sultan"),
            "kk": ("Астана", "Нұр-Сұлтан")}[lang][old]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    if lang == "kk":
        paras, source = list(KK_TEXTS[title]), None
    else:
        paras, source = stories.headline_story(lang, title, i, rng)
    source_line = bool(source) and rng.random() < 0.5
    if not source and rng.random() < 0.35:
        source, source_line = rng.choice(stories.SOURCES[lang]), True
    r = rng.random()
    home = {"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}[lang]
    place = (None if r < 0.15 else _capital(lang, day) if r < 0.3
             else {"ru": "Шымкент", "en": "Shymkent", "kk": "Шымкент"}[lang] if r < 0.36
             else home)
    has_photo = rng.random() < 0.8
    credit = rng.choice(PHOTO_CREDITS) if has_photo and rng.random() < 0.75 else None
    art = Article(0, lang, day, title, "custom", paras, place=place, source=source,
                  source_line=source_line, photo_credit=credit,
                  category=rng.choice(RUBRICS[lang]),
                  tags=rng.sample(stories.TAGS[lang], rng.choice([0, 1, 2, 2, 3, 4])),
                  views=rng.randint(35, 4800))
    art.photo = "" if has_photo else None  # the path once the id is known
    return art


def _fixed() -> list[Article]:
    ru, en = seeds.ru(), seeds.en()
    return [
        Article(ru.num, "ru", ru.day, ru.title, "custom", list(ru.paragraphs),
                raw_paragraphs=list(ru.raw_paragraphs), place=ru.place, source=ru.source,
                source_line=True, category="Социум", tags=["Япония", "диаспора"], views=1312),
        Article(45713, "en", date(2021, 4, 19), stories.PAIR_EN_TITLE, "custom", [
            "Kazakhs living in Japan have set up their own association, KazTAG reports citing "
            "the Ministry of Foreign Affairs of Kazakhstan.",
            "The founding meeting of the Association of Kazakhs in Japan was held at the "
            "Embassy of Kazakhstan in Tokyo. It is the first public organisation of its kind in "
            "the country.",
            "According to the embassy, 191 citizens of Kazakhstan and about 70 ethnic Kazakhs "
            "from China, Mongolia and Uzbekistan live in Japan permanently.",
            "The association is headed by Abdibek Kalybek, a surgeon at the Juntendo University "
            "clinic."],
            place="Almaty", source="KazTAG", source_line=True, photo_credit="gov.kz",
            category="Society", tags=["Japan", "diaspora"], views=214),
        Article(en.num, "en", en.day, en.title, "custom", list(en.paragraphs),
                raw_paragraphs=list(en.raw_paragraphs), place=en.place, source=en.source,
                source_line=True, category="Culture", tags=["Luxembourg", "diaspora"],
                views=388),
        Article(49120, "ru", date(2023, 4, 20), stories.SUBBOTNIK_TITLE, "custom", [
            "В Алматы прошёл общегородской субботник, в котором приняли участие более 50 тысяч "
            "жителей.",
            "Аким города вместе с сотрудниками акимата высадил саженцы в сквере на проспекте "
            "Абая.",
            "Всего в ходе субботника от мусора очищено более 300 гектаров территорий, высажено "
            "2,5 тысячи деревьев и 10 тысяч кустарников.",
            "Работы по благоустройству продолжатся до конца апреля, отметили в акимате."],
            place="Алматы", source="пресс-служба акимата Алматы", source_line=True,
            photo_credit="pixabay", category="Социум", tags=["Алматы", "аким", "субботник"],
            views=683),
    ]


FIXED = {45694, 45713, 46768, 49120}


# ----------------------------------------------------------------- hazards of the raw text


def _nbsp(text: str) -> str:
    """The space after the first short word becomes a no-break space."""
    out = re.sub(r"(?<!\w)(\w{1,2}) ", "\\1\u00a0", text, count=1)
    return out if out != text else text.replace(" ", "\u00a0", 1)


def _zero_width(text: str) -> str:
    m = re.search(r"[^\W\d_]{7,}", text)
    return text if not m else text[: m.start() + 3] + "\u200b" + text[m.start() + 3:]


def _homoglyph(text: str, lang: str) -> str:
    """One letter of one word swapped for its look-alike of the other script."""
    table = CYR2LAT if lang != "en" else LAT2CYR
    script = is_cyr if lang != "en" else is_latin
    for m in re.finditer(r"[^\W\d_]{5,}", text):
        word = m.group()
        if all(script(c) for c in word):
            k = next((k for k, c in enumerate(word[1:], 1) if c in table), None)
            if k is not None:
                pos = m.start() + k
                return text[:pos] + table[text[pos]] + text[pos + 1:]
    return text


def _raw(art: Article) -> list[str]:
    """The story's paragraphs as the editor typed them (the seeds: as dumped)."""
    if art.raw_paragraphs:
        return list(art.raw_paragraphs)
    raw = list(art.paragraphs)
    last = len(raw) - 1
    if art.num % 3 == 0:
        raw[min(1, last)] = _nbsp(raw[min(1, last)])
    if art.num % 5 == 0:
        raw[0] = _zero_width(raw[0])
    if art.num % 4 == 1:
        raw[last] = _homoglyph(raw[last], art.lang)
    return raw


# ----------------------------------------------------------------- the editor's formatting


def _blocks(art: Article, older: Article) -> list[Block]:
    raw = _raw(art)
    blocks: list[Block] = [("p", p) for p in raw]
    lang, dev = art.lang, art.deviation
    day = art.day
    if dev == "quote":
        blocks.insert(1, ("quote", QUOTE[lang]))
    elif dev == "list":
        blocks[2:2] = [("p", LIST_INTRO[lang]), ("list", LIST_ITEMS[lang])]
    elif dev == "table":
        blocks += [("p", TABLE_INTRO[lang]), ("table", TABLE_ROWS[lang])]
    elif dev == "video":
        blocks.insert(2, ("video", "x8Ab3kLq2Zc"))
    elif dev == "gallery":
        blocks.append(("gallery", ([f"/uploads/gallery/{art.num}/{k}_{_hex(art.num, 'g', k)}"
                                    ".jpg" for k in range(1, 4)], "gov.kz")))
    elif dev == "readalso":
        blocks.insert(2, ("readalso", older.num))
    elif dev == "photo_mid":
        blocks.insert(1, ("inline_img", (f"/uploads/images/{day:%Y}/{day:%m}/"
                                         f"{_hex(art.num, 'i')}.jpg", "akorda.kz")))
    elif dev == "embed":
        blocks[2:2] = [("embed", "instagram"), ("embed", "telegram")]
    elif dev == "ad_in_text":
        blocks.insert(2, ("ad", None))
    elif dev == "brs":
        blocks = [("brs", raw)]
    return blocks


def _decorate(arts: Sequence[Article]) -> None:
    ordered = sorted(arts, key=lambda a: a.num)
    eligible = [a for a in ordered if a.lang != "kk" and a.num not in FIXED]
    for k, a in enumerate(eligible):
        if k % 2 == 0 and k // 2 < len(DEVIATIONS):
            a.deviation = DEVIATIONS[k // 2]
    plain_ru = [a for a in eligible if a.lang == "ru" and not a.deviation]
    for a in plain_ru[1:3]:  # two stories filed without a rubric
        a.category = None
    plain_ru[3].tags = []
    subbotnik = next(a for a in arts if a.num == 49120)
    subbotnik.deviation = "photo_in_text"
    for n, a in enumerate(ordered):
        d = a.day
        a.raw_title = a.title.replace(" ", "\u00a0", 1) if a.num % 7 == 0 else a.title
        a.entities = a.num % 2 == 0
        a.bold_dateline = a.num % 4 == 2
        a.linked_source = a.num % 3 == 2
        a.fb_comments = a.num % 3 == 1
        a.dateline_day = d
        if a.deviation in ("photo_in_text", "photo_mid", "gallery") and a.photo is None:
            a.photo = ""
        if a.photo == "" or (a.num in FIXED):
            a.photo = f"/uploads/news/{d:%Y}/{d:%m}/{_hex(a.num)}.jpg"
        if a.deviation == "photo_in_text" and not a.photo_credit:
            a.photo_credit = "pixabay"
        if a.deviation == "late_dateline":
            a.place = a.place or {"ru": "Алматы", "en": "Almaty"}[a.lang]
            a.dateline_day = d - timedelta(days=1)
        if a.deviation == "updated":
            a.updated = datetime.combine(d + timedelta(days=1), time(12, 30), ALMATY)
        if a.deviation == "comments":
            a.comments = [(who, datetime.combine(d + timedelta(days=k + 1), time(9 + 9 * k, 42),
                                                 ALMATY), text)
                          for k, (who, text) in enumerate(COMMENTS)]
        a.blocks = _blocks(a, ordered[max(n - 1, 0)])
        a.paragraphs = body_paragraphs(a.blocks)
        assert a.paragraphs and all(normalise(p) == p for p in a.paragraphs), a.id


@cache
def build() -> tuple[Article, ...]:
    """The 44 stories, newest first."""
    arts = catalogue.standard(SEED, _fixed(), stories.mix(KK_EXTRA, en=12), _make)
    _decorate(arts)
    return arts


CAT = catalogue.Catalogue(build, PER_PAGE)
by_num, truth, page_count, page_items = CAT.by_num, CAT.truth, CAT.page_count, CAT.page_items


# ----------------------------------------------------------------- the router


def _html(body: str, status: int = 200) -> Response:
    return status, {"Content-Type": "text/html; charset=UTF-8", "Server": "nginx",
                    "X-Powered-By": "PHP/7.4.33"}, body.encode("utf-8")


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /search
Disallow: /*?print=
Disallow: /assets/

User-agent: Yandex
Disallow: /admin/
Disallow: /search
Clean-param: utm_source&utm_medium&utm_campaign
Host: ic24.kz
"""
# a 1x1 GIF for every picture the pages show
PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000"
                      "010001000002024401003b")


def _page_number(query: dict[str, list[str]]) -> int:
    """Yii2: ``?page=N`` from 1; past the end the last page, nonsense the first."""
    try:
        n = int(query.get("page", ["1"])[0])
    except ValueError:
        n = 1
    return min(max(n, 1), page_count())


def route(target: str, host: str) -> Response:
    base = f"http://{host}"
    parts = urlsplit(target)
    path, query = parts.path, parse_qs(parts.query)
    arts = build()
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain; charset=UTF-8"}, ROBOTS.encode()
    if path in ("/", "/index.php", "/site/index"):
        return _html(templates.home(arts, base))
    if path == LISTING + "/":
        return 301, {"Location": base + LISTING + (f"?{parts.query}" if parts.query else "")}, b""
    if path == LISTING:
        n = _page_number(query)
        return _html(templates.listing(arts, base, n, page_count(), page_items(n)))
    if path.startswith("/rubric/"):
        slug = path.removeprefix("/rubric/").strip("/")
        items = [a for a in arts if a.category and templates.rubric_slug(a.category) == slug]
        if items:
            return _html(templates.rubric(arts, base, items[0].category or "", items))
    if path == "/search":
        word = unquote(query.get("tag", query.get("q", [""]))[0]).lower()
        items = [a for a in arts if word and (word in [t.lower() for t in a.tags]
                                              or word in a.title.lower())]
        return _html(templates.search(arts, base, word, items))
    if path.startswith(("/uploads/", "/img/")) or path == "/favicon.ico":
        return 200, {"Content-Type": "image/gif"}, PIXEL
    if path.startswith(("/css/", "/assets/", "/js/")):
        kind = "text/css" if path.endswith(".css") else "application/javascript"
        return 200, {"Content-Type": kind}, b"/* */"
    if path.startswith("/news/"):
        return CAT.article_or_404(path, base,
                                  lambda art, b: _html(templates.article(art, arts, b)),
                                  lambda: _html(templates.not_found(arts, base), 404)[2])
    return _html(templates.not_found(arts, base), 404)
