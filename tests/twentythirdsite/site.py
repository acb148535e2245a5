"""The twenty-third copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, on one plain
custom article template (see ``templates.py``). Four listings show the same catalogue:

* ``/novosti`` — the site's "today" (the newest day with news) and a month calendar; older news
  only on day pages ``/novosti/YYYY/MM/DD/`` linked from the month grid (days with news only),
  prev-day/next-day links (every day, news or not) and prev/next-month links
  (``/novosti/YYYY/MM/``: a grid, no items). A query on ``/novosti`` is ignored (same page).
* ``/lenta?page=N`` — rows linked only by ``onclick="location.href='…'"`` (``<tr>``) or
  ``data-href`` (``<div>``); pages only in a ``<select>`` of URLs and a "go to page" form.
* ``/arhiv?p=N`` — oldest first (page 1 = the oldest news), "Новые →" to the next page.
* ``/vse`` — the first ten items; the rest come from ``/api/news?page=N`` (JSON, announced by
  ``<link rel="alternate" type="application/json">``) which the page's script reads.

What a mature crawler should do with the calendar, within ``max_pages`` and ``since``: the day
pages multiply without end (every day links its neighbours, empty or not), so a day or month
page counts as a listing page; the crawler should follow only the month grid's linked days
and the previous-month link, never an unlinked (empty) day or a next-day chain, and stop going
back at the month before ``since``. Here that is 82 months + 44 days, more than 50 pages: a
crawler that also sees the paginated listings in the site menu (``/lenta``, ``/arhiv``, ``/vse``:
5 pages each) should prefer one of them and treat the calendar as the last resort. Robots.txt
names no sitemap and there is no RSS, so these listings are the only discovery.
"""

from __future__ import annotations

import calendar
import json
import random
import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import PAIR_LEAD, SUBBOTNIK_LEAD, attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2323
PER_PAGE = 10
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Шымкент"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы 800 метрге жуық, оның құрылысы екі жылға созылды.",
      "Облыс әкімдігінің хабарлауынша, көпір жүк көлігінің жолын қысқартады."]),
]
HTML = {"Content-Type": "text/html; charset=utf-8"}
_DAY = re.compile(r"^/novosti/(\d{4})/(\d\d)/(?:(\d\d)/)?$")


@dataclass
class Article(CopyArticle):
    """One plain template: the first image above the text, the others inside it."""

    def image_paths(self) -> list[str]:
        return [f"/files/news/{self.day:%Y/%m}/{self.num}_{k}.jpg"
                for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, "plain",
        ru=dict(clock=time(10, 45)),
        pair=dict(paragraphs=[PAIR_LEAD, *texts.EN_POOL[2:4]], clock=time(16, 10)),
        en=dict(images=2, clock=None),
        subbotnik=dict(paragraphs=[SUBBOTNIK_LEAD, *texts.RU_POOL[5:7]]),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, "plain", paragraphs)
    art.clock = None if i % 3 == 2 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 40]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 5) % 2 == 0 else None
    bare = i % 6 == 4  # no rubric, no tags, no views
    art.category = None if bare or i % 9 == 7 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if bare else texts.some_tags(lang, rng)
    art.views = None if bare or i % 7 == 3 else rng.randrange(30, 12000)
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 2, 0, 1, 3)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 1 else None
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def today() -> date:
    """The site's "today": the newest day with news (the copy is frozen on it)."""
    return build()[0].day


def first_day() -> date:
    return build()[-1].day


def on_day(day: date) -> list[Article]:
    return [a for a in build() if a.day == day]


def oldest_first_items(n: int) -> list[Article]:
    """``/arhiv?p=n``: page 1 holds the oldest ten, oldest first."""
    return list(reversed(build()))[(n - 1) * PER_PAGE : n * PER_PAGE]


def api_page(n: int, base: str) -> bytes:
    """``/api/news?page=n``: newest first, ``next`` the following page's path or null."""
    items = [{"id": a.id, "url": a.path, "title": a.title, "lang": a.lang,
              "date": a.local.isoformat() if a.clock else a.day.isoformat()}
             for a in page_items(n)]
    nxt = f"/api/news?page={n + 1}" if n < page_count() else None
    return json.dumps({"items": items, "page": n, "next": nxt}, ensure_ascii=False).encode()


def _page_number(query: str, name: str) -> int | None:
    value = parse_qs(query).get(name, ["1"])[0]
    return int(value) if value.isdigit() and 1 <= int(value) <= page_count() else None


def _calendar(path: str, base: str) -> Response | None:
    from tests.twentythirdsite import templates

    m = _DAY.match(path)
    if not m:
        return None
    year, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12 or year < 2000:
        return None
    if m[3] is None:
        return 200, HTML, templates.month_page(year, month, base)
    if not 1 <= int(m[3]) <= calendar.monthrange(year, month)[1]:
        return None
    day = date(year, month, int(m[3]))
    return (200, HTML, templates.day_page(day, base)) if day <= today() else None


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentythirdsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /admin/\n")
    if path in ("/", "/novosti", "/novosti/"):
        return 200, HTML, templates.day_page(today(), base, front=True)
    answer = _calendar(path, base)
    if answer:
        return answer
    if path == "/lenta" and (n := _page_number(parts.query, "page")):
        return 200, HTML, templates.lenta(n, base)
    if path == "/arhiv" and (n := _page_number(parts.query, "p")):
        return 200, HTML, templates.arhiv(n, base)
    if path == "/vse":
        return 200, HTML, templates.vse(base)
    if path == "/api/news" and (n := _page_number(parts.query, "page")):
        return 200, {"Content-Type": "application/json; charset=utf-8"}, api_page(n, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)


def neighbours(day: date) -> tuple[date, date | None]:
    """The day pages' prev-day / next-day links (next-day none on "today")."""
    return day - timedelta(days=1), (day + timedelta(days=1) if day < today() else None)
