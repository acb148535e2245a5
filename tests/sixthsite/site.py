"""The sixth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
modern templates (see ``templates.py``). Switches are spread by position so every mix occurs:
dateline or not, source line / lead attribution / none, photo with and without credit, a
"read also" block and an embed inside the text, static / JS-only view counters, day-only dates.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from tests.copykit import seeds
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, en_slug, ru_slug
from tests.fifthsite import texts

ALMATY = ZoneInfo("Asia/Almaty")
SEED = 6606
PER_PAGE = 10
TEMPLATES = ("wp", "bitrix", "next")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
AGENCY = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
MONTHS = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}
EMBEDS = ("tweet", "telegram", "youtube")
_ANCHORS = [(date(2020, 1, 1), 40100), (date(2021, 4, 16), 45694), (date(2021, 4, 19), 45713),
            (date(2021, 8, 2), 46768), (date(2023, 4, 20), 49120), (date(2026, 11, 1), 58900)]
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп пайдалануға берілді",
     ["Қарағанды облысында 600 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте заманауи зертханалар мен спорт залы бар.",
      "Облыс әкімдігі биыл тағы екі мектеп салынатынын хабарлады."]),
]


@dataclass
class Article:
    num: int
    lang: str
    day: date
    title: str
    cms: str
    paragraphs: list[str]
    raw_paragraphs: list[str] | None = None  # the page's own hazards (the seed dumps)
    clock: time | None = None
    place: str | None = None
    source: str | None = None
    source_line: bool = False  # "Источник: X" as the last paragraph (else the lead names it)
    photo_credit: str | None = None
    images: int = 0
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    views: int | None = None  # None: the counter is filled by JavaScript
    read_also: bool = False  # a "Читайте также" block inside the text
    embed: str | None = None  # a tweet / Telegram post / video inside the text

    @property
    def id(self) -> str:
        return f"u{self.num}"

    @property
    def slug(self) -> str:
        return en_slug(self.title) if self.lang == "en" else ru_slug(self.title)

    @property
    def path(self) -> str:
        return f"/news/{self.slug}-{self.id}"

    @property
    def local(self) -> datetime:
        return datetime.combine(self.day, self.clock or time(0, 0), ALMATY)

    def image_paths(self) -> list[str]:
        folder = {"wp": f"/wp-content/uploads/{self.day:%Y/%m}",
                  "bitrix": f"/upload/iblock/{self.num % 997:03x}",
                  "next": f"/media/news/{self.day:%Y%m}"}[self.cms]
        return [f"{folder}/ic{self.num}-{k}.jpg" for k in range(1, self.images + 1)]

    def dateline(self) -> str:
        if not self.place:
            return ""
        month = MONTHS[self.lang][self.day.month - 1]
        day = f"{month} {self.day.day}" if self.lang == "en" else f"{self.day.day} {month}"
        return f"{self.place}. {day}. {AGENCY[self.lang]} - "

    def truth(self, base: str) -> dict[str, object]:
        return {
            "id": self.id, "url": base + self.path, "lang": self.lang, "title": self.title,
            "published_at": self.local.isoformat(),
            "published_date_precision": "minute" if self.clock else "day",
            "dateline_place": self.place, "body": "\n\n".join(self.paragraphs),
            "source": self.source, "photo_credit": self.photo_credit,
            "category": self.category, "tags": list(self.tags), "views": self.views,
            "image_urls": [base + p for p in self.image_paths()],
        }


def _fixed() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    return [
        Article(ru.num, "ru", ru.day, ru.title, "wp", list(ru.paragraphs),
                list(ru.raw_paragraphs), clock=time(11, 20), place=ru.place, source=ru.source,
                source_line=True, category="Общество", tags=["Япония", "диаспора"], views=1315,
                images=1, photo_credit="gov.kz"),
        Article(45713, "en", date(2021, 4, 19), texts.PAIR_EN_TITLE, "next",
                [f"{texts.PAIR_EN_TITLE}, Kazinform reports citing the Foreign Ministry.",
                 *texts.EN_POOL[3:5]], clock=time(15, 40), source="Kazinform",
                photo_credit="gov.kz", images=1, category="Society", tags=["Japan", "diaspora"],
                views=248),
        Article(en.num, "en", en.day, en.title, "wp", list(en.paragraphs),
                list(en.raw_paragraphs), clock=time(9, 5), place=en.place, source=en.source,
                source_line=True, images=1, category="Society",
                tags=["Kazakhstan", "Luxembourg"], views=None, read_also=True),
        Article(49120, "ru", date(2023, 4, 20), texts.SUBBOTNIK_TITLE, "bitrix",
                ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                 "более 60 тысяч жителей.", *texts.RU_POOL[3:5]], place="Алматы",
                source="пресс-служба акимата Алматы", source_line=True, photo_credit="pixabay",
                images=1, category="Социум", tags=["Алматы", "аким", "субботник"], views=683),
    ]


def _days(rng: random.Random, count: int, taken: set[date]) -> list[date]:
    start, span = date(2020, 1, 10), (date(2026, 10, 31) - date(2020, 1, 10)).days
    days = [date(2024, 2, 29), date(2024, 3, 1)]
    while len(days) < count:
        day = start + timedelta(days=rng.randrange(span))
        if all(abs((day - other).days) > 2 for other in taken | set(days)):
            days.append(day)
    return days


def _story(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        stories = texts.KK_STORIES + KK_EXTRA
        return list(next(p for t, p in stories if t == title)), None
    pool, leads = (texts.RU_POOL, texts.RU_LEADS) if lang == "ru" else (texts.EN_POOL,
                                                                         texts.EN_LEADS)
    source, lead = None, title.rstrip(".")
    if i % 5 == 1:
        pattern, source = leads[i % len(leads)]
        lead += pattern.format(source)
    return [lead + ".", *rng.sample(pool, rng.choice([2, 3, 4]))], source


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = _story(lang, title, i, rng)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs)
    day_only = art.cms == "bitrix" and i % 2 == 0
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    rubrics = {"ru": texts.RU_RUBRICS, "en": texts.EN_RUBRICS, "kk": texts.KK_RUBRICS}[lang]
    art.category = None if (art.cms != "wp" and i % 7 == 5) else rng.choice(rubrics)
    tags = {"ru": texts.RU_TAGS, "en": texts.EN_TAGS, "kk": texts.KK_TAGS}[lang]
    art.tags = rng.sample(tags, rng.choice([0, 1, 2, 3]))
    art.source = lead_source
    if lead_source is None and i % 5 != 3:
        art.source = rng.choice(texts.RU_SOURCES if lang != "en" else texts.EN_SOURCES)
        art.source_line = True
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    art.read_also = i % 4 in (0, 3)
    art.embed = EMBEDS[(i // 4) % 3] if i % 4 == 2 else None
    return art


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    fixed = _fixed()
    stories = ([("ru", t) for t in texts.RU_TITLES[:24]] + [("en", t) for t in texts.EN_TITLES[:12]]
               + [("kk", t) for t, _ in texts.KK_STORIES + KK_EXTRA])
    rng.shuffle(stories)
    days = _days(rng, len(stories), {a.day for a in fixed})
    arts = fixed + [_generic(i, lang, title, days[i], rng)
                    for i, (lang, title) in enumerate(stories)]
    _number(arts)
    return tuple(sorted(arts, key=lambda a: a.local, reverse=True))


def _number(arts: list[Article]) -> None:
    """Ids grow with the date, interpolated between the ids SITE.md knows."""
    last = 0
    for art in sorted(arts, key=lambda a: a.day):
        if not art.num:
            for (d0, n0), (d1, n1) in zip(_ANCHORS, _ANCHORS[1:], strict=False):
                if d0 <= art.day <= d1:
                    art.num = max(last + 1, n0 + (n1 - n0) * (art.day - d0).days // (d1 - d0).days)
        last = art.num


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def truth(base: str) -> dict[str, dict[str, object]]:
    return {a.id: a.truth(base) for a in build()}


def page_count() -> int:
    return -(-len(build()) // PER_PAGE)


_ARTICLE = re.compile(r"^/news/(?:[A-Za-z0-9-]+-)?u(\d+)/?$")


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """Answer one GET: (status, headers, body)."""
    from tests.sixthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, (
            b"User-agent: *\nDisallow: /wp-admin/\nDisallow: /bitrix/\n"
            b"Allow: /wp-admin/admin-ajax.php\n")
    if path in ("/novosti", "/novosti/", "/"):
        pagen = parse_qs(parts.query).get("PAGEN_1", ["1"])[0]
        # Bitrix answers a page past the end with the last page, never 404
        page = min(max(int(pagen), 1), page_count()) if pagen.isdigit() else 1
        return templates.listing(page, base)
    m = _ARTICLE.match(path)
    art = by_num().get(int(m.group(1))) if m else None
    if art is not None:
        if path != art.path:
            return 301, {"Location": base + art.path}, b""
        return templates.article(art, base)
    return 404, {"Content-Type": "text/html; charset=utf-8"}, templates.not_found()
