"""The fifty-third copy's article list, truth and router (WordPress 6 guess, see the package).

Every article is a ``Article`` (a ``CopyArticle`` plus the editor's ``style``, the WordPress
switches ``uncategorised`` and ``comments``); ``build()`` is the list newest first,
``truth(base_url)`` the feed records the crawl is scored against, ``route(target, host)`` the
whole site: ``/robots.txt``, the listing ``/novosti`` with WordPress pages
``/novosti/page/N/``, ``/`` redirected to the listing, the article pages (301 from an old
slug) and a WordPress 404 for everything else.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import site as kit
from tests.copykit import stories
from tests.copykit.catalogue import AGENCY as AGENCY
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import LAT2CYR

SEED = 5353
PER_PAGE = 10
LISTING = "/novosti"
PAGE_FORM = "/novosti/page/{}/"
# The editor's manual formatting a third of the stories carry (the rest are "plain").
STYLES = ("bold_lead", "quote", "list", "table", "video", "gallery", "updated", "readalso",
          "embed")
LIST_ITEMS = {
    "ru": ["подача заявок через портал eGov;", "выдача сертификатов в ЦОНах;",
           "консультации по телефону 1414."],
    "en": ["applications through the eGov portal;", "certificates issued at service centres;",
           "advice by phone at 1414."],
    "kk": ["eGov порталы арқылы өтінім беру;", "ХҚКО-да сертификат беру;",
           "1414 телефоны арқылы кеңес алу."],
}
QUOTES = {
    "ru": "«Мы продолжим эту работу и в следующем году», — отметил руководитель управления.",
    "en": "\"We will continue this work next year,\" the head of the department said.",
    "kk": "«Бұл жұмысты келесі жылы да жалғастырамыз», — деді басқарма басшысы.",
}
UPDATED = {
    "ru": "Обновлено: в материал добавлен комментарий акимата.",
    "en": "Updated: the city administration's comment has been added.",
    "kk": "Жаңартылды: материалға әкімдіктің пікірі қосылды.",
}
TABLE_ROWS = [["Показатель", "2022", "2023"], ["Объём, млрд тенге", "2,1", "2,5"],
              ["Объекты", "14", "19"]]
"""The ``wp-block-table`` of the "table" style, printed after the lead; each row is a paragraph
of the body (its cells joined by one space, the header row too)."""
PLACES = {"ru": ["Алматы", "Алматы", "Астана"], "en": ["Almaty", "Almaty", "Astana"],
          "kk": ["Алматы"]}


@dataclass
class Article(CopyArticle):
    style: str = "plain"
    uncategorised: bool = False  # WordPress' default rubric shown ("Без рубрики"): truth None
    comments: int = 0
    homoglyph: bool = False  # a Latin look-alike inside a Russian word, a no-break space

    def image_paths(self) -> list[str]:
        stem = f"/wp-content/uploads/{self.day.year}/{self.day.month:02d}/photo-{self.num}"
        extra = 3 if self.style == "gallery" else 0
        return [f"{stem}.jpg" if i == 0 else f"{stem}-{i + 1}.jpg"
                for i in range(self.images + extra)] if self.images else []


def _homoglyph(text: str) -> str:
    """The first Russian word of four letters or more with one letter written in Latin."""
    words = text.split(" ")
    for k, word in enumerate(words):
        letters = [i for i, c in enumerate(word) if c in "аеосрх"]
        if len(word) >= 4 and letters and all("\u0400" <= c <= "\u04ff" for c in word):
            cyr2lat = {v: key for key, v in LAT2CYR.items()}
            i = letters[-1]
            words[k] = word[:i] + cyr2lat[word[i]] + word[i + 1:]
            break
    return "\u00a0".join(words[:2]) + " " + " ".join(words[2:])


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    style = STYLES[(i // 3) % len(STYLES)] if i % 3 == 0 else "plain"
    if style == "quote":
        paragraphs.insert(1, QUOTES[lang])
    if style == "list":
        paragraphs += LIST_ITEMS[lang]
    if style == "updated":
        paragraphs.append(UPDATED[lang])
    if style == "table":
        paragraphs[1:1] = [" ".join(row) for row in TABLE_ROWS]
    art = Article(
        num=0, lang=lang, day=day, title=title, cms="wp", paragraphs=paragraphs,
        clock=time(rng.randrange(7, 22), rng.randrange(0, 60)) if i % 4 != 3 else None,
        place=rng.choice(PLACES[lang]) if i % 5 != 4 else None,
        images=1 if (i % 3 != 2 or style == "gallery") else 0,
        category=rng.choice(stories.RUBRICS[lang]), tags=stories.some_tags(lang, rng),
        views=rng.randrange(40, 6000) if i % 8 != 5 else None,
        style=style, comments=2 if i % 4 == 1 else 0,
        homoglyph=lang == "ru" and i % 6 == 2,
    )
    kit.attribute(art, lead_source, rng, named=i % 2 == 0)
    if art.images:
        art.photo_credit = stories.PHOTO_CREDITS[i % len(stories.PHOTO_CREDITS)]
    if i in (7, 20):
        art.category, art.uncategorised = None, True
    if art.homoglyph:
        art.raw_paragraphs = [_homoglyph(p) if k == 1 else p
                              for k, p in enumerate(art.paragraphs)]
    return art


def _fixed() -> list[Article]:
    return kit.known_four(Article, "wp", subbotnik={"style": "bold_lead", "comments": 3},
                          pair={"style": "quote", "paragraphs": [
                              kit.PAIR_LEAD, QUOTES["en"], *kit.PAIR_PARAGRAPHS[1:]]})


CATALOGUE = kit.standard_catalogue(SEED, _fixed, _make, PER_PAGE)


def build() -> tuple[Article, ...]:
    return CATALOGUE.build()  # type: ignore[return-value]


def by_num() -> dict[int, CopyArticle]:
    return CATALOGUE.by_num()


def page_count() -> int:
    return CATALOGUE.page_count()


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return CATALOGUE.truth(base_url)


ROBOTS = (b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
          b"Disallow: /?s=\nDisallow: /search/\n")


def route(target: str, host: str) -> Response:
    from tests.fiftythirdsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    html = {"Content-Type": "text/html; charset=UTF-8"}
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, ROBOTS
    if path == "/":
        return 301, {"Location": base + LISTING}, b""
    if path == LISTING + "/" or path == LISTING + "/page/1/":
        return 301, {"Location": base + LISTING}, b""
    if path == LISTING:
        return 200, html, templates.listing(1, base)
    if path.startswith(LISTING + "/page/"):
        number = path[len(LISTING + "/page/"):].rstrip("/")
        if path.endswith("/") and number.isdigit() and 2 <= int(number) <= page_count():
            return 200, html, templates.listing(int(number), base)
        return 404, html, templates.not_found()
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)  # type: ignore[arg-type]
