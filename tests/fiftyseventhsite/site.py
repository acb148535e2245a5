"""The fifty-seventh copy's articles, truth and router (Joomla 4/5 guesses in ``__init__``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time
from typing import cast
from urllib.parse import parse_qs

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import LAT2CYR
from tests.fiftyseventhsite import templates

LISTING = "/novosti"
PER_PAGE = 20
# the editor's formatting a page may carry (a third of the pages carry one or two)
FORMATS = ("bold", "spacers", "quote", "list", "table", "video", "loadposition", "readmore",
           "intro_repeat", "hits_label", "modified", "credit_in_body", "no_rubric", "author")
LIST_ITEMS = {"ru": ["подача заявок открыта до конца месяца;", "результаты объявят на сайте;"],
              "en": ["applications are open until the end of the month;",
                     "results will be published online;"],
              "kk": ["өтінімдер ай соңына дейін қабылданады;", "нәтижелер сайтта жарияланады;"]}
TABLE_ROWS = {"ru": [("Район", "Участники"), ("Алмалинский", "1 200"), ("Бостандыкский", "980")],
              "en": [("District", "Participants"), ("Almaly", "1,200"), ("Bostandyk", "980")],
              "kk": [("Аудан", "Қатысушылар"), ("Алмалы", "1 200"), ("Бостандық", "980")]}


@dataclass
class Article(CopyArticle):
    formats: set[str] = field(default_factory=set)
    hazard: bool = False  # a homoglyph and a no-break space put into the raw text

    def image_paths(self) -> list[str]:
        return [f"/images/news/{self.day:%Y/%m}/{self.id}-{i}.jpg" for i in range(self.images)]

    def blocks(self) -> list[tuple[str, str]]:
        """The body as the editor laid it out: (kind, text) with kinds p, quote, li, tr (the
        list items and table rows are paragraphs of the truth too, see ``_format``)."""
        raw = self.raw_paragraphs or self.paragraphs
        kinds = ["p"] * len(raw)
        if "quote" in self.formats and len(raw) > 2:
            kinds[1] = "quote"
        if "list" in self.formats:
            kinds[2:2 + len(LIST_ITEMS[self.lang])] = ["li"] * len(LIST_ITEMS[self.lang])
        if "table" in self.formats:
            kinds[-len(TABLE_ROWS[self.lang]):] = ["tr"] * len(TABLE_ROWS[self.lang])
        return list(zip(kinds, raw, strict=True))


def _format(art: Article) -> None:
    """A list's items (after the second paragraph) and a table's rows (at the end) added to
    the text, raw and clean alike."""
    extra: list[tuple[int, list[str]]] = []
    if "list" in art.formats:
        extra.append((2, LIST_ITEMS[art.lang]))
    if "table" in art.formats:
        extra.append((10**6, [" ".join(r) for r in TABLE_ROWS[art.lang]]))
    for at, items in extra:
        for texts_ in (art.paragraphs, art.raw_paragraphs):
            if texts_ is not None:
                pos = min(at, len(texts_))
                texts_[pos:pos] = items


def _hazard(text: str) -> str:
    """One Latin letter of the first long Latin word (or Cyrillic in Cyrillic) swapped for its
    look-alike, and the first space made a no-break space."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 5 and w.isalpha():
            table = LAT2CYR if w.isascii() else {v: k for k, v in LAT2CYR.items()}
            j = next((k for k in range(1, len(w)) if w[k] in table), None)
            if j is not None:
                words[i] = w[:j] + table[w[j]] + w[j + 1:]
                break
    return " ".join(words).replace(" ", "\u00a0", 1)


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(0, lang, day, title, "joomla", paragraphs,
                  clock=time(rng.randrange(7, 22), rng.choice([0, 5, 15, 30, 45]))
                  if i % 3 else None,
                  place=rng.choice(["Алматы", "Астана"]) if lang != "en" else
                  rng.choice(["Almaty", "Astana"]), images=1 if i % 4 else 0,
                  photo_credit=rng.choice(texts.PHOTO_CREDITS) if i % 4 else None,
                  category=rng.choice(texts.RUBRICS[lang]), tags=texts.some_tags(lang, rng),
                  views=rng.randrange(40, 9000))
    if i % 7 == 3:
        art.place = None
    kit.attribute(art, lead_source, rng, named=i % 2 == 0)
    return art


def _finish(arts: list[Article]) -> None:
    """Formats on about a third of the pages; hazards in the raw text of a few more."""
    rng = random.Random(5757)
    for k, art in enumerate(sorted(arts, key=lambda a: a.num)):
        if k % 3 == 1:
            art.formats |= {FORMATS[(k // 3) % len(FORMATS)]}
            if k % 6 == 4:
                art.formats.add(rng.choice(FORMATS))
        if k % 5 == 2 and art.raw_paragraphs is None:
            art.hazard = True
            art.raw_paragraphs = [_hazard(p) for p in art.paragraphs]
        _format(art)
        if "no_rubric" in art.formats:
            art.category = None
        if "credit_in_body" in art.formats and art.photo_credit is None:
            art.photo_credit = "gov.kz"


def _fixed() -> list[Article]:
    return kit.known_four(Article, "joomla", subbotnik={"clock": None},
                          en={"formats": {"spacers"}}, pair={"formats": {"intro_repeat"}})


_cat = kit.standard_catalogue(57, _fixed, _make, PER_PAGE, finish=_finish)


def build() -> tuple[Article, ...]:
    """Every article, newest first (built once)."""
    return cast(tuple[Article, ...], _cat.build())


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


truth = _cat.truth
page_count = _cat.page_count
page_items = _cat.page_items


def listing_targets() -> list[str]:
    """The listing pages' targets: ``/novosti`` and ``/novosti?start=20`` …"""
    return [LISTING] + [f"{LISTING}?start={(n - 1) * PER_PAGE}" for n in range(2, page_count() + 1)]


def _page(query: str) -> int | None:
    start = parse_qs(query).get("start", ["0"])[0]
    if not start.isdigit() or int(start) % PER_PAGE or int(start) // PER_PAGE >= page_count():
        return None
    return int(start) // PER_PAGE + 1


ROBOTS = (b"# If the Joomla site is installed within a folder\nUser-agent: *\n"
          b"Disallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\n"
          b"Disallow: /cli/\nDisallow: /components/\nDisallow: /includes/\n"
          b"Disallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
          b"Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\n"
          b"Disallow: /tmp/\n")


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the category blog, ``/`` to the listing, articles, else 404."""
    return routes.answer(target, host, _cat, templates, ROBOTS, page=_page, home=LISTING,
                         home_status=303)
