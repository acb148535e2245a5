"""The forty-fifth copy's articles, listing and router: a redesign in the middle of the archive.

Articles before ``REDESIGN`` keep the old pages (a table layout before 2018, a div layout
after, windows-1251, one info line); the rest use the new HTML5 template. The listing starts
in the new template (``/novosti?page=N``) and pages back into the old ones
(``/novosti/page/N/``, then the table era's ``/novosti/?PAGEN_1=N``).
"""

from __future__ import annotations

import hashlib
import html
import random
import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.copykit import catalogue, routes, scoring, seeds, stories
from tests.copykit.catalogue import Catalogue, CopyArticle, Response
from tests.copykit.text import normalise
from tests.fortyfifthsite import templates

REDESIGN = date(2022, 1, 1)
DIV_ERA = date(2018, 1, 1)  # the table layout before, the div layout after
LISTING = "/novosti"
NEW_PER_PAGE, OLD_PER_PAGE = 6, 5
# ids SITE.md knows, and an anchor in 2014 for the older archive
ANCHORS = ((date(2014, 1, 1), 21400), *catalogue.ANCHORS)

# The forms each field takes, by template: every one occurs (tests/test_fortyfifthsite.py).
OLD_INFO = ("full", "no_tags", "bare", "timed", "no_views")
OLD_CHARSET = ("header", "meta_only", "missing", "utf8_header", "latin1_meta")
OLD_PHOTO = ("block_nospace", "glued", "block_space", "none")
OLD_BODY = ("br2", "br1", "nbsp")
OLD_EN_DATE = ("en_month", "ru_month")
NEW_STAMP = ("z", "plus5", "plus6")
NEW_PHOTO = ("figure", "figure2", "none")
READ_ALSO = ("canonical", "short", "amp")


@dataclass
class Article(CopyArticle):
    forms: dict[str, str] = field(default_factory=dict)
    listed: bool = True
    listing_href: str = "canonical"  # "index_php": the old listing links /index.php?id=N
    amp: bool = False  # the new page names an AMP version in <link rel="amphtml">
    latest: list[int] = field(default_factory=list)  # old pages: the stale "latest news"
    related_block: list[int] = field(default_factory=list)  # new pages: "Читайте также"
    read_also: list[tuple[int, str]] = field(default_factory=list)  # (num, link form)

    @property
    def old(self) -> bool:
        return self.day < REDESIGN

    @property
    def era(self) -> str:
        return "table" if self.day < DIV_ERA else "div" if self.old else "new"

    def _hash(self) -> str:
        return hashlib.md5(self.id.encode()).hexdigest()  # noqa: S324 - a file name

    def image_paths(self) -> list[str]:
        h = self._hash()
        if self.old:
            return [f"/upload/iblock/{h[:3]}/{h}.jpg"] * min(self.images, 1)
        return [f"/media/{self.day:%Y/%m}/{h[:10]}-{k}-1200.jpg" for k in range(self.images)]

    def related_ids(self) -> list[str]:
        nums = (self.latest if self.old else self.related_block) + [n for n, _ in self.read_also]
        return sorted({f"u{n}" for n in nums if n != self.num}, key=lambda i: int(i[1:]))

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["related"] = self.related_ids()
        return rec


