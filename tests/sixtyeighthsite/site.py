"""The sixty-eighth copy's articles, truth and router (TYPO3 with tx_news, see the package)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import site as known
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.text import RU_MONTHS

__all__ = ["AGENCY", "LISTING"]
LISTING = "/novosti"
PER_PAGE = 10
PAGE_KEY = "tx_news_pi1[currentPage]"
# the stories' own quirks; "" is the plain template (about two thirds of the stories)
QUIRKS = ("no_views", "no_rubric", "no_tags", "ru_date_en", "credit_bold", "source_link",
          "empty_para", "no_dateline", "zw_title")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
ROBOTS = (b"User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nDisallow: /poisk\n"
          b"Allow: /typo3conf/ext/site/Resources/Public/\n")


@dataclass
class Article(CopyArticle):
    quirk: str = ""
    html_lang: str = "ru-RU"

    def image_paths(self) -> list[str]:
        if not self.images:
            return []
        digest = hashlib.md5(self.id.encode()).hexdigest()  # noqa: S324 - a file name
        return [f"/fileadmin/_processed_/{digest[0]}/{digest[1]}/csm_photo_{self.num}_"
                f"{digest[2:12]}.jpg"]

    def date_line(self) -> str:
        """'20 Апреля 2023' (English pages: '20 April 2023', unless their quirk)."""
        if self.lang == "en" and self.quirk != "ru_date_en":
            return self.day.strftime("%-d %B %Y")
        return f"{self.day.day} {RU_MONTHS[self.day.month - 1].capitalize()} {self.day.year}"

    def info_line(self) -> str:
        """SITE.md's info line as text: date, views, category, tags."""
        parts = [self.date_line(), "" if self.views is None else str(self.views),
                 self.category or "", ", ".join(self.tags)]
        return " ".join(p for p in parts if p)


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    quirk = QUIRKS[(i // 3) % len(QUIRKS)] if i % 3 == 0 else ""
    if quirk == "ru_date_en" and lang != "en":
        quirk = "source_link"
    if lang == "en" and not quirk and i % 4 == 1:
        quirk = "ru_date_en"
    art = Article(num=0, lang=lang, day=day, title=title, cms="typo3", paragraphs=paragraphs,
                  quirk=quirk)
    known.attribute(art, lead_source, rng, named=i % 2 == 0)
    if lang != "kk" and quirk != "no_dateline":
        art.place = rng.choice(PLACES[lang])
    art.images = 0 if i % 7 == 3 else 1
    if art.images and i % 4 != 1:
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS)
    if quirk == "credit_bold" and art.photo_credit is None:
        art.images, art.photo_credit = 1, "gov.kz"
    if quirk == "source_link" and art.source is None:
        art.source, art.source_line = texts.SOURCES[lang][0], True
    art.category = None if quirk == "no_rubric" else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if quirk == "no_tags" else texts.some_tags(lang, rng) or [texts.TAGS[lang][0]]
    art.views = None if quirk == "no_views" else rng.randrange(40, 9000)
    if lang == "en" and i % 5 == 2:
        art.html_lang = "en-GB"
    return art


def _fixed() -> list[Article]:
    plain = {"clock": None}
    return known.known_four(Article, "typo3", ru=plain, pair={**plain, "html_lang": "en-GB"},
                            en={**plain, "quirk": "empty_para"}, subbotnik=plain)


CATALOGUE = known.standard_catalogue(68, _fixed, _make, PER_PAGE)
build, by_num, truth = CATALOGUE.build, CATALOGUE.by_num, CATALOGUE.truth
page_count, page_items = CATALOGUE.page_count, CATALOGUE.page_items


def c_hash(page: int) -> str:
    """TYPO3's cHash of a listing page's arguments (any stable digest will do here)."""
    return hashlib.sha1(f"{PAGE_KEY}={page}".encode()).hexdigest()[:32]  # noqa: S324


def page_target(page: int) -> str:
    """Listing page ``page`` as the paginate widget links it."""
    if page == 1:
        return LISTING
    return f"{LISTING}?tx_news_pi1%5BcurrentPage%5D={page}&cHash={c_hash(page)}"


def _page(query: str) -> int | None:
    if not query:
        return 1
    args = parse_qs(query)
    number = args.get(PAGE_KEY, [""])[0]
    if not number.isdigit() or not 2 <= int(number) <= page_count():
        return None
    if args.get("cHash", [""])[0] != c_hash(int(number)):
        return None
    return int(number)


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, ``/`` (307 to the listing), the listing pages, the articles."""
    from tests.sixtyeighthsite import templates

    if urlsplit(target).path == "/":
        return routes.moved(f"http://{host}{LISTING}", 307)
    return routes.answer(target, host, CATALOGUE, templates, ROBOTS,
                         listing=(LISTING,), page=_page)
