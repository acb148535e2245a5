"""The fifteenth copy's articles and ground truth, and the request router.

44 articles (ru, en, kk), ids ``u<N>`` growing with the moment of publication, 2020 to today,
served by four portal templates (see ``templates.py``). Each language has its own section:
Russian articles at ``/news/<slug>-u<N>`` listed on ``/novosti``, English ones at
``/en/news/…`` listed ONLY on ``/en/news``, Kazakh ones at ``/kz/news/…`` listed ONLY on
``/kz/zhanalyqtar`` (each listing paginated as ``?page=N``). Stories told in several languages
link each other by ``<link rel="alternate" hreflang>`` and a visible switcher.

What a mature crawler finds here (the truth below): every article of the three sections (the
Russian listing links the other two by ``hreflang`` and its switcher, and Russian pages link
their translations), and on every article the ids of its other-language versions (the
``translations`` field, scored as a set of ids whatever form the feed gives them).

Recent articles (today and yesterday in Asia/Almaty at import time) show their date relative
to the day the page is served ("Сегодня, 15:40", "Кеше, 09:05", "Yesterday, 9:05 AM"): the page
is computed per request, the truth is the absolute moment. Midnight caveat: a crawl that
crosses midnight in Almaty after this module was imported still sees correct pages (older
than yesterday falls back to the absolute date), but "today" articles are only made when
the import happens after 03:00 Almaty, so their time of day is never in the future.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, scoring, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import ALMATY, ANCHORS, CopyArticle, Response, generate, number
from tests.fifteenthsite.stories import GROUPS, HAZARDS, KK_ALONE, clean

SEED = 15015
FIELDS = (*scoring.SCORED_FIELDS, "image_urls", "translations")
PER_PAGE = 8
TEMPLATES = ("tengri", "zakon", "ria", "sputnik")
SECTIONS = {"ru": "/novosti", "en": "/en/news", "kk": "/kz/zhanalyqtar"}
PREFIX = {"ru": "", "en": "/en", "kk": "/kz"}
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
NOW = datetime.now(ALMATY)
TODAY = NOW.date()


@dataclass
class Article(CopyArticle):
    html: list[str] = field(default_factory=list)  # paragraphs as inner HTML
    translations: list[int] = field(default_factory=list)  # nums of the other versions

    @property
    def path(self) -> str:
        return f"{PREFIX[self.lang]}/news/{self.slug}-{self.id}"

    def image_paths(self) -> list[str]:
        folder = {"tengri": f"/userdata/news/{self.day:%Y}/news_{self.num}/thumb_m",
                  "zakon": f"/pbi/{self.day:%Y%m%d}",
                  "ria": f"/img/{self.num // 1000:05d}/{self.num % 1000:03d}",
                  "sputnik": f"/images/{self.day:%Y/%m/%d}"}[self.cms]
        return [f"{folder}/photo_{self.num}_{k}.jpeg" for k in range(1, self.images + 1)]

    def truth(self, base: str) -> dict[str, object]:
        return {**super().truth(base), "translations": [f"u{n}" for n in sorted(self.translations)]}


def _art(lang: str, day: date, title: str, inner: list[str], **kw: object) -> Article:
    art = Article(0, lang, day, title, "", [clean(p) for p in inner], html=inner)
    for key, value in kw.items():
        setattr(art, key, value)
    return art


def _seeds() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    esc = __import__("html").escape
    pair_en = [f"{texts.PAIR_EN_TITLE}, Kazinform reports citing the Foreign Ministry.",
               *texts.EN_POOL[3:5]]
    return [
        _art("ru", ru.day, ru.title, [esc(p) for p in ru.raw_paragraphs], num=ru.num,
             clock=time(11, 20), place=ru.place, source=ru.source, source_line=True,
             category="Общество", tags=["Япония", "диаспора"], views=1315, images=1,
             photo_credit="gov.kz", translations=[45713]),
        _art("en", date(2021, 4, 19), texts.PAIR_EN_TITLE, pair_en, num=45713,
             clock=time(15, 40), source="Kazinform", photo_credit="gov.kz", images=1,
             category="Society", tags=["Japan", "diaspora"], views=248, translations=[ru.num]),
        _art("en", en.day, en.title, [esc(p) for p in en.raw_paragraphs], num=en.num,
             clock=time(9, 5), place=en.place, source=en.source, source_line=True, images=1,
             category="Society", tags=["Kazakhstan", "Luxembourg"]),
        _art("ru", date(2023, 4, 20), texts.SUBBOTNIK_TITLE,
             ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
              "более 60&nbsp;тысяч жителей.", *texts.RU_POOL[3:5]], num=49120,
             clock=time(14, 35), place="Алматы", source="пресс-служба акимата Алматы",
             source_line=True, photo_credit="pixabay", images=1, category="Социум",
             tags=["Алматы", "аким", "субботник"], views=683),
    ]


# group -> (day, first clock); later languages follow 40 minutes apart, English "en+1" a day later
def _group_days() -> dict[str, tuple[date, time]]:
    today_ok = NOW.hour >= 3
    recent = (TODAY, time(NOW.hour - 3, 5 * (NOW.minute // 5))) if today_ok else \
        (TODAY - timedelta(days=1), time(20, 0))
    return {"metro": (date(2024, 2, 29), time(10, 15)), "hospital": (date(2022, 9, 14),
            time(17, 50)), "park": (date(2020, 6, 3), time(8, 30)),
            "housing": (date(2025, 12, 23), time(12, 0)), "winter": recent}


def _groups() -> list[Article]:
    out: list[Article] = []
    for key, (day, clock) in _group_days().items():
        versions = []
        for k, (lang, (title, inner)) in enumerate(GROUPS[key].items()):
            start = datetime.combine(day, clock) + timedelta(minutes=40 * k)
            if key == "hospital" and lang == "en":
                start += timedelta(days=1)
            versions.append(_art(lang, start.date(), title, inner, clock=start.time()))
        for art in versions:
            art.translations = [id(v) for v in versions if v is not art]  # nums come later
        out += versions
    return out


def _recent() -> list[Article]:
    """Yesterday's articles (en, ru, kk): their page dates read "Вчера", "Кеше", "Yesterday"."""
    day = TODAY - timedelta(days=1)
    title, inner = KK_ALONE[2]
    return [
        _art("en", day, "Medeu skating rink opens the winter season",
             ["The Medeu high-mountain skating rink opens the winter season on Saturday.",
              HAZARDS["en"][1], texts.EN_POOL[6]], clock=time(9, 5)),
        _art("ru", day, "На Медеу открывается зимний сезон катания",
             ["Высокогорный каток «Медеу» в субботу открывает зимний сезон.", texts.RU_POOL[8],
              HAZARDS["ru"][1]], clock=time(15, 40)),
        _art("kk", day, title, inner, clock=time(18, 10)),
    ]


