"""The sixty-third copy's articles, their truth and its router (HostCMS conventions).

Every article carries ``forms``: how its page writes the fields (see the package docstring).
The forms are dealt by position in the newest-first list so every form occurs in every
language that can have it; about a third of the pages take a deviating ``layout``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, time
from typing import cast
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.sixtythirdsite import templates

LISTING = "/novosti"
PER_PAGE = 9
PAGE = re.compile(r"^/novosti/page-(\d+)/$")
INFO_SYSTEM = 7  # HostCMS keeps uploads per information system: /upload/information_system_7/
LAYOUTS = ("line", "line", "stat")  # "line": SITE.md's info line; "stat": labelled counters
SOURCE_FORMS = ("link", "plain", "copy")  # Источник: <a>X</a> / Источник: X / © X
PHOTO_FORMS = ("tight", "spaced")  # Фото:gov.kz / Фото: gov.kz in a figcaption
EXTRAS = ("none", "orphus", "share", "banner", "none", "nbsp")  # inside the text container


@dataclass
class Article(CopyArticle):
    forms: dict[str, str] = field(default_factory=dict)
    rating: str = "0"
    votes: int = 0
    comments: int = 0

    def image_paths(self) -> list[str]:
        n = str(self.num)
        return [f"/upload/information_system_{INFO_SYSTEM}/{n[0]}/{n[1]}/{n[2]}/item_{n}/"
                f"information_items_{n}.jpg"][: self.images]


def _fixed() -> list[Article]:
    return known_four(Article, "hostcms")


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    images = 0 if i % 7 == 3 else 1
    art = Article(
        num=0, lang=lang, day=day, title=title, cms="hostcms", paragraphs=paragraphs,
        place=None if i % 6 == 4 else {"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}[lang],
        images=images,
        photo_credit=rng.choice(texts.PHOTO_CREDITS) if images else None,
        category=None if i % 9 == 5 else rng.choice(texts.RUBRICS[lang]),
        tags=texts.some_tags(lang, rng),
        views=rng.choice([0, rng.randrange(40, 900), rng.randrange(1000, 30000)]),
    )
    attribute(art, lead_source, rng, named=i % 3 != 0)
    return art


def _finish(arts: list[Article]) -> None:
    """Deal the forms by position (newest first) and the widgets' numbers."""
    ordered = sorted(arts, key=lambda a: a.day, reverse=True)
    rng = random.Random(6303)
    for k, a in enumerate(ordered):
        layout = LAYOUTS[k % len(LAYOUTS)]
        if a.num == 49120:
            layout = "line"  # SITE.md's own info line
        a.forms = {"layout": layout, "source": SOURCE_FORMS[k % len(SOURCE_FORMS)],
                   "photo": PHOTO_FORMS[(k // 2) % len(PHOTO_FORMS)],
                   "extra": EXTRAS[k % len(EXTRAS)]}
        if a.num == 49120:
            a.forms["photo"] = "tight"  # SITE.md's "Фото:pixabay"
        # the "line" info line has no time of day; the "stat" one prints HH:MM
        if layout == "line":
            a.clock = None
        elif a.clock is None:
            a.clock = time(rng.randrange(0, 24), rng.choice([0, 5, 15, 30, 42, 55]))
        if layout == "stat" and k % 4 == 2:
            a.views = None  # the counter module switched off on this page
        a.rating = rng.choice(["0", "3.5", "4.5", "5"])
        a.votes = 0 if a.rating == "0" else rng.randrange(1, 40)
        a.comments = rng.choice([0, 0, 0, 2, 11])


CATALOGUE = standard_catalogue(6363, _fixed, _generic, PER_PAGE, finish=_finish)


def build() -> tuple[Article, ...]:
    return cast(tuple[Article, ...], tuple(CATALOGUE.build()))


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


truth = CATALOGUE.truth
page_count = CATALOGUE.page_count


def page_items(n: int) -> tuple[Article, ...]:
    return build()[(n - 1) * PER_PAGE : n * PER_PAGE]


def page_path(n: int) -> str:
    return LISTING if n == 1 else f"/novosti/page-{n}/"


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, ``/`` and ``/novosti/`` moved to ``/novosti``, the listing's
    pages ``/novosti/page-N/``, the articles (301 from another slug), else HostCMS's 404."""
    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(templates.robots(base))
    if path in ("/", "/novosti/", "/index.php"):
        return routes.moved(base + LISTING)
    if path == LISTING:
        return templates.listing(1, base)
    m = PAGE.match(path)
    if m:
        n = int(m.group(1))
        if 2 <= n <= page_count():
            return templates.listing(n, base)
        return routes.not_found(templates.not_found())
    return CATALOGUE.article_or_404(path, base, _render, templates.not_found)


def _render(art: CopyArticle, base: str) -> Response:
    return templates.article(cast(Article, art), base)


__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "route", "truth"]
