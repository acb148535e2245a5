"""The fifty-fourth copy's stories, router and truth: ic24.kz guessed as a 1C-Bitrix news site.

The story list is the standard one (the four known stories plus generated ru/en/kk ones); each
generated story gets a clock (about two in five), a dateline place, a photo with a credit, a
rubric, tags and a view counter (each sometimes missing) and every third one an editor's
formatting (``EXTRAS``). Text hazards (no-break spaces, zero-width spaces, homoglyphs, HTML
entities) are written into the page only: the truth holds the clean text.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, time
from urllib.parse import urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY as AGENCY
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import normalise

LISTING = "/novosti/"  # the Bitrix section folder; /novosti answers 301 to it
PER_PAGE = 10
PAGE_PARAM = "PAGEN_1"
# The editor's formattings, one per third generated story, in this order.
EXTRAS = ("bold_lead", "quote", "list", "table", "video", "gallery", "updated", "source_mid",
          "instagram")
PLACES = {"ru": ["Алматы", "Алматы", "Астана"], "en": ["Almaty", "Almaty", "Astana"],
          "kk": ["Алматы"]}
QUOTE = {"ru": "«Мы продолжим эту работу и в следующем году», — отметил аким района.",
         "en": "“We will continue this work next year,” the district akim said.",
         "kk": "«Бұл жұмысты келесі жылы да жалғастырамыз», — деді аудан әкімі."}
LIST_ITEMS = {"ru": ["ремонт дорог и тротуаров;", "озеленение дворов;",
                     "установка новых остановок."],
              "en": ["road and pavement repairs;", "greening of courtyards;",
                     "new bus stops."],
              "kk": ["жолдарды жөндеу;", "аулаларды көгалдандыру;", "жаңа аялдамалар."]}
TABLE = {"ru": [["Район", "2023", "2024"], ["Алмалинский", "120", "145"],
                ["Бостандыкский", "98", "131"]],
         "en": [["District", "2023", "2024"], ["Almaly", "120", "145"],
                ["Bostandyk", "98", "131"]],
         "kk": [["Аудан", "2023", "2024"], ["Алмалы", "120", "145"],
                ["Бостандық", "98", "131"]]}
UPDATED = {"ru": "Дополнено в 16:40: в акимате уточнили сроки завершения работ.",
           "en": "Updated at 16:40: the city administration clarified the completion date.",
           "kk": "16:40-та толықтырылды: әкімдік жұмыстың аяқталу мерзімін нақтылады."}
SOURCE_MID = {"ru": "Источник в акимате пояснил: работы начнутся уже на следующей неделе.",
              "en": "A source in the ministry explained: the work will start next week.",
              "kk": "Әкімдіктегі дереккөз түсіндірді: жұмыс келесі аптада басталады."}
AUTHORS = ["Айгерим Сапарова", "Данияр Ахметов", "Марина Ким"]


@dataclass
class Article(CopyArticle):
    kinds: list[str] = field(default_factory=list)  # per paragraph: p, b, quote, li, row, upd
    extra: str | None = None  # one of EXTRAS
    author: str | None = None  # an "Автор:" property row (never the source)
    gallery: int = 0
    comments: int = 0
    hazard: str | None = None  # nbsp, zwsp, homoglyph or entities, written into the page only
    entities: bool = False  # the visual editor's &laquo;/&nbsp; entities, justified text
    lazy: bool = False  # the detail picture lazy-loaded (a placeholder src, data-src)

    def image_paths(self) -> list[str]:
        """The detail picture, then the gallery's full-size files (not their resize_cache
        thumbnails)."""
        return [_upload(self.num, k) for k in range(self.images)] + [
            _upload(self.num, 10 + k) for k in range(self.gallery)]

    def kind(self, i: int) -> str:
        return self.kinds[i] if i < len(self.kinds) else "p"

    def page_paragraphs(self) -> list[str]:
        """The paragraphs as the page writes them (hazards in), the truth's once normalised."""
        if self.raw_paragraphs:
            return list(self.raw_paragraphs)
        out = list(self.paragraphs)
        if (self.hazard == "nbsp" or self.entities) and " " in out[0]:
            out[0] = out[0].replace(" ", "\u00a0", 2)
        elif self.hazard == "zwsp" and len(out) > 1:
            out[1] = out[1].replace(" ", " \u200b", 1)
        elif self.hazard == "homoglyph":
            out = [_homoglyph(p, self.lang) for p in out]
        assert [normalise(p) for p in out] == list(self.paragraphs), self.id
        return out


def _upload(num: int, k: int) -> str:
    h = hashlib.md5(f"{num}-{k}".encode()).hexdigest()  # noqa: S324 - a file name, not security
    return f"/upload/iblock/{h[:3]}/{h}.jpg"


