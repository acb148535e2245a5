"""The ninety-third copy's articles, truth and router: ic24.kz as a Drupal 7 site with Views.

The four known stories plus generated ones, ten to a page of the ``/novosti`` view with
Drupal's zero-based pager (``/novosti``, ``?page=1`` … ``?page=4``). Every node answers at its
Pathauto alias ``/news/<slug>-u<nid>`` and at its system path ``/node/<nid>`` (no Global
Redirect module: both are 200). About a third of the generated nodes carry one ``look`` of
their own (``LOOKS``), cycled so that every look occurs.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, stories
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import ru_slug

PER_PAGE = 10
LISTING = "/novosti"
# Each look a generated node may carry (about one node in three carries one).
LOOKS = (
    "other_ui",          # the interface in the other language: "Submitted by … 04/20/2023"
                         # on a Russian node, "Опубликовано … 02/08/2021" on an English one
    "no_rdf",            # the RDF module off: no dc:created, the time only in "submitted"
    "hidden_submitted",  # "Display author and date information" off: the time only in RDFa
    "summary_apart",     # the body's summary (the lead again) shown above the photo
    "image_after",       # the image field (and its credit) placed after the body
    "tags_comma",        # tags as one inline comma list of /tags/… aliases, not in the info line
    "node_href",         # the listing links the node by /node/N (its canonical is the alias)
    "book_nav",          # the node is a book page: book navigation after the body
    "source_field",      # "Источник:" a labelled field of its own, not a line of the body
    "comments",          # a comment thread with its own submitted dates under the node
    "views_links_only",  # the view count only in the node links ("683 просмотра")
    "credit_in_body",    # the editor typed "Фото:X" at the top of the body, glued to the dateline
)

# looks about where the time of day is printed: their nodes are never the midnight ones
TIMED = ("other_ui", "no_rdf", "hidden_submitted")


@dataclass
class Article(CopyArticle):
    look: str = "plain"
    promoted: bool = True

    @property
    def file_name(self) -> str:
        return f"photo_{self.num}.jpg"

    @property
    def itok(self) -> str:
        return hashlib.sha256(f"large{self.num}".encode()).hexdigest()[:8]

    def styled_path(self) -> str:
        """The ``large`` image style the page shows."""
        return f"/sites/default/files/styles/large/public/field/image/{self.file_name}" \
               f"?itok={self.itok}"

    def image_paths(self) -> list[str]:
        """The photo at its largest copy: the original upload the image links to."""
        return [f"/sites/default/files/field/image/{self.file_name}"] if self.images else []

    @property
    def node_path(self) -> str:
        return f"/node/{self.num}"

    def ui(self) -> str:
        """The interface language the page is served in (Russian for ru and kk nodes)."""
        own = "en" if self.lang == "en" else "ru"
        if self.look == "other_ui":
            return "ru" if own == "en" else "en"
        return own


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    look = LOOKS[(i // 3) % len(LOOKS)] if i % 3 == 0 else "plain"
    places = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}[lang]
    place = rng.choice(places) if rng.random() < 0.75 or look == "credit_in_body" else None
    # every node has a created time; nodes migrated from the old site have midnight
    migrated = rng.random() < 0.2 and look not in TIMED
    stamp = time(rng.randint(8, 20), rng.choice([0, 5, 12, 30, 45, 58]))
    clock = time(0, 0) if migrated else stamp
    art = Article(0, lang, day, title, "drupal7", paragraphs, clock=clock, place=place,
                  look=look, promoted=rng.random() < 0.8)
    attribute(art, lead_source, rng, named=i % 3 != 2 or look == "source_field")
    if look == "source_field":
        art.source, art.source_line = art.source or stories.SOURCES[lang][1], True
    art.images = 1 if rng.random() < 0.75 or look in ("image_after", "credit_in_body") else 0
    if art.images and (rng.random() < 0.8 or look in ("image_after", "credit_in_body")):
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    art.category = rng.choice(stories.RUBRICS[lang]) if rng.random() < 0.85 else None
    art.tags = stories.some_tags(lang, rng)
    if look == "tags_comma" and len(art.tags) < 2:
        art.tags = stories.TAGS[lang][:2]
    roll = rng.random()
    art.views = None if roll < 0.1 else 0 if roll < 0.15 else rng.randint(12, 9800)
    if look == "views_links_only" and not art.views:
        art.views = rng.randint(12, 9800)
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "drupal7", subbotnik={"clock": time(10, 30)})


CATALOGUE = standard_catalogue(9379, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items
TWINS = {45694: 45713, 45713: 45694}  # translations of one story (the translation module)
BOOK = (45694, 49120)  # a book page's parent and siblings besides the node itself

ROBOTS = b"""#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
# CSS, JS, Images
Allow: /misc/*.css$
Allow: /misc/*.css?
Allow: /misc/*.js$
Allow: /misc/*.js?
Allow: /modules/*.css$
Allow: /modules/*.js$
Allow: /sites/default/files/
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /INSTALL.txt
Disallow: /update.php
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /print/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=node/add/
Disallow: /?q=search/
Disallow: /?q=user/login/
"""


@cache
def terms() -> dict[str, tuple[int, str]]:
    """Every rubric and tag as a taxonomy term: its tid and its Pathauto alias (``/tags/…``,
    ``-0`` appended when the transliterated name is taken already)."""
    names: list[str] = []
    for a in sorted(build(), key=lambda a: a.num):
        for name in ([a.category] if a.category else []) + a.tags:
            if name not in names:
                names.append(name)
    out: dict[str, tuple[int, str]] = {}
    taken: set[str] = set()
    for k, name in enumerate(names):
        alias = ru_slug(name) or f"term-{k}"
        while alias in taken:
            alias += "-0"
        taken.add(alias)
        out[name] = (3 + k * 2, f"/tags/{alias}")
    return out


def page_of(query: str) -> int:
    """The listing page (from 1) ``?page=N`` (from 0) asks for: as Drupal's pager has it, no
    number or a word is the first page, a number past the end the last one."""
    raw = parse_qs(query).get("page", ["0"])[0].split(",")[0]
    number = int(raw) if raw.isdigit() else 0
    return min(number, page_count() - 1) + 1


def page_target(number: int) -> str:
    """Listing page ``number``'s (from 1) path and query as the pager links it."""
    return LISTING if number == 1 else f"{LISTING}?page={number - 1}"


_NODE = re.compile(r"^/node/(\d+)/?$")


def route(target: str, host: str) -> Response:
    from tests.ninetythirdsite import templates

    parts = urlsplit(target)
    base = f"http://{host}"
    if parts.path == "/":
        return 200, {"Content-Type": templates.HTML}, templates.front(base)
    m = _NODE.match(parts.path)
    if m:
        art = by_num().get(int(m.group(1)))
        if art is None:
            return routes.not_found(templates.not_found())
        return templates.article(art, base)
    return routes.answer(target, host, CATALOGUE, templates, ROBOTS,
                         page=lambda query: page_of(query))
