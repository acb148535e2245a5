"""The twenty-first copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, each in one of
nine formats (``KINDS``), all served by one plain custom template (``templates.py``). What the
truth records for each format — the values a careful reader copies from the page, per SPEC:

- ``news``: a plain story; body = its paragraphs (dateline cut off), ``Источник:`` line out.
- ``photo`` (photo reportage): body = the 1-2 sentences of text only; the 6-12 captions, their
  counters ("Фото 3 из 12") and per-photo credits are picture furniture, not text; every photo
  is in ``image_urls``; ``photo_credit`` = the photographer all the captions credit.
- ``video``: body = the description; the transcript folded in a closed ``<details>`` is the
  video's, not the article's text; no image (an ``<iframe>`` or a ``<video>`` with no poster).
- ``infographic``: body = the two paragraphs; the one big image is in ``image_urls`` and its
  "Инфографика: X" line gives ``photo_credit`` X.
- ``interview``: body = the italic intro, then every question and every answer as its own
  paragraph, as printed ("— Вопрос?" / "— Ответ." in ru and kk, "Q: …" / "A: …" in en); the
  interviewee's bio box after the text is not body.
- ``opinion``: body = the column's paragraphs; the author box above (photo, name, position) and
  the disclaimer after ("Мнение автора может не совпадать …") are not body, and the author's
  portrait is no article image.
- ``live`` (online broadcast): ``published_at`` = the broadcast's start as the page states it
  (minute precision), not the last update; body = one paragraph per update, newest first as
  shown, "15:40 text" (the update's time, a space, its text).
- ``digest``: body = the intro line, then one paragraph per numbered item ("Headline. text"; the
  numbers are ``<ol>`` markers, not text).
- ``release`` (press release): body = the intro and the numbered clauses with their numbers
  ("1. …", typed in the text); the contacts footer is not body, and the press service it names
  is the ``source``.

No page has a view count, rubric or tags it does not show; some show none of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import known_four, standard_catalogue
from tests.twentyfirstsite import pools

__all__ = ["AGENCY", "KINDS", "Article", "build", "by_num", "page_count", "page_items", "route",
           "truth"]

SEED = 21021
PER_PAGE = 9
KINDS = ("photo", "video", "infographic", "interview", "opinion", "live", "digest", "release",
         "news")
PLACES = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Ақтауда теңіз жағалауы абаттандырылды",
     ["Ақтауда теңіз жағалауын абаттандыру жұмыстары аяқталды.",
      "Жағалауда серуен жолдары мен демалыс орындары салынды."]),
]


@dataclass
class Article(CopyArticle):
    kind: str = "news"
    lead: list[str] = field(default_factory=list)  # the text as the page prints it, per format
    captions: list[str] = field(default_factory=list)  # photo: one per photo
    extra: list[str] = field(default_factory=list)  # video transcript / digest items / clauses
    qa: list[tuple[str, str]] = field(default_factory=list)
    person: tuple[str, str] | None = None  # interviewee (name, bio) / columnist (name, position)
    updates: list[tuple[time, str]] = field(default_factory=list)  # newest first
    press: tuple[str, str, str] | None = None  # (press service, phone, e-mail)
    player: str = "iframe"

    def image_paths(self) -> list[str]:
        return [f"/files/{self.day:%Y/%m}/{self.num}_{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(Article, "plain")


def _pool(lang: str) -> list[str]:
    return {"ru": texts.RU_POOL, "en": texts.EN_POOL}.get(lang, [p for _, ps in texts.KK_STORIES
                                                                for p in ps[1:]])


def _shape(art: Article, story: list[str], rng: random.Random) -> None:
    """The format's parts, and the body the truth records for it (see the module docstring)."""
    lang, kind = art.lang, art.kind
    if kind == "photo":
        art.paragraphs = story[: rng.choice([1, 2])]
        art.images = rng.randrange(6, 13)
        art.captions = rng.sample(pools.CAPTIONS[lang], art.images)
        art.photo_credit = rng.choice(pools.PHOTOGRAPHERS[lang])
    elif kind == "video":
        art.paragraphs = story[:2]
        unused = [p for p in _pool(lang) if p not in art.paragraphs]
        art.extra = rng.sample(unused, 2) + [pools.VIDEO_KK] * (lang == "kk")
        art.player = rng.choice(["iframe", "video"])
    elif kind == "infographic":
        art.paragraphs, art.images, art.photo_credit = story[:2], 1, AGENCY[lang]
    elif kind == "interview":
        art.qa = pools.INTERVIEW[lang][: rng.choice([3, 4])]
        art.person = rng.choice(pools.GUESTS[lang])
        mark = ("Q: ", "A: ") if lang == "en" else ("— ", "— ")
        art.paragraphs = [story[0]] + [mark[k] + s for q in art.qa for k, s in enumerate(q)]
    elif kind == "opinion":
        art.person = rng.choice(pools.COLUMNISTS[lang])
        art.paragraphs = rng.sample(_pool(lang), 3)
    elif kind == "live":
        _live(art, rng)
    elif kind == "digest":
        others = [t for t in (texts.RU_TITLES if lang == "ru" else texts.EN_TITLES)
                  if t != art.title] if lang != "kk" else [t for t, _ in texts.KK_STORIES]
        items = rng.sample(others, rng.choice([3, 4, 5]) if lang != "kk" else 3)
        art.extra = [f"{t.rstrip('.')}. {rng.choice(_pool(lang))}" for t in items]
        art.paragraphs = [pools.DIGEST_INTRO[lang], *art.extra]
    elif kind == "release":
        art.press = rng.choice(pools.PRESS[lang])
        art.extra = [f"{n}. {c}" for n, c in enumerate(pools.CLAUSES[lang], 1)]
        art.paragraphs, art.source = [pools.RELEASE_INTRO[lang], *art.extra], art.press[0]
    else:
        art.paragraphs = story


