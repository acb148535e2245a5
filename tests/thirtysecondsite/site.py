"""The thirty-second copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, each served by
one of seven builder/platform templates (see ``templates.py``, ``builders.py``, ``social.py``).
What a careful reader records from these pages, and so the truth:

* hashtags after the text (``#Алматы #бюджет``) are the article's tags, not body text;
* a view counter shown as ``1.2K`` / ``12,4 тыс.`` is 1200 / 12400 (counters that large are
  generated as whole hundreds, so the shown value is the count);
* a Telegram or VK post has no headline element: its first line is the headline;
* a VK post's text hidden behind "Показать полностью…" is part of the body;
* Tilda, Wix and Squarespace show no time of day (day precision); Telegram only in
  ``<time datetime>`` (UTC), which is the publication moment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 3234
PER_PAGE = 8
PLATFORMS = ("tilda", "wix", "webflow", "squarespace", "gsites", "telegram", "vk")
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Түркістан"]}
# platforms whose page shows no time of day, and those with no view counter
DAY_ONLY = {"wix", "squarespace"}
NO_VIEWS = {"tilda", "squarespace", "gsites"}
NO_CATEGORY = {"telegram", "vk"}
KK_EXTRA = [
    ("Түркістанда кітап фестивалі өтті",
     ["Түркістанда алғаш рет халықаралық кітап фестивалі өтті.",
      "Фестивальге он елден жазушылар мен баспагерлер қатысты.",
      "Ұйымдастырушылар фестивальді жыл сайын өткізуді жоспарлап отыр."]),
]
# Squarespace's own rules: filtered collection views are not for robots
ROBOTS = (b"User-agent: *\nDisallow: /tilda/\nDisallow: /feed\nDisallow: /_api/\n"
          b"Disallow: /*?category=*\nDisallow: /*?tag=*\nDisallow: /*&tag=*\n")


@dataclass
class Article(CopyArticle):
    """``cms`` is the platform; ``split`` where a VK post's visible text stops (word index)."""

    split: int = 12

    def image_paths(self) -> list[str]:
        n = self.num
        return [{"tilda": f"/tild3{n % 997:03d}-6{n % 7}62/ic{n}-{k}.jpg",
                 "wix": f"/media/ic{n}_{k}~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/ic{n}-{k}.jpg",
                 "webflow": f"/uploads/64f{n:x}/ic{n}-{k}.jpg",
                 "squarespace": f"/static/5f{n}/ic{n}-{k}.jpg",
                 "gsites": f"/sites/img/ic{n}-{k}=w1280",
                 "telegram": f"/file/ic{n}-{k}.jpg",
                 "vk": f"/sun9/impg/ic{n}-{k}.jpg"}[self.cms] for k in range(1, self.images + 1)]


def _round_views(value: int) -> int:
    """What an abbreviated counter can show exactly: whole hundreds from 1000 up."""
    return value if value < 1000 else value // 100 * 100


def _fixed() -> list[Article]:
    return known_four(
        Article, ("tilda", "squarespace", "telegram", "vk"),
        ru=dict(views=None),
        pair=dict(clock=None, views=None),
        en=dict(views=1200, category=None),
        subbotnik=dict(clock=time(14, 5), split=9, category=None),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, PLATFORMS[i % len(PLATFORMS)], paragraphs)
    day_only = art.cms in DAY_ONLY or (art.cms == "tilda" and i % 2 == 0)
    art.clock = None if day_only else time(rng.randrange(7, 23), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 3) % 2 == 0 else None
    if art.cms not in NO_CATEGORY and i % 9 != 4:
        art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    if art.cms not in NO_VIEWS and not (art.cms == "webflow" and i % 2):
        art.views = _round_views(rng.choice([rng.randrange(40, 999), rng.randrange(1000, 25000)]))
    art.split = rng.randrange(4, 10)
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtysecondsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    query = parse_qs(parts.query)
    picked = [*query.get("tag", []), *query.get("category", []),
              *(q.lstrip("#") for q in query.get("q", []))]
    if picked:  # a platform's filtered view / hashtag search: one unpaginated list
        return templates.listing(1, base, [a for a in build()
                                           if picked[0] in (*a.tags, a.category)])
    if path in ("/novosti", "/novosti/", "/"):
        page = query.get("page", ["1"])[0]
        if not page.isdigit() or not 1 <= int(page) <= page_count():
            return routes.not_found(templates.not_found())
        return templates.listing(int(page), base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
