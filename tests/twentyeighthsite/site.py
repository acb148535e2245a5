"""The twenty-eighth copy's articles and ground truth, and the request router.

44 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026. Every text carries
structure (see ``structures.py``), spread by position so each kind occurs in ru and en: a list,
a table, sub-headings, quotations, a Q&A, footnotes, a ``<pre>``, inline links, an embed,
numbered steps, a poem; some texts are one-sentence lines or one long paragraph (with or
without ``<p>``), some close with a fact box, a third are split over two or three pages.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, Catalogue, CopyArticle, Response, standard
from tests.copykit.site import attribute, known_four
from tests.twentyeighthsite import structures
from tests.twentyeighthsite.blocks import Block, esc, figure, para

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2828
PER_PAGE = 8
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
SHAPES = ("plain", "short", "one_paragraph", "bare")
KK_EXTRA = [
    ("Таразда жаңа кітапхана ашылды",
     ["Таразда 300 орындық жаңа кітапхана ашылды.",
      "Кітапхана қорында 40 мыңнан астам кітап бар.",
      "Оқырмандарға электронды каталог қолжетімді."]),
]
_PAGED = re.compile(r"^/news/(?:[A-Za-z0-9-]+-)?u(\d+)(?:/(\d+|all))?/?$")


@dataclass
class Article(CopyArticle):
    """``pages`` > 1: the text split over pages (``paging`` ``query``: ``?page=N``, ``path``:
    ``…/N/``); ``full_view``: a one-page view (``?full=1`` / ``…/all/``) is offered."""

    kinds: tuple[str, ...] = ()
    shape: str = "plain"
    fact: bool = False
    pages: int = 1
    paging: str = "query"
    full_view: bool = False
    blocks: list[list[Block]] = field(default_factory=list)  # per page, dateline included

    def image_paths(self) -> list[str]:
        return [f"/images/news/{self.day:%Y/%m}/u{self.num}-{k}.jpg"
                for k in range(1, self.images + 1)]

    def page_path(self, page: int | None) -> str:
        """Page ``page`` (None: the one-page view) of the text."""
        if page == 1:
            return self.path
        if self.paging == "path":
            return f"{self.path}/{'all' if page is None else page}/"
        return f"{self.path}?{'full=1' if page is None else f'page={page}'}"


def _lead(art: Article, text: str, raw: str | None = None) -> Block:
    shown = esc(art.dateline()) + esc(raw if raw is not None else text)
    return Block(f"<p>{shown}</p>", (text,))


def _split(main: list[Block], pages: int) -> list[list[Block]]:
    size = -(-len(main) // pages)
    return [main[k * size:(k + 1) * size] for k in range(pages)]


def compose(art: Article, paragraphs: list[str], raw: list[str] | None = None) -> None:
    """Lay ``paragraphs`` (lead first) and the article's structures out on its pages and set
    ``art.paragraphs`` to what a reader records from them, in page order."""
    if art.shape in ("one_paragraph", "bare"):
        text = " ".join(paragraphs)
        shown = esc(art.dateline()) + esc(text)
        block = Block(f"<p>{shown}</p>" if art.shape == "one_paragraph" else shown, (text,))
        art.blocks = [[block]]
    else:
        rest = [para(p) if raw is None else Block(f"<p>{esc(r)}</p>", (p,))
                for p, r in zip(paragraphs[1:], (raw or paragraphs)[1:], strict=True)]
        main = [_lead(art, paragraphs[0], raw[0] if raw else None)]
        if art.shape == "short":
            main += structures.short_lines(art.lang)
        for k, kind in enumerate(art.kinds):
            main += rest[k:k + 1] + structures.structure(kind, art.lang, art.num)
        main += rest[len(art.kinds):]
        if art.images > 1:
            main.insert(min(3, len(main)), figure(art.image_paths()[1], _CAPTION[art.lang]))
        closing = [b for kind in art.kinds for b in structures.closing(kind, art.lang)]
        if art.fact:
            closing.append(structures.facts(art.lang))
        art.blocks = _split(main, art.pages)
        art.blocks[-1] += closing
    art.paragraphs = [t for page in art.blocks for b in page for t in b.texts]


_CAPTION = {"ru": "Участники встречи", "en": "Participants of the meeting",
            "kk": "Кездесуге қатысушылар"}


def _fixed() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    arts = known_four(
        Article, "story",
        ru=dict(paragraphs=[], kinds=("quotebox",), pages=3, full_view=True, raw_paragraphs=None),
        pair=dict(paragraphs=[], kinds=("table", "footnotes")),
        en=dict(paragraphs=[], images=2, kinds=("subheads",), pages=2, paging="path",
                full_view=True, raw_paragraphs=None),
        subbotnik=dict(paragraphs=[], kinds=("steps", "footnotes"), fact=True),
    )
    compose(arts[0], list(ru.paragraphs), list(ru.raw_paragraphs))
    compose(arts[1], [f"{texts.PAIR_EN_TITLE}, Kazinform reports citing the Foreign Ministry.",
                      *texts.EN_POOL[3:5]])
    compose(arts[2], list(en.paragraphs), list(en.raw_paragraphs))
    compose(arts[3], ["В Алматы прошёл общегородской весенний субботник, в котором приняли "
                      "участие более 60 тысяч жителей.", *texts.RU_POOL[3:5]])
    return arts


def _story(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        return list(next(p for t, p in texts.KK_STORIES + KK_EXTRA if t == title)), None
    paragraphs, source = texts.headline_story(lang, title, i, rng)
    pool = texts.RU_POOL if lang == "ru" else texts.EN_POOL
    return paragraphs + [p for p in pool if p not in paragraphs][:2], source


def _layout(art: Article, i: int) -> None:
    """Shape and pages by position, so every mix occurs (structures come in ``_structures``)."""
    if art.lang == "kk":
        art.shape = "short" if i % 4 == 1 else "plain"
        art.pages = 2 if i % 4 == 2 else 1
        return
    art.shape = SHAPES[1] if i % 9 == 4 else SHAPES[2] if i % 9 == 7 else \
        SHAPES[3] if i % 11 == 8 else "plain"
    plain = art.shape == "plain"
    if art.shape in ("one_paragraph", "bare"):
        art.images = min(art.images, 1)  # no photo inside a text of one paragraph
    art.pages = (3 if i % 2 else 2) if plain and i % 3 == 0 else 1
    art.fact = plain and i % 4 == 2
    art.paging = "path" if art.lang == "en" or (i // 3) % 3 == 2 else "query"
    art.full_view = art.pages > 1 and (i // 6) % 2 == 0


def _structures(arts: list[Article]) -> None:
    """Each language's kinds in turn, so every kind occurs in ru and en: one per text (two in
    English texts and texts on several pages), none in one-paragraph texts."""
    turn = {"ru": 0, "en": 0, "kk": 0}
    for art in arts:
        if art.shape in ("one_paragraph", "bare"):
            continue
        kinds = structures.KK_KINDS if art.lang == "kk" else structures.KINDS
        count = 2 if art.lang == "en" or art.pages > 1 else 1
        art.kinds = tuple(kinds[(turn[art.lang] + k) % len(kinds)] for k in range(count))
        turn[art.lang] += count


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = _story(lang, title, i, rng)
    art = Article(0, lang, day, title, "story", paragraphs)  # laid out once numbered
    art.clock = None if i % 5 == 2 else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 6 == 1 else rng.randrange(40, 9000)
    _layout(art, i)
    return art


@cache
def build() -> tuple[Article, ...]:
    arts = standard(SEED, _fixed(), texts.mix(KK_EXTRA), _generic)
    fresh = sorted((a for a in arts if not a.blocks), key=lambda a: a.num)
    _structures(fresh)
    for art in fresh:  # numbered now: embeds and image paths carry the id
        compose(art, list(art.paragraphs))
    return arts


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items


def _page_of(art: Article, suffix: str | None, query: dict[str, list[str]]) -> int | None | str:
    """Which page of ``art`` a request names (None: the one-page view), or "" when none."""
    if suffix is not None:
        if art.paging != "path" or art.pages == 1:
            return ""
        if suffix == "all":
            return None if art.full_view else ""
        return int(suffix) if 2 <= int(suffix) <= art.pages else ""
    if "full" in query:
        return None if art.paging == "query" and art.full_view else ""
    if "page" in query:
        n = query["page"][0]
        ok = art.paging == "query" and n.isdigit() and 1 <= int(n) <= art.pages
        return int(n) if ok else ""
    return 1


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentyeighthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base, query = parts.path, f"http://{host}", parse_qs(parts.query)
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /search\nDisallow: /print/\n")
    if path in ("/novosti", "/novosti/", "/"):
        n = query.get("page", ["1"])[0]
        if n.isdigit() and 1 <= int(n) <= page_count():
            return templates.listing(int(n), base)
        return templates.missing()
    m = _PAGED.match(path)
    art = by_num().get(int(m.group(1))) if m else None
    page = _page_of(art, m.group(2), query) if isinstance(art, Article) and m else ""
    if not isinstance(art, Article) or page == "":
        return templates.missing()
    assert not isinstance(page, str)
    own = art.page_path(page)
    if path != urlsplit(own).path:
        return routes.moved(base + own)
    return templates.article(art, page, base)
