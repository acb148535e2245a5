"""The sixty-fourth copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import known_four, standard_catalogue
from tests.sixtyfourthsite import formats, templates
from tests.sixtyfourthsite.formats import Author, Block

# The info line's forms: what it shows besides the date.
INFO = ("full", "no_views", "no_tags", "no_rubric", "date_only")
FORMATS = {"ru": tuple(formats.RU), "en": tuple(formats.EN), "kk": ("plain",)}
PER_PAGE = 10
LISTING = "/novosti"
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
ROBOTS = b"User-agent: *\nDisallow: /admin/\nDisallow: /search\n"


@dataclass
class Article(CopyArticle):
    fmt: str = "plain"
    info: str = "full"
    blocks: list[Block] = field(default_factory=list)
    author: Author | None = None

    def image_paths(self) -> list[str]:
        return [f"/upload/news/{self.day:%Y/%m}/{self.num}.jpg"] if self.images else []


def _plain_blocks(art: Article) -> None:
    """A known story's text as plain paragraphs (the seeds' raw text with its hazards)."""
    raw = art.raw_paragraphs or art.paragraphs
    art.blocks = [formats.lead(raw[0]), *(formats.p(x) for x in raw[1:])]


def _fixed() -> list[Article]:
    arts = known_four(Article, "plain", ru={"clock": None}, pair={"clock": None},
                      en={"clock": None, "info": "no_views"})
    for a in arts:
        _plain_blocks(a)
    return arts


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    return Article(num=0, lang=lang, day=day, title=title, cms="plain", paragraphs=[],
                   fmt="")


def _apply_info(art: Article, form: str, rng: random.Random) -> None:
    art.info = form
    art.views = None if form in ("no_views", "date_only") else rng.randrange(40, 9000)
    art.tags = [] if form in ("no_tags", "date_only") else (
        texts.some_tags(art.lang, rng) or [texts.TAGS[art.lang][0]])
    art.category = None if form in ("no_rubric", "date_only") else rng.choice(
        texts.RUBRICS[art.lang])


def _finish(arts: list[Article]) -> None:
    """Give every generated story its kind of text (each kind of its language in turn), its
    info line, dateline, source and photo."""
    rng = random.Random(6464)
    seen: Counter[str] = Counter()
    generated = sorted((a for a in arts if not a.fmt), key=lambda a: a.num)
    for k, art in enumerate(generated):
        kinds = FORMATS[art.lang]
        art.fmt = kinds[seen[art.lang] % len(kinds)]
        seen[art.lang] += 1
        if art.lang == "kk":
            body = next(ps for t, ps in texts.KK_STORIES if t == art.title)
            art.blocks = [formats.lead(body[0]), *(formats.p(x) for x in body[1:])]
        else:
            art.blocks, art.author = formats.BUILDERS[art.lang][art.fmt](art.title.rstrip(".")
                                                                         + ".")
        art.paragraphs = [x for _, paras in art.blocks for x in paras]
        _apply_info(art, INFO[k % len(INFO)], rng)
        art.place = rng.choice(PLACES[art.lang]) if k % 4 != 3 else None
        if k % 3 == 0:
            art.source, art.source_line = rng.choice(texts.SOURCES[art.lang]), True
        art.images = 0 if art.fmt in ("weather", "traffic") else 1
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and k % 5 != 2 else None


_catalogue = standard_catalogue(64, _fixed, _make, PER_PAGE, finish=_finish)  # type: ignore[arg-type]


def build() -> tuple[Article, ...]:
    return _catalogue.build()  # type: ignore[return-value]


def by_num() -> dict[int, Article]:
    return _catalogue.by_num()  # type: ignore[return-value]


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return _catalogue.truth(base_url)


def page_count() -> int:
    return _catalogue.page_count()


def page_items(n: int) -> list[Article]:
    return list(_catalogue.page_items(n))  # type: ignore[arg-type]


class _Pages:
    def listing(self, page: int, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML}, templates.listing(
            page_items(page), page, page_count())

    def article(self, art: Article, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML}, templates.article(art, base, build())

    def not_found(self) -> bytes:
        return templates.not_found()


def route(target: str, host: str) -> Response:
    """One GET to the copy: robots.txt, the paged listing, articles, old slugs, 404s."""
    return routes.answer(target, host, _catalogue, _Pages(), ROBOTS,
                         listing=(LISTING, LISTING + "/"))
