"""The fifty-first copy's articles, truth and router (a DLE 15 site; see the package docstring).

Every article carries its body as blocks (what the editor put in the text area) and its truth
paragraphs are derived from those blocks by the rules stated in the package docstring.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import LAT2CYR

LISTING = "/novosti"
PER_PAGE = 10
SEED = 5151
AGENCY = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}

# The editor's deviations, one per third article (cycled), and the info-line forms.
VARIANTS = ("bold_lead", "quote", "list", "table", "video", "gallery", "updated", "readalso",
            "instagram", "note", "linked_source")
INFO_FORMS = ("full", "no_views", "no_rubric", "no_tags", "zero_views", "bare")

QUOTE = {"ru": "«Мы рассчитываем, что все работы будут завершены в срок», — отметил "
               "заместитель акима.",
         "en": "\"We expect all the work to be completed on time,\" the deputy akim said."}
LIST = {"ru": ("Среди основных мер в ведомстве называют:",
               ["ремонт дорог и тротуаров;", "озеленение дворов;",
                "модернизацию уличного освещения."]),
        "en": ("The main measures named by the agency are:",
               ["road and pavement repairs;", "greening of courtyards;",
                "modernisation of street lighting."])}
TABLE = {"ru": [["Район", "Саженцы", "Деревья"], ["Алмалинский", "1 200", "340"],
                ["Бостандыкский", "980", "410"]],
         "en": [["District", "Seedlings", "Trees"], ["Almaly", "1,200", "340"],
                ["Bostandyk", "980", "410"]]}
UPDATED = {"ru": "Обновлено в 16:40: в акимате уточнили сроки завершения работ.",
           "en": "Updated at 16:40: the city administration clarified the deadline."}
NOTE = {"ru": "Справка: субботники в Алматы проводятся дважды в год, весной и осенью.",
        "en": "Note: the city holds such clean-up days twice a year, in spring and autumn."}
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz/", "Kazinform": "https://www.inform.kz/",
                "Tengrinews.kz": "https://tengrinews.kz/", "EU Reporter": "https://www.eureporter.co/",
                "The Astana Times": "https://astanatimes.com/", "Akorda": "https://www.akorda.kz/",
                "пресс-служба акимата Алматы": "https://www.gov.kz/memleket/entities/almaty"}
READ_ALSO = {"ru": "Читайте также:", "en": "Read also:", "kk": "Оқи отырыңыз:"}


@dataclass
class Article(CopyArticle):
    variant: str = "plain"
    blocks: list[tuple[str, Any]] = field(default_factory=list)
    gallery: int = 0
    credit_glued: bool = False  # "Фото:pixabay" runs into the dateline (no break between)
    nbsp_line: bool = False  # a paragraph holding only a no-break space before the source line
    comments: int = 0

    def image_paths(self) -> list[str]:
        folder = f"/uploads/posts/{self.day:%Y-%m}"
        main = [f"{folder}/{self.num}_main.jpg"] if self.images else []
        return main + [f"{folder}/{self.num}_g{k}.jpg" for k in range(1, self.gallery + 1)]

    @property
    def info_form(self) -> str:
        if self.category is None and not self.tags and self.views is None:
            return "bare"
        if self.views is None:
            return "no_views"
        if self.category is None:
            return "no_rubric"
        if not self.tags:
            return "no_tags"
        return "zero_views" if self.views == 0 else "full"


def _homoglyph(text: str) -> str:
    """The first Cyrillic 'о'/'е'/'а' inside a long Cyrillic word turned Latin (a typist's slip
    the feed repairs)."""
    cyr2lat = {v: k for k, v in LAT2CYR.items()}
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 6 and word.isalpha():
            for c in "оеа":
                if c in word[1:]:
                    words[i] = word.replace(c, cyr2lat[c], 1)
                    return " ".join(words)
    return text


def _hazard(text: str, k: int) -> str:
    """One of the text hazards the outlet's pages carry, picked by ``k``."""
    if k == 0:
        return text.replace(" ", "\u00a0", 2)
    if k == 1:
        return text.replace(" ", " \u200b", 1)
    return _homoglyph(text)


