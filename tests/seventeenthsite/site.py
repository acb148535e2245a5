"""The seventeenth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by two
templates (``templates.py``): an ASP.NET MVC news view and a Bootstrap card theme. Every
listing link is ``/news/<slug>-u<N>`` (some with an old slug, an upper-case ``U`` or a ``utm_``
query) and answers with a redirect to where the page lives: ``/news/<slug>-u<N>/`` or
``/ru/news/u<N>.html``. How each page is sent (gzip, chunked, charset placement, a one-off 503)
is spread by position too; the listing's second page answers 429 once.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 17017
PER_PAGE = 10
TEMPLATES = ("razor", "bootstrap")
CHARSETS = ("header", "meta", "bom", "cp1251", "header", "meta")
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар қаласында Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы 800 метрден асады, онда жаяу жүргіншілер жолы да бар.",
      "Облыс әкімдігінің хабарлауынша, құрылыс жұмыстары мерзімінен бұрын аяқталды."]),
]
GONE = ("Udalennaya-novost-o-remonte-dorog", 47301)  # listed, then deleted: 404
_PAGE = re.compile(r"^/news/(?P<slug>[A-Za-z0-9-]+)-(?P<u>[uU])(?P<num>\d+)(?P<slash>/?)$")
_HTML = re.compile(r"^/ru/news/u(\d+)\.html$")


@dataclass
class Article(CopyArticle):
    hop: str = "slash"  # where the listing link redirects: "slash" or "html"
    old_slug: str | None = None  # the listing still links an earlier slug
    upper: bool = False  # the listing writes the id as "U<N>"
    utm: bool = False  # the listing link carries a utm_ query
    charset: str = "header"  # header / meta / bom / cp1251 / liar (see templates.encode)
    gzip: bool = False
    chunked: bool = False
    busy_once: bool = False  # the first GET answers 503 Retry-After: 1

    @property
    def path(self) -> str:
        """Where the page lives, after the listing link's redirect."""
        if self.hop == "slash":
            return f"/news/{self.slug}-{self.id}/"
        return f"/ru/news/{self.id}.html"

    @property
    def listed(self) -> str:
        """The href the listing gives."""
        ident = f"U{self.num}" if self.upper else self.id
        query = "?utm_source=ic24&utm_medium=novosti&utm_campaign=lenta" if self.utm else ""
        return f"/news/{self.old_slug or self.slug}-{ident}{query}"

    def image_paths(self) -> list[str]:
        folder = (f"/Content/Uploads/{self.day:%Y/%m}" if self.cms == "razor"
                  else f"/assets/img/news/{self.num // 100}")
        return [f"{folder}/ic{self.num}_{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("razor", "bootstrap", "razor", "bootstrap"),
        ru=dict(hop="html", gzip=True, busy_once=True, charset="bom"),
        pair=dict(upper=True, charset="meta"),
        en=dict(utm=True, chunked=True,
                old_slug="Artwork-of-young-Kazakhs-presented-in-Luxembourg"),
        subbotnik=dict(charset="liar", hop="html"),
    )


def _transport(art: Article, i: int) -> None:
    art.hop = ("slash", "html")[(i // 2) % 2]
    art.old_slug = f"{art.slug}-{'obnovleno' if art.lang != 'en' else 'updated'}" \
        if i % 7 == 3 else None
    art.upper, art.utm = i % 9 == 6, i % 5 == 0
    charset = CHARSETS[i % len(CHARSETS)]
    art.charset = "header" if charset == "cp1251" and not _cp1251_safe(art) else charset
    art.gzip, art.chunked, art.busy_once = i % 3 == 1, i % 4 == 2, i % 10 == 4


def _cp1251_safe(art: Article) -> bool:
    try:
        " ".join([art.title, *art.paragraphs, *art.tags, art.category or ""]).encode("cp1251")
    except UnicodeEncodeError:
        return False
    return art.lang == "ru"


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 2], paragraphs)
    day_only = art.cms == "bootstrap" and i % 4 == 1
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 5) % 2 == 0 else None
    art.category = None if i % 6 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if i % 5 == 2 else rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 0, 1, 2)[i % 4]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 3 != 2 else None
    art.views = None if i % 4 == 3 else rng.randrange(40, 9000)
    _transport(art, i)
    return art


def _check(arts: list[Article]) -> None:
    """No generated story took the deleted story's id."""
    assert GONE[1] not in {a.num for a in arts}


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA, finish=_check)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


class _Once:
    """Targets that already had their one failure, per server (the Host names the port)."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def first(self, host: str, target: str) -> bool:
        with self._lock:
            key = (host, target)
            fresh = key not in self._seen
            self._seen.add(key)
            return fresh


_ONCE = _Once()


def _article(path: str, query: str, host: str) -> Response:
    from tests.seventeenthsite import templates  # the templates import this module

    base = f"http://{host}"
    html_path, page = _HTML.match(path), _PAGE.match(path)
    num = int(html_path.group(1)) if html_path else int(page["num"]) if page else 0
    art = by_num().get(num)
    if art is None:
        return templates.not_found()
    if path == art.path:
        if art.busy_once and _ONCE.first(host, path):
            return 503, {"Retry-After": "1", "Content-Type": "text/html; charset=utf-8"}, \
                templates.busy()
        return templates.article(art, base)
    if page and page["slug"] == art.slug and page["u"] == "u" and art.hop == "slash":
        return 301, {"Location": base + art.path + (f"?{query}" if query else "")}, b""
    if page and page["slug"] == art.slug and page["u"] == "u":  # IIS rewrite: relative target
        return routes.moved(art.path)
    # an old slug, an upper-case id or a wrong form: to the current listing form, query kept
    kept = f"?{query}" if query else ""
    return 301, {"Location": f"{base}/news/{art.slug}-{art.id}{kept}"}, b""


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.seventeenthsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\n")
    if path.rstrip("/") in ("/novosti", ""):
        raw = parse_qs(parts.query).get("page", ["1"])[0]
        page = int(raw) if raw.isdigit() and 1 <= int(raw) <= page_count() else 0
        if not page:
            return templates.not_found()
        if page == 2 and _ONCE.first(host, target):
            return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"Too Many Requests"
        return templates.listing(page, base)
    if path.startswith(("/news/", "/ru/news/")):
        return _article(path, parts.query, host)
    return templates.not_found()
