"""The thirteenth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by seven
templates (``portals.py``, ``plain.py``). Switches are spread by position so every mix occurs:
dateline or not, source line / lead attribution / none, photo with and without credit, the
headline repeated as the text's first paragraph, whole paragraphs wrapped in ``<b>``/``<font>``/
``<span style>``, spacer paragraphs, windows-1251 pages, day-only dates.

Truth decisions (what a careful reader records):
- Telegram pages: the headline is the message's bold first line (the page ``<title>`` is the
  channel's name); the hashtags closing the message are the tags, not body; there is no rubric;
  "1.2K" views are recorded as 1200 (the counter is the only number the page shows).
- Emoji leading a line are the outlet's text and stay in the body.
- The headline repeated as the first paragraph of the text is not body; nor are the
  "Источник:/Source:/Дереккөз:" line, the photo credit, the print bar or the next-story link.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import parse_qs, unquote

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 1313
PER_PAGE = 8
ROBOTS = (b"User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nDisallow: /_layouts/\n"
          b"Disallow: /c/portal/\n")
TEMPLATES = ("liferay", "sharepoint", "typo3", "telegram", "modx", "hostcms", "netcat")
PLACES = {"ru": ["Алматы", "Астана", "Караганда"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
PAGE_KEY = "tx_news_pi1[@widget_0][currentPage]"
KK_EXTRA = [
    ("Павлодарда жаңа аурухана салынады",
     ["Павлодар облысында 300 орындық көпбейінді аурухана салынады.",
      "Құрылыс жұмыстары келесі жылдың көктемінде басталады.",
      "Жоба облыстық бюджет есебінен қаржыландырылады."]),
]
EMOJI = ("📌 ", "⚡ ", "✅ ")


@dataclass
class Article(CopyArticle):
    short_date: bool = False  # "Опубликовано: 16.04.21" / "16.04.2021 ж." (no time of day)
    title_repeat: bool = False  # the headline again as the first paragraph of the text
    wrap: str = ""  # "b" / "font" / "span": every paragraph wrapped whole
    spacers: bool = False  # &nbsp; paragraphs and <p><br></p> between paragraphs
    cp1251: bool = False  # windows-1251, declared only in <meta http-equiv>
    emoji: bool = False  # Telegram: lines led by an emoji

    def image_paths(self) -> list[str]:
        n, day = self.num, self.day
        folder = {"liferay": f"/documents/20142/{n % 89}/ic{n}-{{k}}.jpg/{n:x}-{{k}}",
                  "sharepoint": f"/PublishingImages/News/{day:%Y}/ic{n}-{{k}}.jpg",
                  "typo3": f"/fileadmin/_processed_/{n % 16:x}/csm_ic{n}-{{k}}_"
                           f"{n * 7919 % 65521:x}.jpg",
                  "telegram": f"/file/tg/ic{n}-{{k}}.jpg",
                  "modx": f"/assets/images/news/{day:%Y/%m}/ic{n}-{{k}}.jpg",
                  "hostcms": f"/upload/information_system_3/{n % 10}/item_{n}/ic{n}-{{k}}.jpg",
                  "netcat": f"/netcat_files/{n % 300}/ic{n}-{{k}}.jpg"}[self.cms]
        return [folder.format(k=k) for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    return known_four(
        Article, ("modx", "telegram", "liferay", "sharepoint"),
        ru=dict(clock=time(15, 40), views=345, title_repeat=True, spacers=True, cp1251=True),
        pair=dict(views=1200, category=None),
        en=dict(wrap="span"),
        subbotnik=dict(short_date=True, cp1251=True),
    )


def _switches(art: Article, i: int, rng: random.Random) -> None:
    art.short_date = art.cms in ("sharepoint", "modx", "hostcms", "netcat") and (i // 7) % 2 == 1
    art.clock = None if art.short_date else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 40]))
    art.title_repeat = art.cms != "telegram" and i % 3 == 0
    art.wrap = ("", "b", "font", "span")[(i // 2) % 4] if art.cms != "telegram" else ""
    art.spacers = i % 2 == 1
    art.cp1251 = art.cms in ("sharepoint", "modx", "hostcms", "netcat") and (i // 7) % 2 == 0
    art.emoji = art.cms == "telegram" and i % 2 == 0
    if art.emoji:  # the outlet's own emoji-led lines
        art.paragraphs = [art.paragraphs[0]] + [EMOJI[k % 3] + p
                                                for k, p in enumerate(art.paragraphs[1:])]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % len(TEMPLATES)], paragraphs)
    _switches(art, i, rng)
    art.place = rng.choice(PLACES[lang]) if (i + i // 7) % 2 == 0 else None
    no_rubric = art.cms == "telegram" or i % 5 == 4
    art.category = None if no_rubric else rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    if art.cms == "telegram" and art.views and art.views >= 1000:
        art.views = round(art.views, -2)  # shown as "1.2K": the page's only number
    return art


_STORIES = ([("ru", t) for t in texts.RU_TITLES[30:54]]
            + [("en", t) for t in texts.EN_TITLES[3:15]]
            + [("kk", t) for t, _ in texts.KK_STORIES + KK_EXTRA])
_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, stories=_STORIES)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def chash(page: int) -> str:
    """TYPO3's cHash of a listing page's parameters (a wrong one answers 404)."""
    return hashlib.md5(f"{PAGE_KEY}={page}".encode(), usedforsecurity=False).hexdigest()


def _listing_page(query: str) -> int | None:
    """The listing page a query asks for; None when its cHash does not match."""
    args = parse_qs(unquote(query))
    if PAGE_KEY not in args:
        return 1 if not query else None
    raw = args[PAGE_KEY][0]
    if not raw.isdigit() or args.get("cHash", [""])[0] != chash(int(raw)):
        return None
    return int(raw)


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirteenthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS,
                         listing=("/novosti", "/novosti/", "/"), page=_listing_page)
