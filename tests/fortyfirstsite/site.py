"""The forty-first copy's articles and ground truth, its two states and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date. The copy lives: ``Live``
holds the state a server answers from (``phase`` 1 or 2, its own view counters and an unseeded
random source for what rotates per request). Between phase 1 and phase 2 a paragraph is added
to one article, a typo fixed in one title (its slug changes with it) and in one paragraph, one
photo replaced, one article deleted, and two new articles appear at the top of the listing.
"""

from __future__ import annotations

import dataclasses
import random
import threading
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, Catalogue, CopyArticle, Response, standard
from tests.copykit.site import attribute, known_four

__all__ = ["AGENCY", "Article", "Live", "build", "by_num", "page_count", "route", "truth"]

SEED = 4141
PER_PAGE = 9
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы 800 метрді құрайды.",
      "Құрылыс жұмыстары екі жылға созылды."]),
]
ADDED = {"ru": "Позднее в ведомстве уточнили, что работы начнутся уже в понедельник.",
         "en": "Later the ministry clarified that the work would begin on Monday.",
         "kk": "Кейінірек ведомство жұмыстар дүйсенбіде басталатынын нақтылады."}
NEW = [  # the two articles published between the crawls (phase 2 only)
    ("ru", "В Алматы открылся новый центр обслуживания населения", date(2026, 11, 29),
     ["В Алматы открылся новый центр обслуживания населения на 40 окон.",
      texts.RU_POOL[0], texts.RU_POOL[8]]),
    ("en", "Astana airport opens a new terminal", date(2026, 11, 30),
     ["Astana airport opened a new international terminal on Monday.",
      texts.EN_POOL[1], texts.EN_POOL[5]]),
]


@dataclass
class Article(CopyArticle):
    photo_rev: int = 1  # the photo's file; a replaced photo is a new file
    updated: bool = False  # "Обновлено" stamp after an edit

    def image_paths(self) -> list[str]:
        name = f"ic{self.num}-{self.photo_rev}"
        return [f"/uploads/{self.day:%Y/%m}/{name}-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(Article, "live", en=dict(views=402))


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, "live", paragraphs)
    art.clock = None if i % 3 == 0 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 45]))
    art.place = rng.choice(PLACES[lang]) if i % 2 == 0 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 1, 0, 2)[i % 4]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images else None
    art.views = rng.randrange(40, 9000)
    return art


def _typo(text: str) -> str:
    """The text with one letter of its longest word doubled (what the editor later fixes)."""
    word = max(text.split(), key=len)
    return text.replace(word, word[:3] + word[2] + word[3:], 1)


@cache
def _original() -> tuple[Article, ...]:
    return standard(SEED, _fixed(), texts.mix(KK_EXTRA), _generic)  # type: ignore[return-value]


@cache
def roles() -> dict[str, str]:
    """id -> what happens to it between the crawls ('paragraph', 'title', 'typo', 'photo',
    'deleted'); generated articles only, spread over the listing's pages."""
    seeded = {seeds.ru().num, seeds.en().num, 45713, 49120}
    pool = [a for a in _original() if a.num not in seeded and a.lang != "kk" and a.images]
    names = ("paragraph", "title", "typo", "photo", "deleted")
    return {pool[k].id: name for k, name in zip((2, 6, 11, 16, 21), names, strict=True)}


@cache
def build() -> tuple[Article, ...]:
    """Phase 1, what the first crawl sees: the typos still in."""
    out = []
    for art in _original():
        role = roles().get(art.id)
        if role == "title":
            art = dataclasses.replace(art, title=_typo(art.title))
        elif role == "typo":
            art = dataclasses.replace(art, paragraphs=[art.paragraphs[0], _typo(art.paragraphs[1]),
                                                       *art.paragraphs[2:]])
        out.append(art)
    return tuple(out)


@cache
def build2() -> tuple[Article, ...]:
    """Phase 2, after a few days: edits in, one article gone, two new at the top."""
    out = []
    for art in _original():
        role = roles().get(art.id)
        if role == "deleted":
            continue
        if role == "paragraph":
            art = dataclasses.replace(art, paragraphs=[*art.paragraphs, ADDED[art.lang]])
        elif role == "photo":
            art = dataclasses.replace(art, photo_rev=2)
        if role:
            art = dataclasses.replace(art, updated=True)
        out.append(art)
    last = max(a.num for a in out)
    new = [Article(last + 1 + k, lang, day, title, "live", paras, clock=time(10 + k, 30),
                   place=PLACES[lang][0], category=texts.RUBRICS[lang][0], images=1,
                   photo_credit="gov.kz", tags=[texts.TAGS[lang][0]], views=15 + k)
           for k, (lang, title, day, paras) in enumerate(NEW)]
    return (*new[::-1], *out)


_CAT1 = Catalogue(build, PER_PAGE)
_CAT2 = Catalogue(build2, PER_PAGE)
by_num, page_count = _CAT1.by_num, _CAT1.page_count


class Live:
    """One running copy: its phase, view counters and per-request randomness."""

    def __init__(self, phase: int = 1) -> None:
        self.phase = phase
        self.rng = random.Random()  # unseeded: every answer differs
        self.hits: dict[str, int] = {}
        self.shown: dict[str, int] = {}  # id -> views the last answer showed
        self.lock = threading.Lock()

    @property
    def catalogue(self) -> Catalogue:
        return _CAT1 if self.phase == 1 else _CAT2

    def arts(self) -> tuple[Article, ...]:
        return build() if self.phase == 1 else build2()

    def views(self, art: Article) -> int:
        """The counter grows on every request of the page."""
        with self.lock:
            self.hits[art.id] = self.hits.get(art.id, 0) + 1
            self.shown[art.id] = (art.views or 0) + self.hits[art.id]
            return self.shown[art.id]

    def truth(self, base: str, ids: set[str] | None = None) -> dict[str, dict[str, object]]:
        """What a reader records; views as the page showed them the last time it was read."""
        out = {}
        for art in self.arts():
            if ids is None or art.id in ids:
                rec = art.truth(base)
                rec["views"] = self.shown.get(art.id, (art.views or 0) + 1)
                out[art.id] = rec
        return out

    def route(self, target: str, host: str) -> Response:
        from tests.fortyfirstsite import templates  # the templates import this module

        parts = urlsplit(target)
        path, base = parts.path, f"http://{host}"
        if path == "/robots.txt":
            return routes.robots(b"User-agent: *\nDisallow: /search\nDisallow: /api/\n")
        if path in ("/novosti", "/novosti/", "/"):
            page = parse_qs(parts.query).get("page", ["1"])[0]
            n = int(page) if page.isdigit() else 1
            if not 1 <= n <= self.catalogue.page_count():
                return routes.not_found(templates.not_found())
            return templates.listing(self, n, base)
        return self.catalogue.article_or_404(
            path, base, lambda art, b: templates.article(self, art, b), templates.not_found)


LIVE = Live()  # the module-level copy (bench, direct calls): phase 1
route = LIVE.route


def truth(base: str) -> dict[str, dict[str, object]]:
    return LIVE.truth(base)
