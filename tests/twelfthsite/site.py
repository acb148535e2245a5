"""The twelfth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
templates (``nuxt.py``, ``hugo.py``, ``builder.py``). Switches are spread by position so every
mix occurs: dateline or not (English ones sometimes "ASTANA, April 16 – Information Center – "),
source line / lead attribution / none, lazy-image style, blocks inside the text, a related
block inside or after the text container, pages with no rubric, tags or views.

What the truth counts as body (a careful reader's record of the article text, SPEC's ``body``):
- ``<h2>`` sub-headings: a paragraph each (they are the article's own text);
- ``<ul>``/``<ol>`` lists: one paragraph per item, without bullet or number;
- a ``<table>`` of figures: one paragraph per row, its cells joined by one space (the row as
  read, whitespace collapsed per SPEC);
- a ``<blockquote>`` quoting a person: a paragraph (the quote is part of the report);
- never: photo captions and credits, the "Поделиться:" share bar, the cookie banner, the
  "Ещё по теме" block (its links are ``related``), the ``Источник:``/``Дереккөз:`` line, empty
  spacer paragraphs of the builder.
``dateline_place`` is the city as a reader names it: "ASTANA, …" is recorded as "Astana".
Builder pages show no time of day, so their truth is day precision; Hugo pages carry UTC
stamps whose Almaty moment is the truth (some are the previous day in UTC).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, MONTHS, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import normalise
from tests.twelfthsite import extras

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 1212
PER_PAGE = 10
TEMPLATES = ("nuxt", "hugo", "builder")
LAZY = ("data-src", "data-lazy-src", "srcset", "picture")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Ақтөбеде жаңа аурухана салынады",
     ["Ақтөбе облысында 300 төсектік көпбейінді аурухана салынады.",
      "Құрылыс жұмыстары келесі жылдың көктемінде басталады.",
      "Облыс әкімдігінің хабарлауынша, жоба республикалық бюджет есебінен қаржыландырылады."]),
    ("Түркістанда туристер саны артты",
     ["Биыл Түркістанға келген туристер саны былтырғымен салыстырғанда 30 пайызға артты.",
      "Қалада жаңа қонақүйлер мен мұражайлар ашылды.",
      "Туристердің басым бөлігі Қожа Ахмет Ясауи кесенесіне барады."]),
]


@dataclass
class Article(CopyArticle):
    """``blocks``: the text as the page lays it out, ``(kind, content)`` with kind one of
    p, h2, ul, ol, table, quote; ``paragraphs`` is what the truth makes of them."""

    blocks: list[tuple[str, object]] = field(default_factory=list)
    lazy: str = "data-src"
    caps_dateline: bool = False  # "ASTANA, April 16 – Information Center – "
    related: int = 0  # articles linked in the "Ещё по теме" block
    related_inside: bool = False  # the block sits inside the text container
    share_inside: bool = False
    flavour: str = "wix"  # builder pages: "wix" or "webflow"
    utc_suffix: str = "Z"  # hugo's stamp: "Z" or "+00:00"

    def image_paths(self) -> list[str]:
        folder = {"nuxt": f"/storage/news/{self.day:%Y/%m}",
                  "hugo": f"/images/{self.day:%Y}/{self.num}",
                  "builder": "/media"}[self.cms]
        return [f"{folder}/ic{self.num}_{k}.jpg" for k in range(1, self.images + 1)]

    def dateline(self) -> str:
        if not (self.place and self.caps_dateline):
            return super().dateline()
        month = MONTHS["en"][self.day.month - 1]
        return f"{self.place.upper()}, {month} {self.day.day} – {AGENCY['en']} – "


def flatten(blocks: list[tuple[str, object]]) -> list[str]:
    """The truth's paragraphs of a text (see the module docstring)."""
    out: list[str] = []
    for kind, content in blocks:
        if kind in ("ul", "ol"):
            out += list(content)  # type: ignore[call-overload]
        elif kind == "table":
            out += [" ".join(row) for row in content]  # type: ignore[attr-defined]
        else:
            out.append(str(content))
    return [normalise(p) for p in out]


def _fixed() -> list[Article]:
    arts = known_four(
        Article, ("hugo", "builder", "nuxt", "builder"),
        ru=dict(clock=time(2, 15), lazy="picture", related=3),
        pair=dict(lazy="srcset", clock=None),
        en=dict(related=2, related_inside=True),
        subbotnik=dict(flavour="webflow", related=2),
    )
    for art in arts:
        art.blocks = [("p", p) for p in art.raw_paragraphs or art.paragraphs]
    return arts


def _clock(art: Article, i: int, rng: random.Random) -> time | None:
    if art.cms == "builder":
        return None
    # half the Hugo pages fall before 06:00 in Almaty: the evening before in their UTC stamp
    hours = range(0, 6) if art.cms == "hugo" and i % 2 == 0 else range(7, 23)
    return time(rng.choice(hours), rng.choice([0, 10, 25, 40, 55]))


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], [])
    art.blocks = extras.compose(paragraphs, lang, i)
    art.paragraphs = flatten(art.blocks)
    art.clock = _clock(art, i, rng)
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.caps_dateline = lang == "en" and i % 4 < 2
    bare = i % 7 == 5  # no rubric, no tags, no views
    art.category = None if bare else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if bare else rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    art.views = None if bare or i % 4 == 1 else rng.randrange(40, 9000)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 2, 0, 1, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.lazy = LAZY[(i // 3) % 4]
    art.related = (2, 3, 0)[(i // 2) % 3]
    art.related_inside = i % 4 in (0, 3)
    art.share_inside = i % 5 == 0
    art.flavour = ("wix", "webflow")[(i // 3) % 2]
    art.utc_suffix = ("Z", "+00:00")[(i // 3) % 2]
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items
ROBOTS = b"User-agent: *\nDisallow: /api/\nDisallow: /_nuxt/\nSitemap: /sitemap.xml\n"


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twelfthsite import templates  # the templates import this module

    path, base = urlsplit(target).path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS, "text/plain; charset=utf-8")
    if path in ("/novosti", "/novosti/", "/"):
        return templates.listing(1, base)
    if path.startswith("/novosti/page/"):
        num = path.removeprefix("/novosti/page/").rstrip("/")
        if num == "1":  # Hugo's alias: page 1 lives at the section's root
            return routes.moved(base + "/novosti/")
        if num.isdigit() and 2 <= int(num) <= page_count() and path.endswith("/"):
            return templates.listing(int(num), base)
        return routes.not_found(templates.not_found())
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