def _homoglyph(text: str, lang: str) -> str:
    """The first long word carrying a look-alike letter gets the other script's letter."""
    words = text.split(" ")
    swap = ("e", "е") if lang == "en" else ("о", "o")
    for i, word in enumerate(words):
        if len(word) >= 5 and word.isalpha() and swap[0] in word[1:]:
            words[i] = word[0] + word[1:].replace(swap[0], swap[1], 1)
            return " ".join(words)
    return text


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(num=0, lang=lang, day=day, title=title, cms="bitrix", paragraphs=paragraphs)
    attribute(art, lead_source, rng, named=rng.random() < 0.6)
    if rng.random() < 0.4:
        art.clock = time(rng.randrange(8, 21), rng.choice([0, 5, 15, 20, 30, 45, 50]))
    art.place = rng.choice(PLACES[lang]) if rng.random() < 0.8 else None
    art.images = 1 if rng.random() < 0.75 else 0
    if art.images and rng.random() < 0.85:
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS)
    art.category = rng.choice(texts.RUBRICS[lang]) if rng.random() < 0.85 else None
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(0, 4000) if rng.random() < 0.85 else None
    art.author = rng.choice(AUTHORS) if i % 4 == 2 else None
    art.comments = 2 if i % 6 == 4 else 0
    art.hazard = ("nbsp", "zwsp", "homoglyph", None)[i % 4] if lang != "kk" else None
    art.entities = i % 5 == 3
    art.lazy = bool(art.images) and i % 7 == 5
    if i % 3 == 0:
        _dress(art, EXTRAS[(i // 3) % len(EXTRAS)])
    art.kinds += ["p"] * (len(art.paragraphs) - len(art.kinds))
    return art


def _dress(art: Article, extra: str) -> None:
    """An editor's formatting: the paragraphs it adds are in the truth's body, an embed or a
    gallery adds nothing to the text (a gallery adds its photos)."""
    art.extra, lang = extra, art.lang
    kinds = ["p"] * len(art.paragraphs)
    if extra == "bold_lead":
        kinds[0] = "b"
    elif extra == "quote":
        art.paragraphs.insert(1, QUOTE[lang])
        kinds.insert(1, "quote")
    elif extra == "list":
        art.paragraphs[2:2] = LIST_ITEMS[lang]
        kinds[2:2] = ["li"] * 3
    elif extra == "table":
        art.paragraphs[1:1] = [" ".join(row) for row in TABLE[lang]]
        kinds[1:1] = ["row"] * 3
    elif extra == "gallery":
        art.gallery = 3
    elif extra == "updated":
        art.paragraphs.append(UPDATED[lang])
        kinds.append("upd")
    elif extra == "source_mid":
        art.paragraphs.insert(2, SOURCE_MID[lang])
        kinds.insert(2, "p")
    art.kinds = kinds


def _fixed() -> list[Article]:
    arts = known_four(Article, "bitrix", ru={"author": "Марина Ким"},
                      en={"extra": "bold_lead"}, subbotnik={"extra": "gallery", "gallery": 2})
    for a in arts:
        a.kinds = ["b" if a.extra == "bold_lead" and i == 0 else "p"
                   for i in range(len(a.paragraphs))]
    return arts


CATALOGUE = standard_catalogue(5454, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items

ROBOTS = (b"User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\nDisallow: /auth/\n"
          b"Disallow: /personal/\nDisallow: /*?print=\nDisallow: /*&print=\n"
          b"Disallow: /*register=\nDisallow: /*login=\nDisallow: /*logout=\n"
          b"Disallow: /*backurl=\nDisallow: /*bitrix_*=\nAllow: /bitrix/components/\n"
          b"Allow: /bitrix/cache/\nAllow: /bitrix/js/\nAllow: /bitrix/templates/\n"
          b"Allow: /upload/\n\nUser-agent: Yandex\nDisallow: /bitrix/\nClean-param: utm_source"
          b"&utm_medium&utm_campaign\n")


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, ``/`` and ``/novosti`` 301 to ``/novosti/`` (the query kept), the
    listing paged by ``?PAGEN_1=N`` (404 beyond the last page), the articles (301 from another
    slug) and the 404 page."""
    from tests.fiftyfourthsite import templates

    parts = urlsplit(target)
    query = f"?{parts.query}" if parts.query else ""
    if parts.path in ("/", "/novosti"):
        return routes.moved(f"http://{host}{LISTING}{query}")
    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, listing=(LISTING,),
                         page=lambda q: routes.page_in(q, page_count(), PAGE_PARAM))
