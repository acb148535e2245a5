"""The eighty-fifth copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, Response
from tests.eightyfifthsite import templates

LISTING = "/novosti/"
PER_PAGE = 10
# The switches a deviating page turns on (one or two each).
DEVIATIONS = ("bold_dateline", "list", "inline_photo", "no_jsonld", "caption_credit",
              "source_link", "eye_views", "nbsp")
ROBOTS = b"User-agent: *\nDisallow: /page-data/\nDisallow: /search/\n\nSitemap: /sitemap.xml\n"


@dataclass
class Article(kit.CopyArticle):
    forms: set[str] = field(default_factory=set)

    def hash(self, salt: str = "") -> str:
        return hashlib.md5(f"{self.num}{salt}".encode()).hexdigest()[:20]  # noqa: S324

    def cover(self, w: int, h: int, ext: str) -> str:
        return f"/static/{self.hash()}/{w}x{h}/photo.{ext}"

    def upload(self) -> str:
        return f"/uploads/photo_{self.hash('inline')[:10]}.jpg"

    def image_paths(self) -> list[str]:
        out = [self.cover(1200, 675, "jpg")] if self.images else []
        if "inline_photo" in self.forms:
            out.append(self.upload())
        return out


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="gatsby", paragraphs=paragraphs,
                  images=0 if i % 7 == 3 else 1,
                  category=None if i % 6 == 4 else rng.choice(texts.RUBRICS[lang]),
                  tags=texts.some_tags(lang, rng),
                  views=None if i % 8 == 5 else rng.randrange(0, 4000))
    kit.attribute(art, lead_source, rng, named=i % 3 != 2)
    if i % 11 == 7:
        art.views = 0
    if i % 4 != 1:
        places = {"ru": ("Алматы", "Астана"), "en": ("Almaty", "Astana"),
                  "kk": ("Алматы", "Астана")}
        art.place = places[lang][0 if i % 5 else 1]
    if art.images:
        art.photo_credit = texts.PHOTO_CREDITS[i % len(texts.PHOTO_CREDITS)] if i % 5 != 2 else None
    if i % 2 == 0:
        art.clock = time(2, 15) if i % 10 == 0 else time(8 + i % 12, (i * 7) % 60)
    if i % 3 == 0:
        art.forms = {DEVIATIONS[(i // 3) % len(DEVIATIONS)],
                     DEVIATIONS[(i // 3 + 3) % len(DEVIATIONS)]}
        if "list" in art.forms and len(art.paragraphs) < 3:
            art.paragraphs.append(texts.RU_POOL[0] if lang == "ru" else texts.EN_POOL[0])
        if "eye_views" in art.forms and art.views is None:
            art.views = 0
    return art


def _fixed() -> list[Article]:
    return kit.known_four(Article, "gatsby",
                          subbotnik={"forms": {"caption_credit"}, "clock": time(10, 30)},
                          pair={"forms": {"no_jsonld"}})


catalogue = kit.standard_catalogue(85085, _fixed, _make, PER_PAGE)
build, by_num, page_count, page_items = (catalogue.build, catalogue.by_num,
                                         catalogue.page_count, catalogue.page_items)


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return catalogue.truth(base_url)


def agency(lang: str) -> str:
    return AGENCY[lang]


def _listing_number(path: str) -> int | None:
    """``/novosti/`` is page 1, ``/novosti/N/`` page N (2 to the last); else None."""
    if path == LISTING:
        return 1
    rest = path.removeprefix(LISTING).rstrip("/")
    if path.endswith("/") and rest.isdigit() and 2 <= int(rest) <= page_count():
        return int(rest)
    return None


def route(target: str, host: str) -> Response:
    """One GET to the copy."""
    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path in ("/", "/novosti"):
        return routes.moved(base + LISTING)
    if path.startswith(LISTING):
        number = _listing_number(path)
        if number is None:
            return routes.not_found(templates.not_found())
        return 200, {"Content-Type": routes.HTML}, templates.listing(number, page_items(number),
                                                                     page_count(), build())
    if path.startswith("/page-data/news/") and path.endswith("/page-data.json"):
        art_path = path.removeprefix("/page-data").removesuffix("/page-data.json")
        for art in build():
            if art.path == art_path:
                return 200, {"Content-Type": "application/json"}, templates.page_data(art, base)
        return routes.not_found(templates.not_found())
    if path == "/page-data/app-data.json":
        return 200, {"Content-Type": "application/json"}, b'{"webpackCompilationHash":"8f3a"}'
    return catalogue.article_or_404(path, base, _article, templates.not_found)


def _article(art: kit.CopyArticle, base: str) -> Response:
    assert isinstance(art, Article)
    return 200, {"Content-Type": routes.HTML}, templates.article(art, base, build())
