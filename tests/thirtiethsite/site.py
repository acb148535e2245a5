"""The thirtieth copy's articles and ground truth, and the request router.

About 48 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, in one plain
template (``templates.py``) carrying the editorial life of a story. The truth follows SPEC.md
as a careful reader would record it; the rules this copy had to decide:

- A republished agency story is still an article of the outlet (its id and ``url`` are the
  outlet's). ``canonical_url`` is what SPEC says it is: the page's ``<link rel=canonical>``, here
  the agency's page on the agency's domain. ``source`` is the agency the "Перепечатано с X" /
  "Originally published by X" / "X сайтынан алынды" line names.
- ``published_at`` is the publication stamp, never the "Обновлено"/"Updated"/"Жаңартылды" stamp
  nor JSON-LD ``dateModified``.
- Body: "UPD:"/"Дополнено:" paragraphs inside the text and the closing correction note
  ("Исправление:", "Correction:", "Түзету:") are text the editors wrote for the reader: body.
  The "Что известно на данный момент" heading and each item of its list are body paragraphs.
  The "Главное"/"Key points" box above the text repeats the text in short: not body. The
  "На правах рекламы"/"Sponsored" label (a badge and a closing line), the "Мнение редакции…"
  disclaimer, bylines, the author card, the exclusive badge, the translation note, the series
  navigation and the "Хронология" timeline: not body.
- ``category`` is the rubric link; the advertorial and exclusive labels are not categories.
- ``photo_credit`` is the name after "Фото:"/"Photo:" (the caption, or the byline's photo role).
- ``related`` (scored by id): the other parts of a series, the timeline's links, the
  translation of the story and the "latest news" sidebar's stories. SPEC lists in ``related``
  every linked article on the page, and the bundled mirror's truth counts its own "latest news"
  links, so the sidebar is related here too (this copy first left it out; changed to agree with
  SPEC and the mirror).
- ``image_urls``: the story's photos; author avatars and agency logos are not among them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, scoring
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, ALMATY, Catalogue, CopyArticle, Response, standard
from tests.copykit.site import SUBBOTNIK_PARAGRAPHS, known_four
from tests.copykit.text import en_slug, ru_slug
from tests.thirtiethsite.texts import (
    CORRECTION,
    KEY_POINTS,
    KK_EXTRA,
    KNOWN,
    SERIES,
    SERIES_EN,
    SERIES_RU,
    UPD,
)

__all__ = ["AGENCY", "CORRECTION", "KEY_POINTS", "UPD", "Article", "build", "by_num",
           "page_count", "page_items", "route", "same", "truth"]

SEED = 3030
PER_PAGE = 10
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
# the agencies a page in each language republishes
AGENCIES = {"ru": ["Kazinform", "Tengrinews.kz"], "en": ["Reuters", "Kazinform"],
            "kk": ["Kazinform"]}
PEOPLE = {"ru": ["Айгерим Сапарова", "Данияр Ахметов", "Ольга Ким", "Марат Жумабаев"],
          "en": ["Aigerim Saparova", "Daniyar Akhmetov", "Olga Kim", "Marat Zhumabayev"],
          "kk": ["Әйгерім Сапарова", "Данияр Ахметов", "Ольга Ким", "Марат Жұмабаев"]}
@dataclass(eq=False)
class Article(CopyArticle):
    """One story and its editorial life (see the module's rules for what is body)."""

    kinds: list[str] = field(default_factory=list)  # per paragraph: p, upd, known, li, fix
    agency: str | None = None  # republished from this agency
    updated: datetime | None = None  # the "Обновлено" stamp
    updated_first: bool = False  # the updated stamp printed before the published one
    credits: list[tuple[str, str]] = field(default_factory=list)  # (role, name) bylines
    author_card: bool = False
    exclusive: bool = False
    sponsored: bool = False
    disclaimer: bool = False
    key_points: bool = False
    timeline: bool = False
    series: int = 0  # part number in SERIES_RU (0: not in the series)
    pair: Article | None = field(default=None, repr=False)  # the translation

    def image_paths(self) -> list[str]:
        return [f"/files/news/{self.day:%Y/%m}/{self.num}_{k}.jpg"
                for k in range(1, self.images + 1)]

    def agency_url(self) -> str:
        slug = en_slug(self.title).lower() if self.lang == "en" else ru_slug(self.title)
        if self.agency == "Reuters":
            return f"https://www.reuters.com/world/asia-pacific/{slug}-{self.day:%Y-%m-%d}/"
        if self.agency == "Tengrinews.kz":
            return f"https://tengrinews.kz/kazakhstan_news/{slug}-{400000 + self.num}/"
        sub = {"ru": "www", "en": "en", "kk": "kaz"}[self.lang]
        return f"https://{sub}.kazinform.kz/news/{slug}_a{3000000 + self.num}"

    def canonical(self, base: str) -> str:
        return self.agency_url() if self.agency else base + self.path

    def related(self) -> list[Article]:
        """The linked stories, in page order: translation, series parts, timeline."""
        out = [self.pair] if self.pair else []
        if self.series:
            out += [a for a in series_parts() if a is not self]
        if self.timeline:
            out += timeline_of(self)
        return out + [a for a in latest(self) if a not in out]

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["canonical_url"] = self.canonical(base)
        rec["related"] = [{"url": base + a.path, "id": a.id, "title": a.title, "lang": a.lang}
                          for a in self.related()]
        return rec


def _fixed() -> list[Article]:
    ru_art, en_pair, en_art, subbotnik = known_four(
        Article, "plain",
        en=dict(timeline=True),
        subbotnik=dict(paragraphs=[*SUBBOTNIK_PARAGRAPHS, UPD["ru"][0]],
                       kinds=["p", "p", "p", "upd"],
                       updated=datetime(2023, 4, 20, 18, 45, tzinfo=ALMATY)),
    )
    ru_art.pair, en_pair.pair = en_pair, ru_art
    return [ru_art, en_pair, en_art, subbotnik, *_series()]


def _series() -> list[Article]:
    parts = [Article(0, "ru", day, f"{SERIES_RU}. Часть {k}", "plain", list(paras),
                     clock=time(10, 0), category="Общество", tags=["Арал", "экология"],
                     views=900 + 100 * k, images=2, series=k,
                     credits=[("Автор", PEOPLE["ru"][2]), ("Фото", PEOPLE["ru"][3])],
                     photo_credit=PEOPLE["ru"][3], author_card=True, exclusive=k == 1)
             for k, (day, paras) in enumerate(SERIES, start=1)]
    title, paras = SERIES_EN
    en = Article(0, "en", date(2022, 5, 12), title, "plain", list(paras), clock=time(12, 30),
                 category="Society", tags=["ecology"], views=310, images=1,
                 credits=[("Author", PEOPLE["en"][2]), ("Photo", PEOPLE["en"][3]),
                          ("Translation", PEOPLE["en"][0])], photo_credit=PEOPLE["en"][3])
    parts[0].pair, en.pair = en, parts[0]
    return [*parts, en]


def _editorial(art: Article, i: int, rng: random.Random) -> None:
    """Updates, corrections, the "what we know" list, labels and boxes, spread by position."""
    lang, kinds = art.lang, ["p"] * len(art.paragraphs)
    if i % 6 == 3:
        head, items = KNOWN[lang]
        art.paragraphs += [head, *items]
        kinds += ["known"] + ["li"] * len(items)
    if i % 4 == 1:
        art.updated = art.local + timedelta(days=i % 3, hours=2 + i % 5, minutes=25)
        art.updated_first = i % 8 == 5
        if i % 8 in (1, 5):
            art.paragraphs.append(UPD[lang][i % 8 == 5])
            kinds.append("upd")
    if i % 5 == 2:
        art.paragraphs.append(CORRECTION[lang])
        kinds.append("fix")
        art.updated = art.updated or art.local + timedelta(days=1, hours=3)
    art.kinds = kinds
    art.exclusive = i % 7 == 3
    art.sponsored = i % 9 == 4
    art.disclaimer = i % 7 == 6 or art.sponsored
    art.key_points = i % 5 == 0
    art.timeline = i % 5 == 4


def _people(art: Article, i: int, rng: random.Random) -> None:
    names, roles = PEOPLE[art.lang], {"ru": ("Автор", "Фото", "Перевод", "Редактор"),
                                      "en": ("Author", "Photo", "Translation", "Editor"),
                                      "kk": ("Авторы", "Фото", "Аударған", "Редактор")}[art.lang]
    picked = rng.sample(names, 4)
    art.credits = [(roles[0], picked[0])]
    if i % 3 == 0:
        if art.images:  # a photo role only where there is a photo
            art.credits.append((roles[1], picked[1]))
            art.photo_credit = picked[1]
        if art.agency:
            art.credits.append((roles[2], picked[2]))
        art.credits.append((roles[3], picked[3]))
        art.author_card = i % 2 == 0


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    art = Article(0, lang, day, title, "plain", [])
    if i % 6 == 0 or i % 11 == 7 or (lang == "kk" and i % 2 == 1):
        art.agency = rng.choice(AGENCIES[lang])
    art.paragraphs, lead_source = texts.story(lang, title, 0 if art.agency else i, rng, KK_EXTRA)
    art.clock = None if i % 7 == 4 else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35]))
    art.place = rng.choice(PLACES[lang]) if not art.agency and (i + i // 6) % 2 == 0 else None
    art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.source = art.agency or lead_source
    if art.source is None and i % 5 != 3:
        art.source = rng.choice(texts.SOURCES[lang])
        art.source_line = True
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 7 == 2 else rng.randrange(40, 9000)
    _editorial(art, i, rng)
    _people(art, i, rng)
    return art


def latest(current: Article) -> list[Article]:
    """The sidebar's eight newest stories other than ``current`` (the template prints these)."""
    return [a for a in build() if a is not current][:8]


@cache
def build() -> tuple[Article, ...]:
    return standard(SEED, _fixed(), texts.mix(KK_EXTRA), _generic)


def series_parts() -> list[Article]:
    return sorted((a for a in build() if a.series), key=lambda a: a.series)


def timeline_of(art: Article) -> list[Article]:
    """Up to three older stories in the page's language, newest first."""
    arts = build()
    return [a for a in arts[arts.index(art) + 1:] if a.lang == art.lang][:3]


def same(name: str, want: Any, got: Any) -> bool:
    """How the crawl is scored: the copykit's ``same_moment``, ``related`` as the set of ids."""
    if name == "related":
        return isinstance(got, list) and \
            {r["id"] for r in want} == {r.get("id") for r in got if isinstance(r, dict)}
    return scoring.same_moment(name, want, got)


_CATALOGUE = Catalogue(build, PER_PAGE)
truth, page_count = _CATALOGUE.truth, _CATALOGUE.page_count
by_num, page_items = _CATALOGUE.by_num, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtiethsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /search\nDisallow: /admin/\n")
    if path in ("/novosti", "/novosti/"):
        start = parse_qs(parts.query).get("start", ["0"])[0]
        offset = int(start) if start.isdigit() else -1
        if offset % PER_PAGE or offset // PER_PAGE >= page_count():
            return routes.not_found(templates.not_found())
        return templates.listing(offset // PER_PAGE + 1, base)
    return _CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
