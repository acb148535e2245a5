"""The eighteenth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by five
templates (see ``shells.py`` and ``templates.py``): three app shells (``next``, ``state``,
``apollo``) and two server-rendered front ends (``angular``, ``svelte``). Switches are spread by
position so every mix occurs: body as HTML string or blocks, dateline or not, source as a body
line / a separate state field / the lead / none, og:title or not, day-only dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 1800
APP_JS = Path(__file__).with_name("app.js")
PER_PAGE = 12
TEMPLATES = ("next", "state", "apollo", "angular", "svelte")
SHELLS = ("next", "state", "apollo")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана", "Шымкент"]}
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп пайдалануға берілді",
     ["Қарағанды облысында 600 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте заманауи зертханалар мен спорт залы бар.",
      "Облыс әкімдігі биыл тағы екі мектеп салынатынын хабарлады."]),
    ("Түркістанда тарихи ескерткіштер қалпына келтірілуде",
     ["Түркістан облысында он екі тарихи ескерткішті қалпына келтіру жұмыстары басталды.",
      "Жобаға республикалық бюджеттен қаржы бөлінді.",
      "Жұмыстар келесі жылдың күзінде аяқталады деп күтілуде."]),
]


@dataclass
class Article(CopyArticle):
    blocks: bool = False  # shells: the body as typed blocks, else one HTML string
    source_field: bool = False  # the state names the source apart from the text
    og_title: bool = False  # shells: an og:title in the server HTML
    fetched: bool = False  # svelte: the API answer embedded as data-sveltekit-fetched

    @property
    def shell(self) -> bool:
        return self.cms in SHELLS

    def image_paths(self) -> list[str]:
        folder = {"next": f"/_next/static/media/{self.day:%Y%m}",
                  "state": f"/static/img/news/{self.num}",
                  "apollo": f"/cdn/images/{self.day:%Y/%m/%d}",
                  "angular": f"/media/news/{self.day:%Y/%m}",
                  "svelte": f"/uploads/{self.day:%Y}/{self.num % 89:02d}"}[self.cms]
        return [f"{folder}/ic{self.num}-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("next", "apollo", "state", "angular"),
        ru=dict(og_title=True),
        pair=dict(images=2, blocks=True),
        en=dict(source_field=True, blocks=True),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[(i + i // 5) % 5], paragraphs)
    day_only = art.cms in ("apollo", "svelte") and (i // 5) % 2 == 0
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 10) % 2 == 0 else None
    art.category = None if i % 7 == 4 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if i % 6 == 5 else rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    art.source = lead_source
    if lead_source is None and i % 4 != 3:
        art.source = rng.choice(texts.SOURCES[lang])
        art.source_line = True
        art.source_field = (i // 3) % 2 == 1
    art.images = (1, 2, 0, 1, 1, 2)[i % 6]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 3 != 2 else None
    art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    art.blocks = (i // 5) % 2 == 1
    art.og_title = i % 3 == 0
    art.fetched = (i // 5) % 2 == 0
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def neighbours(art: Article, count: int = 3) -> list[Article]:
    """The other articles a page's state carries (the sidebar's latest and the related)."""
    arts = build()
    at = arts.index(art)
    return [arts[(at + k) % len(arts)] for k in range(1, count + 1)]


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.eighteenthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(
            b"User-agent: *\nDisallow: /api/\nDisallow: /_next/data/\n",
            "text/plain; charset=utf-8")
    if path == "/assets/app.7c1e9a.js":  # the shells' front end (a browser runs it)
        return 200, {"Content-Type": "application/javascript; charset=utf-8"}, APP_JS.read_bytes()
    if path in ("/novosti", "/novosti/", "/"):
        page = routes.page_in(parts.query, page_count())
        if page is None:
            return routes.not_found(templates.not_found())
        return templates.listing(page, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
