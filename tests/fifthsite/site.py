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
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import (
    AGENCY,
    MONTHS,
    Catalogue,
    CopyArticle,
    Response,
    generate,
    newest_first,
    number,
)
from tests.copykit.site import attribute, known_four

__all__ = ["AGENCY", "MONTHS", "Article", "build", "by_num", "page_count", "page_items", "route",
           "truth"]

SEED = 5505
PER_PAGE = 10
TEMPLATES = ("dle", "bitrix", "joomla")
# rubric shown as: the last linked crumb before the title crumb / the plain last crumb /
# nowhere (crumbs "Главная » Новости » title") / nowhere and no breadcrumb at all
CRUMBS = ("linked", "plain", "linked", "none", "plain", "absent")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент", "Караганда"],
          "en": ["Almaty", "Astana", "Shymkent"], "kk": ["Алматы", "Астана", "Шымкент"]}


@dataclass
class Article(CopyArticle):
    crumbs: str = "absent"
    charset: str = "utf-8"  # "cp1251", or "cp1251-meta" (only the <meta> says so)

    def image_paths(self) -> list[str]:  # 0, 1 (lead photo) or 2 (a second one in the text)
        stamp = f"{self.day:%Y-%m}"
        return [f"/uploads/posts/{stamp}/{self.num}_{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("bitrix", "joomla", "dle", "dle"),
        ru=dict(crumbs="plain", tags=["Япония", "диаспора", "МИД РК"], clock=None, images=0,
                photo_credit=None),
        pair=dict(crumbs="linked"),
        en=dict(crumbs="linked", tags=["Kazakhstan", "Luxembourg", "diaspora"], views=1204,
                clock=None),
        subbotnik=dict(crumbs="plain", charset="cp1251"),
    )


def _story(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        return list(texts.KK_STORIES[i % len(texts.KK_STORIES)][1]), None
    return texts.headline_story(lang, title, i, rng)


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = _story(lang, title, i, rng)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs)
    art.clock = time(rng.randrange(8, 20), rng.choice([0, 5, 15, 30, 40, 55])) if i % 5 in (
        0, 3) else None
    art.place = rng.choice(PLACES[lang]) if (i + i // 18) % 2 == 0 else None
    art.crumbs = CRUMBS[(i // 3) % len(CRUMBS)]
    rubrics = texts.RUBRICS[lang]
    art.category = rng.choice(rubrics) if art.crumbs in ("linked", "plain") else None
    tags = texts.TAGS[lang]
    art.tags = rng.sample(tags, 2 if art.category is None else rng.choice([0, 1, 2, 3]))
    attribute(art, lead_source, rng, i % 3 != 2)
    art.images = (0, 1, 1, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 7 != 3 else None
    art.views = None if i % 9 == 4 else rng.randrange(40, 4000)
    return art


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    stories = texts.mix(en=14)
    arts = generate(rng, _fixed(), stories, _generic)
    cp1251 = [a for a in arts if a.lang == "ru" and a.cms != "bitrix" and not a.num][:3]
    for art, charset in zip(cp1251, ("cp1251", "cp1251-meta", "cp1251"), strict=False):
        art.charset = charset
    number(arts)
    return newest_first(arts)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items


_PAGE = re.compile(r"^/novosti/page/(\d+)/?$")


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.fifthsite import templates  # the templates import this module

    path = urlsplit(target).path
    base = f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /admin/\n")
    page = 1 if path in ("/", "/novosti", "/novosti/") else None
    m = _PAGE.match(path)
    if m:
        page = int(m.group(1))
        if page == 1:
            return routes.moved(base + "/novosti/")
    if page is not None and 1 <= page <= page_count():
        return templates.listing(page, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
