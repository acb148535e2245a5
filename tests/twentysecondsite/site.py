"""The twenty-second copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, in one plain
custom template (``templates.py``) plus its print, AMP and mobile versions. Besides the articles
the copy serves decoys; what the truth makes of them (one record per id, real articles only):

- cookie consent: a client without ``consent=1`` gets, for any story URL (``/news/``,
  ``/amp/news/``, ``/m/news/``), a 200 interstitial setting the cookie and refreshing to the
  same URL; the page itself comes with the cookie. Not an article. The listing is served from
  a cache that never shows the banner (were it gated too, a crawler that does not come back to
  the same URL would read no listing at all, and nothing else of the copy could be scored).
- soft 404s / error pages (status 200: "Страница не найдена", "Материал удалён", "Ведутся
  технические работы") and two login-walled stories ("Войдите, чтобы читать": headline only)
  are linked from the listing under article-like URLs; none is in the truth.
- ``?print=1``, ``/amp/news/…`` and ``/m/news/…`` carry an article's id and point their
  canonical at the article: the same record, not another one.
- a merged story: ``MERGED`` serves, at its own URL with its own id, the text of the story it
  was merged into, with ``rel=canonical`` naming that story's URL. The canonical wins: the
  record is the target's (its id, its page); the merged id is not in the truth.
- ``noindex`` articles are still articles a reader sees, so they are in the truth (SPEC says
  nothing about skipping them).
- hidden trap links (``display:none``) in the listing: a 404 and a soft 404.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2222
PER_PAGE = 10
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Атырауда жаңа аурухана ашылды",
     ["Атырау қаласында 300 төсектік көпсалалы аурухана ашылды.",
      "Ауруханада заманауи диагностикалық жабдықтар орнатылған.",
      "Облыс әкімдігі биыл тағы екі емхана салынатынын мәлімдеді."]),
]
# Decoys under article-like URLs: (num, kind, headline, listing page, listing day)
SOFT = "soft404"
GONE = "removed"
WORKS = "maintenance"
LOGIN = "login"
DECOYS = (
    (47311, SOFT, "Итоги недели: главное", 1, date(2026, 9, 1)),
    (50917, GONE, "Суд вынес приговор по делу о мошенничестве", 2, date(2025, 5, 12)),
    (52456, LOGIN, "Эксклюзив: интервью с министром энергетики", 2, date(2025, 4, 2)),
    (48021, WORKS, "Онлайн-трансляция заседания маслихата", 3, date(2024, 6, 20)),
    (46105, LOGIN, "Аналитика: куда движутся цены на жильё", 4, date(2022, 1, 14)),
)
TRAP_404, TRAP_SOFT = 99999, 99998
MERGED = 47777  # served with the text of MERGE_TARGET's story, canonical to it
MERGE_INDEX = 14  # the position (newest first) of the story it was merged into
_ARTICLE = re.compile(r"^(/amp|/m)?/news/(?:[A-Za-z0-9-]+-)?u(\d+)/?$")
HTML = {"Content-Type": "text/html; charset=UTF-8"}


@dataclass
class Article(CopyArticle):
    noindex: bool = False  # <meta name="robots" content="noindex">

    def image_paths(self) -> list[str]:
        return [f"/files/news/{self.day:%Y}/{self.num}-{k}.jpg"
                for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, "pub",
        ru=dict(clock=time(10, 15)),
        pair=dict(noindex=True),
        en=dict(clock=None),
    )


def _text(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        return list(next(p for t, p in texts.KK_STORIES + KK_EXTRA if t == title)), None
    return texts.headline_story(lang, title, i, rng)


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = _text(lang, title, i, rng)
    art = Article(0, lang, day, title, "pub", paragraphs)
    art.clock = None if i % 3 == 2 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 45]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 5) % 2 == 0 else None
    art.category = None if i % 6 == 4 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if i % 5 == 2 else rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 0, 2, 1)[i % 4]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 3 != 1 else None
    art.views = None if i % 7 in (1, 4) else rng.randrange(30, 9000)
    art.noindex = i % 9 == 5
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def merge_target() -> Article:
    return build()[MERGE_INDEX]


def decoy(num: int) -> tuple[int, str, str, int, date] | None:
    return next((d for d in DECOYS if d[0] == num), None)


def answer(target: str, headers: dict[str, str], base: str) -> Response:
    """One GET as a browser meets it: without the consent cookie, the interstitial."""
    from tests.twentysecondsite import templates  # the templates import this module

    path = urlsplit(target).path
    cookies = headers.get("Cookie") or headers.get("cookie") or ""
    if _ARTICLE.match(path) and not re.search(r"(^|;)\s*consent=1\b", cookies):
        return 200, {**HTML, "Set-Cookie": "consent=1; Path=/; Max-Age=31536000"}, \
            templates.consent(target)
    return route(target, base.removeprefix("http://"))


def route(target: str, host: str) -> Response:
    """Answer one GET of a client that accepted cookies: (status, headers, body)."""
    from tests.twentysecondsite import templates

    parts = urlsplit(target)
    path, base, query = parts.path, f"http://{host}", parse_qs(parts.query)
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /admin/\nDisallow: /search\n")
    if path in ("/novosti", "/novosti/", "/"):
        page = query.get("page", ["1"])[0]
        if not page.isdigit() or not 1 <= int(page) <= page_count():
            return 200, HTML, templates.error_page("soft404", base)
        return 200, HTML, templates.listing(int(page), base)
    m = _ARTICLE.match(path)
    if m is None:
        return 404, HTML, templates.error_page("404", base)
    return _story(m, path, query.get("print") == ["1"], base)


def _story(m: re.Match[str], path: str, printed: bool, base: str) -> Response:
    """An article URL: the story (or its print / AMP / mobile version), a decoy, or a 404."""
    from tests.twentysecondsite import templates

    prefix, num = m.group(1) or "", int(m.group(2))
    art = next((a for a in build() if a.num == num), None)
    if art is not None:
        if path != prefix + art.path:
            return routes.moved(base + prefix + art.path)
        version = "print" if printed and not prefix else (prefix or None)
        return 200, HTML, templates.article(art, base, version)
    if num == MERGED:
        return 200, HTML, templates.article(merge_target(), base, None, at=path)
    if num == TRAP_SOFT:
        return 200, HTML, templates.error_page(SOFT, base)
    found = decoy(num)
    if found is not None:
        _, kind, title, _, _ = found
        body = templates.login_wall(title, base) if kind == LOGIN else \
            templates.error_page(kind, base)
        return 200, HTML, body
    return 404, HTML, templates.error_page("404", base)
