"""The fifth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, three kk), ids ``u<N>`` growing with the date, 2020-2026, served by
three old-CMS templates (see ``templates.py``). Feature switches are spread by position so
every mix the copy is about occurs: dateline or not, rubric as the last linked crumb before
the title crumb / as the plain last crumb / no rubric at all, time of day or not, source line,
lead attribution or none, photos with and without credit, windows-1251 pages.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from tests.copykit import seeds
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, en_slug, ru_slug
from tests.fifthsite import texts

ALMATY = ZoneInfo("Asia/Almaty")
SEED = 5505
PER_PAGE = 10
TEMPLATES = ("dle", "bitrix", "joomla")
# rubric shown as: the last linked crumb before the title crumb / the plain last crumb /
# nowhere (crumbs "Главная » Новости » title") / nowhere and no breadcrumb at all
CRUMBS = ("linked", "plain", "linked", "none", "plain", "absent")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент", "Караганда"],
          "en": ["Almaty", "Astana", "Shymkent"], "kk": ["Алматы", "Астана", "Шымкент"]}
AGENCY = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
MONTHS = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}
_ANCHORS = [(date(2020, 1, 1), 40100), (date(2021, 4, 16), 45694), (date(2021, 4, 19), 45713),
            (date(2021, 8, 2), 46768), (date(2023, 4, 20), 49120), (date(2026, 11, 1), 58900)]


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
    place: str | None = None  # dateline before the first paragraph when set
    source: str | None = None
    source_line: bool = False  # "Источник: X" after the text (else the lead names it)
    photo_credit: str | None = None
    images: int = 0  # 0, 1 (lead photo) or 2 (a second one inside the text)
    category: str | None = None
    crumbs: str = "absent"
    tags: list[str] = field(default_factory=list)
    views: int | None = None
    charset: str = "utf-8"  # "cp1251", or "cp1251-meta" (only the <meta> says so)

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
        stamp = f"{self.day:%Y-%m}"
        return [f"/uploads/posts/{stamp}/{self.num}_{k}.jpg" for k in range(1, self.images + 1)]

    def dateline(self) -> str:
        """'Алматы. 16 апреля. Центр информации - ' (empty without a place)."""
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
        Article(ru.num, "ru", ru.day, ru.title, "bitrix", list(ru.paragraphs),
                list(ru.raw_paragraphs), place=ru.place, source=ru.source, source_line=True,
                category="Общество", crumbs="plain", tags=["Япония", "диаспора", "МИД РК"],
                views=1315),
        Article(45713, "en", date(2021, 4, 19), texts.PAIR_EN_TITLE, "joomla",
                [f"{texts.PAIR_EN_TITLE}, Kazinform reports citing the Foreign Ministry.",
                 *texts.EN_POOL[3:5]], clock=time(15, 40), source="Kazinform",
                photo_credit="gov.kz", images=1, category="Society", crumbs="linked",
                tags=["Japan", "diaspora"], views=248),
        Article(en.num, "en", en.day, en.title, "dle", list(en.paragraphs),
                list(en.raw_paragraphs), place=en.place, source=en.source, source_line=True,
                images=1, category="Society", crumbs="linked",
                tags=["Kazakhstan", "Luxembourg", "diaspora"], views=1204),
        Article(49120, "ru", date(2023, 4, 20), texts.SUBBOTNIK_TITLE, "dle",
                ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                 "более 60 тысяч жителей.", *texts.RU_POOL[3:5]], place="Алматы",
                source="пресс-служба акимата Алматы", source_line=True, photo_credit="pixabay",
                images=1, category="Социум", crumbs="plain", tags=["Алматы", "аким", "субботник"],
                views=683, charset="cp1251"),
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
    """Lead built from the headline plus pool paragraphs; the lead may name the source."""
    if lang == "kk":
        return list(texts.KK_STORIES[i % len(texts.KK_STORIES)][1]), None
    pool, leads = (texts.RU_POOL, texts.RU_LEADS) if lang == "ru" else (texts.EN_POOL,
                                                                         texts.EN_LEADS)
    source = None
    lead = title.rstrip(".")
    if i % 5 == 1:
        pattern, source = leads[i % len(leads)]
        lead += pattern.format(source)
    return [lead + ".", *rng.sample(pool, rng.choice([2, 3, 4]))], source


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = _story(lang, title, i, rng)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs)
    art.clock = time(rng.randrange(8, 20), rng.choice([0, 5, 15, 30, 40, 55])) if i % 5 in (
        0, 3) else None
    art.place = rng.choice(PLACES[lang]) if (i + i // 18) % 2 == 0 else None
    art.crumbs = CRUMBS[(i // 3) % len(CRUMBS)]
    rubrics = {"ru": texts.RU_RUBRICS, "en": texts.EN_RUBRICS, "kk": texts.KK_RUBRICS}[lang]
    art.category = rng.choice(rubrics) if art.crumbs in ("linked", "plain") else None
    tags = {"ru": texts.RU_TAGS, "en": texts.EN_TAGS, "kk": texts.KK_TAGS}[lang]
    art.tags = rng.sample(tags, 2 if art.category is None else rng.choice([0, 1, 2, 3]))
    art.source = lead_source
    if lead_source is None and i % 3 != 2:
        art.source = rng.choice(texts.RU_SOURCES if lang != "en" else texts.EN_SOURCES)
        art.source_line = True
    art.images = (0, 1, 1, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 7 != 3 else None
    art.views = None if i % 9 == 4 else rng.randrange(40, 4000)
    return art


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    fixed = _fixed()
    stories = ([("ru", t) for t in texts.RU_TITLES[:24]] + [("en", t) for t in texts.EN_TITLES[:14]]
               + [("kk", t) for t, _ in texts.KK_STORIES])
    rng.shuffle(stories)
    days = _days(rng, len(stories), {a.day for a in fixed})
    arts = fixed + [_generic(i, lang, title, days[i], rng)
                    for i, (lang, title) in enumerate(stories)]
    cp1251 = [a for a in arts if a.lang == "ru" and a.cms != "bitrix" and not a.num][:3]
    for art, charset in zip(cp1251, ("cp1251", "cp1251-meta", "cp1251"), strict=False):
        art.charset = charset
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
_PAGE = re.compile(r"^/novosti/page/(\d+)/?$")


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """Answer one GET: (status, headers, body)."""
    from tests.fifthsite import templates  # the templates import this module

    path = urlsplit(target).path
    base = f"http://{host}"
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /admin/\n"
    page = 1 if path in ("/novosti", "/novosti/") else None
    m = _PAGE.match(path)
    if m:
        page = int(m.group(1))
        if page == 1:
            return 301, {"Location": base + "/novosti/"}, b""
    if page is not None and 1 <= page <= page_count():
        return templates.listing(page, base)
    m = _ARTICLE.match(path)
    art = by_num().get(int(m.group(1))) if m else None
    if art is not None:
        if path != art.path:
            return 301, {"Location": base + art.path}, b""
        return templates.article(art, base)
    if path == "/":
        return templates.listing(1, base)
    return 404, {"Content-Type": "text/html; charset=utf-8"}, templates.not_found()
