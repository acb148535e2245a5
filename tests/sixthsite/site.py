"""The sixth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
modern templates (see ``templates.py``). Switches are spread by position so every mix occurs:
dateline or not, source line / lead attribution / none, photo with and without credit, a
"read also" block and an embed inside the text, static / JS-only view counters, day-only dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 6606
PER_PAGE = 10
ROBOTS = (b"User-agent: *\nDisallow: /wp-admin/\nDisallow: /bitrix/\n"
          b"Allow: /wp-admin/admin-ajax.php\n")
TEMPLATES = ("wp", "bitrix", "next")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
EMBEDS = ("tweet", "telegram", "youtube")
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп пайдалануға берілді",
     ["Қарағанды облысында 600 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте заманауи зертханалар мен спорт залы бар.",
      "Облыс әкімдігі биыл тағы екі мектеп салынатынын хабарлады."]),
]


@dataclass
class Article(CopyArticle):
    """``views`` None: the counter is filled by JavaScript."""

    read_also: bool = False  # a "Читайте также" block inside the text
    embed: str | None = None  # a tweet / Telegram post / video inside the text

    def image_paths(self) -> list[str]:
        folder = {"wp": f"/wp-content/uploads/{self.day:%Y/%m}",
                  "bitrix": f"/upload/iblock/{self.num % 997:03x}",
                  "next": f"/media/news/{self.day:%Y%m}"}[self.cms]
        return [f"{folder}/ic{self.num}-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(Article, ("wp", "next", "wp", "bitrix"), en=dict(read_also=True))


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs)
    day_only = art.cms == "bitrix" and i % 2 == 0
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    rubrics = texts.RUBRICS[lang]
    art.category = None if (art.cms != "wp" and i % 7 == 5) else rng.choice(rubrics)
    tags = texts.TAGS[lang]
    art.tags = rng.sample(tags, rng.choice([0, 1, 2, 3]))
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    art.read_also = i % 4 in (0, 3)
    art.embed = EMBEDS[(i // 4) % 3] if i % 4 == 2 else None
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def _pagen(query: str) -> int:
    """Bitrix's ``?PAGEN_1=N``: a page past the end is the last page, never a 404."""
    pagen = parse_qs(query).get("PAGEN_1", ["1"])[0]
    return min(max(int(pagen), 1), page_count()) if pagen.isdigit() else 1


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.sixthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS,
                         listing=("/novosti", "/novosti/", "/"), page=_pagen)