def _blocks(art: Article, rng: random.Random) -> list[tuple[str, Any]]:
    """The body blocks and the truth paragraphs of a generated story."""
    paras = list(art.paragraphs)
    raw = [(_hazard(p, art.num % 3) if i == 1 and art.num % 2 else p)
           for i, p in enumerate(paras)]
    blocks: list[tuple[str, Any]] = [("p", p) for p in raw]
    lang = "en" if art.lang == "en" else "ru"
    v = art.variant
    if v == "bold_lead":
        blocks[0] = ("bold", raw[0])
    elif v == "quote":
        blocks.insert(1, ("quote", QUOTE[lang]))
    elif v == "list":
        intro, items = LIST[lang]
        blocks[2:2] = [("p", intro), ("list", items)]
    elif v == "table":
        blocks.insert(len(blocks) - 1, ("table", TABLE[lang]))
    elif v == "video":
        blocks.insert(1, ("video", f"https://www.youtube.com/embed/ic24v{art.num}"))
    elif v == "gallery":
        art.gallery = 3
        art.images = 1
    elif v == "updated":
        blocks.append(("em", UPDATED[lang]))
    elif v == "readalso":
        blocks.insert(2, ("readalso", None))  # filled with a neighbour when rendered
    elif v == "note":
        blocks.insert(2, ("note", NOTE[lang]))
    elif v == "linked_source" and not art.source_line:
        art.source, art.source_line = texts.SOURCES[art.lang][art.num % 4], True
    elif v == "instagram":
        blocks.insert(1, ("instagram", f"https://www.instagram.com/p/Cic24{art.num}/"))
    return blocks


def truth_paragraphs(blocks: list[tuple[str, Any]]) -> list[str]:
    """The body paragraphs the feed should hold for these blocks (clean text)."""
    from tests.copykit.text import normalise

    out: list[str] = []
    for kind, value in blocks:
        if kind in ("p", "bold", "quote", "em", "note"):
            out.append(normalise(value))
        elif kind == "list":
            out.extend(normalise(v) for v in value)
        elif kind == "table":
            out.extend(" ".join(row) for row in value)
    return out


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="dle15", paragraphs=paragraphs)
    attribute(art, lead_source, rng, named=rng.random() < 0.6)
    art.place = None if i % 6 == 5 else ("Almaty" if lang == "en" else
                                         rng.choice(["Алматы", "Алматы", "Астана"]))
    roll = i % 8
    art.category = None if roll == 2 else rng.choice(texts.RUBRICS[lang])
    art.tags = [] if roll == 3 else (texts.some_tags(lang, rng) or [texts.TAGS[lang][0]])
    art.views = None if roll == 1 else 0 if roll == 4 else rng.randrange(12, 9000)
    if i == 7:  # an old page with neither counter, rubric nor tags
        art.views, art.category, art.tags = None, None, []
    if i % 5 != 4:
        art.images = 1
        art.photo_credit = None if i % 7 == 6 else texts.PHOTO_CREDITS[i % 5]
    art.credit_glued = i % 4 == 1
    art.nbsp_line = art.source_line and i % 2 == 0
    art.comments = (i % 3) if lang == "ru" else 0
    if lang != "kk" and i % 5 in (0, 3):
        art.variant = VARIANTS[(i // 5 * 2 + (i % 5 == 3)) % len(VARIANTS)]
    art.blocks = _blocks(art, rng)
    art.paragraphs = truth_paragraphs(art.blocks)
    return art


def _fixed() -> list[Article]:
    arts = known_four(Article, "dle15",
                      ru={"clock": None, "nbsp_line": True},
                      pair={"clock": None},
                      en={"clock": None, "photo_credit": "gov.kz"},
                      subbotnik={"clock": None, "credit_glued": True, "comments": 2})
    for art in arts:
        raw = art.raw_paragraphs or art.paragraphs
        art.blocks = [("p", p) for p in raw]
        art.paragraphs = truth_paragraphs(art.blocks)
    return arts


CATALOGUE = standard_catalogue(SEED, _fixed, _make, PER_PAGE)


def build() -> list[Article]:
    return list(CATALOGUE.build())  # type: ignore[arg-type]


def by_num() -> dict[int, Article]:
    return CATALOGUE.by_num()  # type: ignore[return-value]


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return CATALOGUE.truth(base_url)


def page_count() -> int:
    return CATALOGUE.page_count()


def page_items(n: int) -> list[Article]:
    return list(CATALOGUE.page_items(n))  # type: ignore[arg-type]


ROBOTS = (b"User-agent: *\nDisallow: /engine/\nDisallow: /user/\nDisallow: /tags/\n"
          b"Disallow: /newposts/\nDisallow: /favorites/\nDisallow: /*print\n"
          b"Disallow: /index.php?do=search\nDisallow: /index.php?do=register\n"
          b"Host: ic24.kz\n")


def _listing_page(path: str) -> int | None:
    """``/novosti`` is page 1, ``/novosti/page/N/`` page N (DLE's pager), else None."""
    if path == LISTING:
        return 1
    head = LISTING + "/page/"
    if path.startswith(head) and path.endswith("/") and path[len(head):-1].isdigit():
        n = int(path[len(head):-1])
        return n if 2 <= n <= page_count() else None
    return None


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the listing and its pages, the articles (301 from another slug),
    ``/`` and ``/novosti/`` moved to the listing, anything else the DLE 404 page."""
    from tests.fiftyfirstsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path in ("/", LISTING + "/", LISTING + "/page/1/"):
        return routes.moved(base + LISTING)
    if path.startswith(LISTING):
        number = _listing_page(path)
        if number is None:
            return routes.not_found(templates.not_found())
        return templates.listing(number, base)
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