def _story(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        return list(next(p for t, p in KK_ALONE if t == title)), None
    paragraphs, source = texts.headline_story(lang, title, i, rng)
    if i % 3 != 2:  # a hazard paragraph after the lead, taken by position
        paragraphs.insert(1, HAZARDS[lang][(i // 3) % 5])
    return paragraphs, source


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    inner, lead_source = _story(lang, title, i, rng)
    art = _art(lang, day, title, inner, source=lead_source)
    art.clock = None if i % 6 == 1 else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    return art


def _switches(arts: list[Article], rng: random.Random) -> None:
    """Template, dateline, attribution, photos, rubric, tags, views: spread by position."""
    for i, art in enumerate(sorted(arts, key=lambda a: a.local)):
        art.cms = TEMPLATES[(i + i // 8) % 4]
        if art.num in (45694, 45713, 46768, 49120):
            continue
        art.place = rng.choice(PLACES[art.lang]) if (i + i // 4) % 2 == 0 else None
        if art.source is None and i % 5 != 3:
            art.source = rng.choice(texts.SOURCES[art.lang])
            art.source_line = True
        art.images = (1, 1, 0, 2, 1)[i % 5]
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 3 != 2 else None
        art.category = None if i % 6 == 5 else rng.choice(texts.RUBRICS[art.lang])
        art.tags = [] if i % 7 == 3 else rng.sample(texts.TAGS[art.lang], rng.choice([1, 2, 3]))
        art.views = None if (i + i // 5) % 4 == 2 else rng.randrange(40, 9000)


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    fixed = _seeds() + _groups() + _recent()
    stories = ([("ru", t) for t in texts.RU_TITLES[:15]] + [("en", t) for t in texts.EN_TITLES[:7]]
               + [("kk", t) for t, _ in KK_ALONE[:2]])
    arts = generate(rng, fixed, stories, _generic)
    arts.sort(key=lambda a: a.local)  # number() keeps this order within a day
    number(arts, (*ANCHORS, (TODAY + timedelta(days=1), 59200)))
    by_key = {id(a): a.num for a in arts}
    for a in arts:
        a.translations = [by_key.get(t, t) for t in a.translations]
    _switches(arts, rng)
    return tuple(sorted(arts, key=lambda a: a.local, reverse=True))


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def truth(base: str) -> dict[str, dict[str, object]]:
    return {a.id: a.truth(base) for a in build()}


def section(lang: str) -> list[Article]:
    return [a for a in build() if a.lang == lang]


def page_count(lang: str) -> int:
    return -(-len(section(lang)) // PER_PAGE)


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.fifteenthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path.rstrip("/") or "/", f"http://{host}"
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, (
            b"User-agent: *\nDisallow: /search\nDisallow: /admin/\n"
            b"Sitemap: " + base.encode() + b"/sitemap.xml\n")
    lang = next((k for k, v in SECTIONS.items() if v == path), "ru" if path == "/" else None)
    if lang:
        page = parse_qs(parts.query).get("page", ["1"])[0]
        n = int(page) if page.isdigit() else 0
        if 1 <= n <= page_count(lang):
            return templates.listing(lang, n, base)
        return routes.not_found(templates.not_found())
    art = next((a for a in build() if path.endswith(f"-{a.id}") and "/news/" in path), None)
    if art is None:
        return routes.not_found(templates.not_found())
    if path != art.path:
        return routes.moved(base + art.path)
    return templates.article(art, base)


def _ids(value: object) -> list[str] | None:
    """The article ids a feed's ``translations`` names, whatever form it gives them in (ids,
    URLs, or objects with an ``id`` or ``url``)."""
    if not isinstance(value, list):
        return None
    out = []
    for entry in value:
        text = entry.get("id") or entry.get("url") if isinstance(entry, dict) else entry
        found = re.search(r"u\d+$", str(text or "").rstrip("/"))
        if found is None:
            return None
        out.append(found.group())
    return sorted(out)


def same(name: str, want: object, got: object) -> bool:
    """The copykit's rule (same instant and offset, ints for views), and translations as a set
    of ids."""
    if name == "translations":
        return _ids(got) == want
    return scoring.same_moment(name, want, got)
