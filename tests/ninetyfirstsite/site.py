"""The ninety-first copy's articles, truth and router: ic24.kz as a Liferay DXP 7.4 portal.

Forty-three web content articles (the four known stories plus generated ones), twenty to a
page of the ``/novosti`` Asset Publisher (``?p_p_id=…&_…_delta=20&_…_resetCur=false&_…_cur=2``).
About a third of the generated articles carry one ``look`` of their own (``LOOKS``), cycled so
that every look occurs. An article answers at its rewritten address ``/news/<urlTitle>``, at
Liferay's own ``/-/<urlTitle>`` (also under ``/web/guest`` and a language prefix) and in the
Asset Publisher's full-content view ``/novosti/-/asset_publisher/<instance>/content/<urlTitle>``;
the page's UI language follows the prefix (``/kk/``, ``/en/``), never the article's.
"""

from __future__ import annotations

import hashlib
import random
import re
import uuid
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, quote, urlsplit

from tests.copykit import routes, stories
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

PER_PAGE = 20  # the Asset Publisher's delta
DELTAS = (4, 8, 20, 40, 60)  # the items-per-page menu of the pagination bar
LISTING = "/novosti"
INSTANCE = "nEwS20aPxYz"
PORTLET = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{INSTANCE}"
NS = f"_{PORTLET}_"  # the portlet's parameter namespace
GROUP = 20142  # the guest site's groupId (Documents and Media URLs)
LOCALES = ("ru", "en", "kk")  # ru is the default: no prefix
# Each look a generated article may carry (about one in three carries one).
LOOKS = (
    "asset_h3",         # linked to the Asset Publisher's full content: h3.asset-title, no h1
    "redirect_link",    # linked with the Asset Publisher's percent-encoded ?redirect= back-link
    "guest_link",       # linked as /web/guest/-/<urlTitle>
    "ru_friendly",      # linked as /ru/-/<urlTitle> (the default language's prefix)
    "kk_prefix",        # linked as /kk/-/<urlTitle>: the page in the Kazakh UI
    "two_vocab",        # categories of two vocabularies, "Регион:" before "Рубрика:"
    "tags_links_only",  # tags only as the (lower-cased) asset tag links, not in the info line
    "dm_preview",       # a Documents and Media <img> with imagePreview=1, no Adaptive Media
    "views_meta_only",  # the count only in the metadata row ("Просмотров: 683")
    "glued_credit",     # the credit typed at the start of the text, before the dateline
    "source_field",     # "Источник:" in its own structure field, the name linked
)
REGIONS = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
           "kk": ["Алматы", "Шымкент"]}
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
TWINS = {45694: 45713, 45713: 45694}  # one story in two languages: related assets
_TITLE = r"(?P<title>[A-Za-z0-9-]*-u(?P<num>\d+))"
_ARTICLE = re.compile(
    rf"(?:/news/{_TITLE}|(?:/web/guest)?/-/{_TITLE.replace('P<', 'P<f_')}"
    rf"|/novosti/-/asset_publisher/(?P<inst>\w+)/content/{_TITLE.replace('P<', 'P<a_')})/?")
ROBOTS = ("User-Agent: *\n"
          "Disallow: /c/\n"
          "Disallow: /group/\n"
          "Disallow: /search\n"
          "Disallow: /*p_p_lifecycle=1\n"
          "Sitemap: {base}/sitemap.xml\n")


