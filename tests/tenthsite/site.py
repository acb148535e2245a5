"""The tenth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
templates (see ``templates.py``). Switches are spread by position so every mix occurs.

What the truth counts as body (SPEC: "paragraphs joined by \\n\\n … without dateline prefix,
widgets, ``Источник:`` line or related block"):

- each ``<li>`` of a list inside the text is a body paragraph (the author's text, one item a
  paragraph, as a reader copying the text would lay it out);
- an upper-case intertitle paragraph (``ЧТО ИЗВЕСТНО``) is body, written as on the page;
- footnotes after the text are body, after the text's paragraphs, without their numbers (the
  author's text, none of SPEC's exclusions); the superscript markers in the text are not text;
- the newsletter subtitle (``h3.subtitle``), pull quotes (they repeat a sentence of the text),
  subscribe/share/comment boxes, advertisement labels, Instagram/Telegram embeds and the next
  article's preview are not body.

``views`` is what the counter says as a number ("4,7 тыс." = 4700); the newsletter layout shows
likes and comments, never views (None). A React page's date is its ``data-timestamp``/``data-time``
moment in Almaty (minute precision), whatever its relative text says.
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

SEED = 10_010
PER_PAGE = 12
ROBOTS = b"User-agent: *\nDisallow: /api/\nDisallow: /search\n"
TEMPLATES = ("amp", "substack", "react")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
EMBEDS = ("instagram", "telegram")
VIEW_STYLES = ("short", "spaced", "plain")  # "4,7 тыс." / "12 345" / "683"
CAPS = {"ru": ["ЧТО ИЗВЕСТНО", "ПОДРОБНОСТИ"], "en": ["WHAT WE KNOW", "THE DETAILS"],
        "kk": ["НЕ БЕЛГІЛІ", "ЕГЖЕЙ-ТЕГЖЕЙІ"]}
LIST_ITEMS = {
    "ru": ["ремонт дорог и тротуаров;", "строительство двух новых школ;",
           "обновление парка общественного транспорта."],
    "en": ["road and pavement repairs;", "two new schools;", "a renewed public transport fleet."],
    "kk": ["жолдар мен тротуарларды жөндеу;", "екі жаңа мектеп салу;",
           "қоғамдық көлік паркін жаңарту."],
}
FOOTNOTES = {
    "ru": ["По данным Бюро национальной статистики.", "Сумма указана без учёта НДС."],
    "en": ["According to the Bureau of National Statistics.", "The amount excludes VAT."],
    "kk": ["Ұлттық статистика бюросының деректері бойынша.", "Сома ҚҚС-сыз көрсетілген."],
}
KK_EXTRA = [
    ("Павлодарда жаңа спорт кешені ашылды",
     ["Павлодарда олимпиадалық резерв спорт кешені ашылды.",
      "Кешенде жүзу бассейні мен күрес залы бар.",
      "Облыс әкімдігінің айтуынша, кешенде мыңнан астам бала шұғылданады."]),
]


@dataclass
class Article(CopyArticle):
    """``blocks`` is the text as laid out: ("p"|"caps"|"li"|"fn", text) in page order, the
    footnotes ("fn") last; ``paragraphs`` (the truth) is their clean text in that order."""

    blocks: list[tuple[str, str]] = field(default_factory=list)
    embed: str | None = None
    ad: bool = False
    pullquote: bool = False
    json_ld: bool = False
    updated: bool = False  # a React page's "Обновлено" line
    view_style: str = "plain"
    time_attr: str = "data-timestamp"

    def image_paths(self) -> list[str]:
        folder = {"amp": f"/i/amp/{self.day:%Y/%m}",
                  "substack": f"/substack-post-media/{self.num}",
                  "react": f"/static/media/{self.day:%Y%m%d}"}[self.cms]
        return [f"{folder}/ic{self.num}_{k}.jpg" for k in range(1, self.images + 1)]

    def text_blocks(self) -> list[tuple[str, str]]:
        """The blocks to render: the page's own raw paragraphs when it has them."""
        if self.blocks:
            return self.blocks
        return [("p", p) for p in (self.raw_paragraphs or self.paragraphs)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("amp", "react", "substack", "amp"),
        ru=dict(json_ld=True, ad=True),
        pair=dict(views=1200, view_style="short", updated=True, embed="instagram"),
        en=dict(pullquote=True, clock=None),
    )


def _blocks(art: Article, i: int, paragraphs: list[str]) -> list[tuple[str, str]]:
    """The lead, an upper-case intertitle on some, a list on some, footnotes on newsletters."""
    blocks = [("p", p) for p in paragraphs]
    if i % 5 in (0, 2):
        blocks.insert(1, ("caps", CAPS[art.lang][i % 2]))
    if i % 7 in (1, 4):
        blocks[2:2] = [("li", item) for item in LIST_ITEMS[art.lang]]
    if art.cms == "substack" and (i // 3) % 2 == 1:
        blocks += [("fn", note) for note in FOOTNOTES[art.lang]]
    return blocks


def _views(i: int, rng: random.Random) -> tuple[int, str]:
    style = VIEW_STYLES[(i // 3) % 3]
    if style == "short":
        return rng.randrange(11, 99) * 100, style
    if style == "spaced":
        return rng.randrange(10_000, 99_999), style
    return rng.randrange(40, 999), style


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], [])
    art.blocks = _blocks(art, i, paragraphs)
    art.paragraphs = [text for _, text in art.blocks]
    day_only = art.cms == "substack" or (art.cms == "amp" and i % 2 == 0)
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    if art.cms != "substack" and i % 4 != 1:
        art.views, art.view_style = _views(i, rng)
    art.embed = EMBEDS[(i // 4) % 2] if i % 4 == 2 else None
    art.ad = (i // 4 + i) % 2 == 0
    art.pullquote = art.cms == "substack" and (i // 3) % 3 != 2
    art.json_ld = art.cms == "amp" and (i // 3) % 2 == 0
    art.updated = art.cms == "react" and (i // 3) % 2 == 0
    art.time_attr = "data-time" if (i // 3) % 4 == 1 else "data-timestamp"
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def next_article(art: Article) -> Article:
    """The article the React portal's endless feed loads under this one (the next older)."""
    arts = build()
    return arts[(arts.index(art) + 1) % len(arts)]


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.tenthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS,
                         listing=("/novosti", "/novosti/", "/"))
