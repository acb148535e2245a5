"""The fourteenth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
templates (see ``templates.py``): a Dzen-like page, a Medium-like page and a CMS with the whole
text in one ``itemprop="articleBody"``. Discovery (``listing.py``): a "load more" listing whose
oldest ``SITEMAP_ONLY`` articles are past its end, a sitemap index holding every article and an
RSS feed of the newest. Switches are spread by position so every mix occurs.

The reading rule for numeric dates, as a reader infers it from the pages: Russian and Kazakh
pages write day first ("16/04/2021"), English pages month first ("04/16/2021", US style; an
English page never shows a first number above 12, a Russian one shows many), so "03/04/2021" is
3 April on a Russian page and 4 March on an English one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import stories as texts
from tests.copykit.catalogue import (
    AGENCY,
    ALMATY,
    Catalogue,
    CopyArticle,
    Response,
    generate,
    newest_first,
    number,
)
from tests.copykit.site import attribute, known_four

__all__ = ["AGENCY", "Article", "build", "by_num", "listed", "now", "route", "truth"]

SEED = 1411
PER_PAGE = 8
SITEMAP_ONLY = 5  # the oldest articles: past the listing's end, only in the sitemap
TEMPLATES = ("zen", "medium", "cms")
VIEW_STYLES = ("eye", "label")  # "👁 1 234" / "Просмотров: 1 234"
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынады",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынады.",
      "Құрылыс жұмыстары келесі жылдың көктемінде басталады.",
      "Жоба облыстық бюджет есебінен қаржыландырылады."]),
]


@dataclass
class Article(CopyArticle):
    rubric_in_title: bool = False  # the headline shown as "Экономика | Title" (cms)
    view_style: str = "eye"

    def image_paths(self) -> list[str]:
        k = range(1, self.images + 1)
        if self.cms == "zen":
            return [f"/get-zen_doc/{self.num}/pub_{n}/scale_1200" for n in k]
        if self.cms == "medium":
            return [f"/v2/resize:fit:1400/1*ic{self.num}-{n}.jpeg" for n in k]
        return [f"/upload/medialibrary/{self.num % 1000:03d}/ic{self.num}-{n}.jpg" for n in k]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("zen", "medium", "cms", "cms"),
        pair=dict(clock=time(2, 40)),
        subbotnik=dict(rubric_in_title=True, view_style="label"),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs)
    art.clock = None if i % 5 == 2 else time(rng.randrange(0, 23), rng.choice([0, 5, 20, 40]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    # some pages carry no rubric, no tags and no view counter at all
    bare = i % 9 == 4
    art.category = None if bare or i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if bare else texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if bare or i % 4 == 1 else rng.randrange(40, 9000) * (1 + 9 * (i % 3 == 0))
    art.view_style = VIEW_STYLES[(i // 3) % 2]
    art.rubric_in_title = art.cms == "cms" and art.category is not None and i % 2 == 0
    return art


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    stories = texts.mix(KK_EXTRA)
    arts = generate(rng, _fixed(), stories, _generic)
    # the newest two a day apart, so the listing says "Сегодня" and "Вчера"
    newest, second = sorted(arts, key=lambda a: a.day)[-2:][::-1]
    newest.clock, second.day = time(18, 40), newest.day - timedelta(days=1)
    number(arts)
    return newest_first(arts)  # type: ignore[return-value]


@cache
def now() -> datetime:
    """The moment the listing's relative dates ("2 часа назад") were written: the newest
    article's evening (the listing is a page cached since then)."""
    return datetime.combine(build()[0].day, time(21, 30), ALMATY)


def listed() -> tuple[Article, ...]:
    """The articles the listing shows, newest first (the oldest are past its end)."""
    return build()[:-SITEMAP_ONLY]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth = _CATALOGUE.by_num, _CATALOGUE.truth


def page_count() -> int:
    return -(-len(listed()) // PER_PAGE)


def page_items(n: int) -> tuple[Article, ...]:
    return listed()[(n - 1) * PER_PAGE : n * PER_PAGE]


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.fourteenthsite import feeds, templates  # they import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, (
            f"User-agent: *\nDisallow: /search\nDisallow: /ajax/\n\n"
            f"Sitemap: {base}/sitemap.xml\n").encode()
    if path in ("/novosti", "/novosti/", "/"):
        page = parse_qs(parts.query).get("page", ["1"])[0]
        return feeds.listing(int(page) if page.isdigit() and int(page) > 0 else 1, base)
    if path in ("/sitemap.xml", "/sitemap-news-1.xml", "/sitemap-news-2.xml", "/rss.xml"):
        return feeds.xml(path, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
