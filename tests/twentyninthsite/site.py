"""The twenty-ninth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026. Each page states
its publication in one of ``STAMPS`` (see the package docstring); tags, rubric, language and
views in one of a few vocabularies each, spread by position so every mix occurs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime
from urllib.parse import parse_qs, urlsplit

from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 2929
PER_PAGE = 10
# how the page states its publication (package docstring)
STAMPS = ("dc", "citation", "parsely", "sailthru", "itemprop", "og_z", "og_local", "epoch_s",
          "epoch_ms", "abbr", "time_text", "rel_abs", "rel_only", "nuxt")
RELATIVE = ("epoch_s", "epoch_ms", "rel_abs", "rel_only")
TAG_VOCABS = ("news_keywords", "article_tag")  # parsely pages keep them in the JSON
LANG_VOCABS = ("og_locale", "header", "http_equiv")
VIEW_VOCABS = ("data_views", "meta_views")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
# (minutes, text) of "N ago" stamps, by language
AGO = {"ru": [(5, "5 минут назад"), (120, "2 часа назад"), (60, "час назад"),
              (35, "35 минут назад")],
       "en": [(60, "an hour ago"), (120, "2 hours ago"), (5, "5 minutes ago")],
       "kk": [(180, "3 сағат бұрын"), (20, "20 минут бұрын")]}
DAYS_AGO = {"ru": "{} дня назад", "en": "{} days ago", "kk": "{} күн бұрын"}
LISTING_DATE = datetime(2026, 11, 15, 6, 0, tzinfo=UTC)
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынды",
     ["Павлодар облысында Ертіс өзені арқылы жаңа көпір салынды.",
      "Көпірдің ұзындығы 800 метрді құрайды.",
      "Құрылыс жұмыстары екі жылға созылды."]),
]


@dataclass
class Article(CopyArticle):
    stamp: str = "dc"
    tag_vocab: str = "news_keywords"
    lang_vocab: str = "og_locale"
    view_vocab: str = "data_views"
    lying_lang: bool = False  # <html lang> names another language
    ago_minutes: int = 0  # the relative stamp's amount ("2 часа назад" = 120)
    ago_text: str = ""

    def image_paths(self) -> list[str]:
        return [f"/files/ic24/{self.day:%Y/%m}/{self.num}-{k}.jpg"
                for k in range(1, self.images + 1)]

    @property
    def modified(self) -> datetime:
        """A later edit: what ``dateModified``-style stamps say (never the publication)."""
        return self.local + timedelta(days=1, hours=2, minutes=17)

    def served_at(self) -> datetime:
        """The page's HTTP ``Date``: the relative stamp's reference, else a later visit."""
        if self.stamp == "rel_only":
            return self.local + timedelta(minutes=self.ago_minutes)
        if self.stamp == "rel_abs":  # the stated amount is rounded: the absolute date wins
            return self.local + timedelta(minutes=self.ago_minutes + 35)
        return self.local + timedelta(minutes=self.ago_minutes or 3 * 24 * 60 + 7 * 60)

    def date_header(self) -> str:
        return format_datetime(self.served_at().astimezone(UTC), usegmt=True)


def _fixed() -> list[Article]:
    return known_four(
        Article, "plain",
        ru=dict(stamp="dc"),
        pair=dict(stamp="parsely", lying_lang=True),
        en=dict(stamp="rel_only", ago_minutes=120, ago_text="2 hours ago", lang_vocab="header"),
        subbotnik=dict(stamp="citation", view_vocab="meta_views"),
    )


def _stamp(art: Article, i: int, rng: random.Random) -> None:
    art.stamp = STAMPS[i % len(STAMPS)]
    art.clock = None if art.stamp == "citation" else time(rng.randrange(7, 22),
                                                          rng.choice([0, 5, 20, 35, 50]))
    if art.stamp in ("rel_abs", "rel_only", "epoch_ms"):
        art.ago_minutes, art.ago_text = AGO[art.lang][i % len(AGO[art.lang])]
    elif art.stamp == "epoch_s":
        days = 2 + i % 3
        art.ago_minutes, art.ago_text = days * 24 * 60 + 95, DAYS_AGO[art.lang].format(days)


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, "plain", paragraphs)
    _stamp(art, i, rng)
    art.place = rng.choice(PLACES[lang]) if (i + i // 5) % 2 == 0 else None
    art.category = None if i % 6 == 4 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 1, 0, 2)[i % 4]
    art.photo_credit = (rng.choice(texts.PHOTO_CREDITS)
                        if art.images and i % 5 != 2 and art.stamp != "nuxt" else None)
    art.views = None if i % 5 == 3 else rng.randrange(40, 9000)
    art.tag_vocab = TAG_VOCABS[(i // 2) % 2]
    art.lang_vocab = LANG_VOCABS[(i // 3) % 3]
    art.view_vocab = VIEW_VOCABS[(i // 4) % 2]
    art.lying_lang = i % 3 == 1
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body); every answer names its ``Date``."""
    from tests.twentyninthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    listing_date = {"Date": format_datetime(LISTING_DATE, usegmt=True)}
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain", **listing_date}, (
            b"User-agent: *\nDisallow: /admin/\nDisallow: /search\n")
    if path in ("/novosti", "/novosti/", "/"):
        offset = parse_qs(parts.query).get("offset", ["0"])[0]
        if not offset.isdigit() or int(offset) % PER_PAGE or int(offset) >= len(build()):
            return 404, {"Content-Type": "text/html; charset=utf-8", **listing_date}, \
                templates.not_found()
        status, headers, body = templates.listing(int(offset) // PER_PAGE + 1, base)
        return status, {**headers, **listing_date}, body
    status, headers, body = _CATALOGUE.article_or_404(path, base, templates.article,
                                                      templates.not_found)
    headers.setdefault("Date", listing_date["Date"])
    return status, headers, body
