"""The sixteenth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, in two skins
(``stream``: an infinite-scroll news platform; ``wc``: a page of custom elements). Switches are
spread by position so every mix occurs: followers on the page (0, 1 or 2, their headline an h1
or an h2), a paywall (none, ``display:none``, ``hidden``), comments, a poll, a reader's opinion,
a "most read" block inside the text, a stale ``og:title``, a lead-only JSON-LD ``articleBody``.

What the truth records (what a careful human with the page's HTML writes down):
- the headline shown in the page's first ``<article>`` (h1), never the stale ``og:title``;
- the body: every paragraph of the requested story, including the paragraphs behind the
  paywall (they are the article's text, delivered in the HTML, merely hidden from
  non-subscribers), never the following stories, comments, poll, opinion or "most read";
- ``published_at``: the shown publication date (equal to JSON-LD ``datePublished`` and the UTC
  ``article:published_time``), never the modified date; day precision when no time is shown;
- ``image_urls``: the requested story's own photos, not the followers', thumbnails or avatars.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import PAIR_LEAD, SUBBOTNIK_LEAD, attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 16016
PER_PAGE = 10
SKINS = ("stream", "wc")
PAYWALLS = ("", "style", "hidden")
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Түркістан"]}
STALE = {"ru": "Срочно: ", "en": "Breaking: ", "kk": "Шұғыл: "}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы 800 метрден асады, құрылысқа екі жыл жұмсалды.",
      "Облыс әкімдігінің хабарлауынша, көпір жүк көлігінің жолын қысқартады."]),
    ("Түркістанда туристер саны артты",
     ["Түркістанға келген туристер саны өткен жылмен салыстырғанда екі есе көбейді.",
      "Қожа Ахмет Ясауи кесенесіне күн сайын мыңдаған адам келеді.",
      "Қалада тағы үш қонақ үй ашылады."]),
]


@dataclass
class Article(CopyArticle):
    followers: int = 0  # the next older stories printed in full below this one
    follower_h2: bool = False  # their headlines as h2 instead of h1
    paywall: str = ""  # "", "style" (display:none) or "hidden": paragraphs 3+ hidden
    comments: int = 0
    poll: bool = False
    opinion: bool = False
    most_read: bool = False  # a "Самое читаемое" block between paragraphs 2 and 3
    stale_title: str | None = None  # og:title / JSON-LD headline from before an edit
    lead_only_ld: bool = False  # JSON-LD articleBody is the lead cut with "…"
    modified_after: timedelta = timedelta(days=1)

    @property
    def skin(self) -> str:
        """The template ("stream" or "wc"), kept in the catalogue's ``cms`` field."""
        return self.cms

    def image_paths(self) -> list[str]:
        folder = f"/static/media/{self.day:%Y/%m}/{self.num}"
        return [f"{folder}/photo-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("stream", "wc", "stream", "wc"),
        ru=dict(clock=time(10, 45), views=2140, followers=2, comments=3, poll=True, most_read=True,
                stale_title="Казахстанцы в Японии создали ассоциацию"),
        pair=dict(paragraphs=[PAIR_LEAD, *texts.EN_POOL[2:5]], clock=time(16, 10), views=311,
                  followers=1, follower_h2=True, paywall="hidden", opinion=True),
        en=dict(clock=time(9, 30), category="Culture", followers=1, comments=1, lead_only_ld=True,
                paywall="style", most_read=True),
        subbotnik=dict(paragraphs=[SUBBOTNIK_LEAD, *texts.RU_POOL[5:8]], images=2, comments=2,
                       opinion=True, poll=True, stale_title="В Алматы прошёл субботник"),
    )


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, SKINS[i % 2], paragraphs)
    art.clock = None if i % 7 == 3 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 40]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 5) % 2 == 0 else None
    art.category = None if i % 6 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if i % 5 == 4 else rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 2, 0, 1)[i % 4]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 5 != 2 else None
    art.views = None if i % 4 == 2 else rng.randrange(30, 12000)
    art.followers = (i // 2) % 3
    art.follower_h2 = i % 4 in (1, 2)
    art.paywall = PAYWALLS[(i // 6) % 3] if len(paragraphs) > 2 else ""
    art.comments = (0, 2, 1, 3)[i % 4]
    art.poll = i % 5 in (1, 3)
    art.opinion = i % 7 in (0, 2, 4)
    art.most_read = i % 4 != 3
    art.stale_title = STALE[lang] + title if (i // 18) % 2 == 1 else None
    art.lead_only_ld = i % 3 == 0
    art.modified_after = timedelta(days=rng.choice([0, 1, 3, 40]), hours=rng.randrange(1, 9))
    return art


_STORIES = ([("ru", t) for t in texts.RU_TITLES[2:26]]
            + [("en", t) for t in texts.EN_TITLES[:13]]
            + [("kk", t) for t, _ in texts.KK_STORIES + KK_EXTRA])
_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, stories=_STORIES)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def followers(art: Article) -> list[Article]:
    """The stories the infinite scroll prints below ``art``: the next older ones."""
    arts = build()
    at = arts.index(art)
    return [arts[(at + k) % len(arts)] for k in range(1, art.followers + 1)]


def after(cursor: str) -> list[Article] | None:
    """The listing page after the article ``cursor`` ("u45694"); None for an unknown id."""
    arts = build()
    at = next((k for k, a in enumerate(arts) if a.id == cursor), None)
    return None if at is None else list(arts[at + 1 : at + 1 + PER_PAGE])


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.sixteenthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(
            b"User-agent: *\nDisallow: /comments/\nDisallow: /poll/vote\n",
            "text/plain; charset=utf-8")
    if path in ("/novosti", "/novosti/", "/"):
        cursor = parse_qs(parts.query).get("before", [""])[0]
        items = list(page_items(1)) if not cursor else after(cursor)
        if items is None:
            return routes.not_found(templates.not_found())
        return templates.listing(items, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