@dataclass
class Article(CopyArticle):
    look: str = "plain"
    region: str | None = None  # the "Регион" vocabulary's category (two_vocab)
    strong_dateline: bool = False  # the editor set the dateline in bold
    typography: bool = False  # the editor's no-break spaces after short words

    @property
    def url_title(self) -> str:
        return f"{self.slug}-{self.id}"

    @property
    def digest(self) -> bytes:
        return hashlib.sha1(f"JournalArticle{self.num}".encode()).digest()  # noqa: S324

    @property
    def file_entry(self) -> int:
        """The photo's fileEntryId (Adaptive Media's URL key)."""
        return 35000 + self.num % 7919 * 3

    @property
    def file_name(self) -> str:
        """The uploaded file's title, percent-encoded as Documents and Media URLs write it."""
        names = ("IMG_{}.jpg", "фото-{}.jpg", "DSC0{}.JPG", "photo_{}.jpeg")
        return quote(names[self.num % len(names)].format(self.num % 9000 + 1000))

    @property
    def stamp(self) -> int:
        """The file's modification time in milliseconds (the ``?t=`` of its URLs)."""
        return int(self.local.timestamp()) * 1000 + self.num % 997

    @property
    def asset_entry(self) -> int:
        return 90000 + self.num

    def image_paths(self) -> list[str]:
        """The photo once: the original Documents and Media file the ``<img>`` shows (Adaptive
        Media's sources are its smaller copies), or the D&M preview an old page embeds."""
        if not self.images:
            return []
        file_uuid = uuid.UUID(bytes=self.digest[:16])
        if self.look == "dm_preview":
            return [f"/documents/{GROUP}/0/{self.file_name}/{file_uuid}"
                    f"?version=1.0&t={self.stamp}&imagePreview=1"]
        return [f"/documents/{GROUP}/{31000 + self.day.year}/{self.file_name}/{file_uuid}"
                f"?t={self.stamp}"]

    def adaptive(self, config: str) -> str:
        """One Adaptive Media copy of the photo (``Preview-1000x0``, ``Thumbnail-300x300``)."""
        return f"/o/adaptive-media/image/{self.file_entry}/{config}/{self.file_name}?t={self.stamp}"

    def link(self, listing_url: str) -> str:
        """The href the listing gives the article (``listing_url``: the page it is on)."""
        back = quote(listing_url, safe="")
        if self.look == "asset_h3":
            return (f"{LISTING}/-/asset_publisher/{INSTANCE}/content/{self.url_title}"
                    f"?{NS}assetEntryId={self.asset_entry}&{NS}redirect={back}")
        if self.look == "redirect_link":
            return f"/news/{self.url_title}?redirect={back}"
        if self.look == "guest_link":
            return f"/web/guest/-/{self.url_title}"
        if self.look == "ru_friendly":
            return f"/ru/-/{self.url_title}"
        if self.look == "kk_prefix":
            return f"/kk/-/{self.url_title}"
        return self.path


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    look = LOOKS[(i // 3) % len(LOOKS)] if i % 3 == 0 else "plain"
    place = rng.choice(PLACES[lang]) if rng.random() < 0.7 or look == "glued_credit" else None
    clock = time(rng.randint(8, 20), rng.choice([0, 7, 15, 30, 42])) if i % 2 else None
    art = Article(0, lang, day, title, "liferay74", paragraphs, clock=clock, place=place,
                  look=look, strong_dateline=rng.random() < 0.4, typography=rng.random() < 0.3)
    attribute(art, lead_source, rng, named=i % 3 != 2 or look == "source_field")
    if look == "source_field":
        art.source, art.source_line = art.source or stories.SOURCES[lang][0], True
    art.images = 1 if rng.random() < 0.75 or look in ("dm_preview", "glued_credit") else 0
    if art.images and (rng.random() < 0.8 or look == "glued_credit"):
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    art.category = (rng.choice(stories.RUBRICS[lang])
                    if rng.random() < 0.85 or look == "two_vocab" else None)
    if look == "two_vocab":
        art.region = rng.choice(REGIONS[lang])
    art.tags = stories.some_tags(lang, rng)
    if look == "tags_links_only":
        # Liferay keeps asset tags in lower case: the links are all the page shows
        art.tags = [t.lower() for t in art.tags or stories.TAGS[lang][:2]]
    roll = rng.random()
    art.views = None if roll < 0.1 else 0 if roll < 0.15 else rng.randint(12, 9800)
    if look == "views_meta_only" and art.views is None:
        art.views = rng.randint(12, 9800)
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "liferay74", ru={"strong_dateline": True},
                      subbotnik={"clock": time(16, 7)})


CATALOGUE = standard_catalogue(9191, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth


def page_count(delta: int = PER_PAGE) -> int:
    return -(-len(build()) // delta)


def page_items(cur: int, delta: int = PER_PAGE) -> list[Article]:
    return list(build()[(cur - 1) * delta : cur * delta])  # type: ignore[misc]


def page_target(cur: int, delta: int = PER_PAGE, prefix: str = "") -> str:
    """The Asset Publisher's URL of listing page ``cur`` (page 1 too: Liferay links it with
    ``_cur=1``), as its pagination bar writes it (unescaped)."""
    return (f"{prefix}{LISTING}?p_p_id={PORTLET}&p_p_lifecycle=0&p_p_state=normal"
            f"&p_p_mode=view&{NS}delta={delta}&{NS}resetCur=false&{NS}cur={cur}")


def listing_targets() -> set[str]:
    """The listing's entry and the pages its pagination bar links at the default delta."""
    return {LISTING, *(page_target(n) for n in range(1, page_count() + 1))}


def article_targets(base: str) -> dict[str, str]:
    """Each article's id and the target (path and query) the listing links it by."""
    out = {}
    for cur in range(1, page_count() + 1):
        for a in page_items(cur):
            out[a.id] = a.link(base + page_target(cur))
    return out


def split_locale(path: str) -> tuple[str, str]:
    """('kk', '/-/x') for '/kk/-/x'; the default language ('ru') keeps its path."""
    for lang in LOCALES:
        if path == f"/{lang}" or path.startswith(f"/{lang}/"):
            return lang, path[len(lang) + 1:] or "/"
    return "ru", path


def listing_query(query: str) -> tuple[int, int]:
    """(cur, delta) the Asset Publisher reads from the query: its own parameters only, the
    delta from 1 to 200, ``cur`` beyond the last page shows the last page (as Liferay does)."""
    params = parse_qs(query)
    if params.get("p_p_id", [""])[0] != PORTLET:
        return 1, PER_PAGE
    raw_delta, raw_cur = params.get(f"{NS}delta", [""])[0], params.get(f"{NS}cur", [""])[0]
    delta = int(raw_delta) if raw_delta.isdigit() and 1 <= int(raw_delta) <= 200 else PER_PAGE
    cur = int(raw_cur) if raw_cur.isdigit() and int(raw_cur) >= 1 else 1
    return min(cur, page_count(delta)), delta


def route(target: str, host: str) -> Response:
    from tests.ninetyfirstsite import templates

    parts = urlsplit(target)
    base = f"http://{host}"
    if parts.path == "/robots.txt":
        return routes.robots(ROBOTS.format(base=base).encode())
    if parts.path == "/sitemap.xml":
        return 200, {"Content-Type": "application/xml;charset=UTF-8"}, templates.sitemap(base)
    if parts.path == "/c/portal/update_language":
        params = parse_qs(parts.query)
        lang = params.get("languageId", ["ru_RU"])[0][:2]
        back = params.get("redirect", ["/"])[0]
        return routes.moved(base + ("" if lang == "ru" else f"/{lang}") + back, 302)
    ui, path = split_locale(parts.path)
    if path in ("/", "/home", "/web/guest", "/web/guest/home"):
        return templates.home(base, ui)
    if path in (LISTING, f"/web/guest{LISTING}"):
        return templates.listing(*listing_query(parts.query), base, ui)
    if path in templates.PAGES:
        return templates.plain_page(path, base, ui)
    m = _ARTICLE.fullmatch(path)
    art = None
    if m and m["inst"] in (None, INSTANCE):
        num = m["num"] or m["f_num"] or m["a_num"]
        art = by_num().get(int(num))
    if m is None or art is None:
        return routes.not_found(templates.not_found(ui))
    asked = m["title"] or m["f_title"] or m["a_title"]
    if asked != art.url_title:  # an old urlTitle: Liferay's friendly URL history
        return routes.moved(base + parts.path.replace(asked, art.url_title))
    return templates.article(art, base, ui, full_content=m["inst"] is not None)