def _live(art: Article, rng: random.Random) -> None:
    start = rng.randrange(8 * 60, 11 * 60, 5)
    art.clock = time(start // 60, start % 60)
    texts_ = rng.sample(pools.UPDATES[art.lang], 10)
    minutes = sorted(rng.sample(range(start + 3, start + 9 * 60), 10), reverse=True)
    art.updates = [(time(m // 60, m % 60), t) for m, t in zip(minutes, texts_, strict=True)]
    art.paragraphs = [f"{t:%H:%M} {text}" for t, text in art.updates]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    story, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, "plain", [], kind=KINDS[i % len(KINDS)])
    art.clock = None if i % 7 == 3 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 45]))
    if art.kind in ("news", "photo", "video", "infographic"):
        art.place = rng.choice(PLACES[lang]) if i % 3 != 1 else None
    art.source = lead_source if art.kind in ("news", "photo", "video", "infographic",
                                             "interview") else None  # those print the lead
    if art.kind in ("news", "video") and lead_source is None and i % 2 == 0:
        art.source, art.source_line = rng.choice(texts.SOURCES[lang]), True
    if art.kind in ("news", "interview") and i % 4 != 1:
        art.images = 1
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if i % 3 != 2 else None
    _shape(art, story, rng)
    art.category = None if i % 6 == 4 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if i % 5 == 2 else rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    if i % 11 == 7:  # a bare page: no rubric, no tags, no counter
        art.category, art.tags, art.views = None, [], None
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.twentyfirstsite import templates  # the templates import this module

    path, base = urlsplit(target).path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(
            b"User-agent: *\nDisallow: /admin/\nDisallow: /search/\n", "text/plain; charset=utf-8")
    if path in ("/", "/novosti", "/novosti/"):
        return templates.listing(1, base)
    if path.startswith("/novosti/page-") and path.endswith("/"):
        n = path[len("/novosti/page-"):-1]
        if n.isdigit() and 2 <= int(n) <= page_count():
            return templates.listing(int(n), base)
        return routes.not_found(templates.not_found())
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
