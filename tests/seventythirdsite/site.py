"""The seventy-third copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

from tests.copykit import routes, stories
from tests.copykit import site as kit
from tests.copykit.catalogue import CopyArticle, Response
from tests.seventythirdsite import templates

PER_PAGE = 10
LISTING = "/novosti"
ROBOTS = b"User-agent: *\nDisallow: /search\nSitemap: /sitemap.xml\n"
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
# The ways a page deviates from the plain AMP template (about a third of the pages).
DEVIATIONS = ("clock", "no_views", "no_rubric", "caption_credit", "source_link", "embed",
              "nbsp", "homoglyph", "strong_dateline")


@dataclass
class Article(CopyArticle):
    twin: bool = False  # plain HTML canonical page with an AMP twin at <path>/amp
    quirks: set[str] = field(default_factory=set)

    def image_paths(self) -> list[str]:
        return [f"/uploads/amp/{self.num}/photo-{i + 1}.jpg" for i in range(self.images)]

    @property
    def amp_path(self) -> str:
        return self.path + "/amp"


def _known() -> list[Article]:
    return kit.known_four(Article, "amp", pair={"quirks": {"clock"}},
                          en={"twin": True, "quirks": {"homoglyph"}})


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="amp", paragraphs=paragraphs)
    kit.attribute(art, lead_source, rng, named=i % 3 == 0)
    art.category = rng.choice(stories.RUBRICS[lang])
    art.tags = stories.some_tags(lang, rng)
    art.views = rng.randrange(40, 9000)
    art.images = rng.choice([0, 1, 1, 1, 2, 3])
    art.photo_credit = rng.choice(stories.PHOTO_CREDITS) if art.images else None
    art.place = rng.choice(PLACES[lang]) if i % 7 != 3 else None
    art.twin = i % 6 == 2
    if i % 3 == 1:  # a third of the pages deviate, one or two ways each
        art.quirks = {DEVIATIONS[i // 3 % len(DEVIATIONS)], *rng.sample(DEVIATIONS, i % 2)}
    if "clock" in art.quirks:
        art.clock = time(rng.randrange(0, 24), rng.choice([0, 5, 17, 30, 45]))
    if "no_views" in art.quirks:
        art.views = None
    if "no_rubric" in art.quirks:
        art.category, art.tags = None, []
    if "caption_credit" in art.quirks and not art.images:
        art.images, art.photo_credit = 1, "pixabay"
    if "source_link" in art.quirks and art.source is None:
        art.source, art.source_line = stories.SOURCES[lang][0], True
    return art


CATALOGUE = kit.standard_catalogue(7373, _known, _make, PER_PAGE)
build, by_num, truth, page_count = (CATALOGUE.build, CATALOGUE.by_num, CATALOGUE.truth,
                                    CATALOGUE.page_count)


def listing_page(page: int, base: str) -> Response:
    return templates.listing(CATALOGUE.page_items(page), page, page_count(), build())


def _article(art: CopyArticle, base: str) -> Response:
    assert isinstance(art, Article)
    return templates.article(art, base, build(), amp=not art.twin)


class _Pages:
    listing = staticmethod(listing_page)
    article = staticmethod(_article)
    not_found = staticmethod(templates.not_found)


def route(target: str, host: str) -> Response:
    """One GET: robots, the listing, ``/`` to the listing, an article (its AMP twin at
    ``/amp`` when it has one), a 301 from an old slug, else the 404."""
    path = target.split("?", 1)[0].split("#", 1)[0]
    if path.endswith("/amp"):
        art = next((a for a in build() if isinstance(a, Article) and a.twin
                    and a.amp_path == path), None)
        if art is None:
            return routes.not_found(templates.not_found())
        return templates.article(art, f"http://{host}", build(), amp=True)
    return routes.answer(target, host, CATALOGUE, _Pages(), ROBOTS, home=LISTING)
