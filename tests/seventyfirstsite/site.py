"""The seventy-first copy's articles, truth and router (a NetCat 6 site; see the package doc)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

PER_PAGE = 10
LISTING = "/novosti/"
QUIRKS = ("credit_space", "credit_caption", "source_link", "views_label", "no_info_rubric",
          "dateline_strong", "date_field_only", "hashtags", "empty_paras")
ROBOTS = (b"User-agent: *\nDisallow: /netcat/\nDisallow: /search/\nDisallow: /*?print=\n"
          b"Disallow: /*&print=\n\nUser-agent: Yandex\nDisallow: /netcat/\n"
          b"Clean-param: utm_source\n")


@dataclass
class Article(CopyArticle):
    quirk: str | None = None
    hazard: bool = False  # a Latin look-alike inside a Russian word of the raw text
    zw_title: bool = False

    def image_paths(self) -> list[str]:
        return [f"/netcat_files/multifile/2417/{self.num}/photo_{i + 1}.jpg"
                for i in range(self.images)]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    places = {"ru": ["Алматы", "Астана", None], "en": ["Almaty", "Astana", None],
              "kk": ["Алматы", None]}
    art = Article(
        num=0, lang=lang, day=day, title=title, cms="netcat", paragraphs=paragraphs,
        clock=rng.choice([None, time(rng.randrange(24), rng.randrange(60))]),
        place=rng.choice(places[lang]),
        photo_credit=rng.choice([None, *texts.PHOTO_CREDITS]),
        images=rng.choice([0, 1, 1, 2]),
        category=rng.choice([None, *texts.RUBRICS[lang]]),
        tags=texts.some_tags(lang, rng),
        views=rng.choice([None, rng.randrange(40, 9000)]),
    )
    if not art.images:
        art.photo_credit = None
    attribute(art, lead_source, rng, named=i % 3 == 0)
    if i % 3 == 1:  # about a third of the pages deviate
        art.quirk = QUIRKS[(i // 3) % len(QUIRKS)]
    if art.quirk == "date_field_only" and art.clock is None:
        art.clock = time(10, 15)
    if art.quirk in ("credit_space", "credit_caption") and not art.photo_credit:
        art.images, art.photo_credit = 1, "gov.kz"
    if art.quirk == "source_link" and not art.source_line:
        art.source, art.source_line = texts.SOURCES[lang][0], True
    if art.quirk == "views_label" and art.views is None:
        art.views = 1204
    if art.quirk in ("no_info_rubric", "hashtags") and not art.category:
        art.category = texts.RUBRICS[lang][0]
    if art.quirk == "hashtags" and not art.tags:
        art.tags = texts.TAGS[lang][:2]
    art.hazard = lang == "ru" and i % 4 == 2
    if art.hazard:
        raw = list(paragraphs)
        raw[-1] = raw[-1].replace("о", "o", 1)  # Latin o inside a Russian word
        art.raw_paragraphs = raw
    art.zw_title = i % 7 == 3  # the page's headline carries a zero-width space
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "netcat", subbotnik={"views": 683},
                      en={"quirk": "credit_caption", "photo_credit": "EU Reporter"},
                      pair={"quirk": "views_label"})


_CAT = standard_catalogue(71071, _fixed, _make, PER_PAGE)
build = _CAT.build
by_num = _CAT.by_num
truth = _CAT.truth
page_count = _CAT.page_count
page_items = _CAT.page_items


def old_charset(art: CopyArticle) -> bool:
    """Russian pages from 2020 come in windows-1251."""
    return art.lang == "ru" and art.day.year == 2020


def listing_pages() -> list[str]:
    """Every listing page's target: the first one and ``?curPos=`` offsets."""
    return [LISTING, *(f"{LISTING}?curPos={n * PER_PAGE}" for n in range(1, page_count()))]


def _page_of(query: str) -> int | None:
    pos = parse_qs(query).get("curPos", ["0"])[0]
    if not pos.isdigit() or int(pos) % PER_PAGE or int(pos) // PER_PAGE >= page_count():
        return None
    return int(pos) // PER_PAGE + 1


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the listing (``/novosti`` moved to ``/novosti/``), articles and
    their print versions, else the 404."""
    from tests.seventyfirstsite import templates

    parts = urlsplit(target)
    base = f"http://{host}"
    if parts.path == "/robots.txt":
        return routes.robots(ROBOTS + f"Host: {host}\n".encode())
    if parts.path in ("/", "/novosti"):
        return routes.moved(base + LISTING)
    if parts.path == LISTING:
        number = _page_of(parts.query)
        if number is None:
            return routes.not_found(templates.not_found())
        return templates.listing(number, base)
    printed = parse_qs(parts.query).get("print") == ["1"]
    return _CAT.article_or_404(parts.path, base,
                               templates.printed if printed else templates.article,
                               templates.not_found)
