"""The eighth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
templates (``ucoz``, ``instant``, ``ghost``). Switches are spread by position so every mix
occurs. What the truth takes as the article, written down once:

- the body is the article's own paragraphs: the dateline is cut off the first one; a photo
  credit line, an embedded poll, the author's signature ("Автор: …"), the ``Источник:`` /
  ``Дереккөз:`` line and an "Оригинал статьи:" / "Подробнее на" link line are not body;
- a table of figures inside the text IS body (SPEC: body drops widgets, and a data table is the
  author's content, not a widget): each row one paragraph, its cells joined by one space (the
  row's text once whitespace is collapsed);
- emoji are text and stay; ``&nbsp;``-only paragraphs are no paragraphs;
- on Ghost pages the primary tag shown above the headline is the rubric (``category``), the
  ``post-tag`` links under the text are the tags; a time given as UTC or GMT+5 is converted to
  Asia/Almaty; uCoz's time in the date's tooltip (``<span title="15:40">``) is the time of day.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 8808
PER_PAGE = 10
TEMPLATES = ("ucoz", "instant", "ghost")
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Атырауда жаңа көпір салынады",
     ["Атырау қаласында Жайық өзені арқылы жаңа көпір салынады.",
      "Көпірдің ұзындығы 450 метр болады, құрылыс екі жылға созылады.",
      "Облыс әкімдігінің хабарлауынша, жоба жергілікті бюджет есебінен қаржыландырылады."]),
    ("Павлодарда кітап жәрмеңкесі өтті",
     ["Павлодарда өңірлік кітап жәрмеңкесі өтті.",
      "Жәрмеңкеге отыздан астам баспа өз кітаптарын әкелді.",
      "Оқырмандар жазушылармен кездесіп, жаңа кітаптарға қолтаңба алды."]),
]
KK_TITLES = [t for t, _ in texts.KK_STORIES + KK_EXTRA]
TABLES = {
    "ru": (("Район", "Объектов", "Сумма, млн тенге"), ("Алмалинский", "12", "340,5"),
           ("Бостандыкский", "9", "212,0")),
    "en": (("District", "Sites", "Cost, mln tenge"), ("Almaly", "12", "340.5"),
           ("Bostandyk", "9", "212.0")),
    "kk": (("Аудан", "Нысандар", "Сомасы, млн теңге"), ("Алмалы", "12", "340,5"),
           ("Бостандық", "9", "212,0")),
}
SIGNATURES = {"ru": "Автор: Иван Петров", "en": "Author: John Carter",
              "kk": "Авторы: Айгүл Серікова"}
# Ghost's visible time: Almaty with its GMT offset, no zone, UTC, or GMT+5 (western Kazakhstan)
ZONES = ("almaty", "plain", "utc", "gmt5")


@dataclass
class Article(CopyArticle):
    style: int = 0  # uCoz text as <p>s (0), <br>-runs (1) or <div>s (2); InstantCMS <p>/<div>
    lead_bold: bool = False  # the first paragraph in <strong>/<b>
    nbsp: bool = False  # &nbsp;-only paragraphs between the paragraphs
    signature: bool = False  # "Автор: Иван Петров" after the text
    original: bool = False  # "Оригинал статьи:" / "Подробнее на" link line after the text
    poll: bool = False  # a poll form inside the text
    table: tuple[tuple[str, ...], ...] = ()  # a table of figures inside the text (body)
    table_at: int = -1
    cp1251: bool = False
    variant: int = 0  # how the date and time are written (per template)
    jsonld: bool = True  # Ghost only: some posts carry no JSON-LD
    related: list[int] = field(default_factory=list)

    def image_paths(self) -> list[str]:
        if self.cms == "ucoz":
            return [f"/_nw/{self.num % 100}/{self.num}{k:02d}.jpg"
                    for k in range(1, self.images + 1)]
        if self.cms == "instant":
            return [f"/images/photos/medium/article{self.num}_{k}.jpg"
                    for k in range(1, self.images + 1)]
        return [f"/content/images/{self.day:%Y/%m}/ic-{self.num}-{k}.jpg"
                for k in range(1, self.images + 1)]

    def shown(self) -> list[str]:
        """The paragraphs as the page writes them (the seeds' hazards kept)."""
        return list(self.raw_paragraphs or self.paragraphs)


def _fixed() -> list[Article]:
    return known_four(
        Article, ("ucoz", "ghost", "instant", "ucoz"),
        ru=dict(clock=time(15, 40), style=1, nbsp=True),
        pair=dict(variant=ZONES.index("utc"), jsonld=False, views=None),
        en=dict(signature=True),
        subbotnik=dict(cp1251=True, lead_bold=True, style=2),
    )


def _hazards(art: Article, i: int) -> None:
    """Text hazards by position (none of them tied to the template, which is ``i % 3``)."""
    art.style = (i // 3) % 3
    art.lead_bold = i % 2 == 0
    art.nbsp = art.cms != "ghost" and i % 4 == 1
    art.signature = i % 7 == 3
    art.original = art.source is not None and i % 4 in (0, 2)
    art.poll = i % 7 == 6
    art.variant = (i // 3) % 4
    art.jsonld = (i // 2) % 2 == 0
    if i % 5 == 2:
        art.paragraphs[1] = "📌 " + art.paragraphs[1]
    elif i % 5 == 4:
        art.paragraphs[-1] += " 👍"
    if i % 8 == 5:
        art.table, art.table_at = TABLES[art.lang], 2
        art.paragraphs[2:2] = [" ".join(row) for row in art.table]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    cms = TEMPLATES[KK_TITLES.index(title) % 3] if lang == "kk" else TEMPLATES[i % 3]
    art = Article(0, lang, day, title, cms, paragraphs)
    day_only = cms != "ghost" and i % 5 == 3
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 40, 55]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    if i % 8 == 7 or (cms == "ghost" and art.category is None):
        art.tags = []  # (a Ghost post's first tag is its primary tag: no rubric, no tags)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if cms == "ghost" or i % 6 == 1 else rng.randrange(40, 9000)
    art.cp1251 = cms == "ucoz" and lang == "ru" and i % 24 == 0
    _hazards(art, i)
    return art


def _link_related(arts: list[Article]) -> None:
    nums = sorted(a.num for a in arts)
    for a in arts:
        k = nums.index(a.num)
        a.related = [n for n in (nums[k - 1] if k else nums[-1], nums[(k + 3) % len(nums)])]


_STORIES = ([("ru", t) for t in texts.RU_TITLES[24:48]]
            + [("en", t) for t in texts.EN_TITLES[:12]] + [("kk", t) for t in KK_TITLES])
_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, stories=_STORIES,
                                finish=_link_related)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items
ROBOTS = (b"User-agent: *\nDisallow: /a/\nDisallow: /stat/\nDisallow: /index/1\n"
          b"Disallow: /panel/\nDisallow: /admin/\nDisallow: /search\nDisallow: /poll/\n"
          b"Disallow: /ghost/\nDisallow: /?ssid=\n")


def listing_page(query: str) -> int | None:
    """uCoz's ``?pageN`` (no key, no '='): the page number, None when out of range."""
    if not query:
        return 1
    if query.startswith("page") and query[4:].isdigit():
        n = int(query[4:])
        return n if 1 <= n <= page_count() else None
    return None


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.eighthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS,
                         listing=("/novosti", "/novosti/", "/"), page=listing_page)
