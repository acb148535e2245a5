"""The fifty-sixth copy's articles, truth and router (see the package docstring for its guesses).

Every article is one CMS entry (Strapi-like): its locale, headline, rich-text blocks, rubric,
tags, view counter, cover photo on the CMS host, and a ``publishedAt`` moment (a few entries
were imported with a date only). About a third of the entries carry one editor's extra
(``extra``): a Telegram post, a gallery, a quote, a list, an "Обновлено" note, a lead in its
own element or a video.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import Catalogue, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import normalise
from tests.fiftysixthsite import templates

CMS = "https://cms.ic24.kz"
LISTING = "/novosti"
PER_PAGE = 10
EXTRAS = ("telegram", "gallery", "quote", "list", "updated", "lead", "video")
ROBOTS = (b"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /_next/\nDisallow: /search\n\n"
          b"User-agent: GPTBot\nDisallow: /\n")
# Hazards the CMS's rich text keeps: (paragraph index, what is done to it).
_NBSP, _ZW = "\u00a0", "\u200b"
_O_WORD = re.compile(r" о(?=[а-яё])")


@dataclass
class Article(CopyArticle):
    extra: str | None = None
    gallery: int = 0  # photos of a gallery block (extra == "gallery")
    media_key: str = ""

    def image_paths(self) -> list[str]:
        """The CMS originals: the cover (``large_`` format) and the gallery's photos."""
        key = self.media_key or hashlib.sha1(self.id.encode()).hexdigest()[:10]
        cover = [f"{CMS}/uploads/large_photo_{key}.jpg"] if self.images else []
        return cover + [f"{CMS}/uploads/gallery_{key}_{n}.jpg" for n in range(1, self.gallery + 1)]

    @property
    def blocks(self) -> list[str]:
        """The paragraphs as the CMS stores them (the seeds' own hazards kept)."""
        return list(self.raw_paragraphs or self.paragraphs)

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["image_urls"] = self.image_paths()  # absolute already, on the CMS host
        return rec


def _fixed() -> list[Article]:
    return known_four(Article, "next", ru=dict(extra=None), pair=dict(extra="lead"),
                      en=dict(clock=None), subbotnik=dict(extra="updated", clock=time(10, 0)))


def _hazard(paras: list[str], i: int) -> list[str]:
    """The raw blocks of a generated story: no-break spaces, a zero-width space or a Latin
    look-alike inside a Cyrillic word, by story number."""
    raw = list(paras)
    k = i % 4
    if k == 0 and len(raw) > 1:
        raw[1] = raw[1].replace(" ", _NBSP, 2)
    elif k == 1:
        raw[0] = raw[0].replace(" ", " " + _ZW, 1)
    elif k == 2:
        for j, p in enumerate(raw):
            if _O_WORD.search(p):  # Cyrillic o -> Latin o at the start of a longer word
                raw[j] = _O_WORD.sub(" o", p, count=1)
                break
    return raw


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paras, lead_source = texts.story(lang, title, i, rng)
    place = None if i % 8 == 5 else {"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}[lang]
    if place and i % 6 == 2:
        place = {"ru": "Астана", "en": "Astana", "kk": "Астана"}[lang]
    images = 0 if i % 7 == 3 else 1
    clock = None if i % 9 == 4 else time(rng.choice([2, 4, 9, 11, 14, 17, 20]),
                                         rng.choice([0, 5, 30, 45]))
    art = Article(num=0, lang=lang, day=day, title=title, cms="next", paragraphs=paras,
                  clock=clock, place=place, images=images,
                  photo_credit=rng.choice(texts.PHOTO_CREDITS) if images else None,
                  category=None if i % 10 == 7 else rng.choice(texts.RUBRICS[lang]),
                  tags=texts.some_tags(lang, rng),
                  views=None if i % 11 == 6 else rng.randrange(40, 9000))
    attribute(art, lead_source, rng, named=i % 3 == 0)
    raw = _hazard(paras, i)
    if raw != paras:
        art.raw_paragraphs = raw
    if i % 3 == 1:
        art.extra = EXTRAS[(i // 3) % len(EXTRAS)]
        if art.extra == "gallery":
            art.gallery = 3
    assert [normalise(p) for p in art.blocks] == art.paragraphs
    return art


_CATALOGUE: Catalogue = standard_catalogue(5656, _fixed, _make, PER_PAGE)
by_num = _CATALOGUE.by_num
page_count = _CATALOGUE.page_count
page_items = _CATALOGUE.page_items


def build() -> tuple[Article, ...]:
    return _CATALOGUE.build()  # type: ignore[return-value]


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return _CATALOGUE.truth(base_url)


def related(art: Article) -> list[Article]:
    """The "latest news" block: the six newest other stories (the same on every page)."""
    return [a for a in build() if a.num != art.num][:6]


class _Pages:
    @staticmethod
    def listing(page: int, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML}, templates.listing(
            list(page_items(page)), page, page_count())

    @staticmethod
    def article(art: Article, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML, "X-Powered-By": "Next.js",
                     "Vary": "RSC, Next-Router-State-Tree, Next-Router-Prefetch"}, \
            templates.article(art, related(art), build()[:5])

    @staticmethod
    def not_found() -> bytes:
        return templates.not_found()


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, ``/`` (308 to the listing), ``/novosti?page=N``, the articles."""
    return routes.answer(target, host, _CATALOGUE, _Pages(), ROBOTS, home=LISTING,
                         home_status=308)
