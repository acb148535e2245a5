"""The seventy-eighth copy's articles, truth and router (WordPress with Elementor).

Every generated article gets a WordPress publish time (Yoast prints it in the JSON-LD); about a
third carry one ``deviation`` of their own (see the package docstring), the rest the plain
Elementor single-post template.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import CYR2LAT, LAT2CYR
from tests.seventyeighthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
ROBOTS = (b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
          b"Disallow: /?s=\n\nSitemap: /wp-sitemap.xml\n")
# The deviations a third of the pages carry, one each.
DEVIATIONS = ("no_yoast", "utc_ld", "no_views", "credit_caption", "source_link", "quote",
              "embed", "ad_inside", "empty_paras", "no_rubric", "dateline_strong")


@dataclass
class Article(CopyArticle):
    deviation: str | None = None
    raw: list[str] | None = None  # paragraphs as written into the page (hazards kept)

    def image_paths(self) -> list[str]:
        return [f"/wp-content/uploads/{self.day.year}/{self.day.month:02d}/{self.id}-{k}.jpg"
                for k in range(1, self.images + 1)]

    def written(self) -> list[str]:
        return list(self.raw or self.raw_paragraphs or self.paragraphs)


def _hazard(paragraph: str, lang: str, kind: int) -> str:
    """One paragraph as an editor pasted it: a look-alike letter of the other script inside a
    word, a zero-width space, or a no-break space."""
    words = paragraph.split(" ")
    for i, word in enumerate(words):
        if len(word) > 4 and word.isalpha():
            if kind == 0:
                table = LAT2CYR if lang == "en" else CYR2LAT
                for j, c in enumerate(word):
                    if c in table:
                        words[i] = word[:j] + table[c] + word[j + 1:]
                        return " ".join(words)
            elif kind == 1:
                words[i] = word[:2] + "\u200b" + word[2:]
                return " ".join(words)
            else:
                return " ".join(words[:i]) + "\u00a0" + " ".join(words[i:])
    return paragraph


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(0, lang, day, title, "elementor", paragraphs)
    deviation = DEVIATIONS[(i // 3) % len(DEVIATIONS)] if i % 3 == 0 else None
    art.deviation = deviation
    art.clock = None if deviation == "no_yoast" else time(rng.randrange(7, 22), rng.randrange(60))
    art.place = "Алматы" if lang != "en" and i % 2 == 0 else ("Almaty" if i % 4 == 1 else None)
    kit.attribute(art, lead_source, rng, named=i % 3 != 2)
    art.photo_credit = texts.PHOTO_CREDITS[i % 5] if i % 4 != 3 else None
    art.images = 0 if i % 7 == 6 else (2 if i % 5 == 2 else 1)
    if art.images == 0:
        art.photo_credit = None
    art.category = None if deviation == "no_rubric" else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = None if deviation == "no_views" else rng.randrange(40, 9000)
    if deviation in ("quote", "embed") and len(paragraphs) < 3:
        art.deviation = None
    art.raw = [_hazard(p, lang, i % 3) if k == 1 else p for k, p in enumerate(paragraphs)]
    return art


def _fixed() -> list[Article]:
    return kit.known_four(Article, "elementor",
                          ru={"deviation": "empty_paras"},
                          subbotnik={"deviation": "credit_in_lead", "clock": time(10, 15)})


CATALOGUE = kit.standard_catalogue(78, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items


def listing_page(path: str) -> int | None:
    """``/novosti`` and ``/novosti/`` are page 1, ``/novosti/page/N/`` page N (N from 2)."""
    if path in (LISTING, LISTING + "/"):
        return 1
    rest = path.removeprefix(LISTING + "/page/").rstrip("/")
    if path.startswith(LISTING + "/page/") and rest.isdigit() and 2 <= int(rest) <= page_count():
        return int(rest)
    return None


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the listing and its pages, ``/`` (the listing's first page),
    the articles (301 from another slug), else WordPress' 404."""
    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path == "/":
        return routes.moved(base + LISTING)
    if path.startswith(LISTING):
        number = listing_page(path)
        if number is None:
            return routes.not_found(templates.not_found())
        return templates.listing(page_items(number), number, page_count(), base)
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)


templates.OTHERS = build
