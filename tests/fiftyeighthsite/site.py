"""The fifty-eighth copy's article list, truth and router (a guessed Django + Wagtail outlet).

Every story is a Wagtail ``NewsPage``: headline, an optional hero image (renditions
``width-400``/``width-800``), the credit, the info line, a StreamField body and the source
line. About a third of the generated stories carry one ``quirk`` of their own (see
``QUIRKS``); the four known stories keep SITE.md's forms (the Russian seed has the no-break
space line, the English seed its homoglyph).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS

LISTING = "/novosti"
PER_PAGE = 10
AGENCY = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
# One small deviation per affected page (a third of the generated stories, cycling):
QUIRKS = (
    "nbsp",          # an editor's empty paragraph (&nbsp;) and zero-width spaces in the text
    "homoglyph",     # a look-alike letter of the other script inside a word
    "credit_inline",  # the photo credit typed into the first paragraph, before the dateline
    "source_link",   # the source line's name is a link
    "no_rubric",     # no rubric chosen: the info line has no category
    "no_views",      # the PageViews counter off for the page: no view count
    "embed_ad",      # a YouTube embed block and an inline ad block between paragraphs
    "quote",         # the second paragraph is a quote block
    "utc_meta",      # article:published_time written in UTC ("Z") instead of Almaty time
    "lang_ru",       # an English page under <html lang="ru"> and og:locale ru_RU
    "dateline_bold",  # the dateline's place and agency in <strong>
    "views_label",   # the count labelled "Просмотров: 683" / "Views: 683"
    "read_also",     # an editor's "Читайте также: <a>…</a>" paragraph inside the text
    "caption",       # a second photo block with a caption of its own
)


@dataclass
class Article(CopyArticle):
    quirk: str | None = None
    image_names: list[str] = field(default_factory=list)

    def image_paths(self) -> list[str]:
        return [f"/media/images/{name}.width-800.jpg" for name in self.image_names]

    def info_date(self) -> str:
        """The date under the headline: '20 Апреля 2023', '2 August 2021', '20 Сәуір 2023'."""
        months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[self.lang]
        month = months[self.day.month - 1]
        return f"{self.day.day} {month[0].upper()}{month[1:]} {self.day.year}"

    def dateline(self) -> str:
        if not self.place:
            return ""
        months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[self.lang]
        month = months[self.day.month - 1]
        day = f"{month} {self.day.day}" if self.lang == "en" else f"{self.day.day} {month}"
        return f"{self.place}. {day}. {AGENCY[self.lang]} - "


def _images(art: Article) -> None:
    art.image_names = [f"photo-{art.num}-{k}" for k in range(art.images)]


def _fixed() -> list[Article]:
    arts = kit.known_four(Article, "wagtail", ru=dict(quirk="nbsp"), en=dict(quirk="homoglyph"))
    for art in arts:
        _images(art)
    return arts


_PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
           "kk": ["Алматы", "Астана"]}


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    slot = i // 3 if i % 3 == 0 else (12 + i if i in (1, 2) else None)
    quirk = None if slot is None else QUIRKS[slot % len(QUIRKS)]
    if quirk == "lang_ru" and lang != "en":
        quirk = "nbsp"
    if lang == "en" and i % 6 == 1:
        quirk = "lang_ru"
    art = Article(num=0, lang=lang, day=day, title=title, cms="wagtail", paragraphs=paragraphs)
    kit.attribute(art, lead_source, rng, named=rng.random() < 0.6)
    if quirk == "source_link" and art.source is None:
        art.source, art.source_line = rng.choice(texts.SOURCES[lang]), True
    art.clock = time(rng.randrange(8, 21), rng.choice([0, 5, 15, 30, 45])) if i % 2 else None
    if quirk == "utc_meta":
        art.clock = time(rng.choice([1, 3, 4]), 30)  # the UTC stamp falls on the day before
    dated = rng.random() < 0.8 or quirk == "dateline_bold"
    art.place = rng.choice(_PLACES[lang]) if dated else None
    art.category = None if quirk == "no_rubric" else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = None if quirk == "no_views" else rng.choice(
        [rng.randrange(20, 999), rng.randrange(1000, 25000)])
    art.images = 0 if i % 7 == 3 else (2 if i % 5 == 2 or quirk == "caption" else 1)
    credit = art.images and rng.random() < 0.75 or quirk == "credit_inline"
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if credit else None
    if quirk == "credit_inline" and not art.place:
        art.place = _PLACES[lang][0]
    art.quirk = quirk
    _images(art)
    return art


_catalogue = kit.standard_catalogue(5858, _fixed, _make, PER_PAGE)


def build() -> list[Article]:
    return list(_catalogue.build())  # type: ignore[arg-type]


def by_num() -> dict[int, CopyArticle]:
    return _catalogue.by_num()


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return _catalogue.truth(base_url)


def page_count() -> int:
    return _catalogue.page_count()


def page_items(n: int) -> list[Article]:
    return list(_catalogue.page_items(n))  # type: ignore[arg-type]


ROBOTS = (b"User-agent: *\nDisallow: /admin/\nDisallow: /search/\nDisallow: /django-admin/\n"
          b"Disallow: /documents/\n")


def route(target: str, host: str) -> Response:
    from tests.fiftyeighthsite import templates

    return routes.answer(target, host, _catalogue, templates, ROBOTS, home="/novosti",
                         home_status=302)