def _story(i: int, lang: str, title: str, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        return next(list(paras) for t, paras in stories.KK_STORIES if t == title), None
    return stories.headline_story(lang, title, i, rng)


def _days(rng: random.Random, count: int, start: date, end: date, taken: list[date]) -> list[date]:
    out: list[date] = []
    while len(out) < count:
        day = start + timedelta(days=rng.randrange((end - start).days))
        if all(abs((day - other).days) > 2 for other in [*taken, *out]):
            out.append(day)
    return out


def _fixed() -> list[Article]:
    ru, en = seeds.ru(), seeds.en()
    out = []
    for seed in (ru, en):
        out.append(Article(seed.num, seed.lang, seed.day, seed.title, "old",
                           list(seed.paragraphs), list(seed.raw_paragraphs), place=seed.place,
                           source=seed.source, source_line=True))
    pool = random.Random(45713)
    out.append(Article(45713, "en", date(2021, 4, 19), stories.PAIR_EN_TITLE, "old",
                       [stories.PAIR_EN_TITLE + ".", *pool.sample(stories.EN_POOL, 3)],
                       place="Almaty"))
    out.append(Article(49120, "ru", date(2023, 4, 20), stories.SUBBOTNIK_TITLE, "new",
                       [stories.SUBBOTNIK_TITLE + ".", *pool.sample(stories.RU_POOL, 3)],
                       clock=time(15, 40), place="Алматы", category="Социум",
                       tags=["Алматы", "аким", "субботник"], views=683))
    return out


def _generate(rng: random.Random) -> list[Article]:
    fixed = _fixed()
    taken = [a.day for a in fixed]
    table = _days(rng, 10, date(2014, 1, 10), date(2017, 12, 20), taken)
    div = _days(rng, 8, date(2018, 1, 10), date(2021, 12, 20), taken + table)
    new = [date(2024, 2, 29), date(2024, 3, 1)]
    new += _days(rng, 11, date(2022, 1, 10), date(2024, 2, 20), taken + new)
    new += _days(rng, 9, date(2024, 3, 10), date(2025, 12, 20), taken + new)
    days = sorted(table) + sorted(div) + sorted(new)
    mixed = stories.mix(en=13)
    rng.shuffle(mixed)
    kk = [s for s in mixed if s[0] == "kk"]
    rest = [s for s in mixed if s[0] != "kk"]
    for slot, story in zip((3, 14, 30), kk, strict=True):  # a table, a div and a new page
        rest.insert(slot, story)
    arts = []
    for i, ((lang, title), day) in enumerate(zip(rest, days, strict=True)):
        paras, source = _story(i, lang, title, rng)
        arts.append(Article(0, lang, day, title, "old" if day < REDESIGN else "new", paras,
                            source=source))
    return fixed + arts


_PLACES = {"ru": ["Алматы", "Алматы", "Шымкент"], "en": ["Almaty", "Almaty", "Shymkent"],
           "kk": ["Алматы"]}


def _capital(lang: str, day: date) -> str:
    nur = date(2019, 3, 23) <= day < date(2022, 9, 17)
    if lang == "en":
        return "Nur-Sultan" if nur else "Astana"
    return "Нур-Султан" if nur and lang == "ru" else "Нұр-Сұлтан" if nur else "Астана"


def _dress_old(k: int, a: Article, rng: random.Random) -> None:
    a.forms["info"] = OLD_INFO[k % len(OLD_INFO)]
    a.forms["charset"] = {2: "latin1_meta", 3: "meta_only", 6: "missing", 9: "utf8_header",
                          12: "latin1_meta", 16: "meta_only", 17: "utf8_header",
                          19: "missing"}.get(k, "header")
    a.forms["photo"] = OLD_PHOTO[k % len(OLD_PHOTO)]
    a.forms["body"] = OLD_BODY[k % len(OLD_BODY)]
    a.forms["date"] = OLD_EN_DATE[k % 2] if a.lang == "en" else a.lang
    if a.place is None:
        a.place = rng.choice([*_PLACES[a.lang], _capital(a.lang, a.day)])
    info = a.forms["info"]
    a.views = None if info == "no_views" else rng.randrange(40, 9000)
    if info != "bare":
        a.category = rng.choice(stories.RUBRICS[a.lang])
    if info in ("full", "timed", "no_views"):
        a.tags = rng.sample(stories.TAGS[a.lang], rng.choice([1, 2, 3]))
    if info == "timed":
        a.clock = time(rng.randrange(7, 21), rng.randrange(60))
    if a.forms["photo"] != "none":
        a.images = 1
        a.photo_credit = rng.choice(stories.PHOTO_CREDITS)


def _dress_new(k: int, a: Article, rng: random.Random) -> None:
    a.forms["stamp"] = NEW_STAMP[k % len(NEW_STAMP)]
    a.forms["photo"] = NEW_PHOTO[k % len(NEW_PHOTO)]
    if a.num == 49120:
        a.forms["photo"] = "figure"
    if a.clock is None:
        # one page in the small hours: its UTC stamp falls on the day before
        a.clock = time(3, 25) if k == 6 else time(rng.randrange(7, 23), rng.randrange(60))
    if a.day == date(2024, 2, 29):
        a.clock = time(21, 50)  # clear of the hour 2024-03-01 repeated
    if a.place is None and k % 3 != 2:
        a.place = rng.choice([*_PLACES[a.lang], _capital(a.lang, a.day)])
    if a.num != 49120:
        a.category = None if k in (5, 13) else rng.choice(stories.RUBRICS[a.lang])
        a.tags = [] if k % 7 == 3 else rng.sample(stories.TAGS[a.lang], rng.choice([2, 3]))
        a.views = None if k % 6 == 1 else 0 if k == 8 else rng.randrange(100, 30000)
    a.images = {"figure": 1, "figure2": 2, "none": 0}[a.forms["photo"]]
    a.photo_credit = rng.choice(stories.PHOTO_CREDITS) if a.images else None


@cache
def build() -> tuple[Article, ...]:
    rng = random.Random(4545)
    arts = _generate(rng)
    catalogue.number(arts, ANCHORS)
    ordered = sorted(arts, key=lambda a: a.local)
    old = [a for a in ordered if a.old]
    new = [a for a in ordered if not a.old]
    for k, a in enumerate(old):
        _dress_old(k, a, rng)
    for k, a in enumerate(new):
        _dress_new(k, a, rng)
    # a source line on some pages whose lead names no source
    for a in ordered:
        if a.source is None and a.lang != "kk" and rng.random() < 0.35:
            a.source, a.source_line = rng.choice(stories.SOURCES[a.lang]), True
        elif a.source is None and a.lang == "kk" and a.old:
            a.source, a.source_line = "Kazinform", True
    _link(old, new, rng)
    return catalogue.newest_first(ordered)  # type: ignore[return-value]


def _link(old: list[Article], new: list[Article], rng: random.Random) -> None:
    """Unlisted old stories behind "read also" lines of new pages, the AMP versions, the
    /index.php?id=N links of the table era's listing, the stale blocks and related blocks."""
    table = [a for a in old if a.era == "table"]
    div = [a for a in old if a.era == "div"]
    hidden = [table[1], table[6], div[2], div[5]]
    for a in hidden:
        a.listed = False
    table[3].listing_href = table[8].listing_href = "index_php"
    new[3].amp = new[12].amp = True
    hosts = [new[1], new[7], new[10], new[16]]
    for host, target, form in zip(hosts, hidden, ("canonical", "short", "canonical",
                                                  "canonical"), strict=True):
        host.read_also.append((target.num, form))
    new[18].read_also.append((new[12].num, "amp"))  # an editor pasted the phone's link
    new[5].read_also.append((new[2].num, "canonical"))
    # the stories the table era's listing links as /index.php?id=N: linked nowhere else
    listed = [a for a in [*old, *new] if a.listed and a.listing_href == "canonical"]
    by_day = sorted(listed, key=lambda a: a.local)
    for a in old:
        # captured on a later day: the six newest stories then (from years later)
        seen = a.day + timedelta(days=rng.randrange(400, 2500))
        shown = [b for b in by_day if b.day <= seen and b is not a][-6:]
        a.latest = [b.num for b in reversed(shown)]
    for a in new:
        a.related_block = [b.num for b in rng.sample([b for b in listed if b is not a], 3)]


CAT = Catalogue(build, NEW_PER_PAGE)


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return {a.id: a.truth(base_url) for a in build()}


# ------------------------------------------------------------------------------ the listing


def listed() -> tuple[list[Article], list[Article], list[Article]]:
    """The listed articles of each era, newest first: new, div, table."""
    arts = [a for a in build() if a.listed]
    return ([a for a in arts if a.era == "new"], [a for a in arts if a.era == "div"],
            [a for a in arts if a.era == "table"])


def _chunks(arts: list[Article], size: int) -> list[list[Article]]:
    return [arts[i : i + size] for i in range(0, len(arts), size)]


@cache
def pages() -> tuple[tuple[str, tuple[Article, ...]], ...]:
    """(path+query, articles) of every listing page in order: the new template's, the div
    era's, the table era's."""
    new, div, table = listed()
    out: list[tuple[str, tuple[Article, ...]]] = []
    for items in _chunks(new, NEW_PER_PAGE):
        n = len(out) + 1
        out.append((LISTING if n == 1 else f"{LISTING}?page={n}", tuple(items)))
    for items in _chunks(div, OLD_PER_PAGE):
        out.append((f"{LISTING}/page/{len(out) + 1}/", tuple(items)))
    for items in _chunks(table, OLD_PER_PAGE):
        out.append((f"{LISTING}/?PAGEN_1={len(out) + 1}", tuple(items)))
    return tuple(out)


def page_era(n: int) -> str:
    target = pages()[n - 1][0]
    return "table" if "PAGEN_1" in target else "div" if "/page/" in target else "new"


def page_count() -> int:
    return len(pages())


# ------------------------------------------------------------------------------ the router

_ARTICLE = re.compile(r"^/news/(?:[A-Za-z0-9-]+-)?u(\d+)/?$")
_AMP = re.compile(r"^/amp/news/[A-Za-z0-9-]+-u(\d+)$")
_OLD_PAGE = re.compile(r"^/novosti/page/(\d+)/?$")
_HTML = "text/html; charset=utf-8"


def _not_found() -> Response:
    return 404, {"Content-Type": _HTML}, templates.not_found()


def _listing(n: int, base: str) -> Response:
    if not 1 <= n <= page_count():
        return _not_found()
    era = page_era(n)
    if era == "new":
        return 200, {"Content-Type": _HTML}, templates.new_listing(n, base)
    body = templates.old_listing(n, era, base)
    return 200, {"Content-Type": "text/html; charset=windows-1251"}, body


def route(target: str, host: str) -> Response:
    base = f"http://{host}"
    parts = urlsplit(target)
    path, query = parts.path, parse_qs(parts.query)
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, templates.robots()
    if path in ("/", "/novosti/") and not query:
        return routes.moved(base + LISTING)
    if path == LISTING:
        if not query:
            return _listing(1, base)
        page = query.get("page", [""])[0]
        new_pages = [str(n) for n in listed_new_pages()[1:]]
        if set(query) == {"page"} and page in new_pages:
            return _listing(int(page), base)
        return _not_found()
    if path == "/novosti/" and set(query) == {"PAGEN_1"}:
        page = query["PAGEN_1"][0]
        n = int(page) if page.isdigit() else 0
        ok = 1 <= n <= page_count() and page_era(n) == "table"
        return _listing(n, base) if ok else _not_found()
    m = _OLD_PAGE.match(path)
    if m:
        n = int(m.group(1))
        if not (1 <= n <= page_count() and page_era(n) == "div"):
            return _not_found()
        if not path.endswith("/"):
            return 301, {"Location": f"{base}{path}/"}, b""
        return _listing(n, base)
    if path == "/index.php" and set(query) == {"id"}:
        num = query["id"][0]
        art = by_num().get(int(num)) if num.isdigit() else None
        return (301, {"Location": base + art.path}, b"") if art else _not_found()
    m = _AMP.match(path)
    if m:
        art = by_num().get(int(m.group(1)))
        if art is None or not art.amp or path != "/amp" + art.path:
            return _not_found()
        return 200, {"Content-Type": _HTML}, templates.amp_page(art, base)
    m = _ARTICLE.match(path)
    art = by_num().get(int(m.group(1))) if m else None
    if art is None:
        return _not_found()
    if path != art.path:
        return routes.moved(base + art.path)
    if not art.old:
        return 200, {"Content-Type": _HTML}, templates.new_article(art, base)
    ctype, body = templates.old_article(art, base, print_version=query.get("print") == ["1"])
    return 200, {"Content-Type": ctype}, body


def listed_new_pages() -> list[int]:
    return [n for n in range(1, page_count() + 1) if page_era(n) == "new"]


def text_of(markup: str) -> str:
    """A page's text as a reader sees it (tags dropped, entities read), normalised."""
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def same(name: str, want: Any, got: Any) -> bool:
    """``scoring.same_moment``, and ``related`` as the set of linked ids (any order, each
    once; the link's title and URL form are not scored)."""
    if name == "related":
        if not isinstance(got, list):
            return False
        ids = [str(r.get("id")) if isinstance(r, dict) else str(r) for r in got]
        return len(ids) == len(set(ids)) and set(ids) == set(want)
    return scoring.same_moment(name, want, got)
