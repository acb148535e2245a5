"""The sixtieth copy's article list, deviations and router (Drupal 10 guess, see __init__)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import CYR2LAT, LAT2CYR
from tests.sixtiethsite import templates

LISTING = "/novosti"
PER_PAGE = 10
SEED = 6060
# A third of the pages carry one deviation of their own (the name says what changes).
DEVIATIONS = ("no_rubric", "views_word", "views_hidden", "views_bigpipe", "utc_meta", "no_meta",
              "source_link", "credit_caption", "hazards", "gallery", "dateline_strong",
              "en_us_date")
EN_ONLY = {"en_us_date"}
ROBOTS = b"""#
# robots.txt
#
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /sites/default/files/
# Directories
Disallow: /core/
Disallow: /profiles/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/search/

Sitemap: https://ic24.kz/sitemap.xml
"""


@dataclass
class Article(CopyArticle):
    dev: str = ""

    def upload_month(self) -> str:
        return f"{self.day.year}-{self.day.month:02d}"

    def image_paths(self) -> list[str]:
        """Drupal's "large" image style of each upload, with its ``itok`` token; the first
        photo's upload itself, which og:image declares (the largest copy the page names)."""
        out = []
        for k in range(self.images):
            name = f"photo-{self.num}" + (f"_{k}" if k else "") + ".jpg"
            tok = hashlib.sha1(f"{self.num}{k}".encode()).hexdigest()[:8]
            out.append(f"/sites/default/files/{self.upload_month()}/{name}" if k == 0 else
                       f"/sites/default/files/styles/large/public/{self.upload_month()}/"
                       f"{name}?itok={tok}")
        return out


PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(0, lang, day, title, "drupal10", paragraphs)
    attribute(art, lead_source, rng, named=lang != "kk" and rng.random() < 0.5)
    art.place = rng.choice(PLACES[lang]) if rng.random() < 0.7 else None
    art.clock = time(rng.randrange(0, 23), rng.randrange(0, 60)) if rng.random() < 0.85 else None
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if rng.random() < 0.6 else None
    art.images = 1 if art.photo_credit or rng.random() < 0.5 else 0
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(12, 6000)
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "drupal10",
                      ru={"dev": "hazards"}, en={"dev": "utc_meta"}, pair={"dev": "en_us_date"},
                      subbotnik={"clock": None, "dev": "no_meta"})


def _spoil(text: str, lang: str) -> str:
    """A paragraph as a pasted text holds it: a look-alike letter of the other script in its
    first long word, a zero-width space after the first word, a no-break space after a dash."""
    words = text.split(" ")
    swap = LAT2CYR if lang == "en" else CYR2LAT
    for i, word in enumerate(words):
        hit = next((k for k, c in enumerate(word) if c in swap), None)
        if len(word) > 5 and word.isalpha() and hit is not None:
            words[i] = word[:hit] + swap[word[hit]] + word[hit + 1:]
            break
    words[0] += "\u200b"
    return " ".join(words).replace(" — ", " —\u00a0")


def _finish(arts: list[Article]) -> None:
    """Deviations on every third generated article, cycling through ``DEVIATIONS``; a page
    whose deviation removes a field has it removed from its record too."""
    generated = sorted((a for a in arts if not a.dev and a.num not in
                        (45694, 45713, 46768, 49120)), key=lambda a: a.num)
    for k, a in enumerate(generated[::3]):
        names = [d for d in DEVIATIONS if a.lang == "en" or d not in EN_ONLY]
        a.dev = names[k % len(names)]
        if a.dev == "no_rubric":
            a.category = None
        elif a.dev == "views_hidden":
            a.views = None
        elif a.dev == "no_meta":
            a.clock = None
        elif a.dev == "hazards":
            a.raw_paragraphs = [_spoil(text, a.lang) for text in a.paragraphs]
        elif a.dev == "source_link":
            pool = texts.SOURCES[a.lang]
            a.source, a.source_line = a.source or pool[a.num % len(pool)], True
        elif a.dev in ("credit_caption", "gallery"):
            a.photo_credit = a.photo_credit or "gov.kz"
            a.images = 2 if a.dev == "gallery" else 1


_cat = standard_catalogue(SEED, _fixed, _make, PER_PAGE, finish=_finish)
build = _cat.build
by_num = _cat.by_num
truth = _cat.truth
page_count = _cat.page_count
page_items = _cat.page_items


def _page(query: str) -> int | None:
    """Drupal's pager counts from 0: ``?page=0`` is the first page, as is no query."""
    raw = parse_qs(query).get("page", ["0"])[0]
    if not raw.isdigit() or not 0 <= int(raw) < page_count():
        return None
    return int(raw) + 1


def route(target: str, host: str) -> Response:
    """robots.txt, the front page, the ``/novosti`` view (0-based ``?page=N``), the article at
    its alias (301 from another slug) and Drupal's 404."""
    parts = urlsplit(target)
    if parts.path == "/":
        return 200, {"Content-Type": routes.HTML}, templates.front(f"http://{host}")
    return routes.answer(target, host, _cat, templates, ROBOTS, page=_page,
                         robots_type="text/plain; charset=UTF-8")
