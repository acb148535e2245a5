"""The fifty-fifth copy's articles, truth and router (the markup is in ``templates``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import cast
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, stories
from tests.copykit import site as kit
from tests.copykit.catalogue import AGENCY, CopyArticle, Response

__all__ = ["AGENCY"]
LISTING = "/novosti"
PER_PAGE = 10
SEED = 5555
# The editor's own formatting a third of the stories carry (see the package docstring).
FORMS = ("bold_lead", "quote", "list", "table", "video", "gallery", "updated", "read_also",
         "source_mid")
PLACES = {"ru": ["Алматы", "Алматы", "Астана", None], "en": ["Almaty", "Almaty", None],
          "kk": ["Алматы", None]}
ROBOTS = (b"User-agent: *\nDisallow: /print.php\nDisallow: /poisk\nDisallow: /admin/\n"
          b"Disallow: /bvi/\n\nUser-agent: Yandex\nDisallow: /print.php\nHost: ic24.kz\n")


@dataclass
class Article(CopyArticle):
    form: str = "plain"  # one of FORMS, or "plain"
    gallery: int = 0  # photos in the gallery block (thumbnails linking the full-size photos)
    homoglyph: bool = False  # a look-alike letter of the other script in one word
    list_items: list[str] = field(default_factory=list)
    table_rows: list[list[str]] = field(default_factory=list)

    def image_paths(self) -> list[str]:
        if not self.images:
            return []
        main = [f"/uploads/news/{self.day.year}/{self.day.month:02d}/{self.num}.jpg"]
        return main + [f"/uploads/gallery/{self.num}/{k}_big.jpg"
                       for k in range(1, self.gallery + 1)]

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        paras = list(self.paragraphs)
        if self.form == "list":
            paras = [paras[0], *self.list_items, *paras[1:]]
        if self.form == "table":
            paras = [paras[0], *(" ".join(row) for row in self.table_rows), *paras[1:]]
        if self.form == "source_mid":  # the data note is read as text where it is printed
            from tests.fiftyfifthsite.templates import LABELS
            paras.insert(2, LABELS[self.lang]["src_mid"])
        rec["body"] = "\n\n".join(paras)
        return rec


LIST_ITEMS = {
    "ru": ["строительство двух новых школ;", "ремонт 40 км дорог;", "озеленение дворов."],
    "en": ["two new schools;", "40 km of repaired roads;", "new trees in courtyards."],
    "kk": ["екі жаңа мектеп;", "40 шақырым жол жөнделеді."],
}
TABLE_ROWS = {
    "ru": [["Показатель", "2022", "2023"], ["Жильё, тыс. кв. м", "1 210", "1 480"]],
    "en": [["Indicator", "2022", "2023"], ["Housing, thous. sq m", "1,210", "1,480"]],
    "kk": [["Көрсеткіш", "2022", "2023"], ["Тұрғын үй", "1 210", "1 480"]],
}


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="studio", paragraphs=paragraphs)
    kit.attribute(art, lead_source, rng, named=i % 3 != 2)
    art.place = rng.choice(PLACES[lang])
    art.category = None if i % 7 == 3 else rng.choice(stories.RUBRICS[lang])
    art.tags = stories.some_tags(lang, rng)
    art.views = None if i % 11 == 5 else (0 if i % 13 == 7 else rng.randrange(40, 14000))
    art.images = 0 if i % 9 == 4 else 1
    art.photo_credit = rng.choice(stories.PHOTO_CREDITS) if art.images and i % 4 else None
    art.form = FORMS[(i // 3) % len(FORMS)] if i % 3 == 0 else "plain"
    if art.form == "gallery":
        art.images, art.gallery = 1, 3
    art.list_items = list(LIST_ITEMS[lang]) if art.form == "list" else []
    art.table_rows = [list(r) for r in TABLE_ROWS[lang]] if art.form == "table" else []
    art.homoglyph = i % 5 == 2
    return art


def _fixed() -> list[Article]:
    no_clock = {"clock": None}
    return kit.known_four(Article, "studio", ru=no_clock, en=no_clock,
                          pair={"clock": None, "form": "quote"},
                          subbotnik={"clock": None, "form": "bold_lead"})


CATALOGUE = kit.standard_catalogue(SEED, _fixed, _make, PER_PAGE)
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count


def build() -> tuple[Article, ...]:
    """Every article, newest first (built once)."""
    return cast(tuple[Article, ...], tuple(CATALOGUE.build()))


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def page_items(n: int) -> tuple[Article, ...]:
    """The articles listing page ``n`` (from 1) shows."""
    return build()[(n - 1) * PER_PAGE : n * PER_PAGE]


def route(target: str, host: str) -> Response:
    """One GET: robots, the listing (``?page=N``), the article at its pretty address (301 from
    another slug), the same article at ``/news.php?id=N`` (canonical to the pretty one), its
    print version, the language switch ``/?lang=xx`` (302 to the listing), else 404."""
    from tests.fiftyfifthsite import templates

    parts = urlsplit(target)
    base = f"http://{host}"
    query = parse_qs(parts.query)
    if parts.path in ("/news.php", "/print.php"):
        num = query.get("id", [""])[0]
        art = by_num().get(int(num)) if num.isdigit() else None
        if art is None:
            return routes.not_found(templates.not_found())
        if parts.path == "/print.php":
            return 200, {"Content-Type": routes.HTML}, templates.print_page(art, base)
        return templates.article(art, base)
    if parts.path == "/" and "lang" in query:
        return routes.moved(base + LISTING, 302)
    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, home=LISTING,
                         home_status=302)
