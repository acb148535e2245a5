"""The Blogger copy's articles, truth and router (see the package docstring for the guesses).

``build()`` is the article list (newest first), ``truth(base_url)`` the records a crawl must
produce, ``route(target, host)`` answers one GET: robots.txt, the listing ``/novosti`` paged
the Blogger way (``?updated-max=<ISO of the last post shown>&max-results=10``), the articles
at ``/news/<slug>-u<N>`` (301 from another slug) and the blog's 404 page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time
from urllib.parse import parse_qs, quote, urlsplit

from tests.copykit import routes, stories
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.seventyfourthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
IMG_HOST = "https://blogger.googleusercontent.com/img/b/R29vZ2xl"
# The small ways about a third of the pages differ from the theme's usual output.
DEVIATIONS = ("brs", "spans", "credit_inline", "footer_labels", "comment", "nbsp_lines",
              "homoglyph", "source_link", "no_labels", "two_photos")
ROBOTS = (b"User-agent: Mediapartners-Google\nDisallow: \n\n"
          b"User-agent: *\nDisallow: /search\nAllow: /\n")


@dataclass
class Blog(CopyArticle):
    dev: str = ""  # one of DEVIATIONS, or "" for the theme's usual page
    author: str = "Центр информации"
    key: str = field(default="")  # the image's Blogger key (stands for the upload's token)

    def image_paths(self) -> list[str]:
        """The originals (``/s1600/``) the post's pictures link to, absolute on Blogger's host."""
        return [f"{IMG_HOST}/{self.key}{k}/s1600/photo{k}.jpg" for k in range(self.images)]

    def sized(self, k: int, size: str) -> str:
        return f"{IMG_HOST}/{self.key}{k}/{size}/photo{k}.jpg"

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["image_urls"] = self.image_paths()
        return rec


def _known() -> list[Blog]:
    return known_four(Blog, "blogger",
                      ru=dict(key="AVvXsEgRu45694", dev="spans"),
                      pair=dict(key="AVvXsEhPair45713", place="Almaty"),
                      en=dict(key="AVvXsEiEn46768", photo_credit="gov.kz"),
                      subbotnik=dict(key="AVvXsEjSub49120", clock=time(10, 0)))


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Blog:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    art = Blog(num=0, lang=lang, day=day, title=title, cms="blogger", paragraphs=paragraphs)
    attribute(art, lead_source, rng, named=i % 3 != 0)
    art.place = {"ru": rng.choice(["Алматы", "Астана", None]),
                 "en": rng.choice(["Almaty", "Astana", None]), "kk": None}[lang]
    art.clock = rng.choice([None, time(rng.randrange(6, 23), rng.randrange(0, 60, 5))])
    art.images = rng.choice([0, 1, 1, 1])
    art.key = f"AVvXsE{rng.randrange(16**8):08x}"
    art.photo_credit = rng.choice(stories.PHOTO_CREDITS) if art.images and i % 2 else None
    art.category = rng.choice(stories.RUBRICS[lang])
    art.tags = stories.some_tags(lang, rng)
    art.views = rng.choice([rng.randrange(5, 900), rng.randrange(1000, 25000)])
    if i % 3 == 2:
        art.dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
    if art.dev == "no_labels":
        art.category, art.tags = None, []
    if art.dev == "two_photos":
        art.images = 2
    return art


CATALOGUE = standard_catalogue(7474, _known, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def older_link(items: list[CopyArticle]) -> str:
    """The pager's "Older posts" target after the page showing ``items``."""
    moment = quote(stamp(items[-1].local), safe=":")
    return f"{LISTING}?updated-max={moment}&max-results={PER_PAGE}"


def page_targets() -> list[str]:
    """The listing's pages as the pager links them: the first, then one per older page."""
    arts = list(build())
    return [LISTING] + [older_link(arts[: n * PER_PAGE]) for n in range(1, page_count())]


def listing_items(query: str) -> list[CopyArticle] | None:
    """The posts a listing query shows (None: a query the blog answers with its 404)."""
    args = parse_qs(query)
    try:
        count = int(args.get("max-results", [str(PER_PAGE)])[0])
        before = (datetime.fromisoformat(args["updated-max"][0])
                  if "updated-max" in args else None)
    except ValueError:
        return None
    if before is not None and before.tzinfo is None or not 1 <= count <= 50:
        return None
    arts = [a for a in build() if before is None or a.local < before]
    return arts[:count]


def route(target: str, host: str) -> Response:
    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path in (LISTING, LISTING + "/"):
        items = listing_items(parts.query)
        if items is None:
            return routes.not_found(templates.not_found())
        more = bool(items) and any(a.local < items[-1].local for a in build())
        older = older_link(items) if more else None
        return templates.listing(items, base, older, bool(parts.query))
    if path == "/":
        return routes.moved(base + LISTING)
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
