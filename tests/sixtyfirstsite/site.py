"""The sixty-first copy's stories, its Hugo output's addresses and its router."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import site as kit
from tests.copykit import stories
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.routes import moved, not_found, robots

LISTING = "/novosti/"
PER_PAGE = 10
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
# The deviations of the generated stories, one for every third of them (see the package doc).
DEVIATIONS = ("utc", "nocount", "footnote", "list", "quote", "figure", "readingtime",
              "updated", "source_link", "caption_credit", "hentry", "norubric", "notags")
INFO_FORMS = ("plain", "readingtime", "nocount", "norubric", "notags")
ROBOTS = b"User-agent: *\nDisallow: /search/\nDisallow: /pagefind/\n"
_APOS = re.compile(r"(?<=\w)'(?=\w)")
_DQ = re.compile(r'"([^"]*)"')
__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "route", "truth"]


def typographed(text: str) -> str:
    """What Goldmark's typographer (configured for Russian quotes) makes of Markdown text."""
    text = _DQ.sub("«\\1»", text)
    text = _APOS.sub("’", text)
    return text.replace(" -- ", " – ").replace("---", "—")


@dataclass
class Article(CopyArticle):
    dev: str = ""  # one of DEVIATIONS, or "" for the plain template
    markdown: bool = True  # written in Markdown (typographed), else imported .html content

    @property
    def path(self) -> str:
        return f"/news/{self.slug}-{self.id}/"

    def image_paths(self) -> list[str]:
        digest = hashlib.md5(self.id.encode()).hexdigest()  # noqa: S324 - a file name
        names = [f"cover_hu{digest}_{184000 + self.num % 9000}_800x0_resize_q75_box.jpg",
                 f"photo2_hu{digest[::-1]}_{96000 + self.num % 7000}_800x0_resize_q75_box.jpg"]
        return [self.path + n for n in names[: self.images]]

    @property
    def info_form(self) -> str:
        return self.dev if self.dev in INFO_FORMS else "plain"

    def footnote(self) -> str:
        """The text of the footnote a ``footnote`` page ends with."""
        return ("As of the time of publication." if self.lang == "en"
                else "По данным на момент публикации.")

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["canonical_url"] = base + self.path
        if self.dev == "footnote":  # kznews's rule: a footnote's text closes the body
            rec["body"] = f"{rec['body']}\n\n{self.footnote()}"
        return rec


def _fixed() -> list[Article]:
    arts = kit.known_four(Article, "hugo", ru=dict(markdown=False), en=dict(markdown=False),
                          pair=dict(dev="utc", clock=time(4, 40)))
    for a in arts:
        if a.markdown:
            a.paragraphs = [typographed(p) for p in a.paragraphs]
    return arts


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)] if i % 3 == 0 else ""
    markdown = i % 7 != 5  # every seventh: imported from the old CMS as .html content
    art = Article(
        num=0, lang=lang, day=day, title=title, cms="hugo",
        paragraphs=[typographed(p) if markdown else p for p in paragraphs],
        clock=time(rng.randrange(7, 22), rng.choice([0, 5, 15, 30, 45])) if i % 4 else None,
        place=rng.choice(PLACES[lang]) if i % 5 != 3 else None,
        images=0 if i % 8 == 6 else 1,
        category=rng.choice(stories.RUBRICS[lang]),
        tags=stories.some_tags(lang, rng) or [stories.TAGS[lang][i % 3]],
        views=rng.randrange(40, 9000), dev=dev, markdown=markdown)
    kit.attribute(art, lead_source, rng, named=i % 2 == 0)
    if art.images:
        art.photo_credit = rng.choice([*stories.PHOTO_CREDITS, None])
    if dev == "utc":
        art.clock = time(rng.randrange(0, 6), 10)  # the UTC day is the day before
    elif dev == "nocount":
        art.views = None
    elif dev == "norubric":
        art.category = None
    elif dev == "notags":
        art.tags = []
    elif dev == "figure":
        art.images = 2
    elif dev in ("caption_credit", "source_link") and not art.images:
        art.images = 1
    if dev == "caption_credit":
        art.photo_credit = art.photo_credit or "gov.kz"
    if dev == "source_link" and not art.source_line:
        art.source, art.source_line = stories.SOURCES[lang][i % 4], True
    if dev in ("list", "quote", "footnote") and len(art.paragraphs) < 3:
        pool = stories.RU_POOL if lang == "ru" else stories.EN_POOL
        art.paragraphs.append(typographed(pool[i % len(pool)]) if lang != "kk"
                              else "Толығырақ ақпарат ресми сайтта жарияланған.")
    return art


_catalogue = kit.standard_catalogue(6161, _fixed, _make, PER_PAGE)
build = _catalogue.build
by_num = _catalogue.by_num
page_count = _catalogue.page_count
page_items = _catalogue.page_items
truth = _catalogue.truth

_PAGE = re.compile(r"^/novosti/page/(\d+)/?$")


def route(target: str, host: str) -> Response:
    """One GET to the CDN in front of the Hugo build."""
    from tests.sixtyfirstsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return robots(ROBOTS + f"Sitemap: {base}/sitemap.xml\n".encode())
    if path in ("/", "/novosti"):
        return moved(base + LISTING)
    if path == LISTING:
        return templates.listing(1, base)
    m = _PAGE.match(path)
    if m:
        n = int(m.group(1))
        if not 1 <= n <= page_count():
            return not_found(templates.not_found())
        if not path.endswith("/"):
            return moved(f"{base}/novosti/page/{n}/")
        return templates.alias(base + LISTING) if n == 1 else templates.listing(n, base)
    if path == "/sitemap.xml":
        return templates.sitemap(base)
    if path == "/novosti/index.xml":
        return templates.rss(base)
    return _catalogue.article_or_404(path, base, templates.article, templates.not_found)
