"""The thirty-first copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, one plain template
(``templates.py``). What is special is where the pages live: the canonical article path is
``/news/<slug>-u<N>``, but the copy also answers the same article at a Cyrillic slug (raw or
percent-encoded), with ``;jsessionid=`` path parameters, under ``/ru/``, ``/en/`` and ``/kk/``
prefixes, as ``/u<N>/amp``, as ``/index.php?id=<N>`` and, like a misconfigured router, under
any number of extra ``news/`` segments. ``/news/<N>/<slug>`` is a legacy URL that redirects.
The truth has one record per ``u<N>`` whatever URL the crawl fetched it from (SPEC: the id from
the URL is the dedup key), with ``url`` the canonical address on the server that was crawled.
"""

from __future__ import annotations

import posixpath
import random
import re
import secrets
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from urllib.parse import parse_qs, unquote, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response, standard
from tests.copykit.site import attribute, known_four

__all__ = ["AGENCY", "Article", "area_article", "build", "by_num", "listed", "page_count",
           "page_items", "route", "truth"]

SEED = 3131
PER_PAGE = 9
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
LIVE_HOSTS = ("https://ic24.kz", "http://www.ic24.kz")
HTML = {"Content-Type": "text/html; charset=UTF-8"}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынады",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынады.",
      "Құрылыс жұмыстары екі жылға созылады.",
      "Жоба облыстық бюджет есебінен қаржыландырылады."]),
]
_NESTED = re.compile(r"^/news/(?P<extra>(?:news/)*)(?P<slug>[^/]*)-u(?P<num>\d+)/?$")
_PREFIXED = re.compile(r"^/(?:ru|en|kk)/news/(?:[^/]*-)?u(?P<num>\d+)/?$")
_AMP = re.compile(r"^/u(?P<num>\d+)/amp/?$")
_LEGACY = re.compile(r"^/news/(?P<num>\d+)/[^/]*/?$")
_PAGE = re.compile(r"^/novosti/page/(?P<n>\d+)/?$")
_CALENDAR = re.compile(r"^/novosti/date/(?P<day>\d{4}-\d\d-\d\d)/?$")


@dataclass
class Article(CopyArticle):
    def image_paths(self) -> list[str]:
        return [f"/static/img/{self.day:%Y/%m}/u{self.num}-{k}.jpg"
                for k in range(1, self.images + 1)]

    @property
    def cyrillic_slug(self) -> str | None:
        """The headline's own words as a slug (``/news/у-казахстанцев-…-u45694``): ru/kk only."""
        if self.lang == "en":
            return None
        return "-".join(re.findall(r"\w+", self.title.lower()))


def _fixed() -> list[Article]:
    return known_four(Article, "plain", ru=dict(clock=None), en=dict(views=412))


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, "plain", paragraphs)
    art.clock = None if i % 3 == 0 else time(rng.randrange(7, 22), rng.choice([0, 15, 30, 45]))
    art.place = rng.choice(PLACES[lang]) if i % 4 != 2 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 2, 0, 1)[i % 4]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 3 != 2 else None
    art.views = None if i % 6 == 1 else rng.randrange(30, 9000)
    return art


@cache
def build() -> tuple[Article, ...]:
    return standard(SEED, _fixed(), texts.mix(KK_EXTRA), _generic)  # type: ignore[return-value]


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def truth(base: str) -> dict[str, dict[str, object]]:
    return {a.id: a.truth(base) for a in build()}


def area_article() -> Article:
    """The one article the listing links only from the image map on its first page."""
    return build()[3]


def listed() -> tuple[Article, ...]:
    """The articles of the paginated feed, newest first (all but the image-map one)."""
    return tuple(a for a in build() if a is not area_article())


def page_count() -> int:
    return -(-len(listed()) // PER_PAGE)


def page_items(n: int) -> tuple[Article, ...]:
    return listed()[(n - 1) * PER_PAGE : n * PER_PAGE]


def clean_path(path: str) -> str:
    """The path as the copy's router reads it: ``;params`` dropped, percent-escapes decoded."""
    resolved = posixpath.normpath(unquote(re.sub(r";[^/]*", "", path)))
    return resolved + "/" if path.endswith("/") and resolved != "/" else resolved


def find_article(path: str, query: str) -> tuple[Article | None, bool]:
    """(the article a path shows, whether it is the legacy address that redirects)."""
    nums = by_num()
    if path in ("/index.php", "/news.php"):
        ident = parse_qs(query).get("id", [""])[0]
        return (nums.get(int(ident)) if ident.isdigit() else None), False
    legacy = _LEGACY.match(path)
    if legacy:
        return nums.get(int(legacy["num"])), True
    for pattern in (_NESTED, _PREFIXED, _AMP):
        m = pattern.match(path)
        if m:
            return nums.get(int(m["num"])), False
    return None, False


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body). A proxied request (absolute target, the live
    host) is refused: the copy never serves the outlet's own host."""
    from tests.thirtyfirstsite import templates  # the templates import this module

    if not target.startswith("/"):
        return 502, {"Content-Type": "text/plain"}, b"offsite request refused\n"
    parts = urlsplit(target)
    path, base, sid = clean_path(parts.path), f"http://{host}", secrets.token_hex(6)
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /admin/\n")
    if path in ("/novosti", "/novosti/", "/"):
        return 200, HTML, templates.listing(1, path, parts.query, base, sid)
    page = _PAGE.match(path)
    if page and 1 <= int(page["n"]) <= page_count():
        return 200, HTML, templates.listing(int(page["n"]), path, parts.query, base, sid)
    day = _CALENDAR.match(path)
    if day:
        return 200, HTML, templates.calendar(date.fromisoformat(day["day"]), base, sid)
    art, legacy = find_article(path, parts.query)
    if art is None:
        return 404, HTML, templates.not_found()
    if legacy:
        return 301, {"Location": f"{base}{art.path}?sid={sid}"}, b""
    return 200, HTML, templates.article(art, base, sid, amp=path.endswith(("/amp", "/amp/")))
