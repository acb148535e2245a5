"""The twentieth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
old templates (``wap``, ``mail``, ``static``; see ``templates.py``). Switches are spread by
position so every mix occurs: dateline or not, source line / lead attribution / none, photos
with and without credit, rubric, tags and views present or not, the markup hazards of each
template, utf-8 or windows-1251.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2022
PER_PAGE = 10
TEMPLATES = ("wap", "mail", "static")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір пайдалануға берілді.",
      "Көпірдің ұзындығы 800 метрді құрайды.",
      "Облыс әкімдігінің айтуынша, көпір жолаушылар қатынасын жеңілдетеді."]),
]
_STATIC = re.compile(r"^/news/(\d{4})/(\d\d)/(\d\d)/u(\d+)\.html$")
_SLUGGED = re.compile(r"^/news/(?:[A-Za-z0-9-]+-)?u(\d+)/?$")


@dataclass
class Article(CopyArticle):
    """``hazard``: the position's markup quirks (uppercase tags, ``<br>`` paragraphs …)."""

    hazard: int = 0
    cp1251: bool = False
    ticker: bool = False  # a <marquee> of rates and other headlines above the text

    @property
    def path(self) -> str:
        if self.cms == "static":
            return f"/news/{self.day:%Y/%m/%d}/{self.id}.html"
        return super().path

    def image_paths(self) -> list[str]:
        """The full-size photos (the WAP page shows thumbnails linking to them)."""
        folder = {"wap": f"/files/news/big/{self.num}",
                  "mail": f"/mail/img/{self.day:%Y%m}",
                  "static": f"/news/{self.day:%Y/%m/%d}/img"}[self.cms]
        return [f"{folder}/{self.id}_{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("static", "mail", "wap", "wap"),
        ru=dict(cp1251=True, hazard=1, ticker=True, clock=None, views=None),
        pair=dict(hazard=1, views=None),
        en=dict(images=2, photo_credit="Information Center", views=412, ticker=True),
        subbotnik=dict(clock=time(15, 40), hazard=1),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs, hazard=(i // 3) % 2)
    clocked = art.cms == "wap" or (art.cms == "mail" and i % 2 == 0)
    art.clock = time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50])) if clocked else None
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 in (2, 5) else rng.choice(texts.RUBRICS[lang])
    art.tags = rng.sample(texts.TAGS[lang], (0, 1, 2, 3)[(i // 2) % 4])
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    shows_views = {"wap": i % 4 != 1, "mail": i % 4 == 0, "static": i % 4 == 2}[art.cms]
    art.views = rng.choice([rng.randrange(40, 999), rng.randrange(1000, 9000)]) \
        if shows_views else None
    art.cp1251 = lang != "kk" and (art.cms == "static" or (art.cms == "mail" and i % 2 == 1))
    art.ticker = i % 2 == 0 and art.cms != "mail"  # no mail client scrolls a marquee
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def _article(path: str, base: str) -> Response:
    from tests.twentiethsite import templates  # the templates import this module

    m = _STATIC.match(path) or _SLUGGED.match(path)
    art = by_num().get(int(m.groups()[-1])) if m else None
    if art is None:
        return 404, {"Content-Type": "text/html; charset=windows-1251"}, templates.not_found()
    if path != art.path:
        return routes.moved(base + art.path)
    return templates.article(art, base)


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentiethsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /cgi-bin/\nDisallow: /mail/unsubscribe\n")
    if path in ("/novosti", "/novosti/", "/"):
        page = parse_qs(parts.query).get("page", ["1"])[0]
        if not page.isdigit() or not 1 <= int(page) <= page_count():
            return 404, {"Content-Type": "text/html; charset=windows-1251"}, \
                templates.not_found()
        return templates.listing(int(page), base)
    return _article(path, base)
