"""The thirty-ninth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date. Every article has a tier:
0 the listing shows it, 1 it is linked only from a tier-0 page (the default related-link bound
reaches it), 2 it is linked only from tier-1 pages (one hop past the default bound: a default
crawl must not fetch it). ``links.py`` lays the links out; ``templates.py`` writes the markup.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from urllib.parse import urlsplit

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response, generate, newest_first, number
from tests.copykit.site import attribute

__all__ = ["AGENCY", "Article", "build", "by_num", "listed", "route", "truth"]

SEED = 3939
PER_PAGE = 8
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
KK_EXTRA = [
    ("Ақтөбеде жаңа спорт кешені ашылды",
     ["Ақтөбеде 2000 орындық жаңа спорт кешені ашылды.",
      "Кешенде жүзу бассейні мен күрес залы бар.",
      "Облыс әкімдігі келесі жылы тағы екі кешен салынатынын айтты."]),
]
HTML = {"Content-Type": "text/html; charset=utf-8"}


@dataclass
class Article(CopyArticle):
    tier: int = 0  # 0 listed, 1 linked from a listed page only, 2 linked from tier 1 only

    def image_paths(self) -> list[str]:
        return [f"/images/news/{self.day:%Y}/{self.num}-{k}.jpg"
                for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    return [
        Article(ru.num, "ru", ru.day, ru.title, "k2", list(ru.paragraphs),
                list(ru.raw_paragraphs), place=ru.place, source=ru.source, source_line=True,
                category="Общество", tags=["Япония", "диаспора"], views=1315, images=1,
                photo_credit="gov.kz"),
        Article(45713, "en", date(2021, 4, 19), texts.PAIR_EN_TITLE, "k2",
                [f"{texts.PAIR_EN_TITLE}, Kazinform reports.", *texts.EN_POOL[3:5]],
                clock=time(15, 40), source="Kazinform", images=1, photo_credit="gov.kz",
                category="Society", tags=["Japan", "diaspora"], views=248),
        Article(en.num, "en", en.day, en.title, "k2", list(en.paragraphs),
                list(en.raw_paragraphs), clock=time(9, 5), place=en.place, source=en.source,
                source_line=True, images=1, category="Society",
                tags=["Kazakhstan", "Luxembourg"], views=517),
        Article(49120, "ru", date(2023, 4, 20), texts.SUBBOTNIK_TITLE, "k2",
                ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                 "более 60 тысяч жителей.", *texts.RU_POOL[3:5]], place="Алматы",
                source="пресс-служба акимата Алматы", source_line=True, photo_credit="pixabay",
                images=1, category="Социум", tags=["Алматы", "аким", "субботник"], views=683),
    ]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    if lang == "kk":
        paragraphs = list(next(p for t, p in texts.KK_STORIES + KK_EXTRA if t == title))
        lead_source = None
    else:
        paragraphs, lead_source = texts.headline_story(lang, title, i, rng)
    art = Article(0, lang, day, title, "k2", paragraphs)
    art.clock = None if i % 3 == 0 else time(rng.randrange(7, 22), rng.choice([0, 15, 40]))
    art.place = rng.choice(PLACES[lang]) if i % 2 == 0 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 1, 2, 0)[i % 4]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images else None
    art.views = rng.randrange(40, 9000)
    return art


@cache
def build() -> tuple[Article, ...]:
    arts = generate(random.Random(SEED), _fixed(), texts.mix(KK_EXTRA), _generic)
    number(arts)
    ordered: tuple[Article, ...] = newest_first(arts)  # type: ignore[assignment]
    fixed = {a.num for a in _fixed()}
    spare = [a for a in ordered if a.num not in fixed]
    for a in spare[1::3]:  # every third generated article: only a listed page links it
        a.tier = 1
    for a in spare[2::9]:  # and a few more: only a tier-1 page links them
        a.tier = 2
    return ordered


@cache
def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def listed() -> tuple[Article, ...]:
    return tuple(a for a in build() if a.tier == 0)


def tier(n: int) -> tuple[Article, ...]:
    return tuple(a for a in build() if a.tier == n)


def page_count() -> int:
    return -(-len(listed()) // PER_PAGE)


def page_items(n: int) -> tuple[Article, ...]:
    return listed()[(n - 1) * PER_PAGE : n * PER_PAGE]


def truth(base: str) -> dict[str, dict[str, object]]:
    """What a default crawl must read: the listed articles and those one related hop away."""
    return {a.id: a.truth(base) for a in build() if a.tier < 2}


def listed_truth(base: str) -> dict[str, dict[str, object]]:
    return {a.id: a.truth(base) for a in listed()}


def _article(path: str, base: str) -> Response:
    from tests.thirtyninthsite import links, templates

    tail = path.rsplit("-u", 1)[-1].rstrip("/")
    num = int(tail) if path.startswith("/news/") and tail.isdigit() else -1
    if num in links.aliases():  # a merged story: its old id answers with the surviving one
        return routes.moved(base + by_num()[links.aliases()[num]].path)
    art = by_num().get(num)
    if art is None:
        return 404, HTML, templates.not_found()
    if path != art.path:
        return routes.moved(base + art.path)
    return 200, HTML, templates.article(art, base).encode()


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtyninthsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /search/\nDisallow: /user/\n")
    if path in ("/novosti", "/novosti/"):
        page = routes.page_in(parts.query, page_count())
        if page is None:
            return 404, HTML, templates.not_found()
        return 200, HTML, templates.listing(page, base).encode()
    if path.startswith(("/tag/", "/rubric/")):
        return 200, HTML, templates.tag_page(path, base).encode()
    return _article(path, base)
