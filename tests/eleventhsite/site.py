"""The eleventh copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
templates (``blogger.py``, ``lj.py``, ``umi.py``). Switches are spread by position so every mix
occurs: dateline or not, source line / lead attribution / none, one photo or a numbered gallery,
with and without credit, an author line on top, "ЧИТАЙТЕ ТАКЖЕ:" inside the text, a video embed,
views with a comments counter or a labelled count or none, day-only dates.

Truth rule for a UMI date without a year ("16 апреля, 15:40"): a reader takes the year from the
breadcrumb's archive link ("Архив 2021") on the same page, so the truth is the article's day.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 1111
PER_PAGE = 10
ROBOTS = b"User-agent: *\nDisallow: /search\nDisallow: /admin/\nAllow: /\n"
TEMPLATES = ("blogger", "lj", "umi")
VIEW_STYLES = ("counter", "label")
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
AUTHORS = {"ru": ["Айгерим Сапарова", "Дмитрий Ким"], "en": ["Aigerim Saparova"],
           "kk": ["Нұрлан Әбдіков"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір ашылды",
     ["Павлодар облысында Ертіс өзені арқылы өтетін жаңа көпір ашылды.",
      "Көпірдің ұзындығы 800 метрден асады.",
      "Құрылысқа облыс бюджетінен қаражат бөлінді."]),
]


@dataclass
class Article(CopyArticle):
    """The page furniture each article carries besides its scored fields."""

    author: str | None = None  # "Автор: …" line above the text (not part of the body)
    gallery: bool = False  # images as a gallery with "1 / 3 Фото: …" captions
    video: bool = False  # a YouTube iframe with a caption line inside the text
    read_also: bool = False  # "ЧИТАЙТЕ ТАКЖЕ:" with a link between paragraphs
    promo: bool = False  # a Telegram promo line after the text
    view_style: str = "counter"  # "💬 12 👁 345" or "Просмотров: 345"
    comments: int = 0
    split: str = "br"  # blogger: "<br>"-runs or "<div>"s; lj: "br" or "p"
    date_style: str = "numeric"  # umi: "16.04.2021 в 15:40" or "16 апреля, 15:40"

    def image_paths(self) -> list[str]:
        folder = {"blogger": f"/img/b/R29vZ2xl/AVvXsE{self.num:x}/s1600",
                  "lj": f"/ic-pics/{self.day:%Y}/{self.num}",
                  "umi": f"/images/cms/data/news/{self.day:%Y}"}[self.cms]
        return [f"{folder}/ic{self.num}_{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("umi", "lj", "blogger", "umi"),
        ru=dict(date_style="words", comments=3, promo=True),
        pair=dict(view_style="label", author="Aigerim Saparova"),
        en=dict(read_also=True),
        subbotnik=dict(images=3, gallery=True, comments=12, video=True),
    )


def _furniture(art: Article, i: int, rng: random.Random) -> None:
    art.images = (1, 1, 0, 3, 1)[i % 5]
    art.gallery = art.images > 1
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    art.view_style = VIEW_STYLES[(i // 2) % 2]
    art.comments = rng.randrange(0, 40)
    art.read_also = i % 4 in (0, 3)
    art.video = i % 7 == 2
    art.promo = i % 2 == 1
    art.author = rng.choice(AUTHORS[art.lang]) if (i // 2) % 3 != 2 else None
    art.split = ("br", "div" if art.cms == "blogger" else "p")[(i // 3) % 2]
    art.date_style = ("numeric", "words")[(i // 3) % 2]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs)
    day_only = art.cms != "blogger" and i % 4 == 0  # Blogger always stamps the minute
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    _furniture(art, i, rng)
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE,
                                stories=texts.mix(KK_EXTRA, en=13))
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def _skip(query: str) -> int:
    """LiveJournal-style ``?skip=N`` offset: a skip past the end shows an empty page."""
    skip = parse_qs(query).get("skip", ["0"])[0]
    return int(skip) if skip.isdigit() else 0


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.eleventhsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS,
                         listing=("/novosti", "/novosti/", "/"), page=_skip)
