"""The seventh copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
templates (see ``templates.py``): Drupal 7/8 with RDFa, schema.org microdata only, and a 2000s
table layout. Switches are spread by position so every mix occurs: dateline or not, source
line / lead attribution / none, a figure with a caption, a blockquote, a sub-heading, a
"Читайте также" line and a share block inside the text, comments after it, day-only dates, no
rubric, no tags, no view counter, and a few windows-1251 table pages.

What the truth holds, per SPEC.md (a careful reader's record of the page):

- ``body`` is the text's paragraphs. SPEC names what is *not* body (dateline prefix, widgets,
  the ``Источник:`` line, the related block); a sub-heading (``<h2>``/``<h3>``) between
  paragraphs is none of these but the author's own text, so it is a paragraph of the body, on
  its own. A ``<blockquote>`` paragraph is body too. A figure caption, a "Читайте также:" /
  "Read also:" line, a share block and the comments are not.
- ``published_at`` is the article's own moment (comments carry later dates, the "latest news"
  column other articles' dates), in Asia/Almaty whatever offset the markup used.
- ``photo_credit`` is the credit of the article's photo, wherever it is printed (under the
  lead image or at the end of the caption of the figure inside the text).
- ``image_urls`` are the article's photos (lead and figure), never logos, icons, spacers or
  comment avatars.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 7707
PER_PAGE = 10
TEMPLATES = ("drupal", "micro", "table")
CHARSETS = ("cp1251-header", "cp1251-meta", "cp1251-both")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
HEADINGS = {"ru": ["Что изменится", "Подробности", "Сроки и финансирование"],
            "en": ["What changes", "Details"], "kk": ["Толығырақ"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынады",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынады.",
      "Құрылыс жұмыстары келесі жылдың көктемінде басталады.",
      "Жоба облыстық бюджет есебінен қаржыландырылады."]),
]


@dataclass
class Article(CopyArticle):
    """``variant`` picks a sub-style of the template (Drupal 7 / 8, and the like)."""

    variant: int = 0
    figure: bool = False  # the last photo in a <figure> between paragraphs, captioned
    heading_at: int | None = None  # index of the paragraph that is a sub-heading
    quote_at: int | None = None  # index of the paragraph set as a <blockquote>
    read_also: bool = False  # a "Читайте также:" line between paragraphs
    share: bool = False  # a share block inside the text
    comments: int = 0  # dated reader comments after the text
    charset: str = "utf-8"  # or one of CHARSETS (how the windows-1251 page declares it)

    def image_paths(self) -> list[str]:
        folder = {"drupal": f"/sites/default/files/{self.day:%Y-%m}",
                  "micro": f"/images/news/{self.num}",
                  "table": f"/img/news/{self.day:%Y}"}[self.cms]
        return [f"{folder}/ic{self.num}_{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("drupal", "micro", "table", "drupal"),
        ru=dict(clock=time(15, 40), comments=2, share=True),
        pair=dict(variant=1, comments=1),
        en=dict(read_also=True, clock=None),
        subbotnik=dict(clock=time(10, 5), variant=1),
    )


def _text_hazards(art: Article, i: int, rng: random.Random) -> None:
    """Sub-heading, blockquote, figure, "read also", share block and comments by position."""
    if (i // 3) % 3 == 1:
        art.heading_at = min(2, len(art.paragraphs))
        art.paragraphs.insert(art.heading_at, rng.choice(HEADINGS[art.lang]))
    if i % 5 == 2:
        art.quote_at = 1
    art.figure = art.images > 0 and i % 4 in (1, 2)
    art.read_also = i % 4 in (0, 3)
    art.share = i % 2 == 1
    art.comments = (0, 2, 1)[(i // 2) % 3]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs, variant=(i // 3) % 2)
    day_only = (art.cms == "table" and i % 2 == 0) or (art.cms == "micro" and i % 4 == 1)
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    _text_hazards(art, i, rng)
    return art


def _old_charsets(arts: list[Article]) -> None:
    """The oldest Russian table pages come from before the site moved to UTF-8."""
    old_ru = sorted((a for a in arts if a.cms == "table" and a.lang == "ru"), key=lambda a: a.day)
    for art, charset in zip(old_ru, CHARSETS, strict=False):
        art.charset = charset


_STORIES = ([("ru", t) for t in texts.RU_TITLES[30:54]]
            + [("en", t) for t in texts.EN_TITLES[3:15]]
            + [("kk", t) for t, _ in texts.KK_STORIES + KK_EXTRA])
_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, stories=_STORIES,
                                finish=_old_charsets)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


@cache
def terms() -> dict[str, int]:
    """Drupal taxonomy term ids: rubrics from 1, tags from 100."""
    rubrics = sorted({a.category for a in build() if a.category})
    tags = sorted({t for a in build() for t in a.tags})
    return {**{n: 1 + k for k, n in enumerate(rubrics)},
            **{n: 100 + k for k, n in enumerate(tags)}}


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.seventhsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(
            b"User-agent: *\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /user/\n"
            b"Disallow: /?q=admin/\n")
    if path in ("/novosti", "/novosti/", "/"):
        page = parse_qs(parts.query).get("page", ["0"])[0]
        # Drupal pages from 0; a page past the end is an empty view, still 200
        return templates.listing(int(page) if page.isdigit() else 0, base)
    if path.startswith("/taxonomy/term/"):
        return templates.term_page(path.rsplit("/", 1)[-1], base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
