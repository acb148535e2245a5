"""The fifty-second copy's articles, their slips, truth, listing and router.

The article list is the standard one (the four known stories plus one story per headline of
``stories.mix``, 43 in all, numbered by date); the four known stories are typed cleanly, and
about half of the others carry one or two of the slips in ``SLIPS`` (each slip on 2-4 pages,
at most one slip of a group on a page). No page shows a time of day, so every date has day
precision and the truth's clock is midnight in Almaty.

The truth a careful reader takes from a slipped page (every call made here):

- source labels: ``Источник : X``, ``Источник - X``, ``источник: X``, ``ИСТОЧНИК: X`` and, on
  English pages, ``Source: X`` all give source ``X``; ``Источники: A, B`` gives ``"A, B"`` (both
  names as written, in one string); the line is never part of the body.
- photo credits: ``Фото : X``, ``Фото - X`` and ``Фото:`` with ``X`` on the next line give
  ``X``; ``Фото: gov.kz, pixabay`` gives ``"gov.kz, pixabay"`` as written; a credit typed at the
  end of the caption (``… Фото: X``, the credit slot left empty) gives ``X``; an ``<img
  src="">`` beside the real photo is no image (``image_urls`` holds only the real one).
- datelines: ``Алматы.16 апреля.Центр информации-``, ``Алматы, 16 апреля. Центр информации –``,
  ``АЛМАТЫ. 16 Апреля. Центр информации —``, a typo'd month (``апрееля``) and a dateline in bold
  in its own paragraph all give the place as the city is named (``Алматы``, ``Астана``,
  ``Almaty``) and a body without the dateline; the typo changes nothing else (the date comes
  from the info line, which is right); a dateline pasted again at the start of the second
  paragraph is dropped there too (the paragraph is its words after it).
- info line: a lower-case month is the same date; ``1 683`` (no-break space) is 1683 views; a
  trailing comma, a doubled comma or a tag typed twice give each tag once, in page order; a
  rubric typed ``Социум `` is ``Социум``.
- text: ``<p>&nbsp;</p>`` spacers are no paragraphs; ``<br><br>`` inside a paragraph splits it
  into paragraphs; a paragraph pasted twice in a row counts once; Word markup (``MsoNormal``,
  ``mso-`` styles, ``<o:p></o:p>``) is only markup; a paragraph pasted from a messenger keeps its
  emoji and ``**asterisks**`` (they are on the page, normalisation keeps them); a paragraph
  in capitals stays in capitals.
- headlines: a trailing period stays (normalisation keeps punctuation); double spaces become
  one; homoglyphs are repaired as SPEC.md's normalisation says; an English page whose ``<html
  lang>`` and ``og:locale`` say ``ru`` is ``en`` (the content decides).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import KNOWN, attribute, known_four, standard_catalogue
from tests.copykit.text import CYR2LAT, LAT2CYR
from tests.fiftysecondsite import templates

LISTING = "/novosti"
PER_PAGE = 8
PLACES = {"ru": ["Алматы", "Алматы", "Астана"], "en": ["Almaty", "Almaty", "Astana"]}
ROBOTS = b"User-agent: *\nDisallow: /admin/\nDisallow: /search\n"


@dataclass
class Article(CopyArticle):
    slips: dict[str, int] = field(default_factory=dict)  # slip name -> its variant on this page
    shown_title: str | None = None  # the headline as typed, when it differs from the truth

    def image_paths(self) -> list[str]:
        return [f"/upload/iblock/{self.day:%Y%m}/{self.num}-{k}.jpg" for k in range(self.images)]

    @property
    def headline(self) -> str:
        return self.shown_title if self.shown_title is not None else self.title


def _two(a: Article) -> bool:
    return len(a.paragraphs) >= 2


# name -> (group, pages, variants, which pages may carry it); one slip of a group per page
SLIPS: dict[str, tuple[str, int, int, Callable[[Article], bool]]] = {
    "src_label": ("source", 2, 2, lambda a: a.source_line),  # "Источник :" / "Источник -"
    "src_case": ("source", 2, 2, lambda a: a.source_line),  # "источник:" / "ИСТОЧНИК:"
    "src_two": ("source", 2, 1, lambda a: a.source_line),  # "Источники: A, B"
    "src_en": ("source", 2, 1, lambda a: a.source_line and a.lang == "en"),  # "Source: X"
    "photo_label": ("photo", 2, 2, lambda a: bool(a.photo_credit)),  # "Фото :" / "Фото -"
    "photo_newline": ("photo", 2, 1, lambda a: bool(a.photo_credit)),  # "Фото:<br>X"
    "photo_two": ("photo", 2, 1, lambda a: bool(a.photo_credit)),  # "Фото: gov.kz, pixabay"
    "photo_caption": ("photo", 2, 1, lambda a: bool(a.photo_credit)),  # credit in the caption
    "img_empty": ("image", 2, 1, lambda a: a.images > 0),  # <img src=""> beside the photo
    "dl_loose": ("dateline", 2, 2, lambda a: bool(a.place)),  # "Алматы.16 апреля.ЦИ-" / comma
    "dl_caps": ("dateline", 2, 1, lambda a: bool(a.place)),  # "АЛМАТЫ. 16 Апреля. ЦИ —"
    "dl_typo": ("dateline", 2, 1, lambda a: bool(a.place) and a.lang == "ru"),  # "апрееля"
    "dl_repeat": ("dateline", 2, 1, lambda a: bool(a.place) and _two(a)),  # again in para 2
    "dl_bold": ("dateline", 2, 1, lambda a: bool(a.place)),  # <p><strong>dateline</strong></p>
    "info_lower": ("date", 2, 1, lambda a: True),  # "20 апреля 2023"
    "views_nbsp": ("views", 2, 1, lambda a: a.views is not None),  # "1 683"
    "tags_loose": ("tags", 3, 3, lambda a: bool(a.tags)),  # "a, b," / "a,, b" / "a, b, a"
    "rubric_space": ("rubric", 2, 1, lambda a: bool(a.category)),  # "Социум "
    "p_nbsp": ("text", 2, 1, _two),  # <p>&nbsp;</p> between paragraphs
    "br_br": ("text", 2, 1, lambda a: len(a.paragraphs) >= 3),  # <br><br> in part of the text
    "dup_para": ("text", 2, 1, _two),  # a paragraph pasted twice
    "word": ("text", 2, 1, lambda a: True),  # MsoNormal, mso- styles, <o:p></o:p>
    "messenger": ("text", 2, 1, _two),  # emoji and **asterisks**
    "caps": ("text", 2, 1, _two),  # a paragraph in capitals
    "title_punct": ("title", 2, 2, lambda a: not a.title.endswith(".")),  # "X." / "a  b"
    "title_homoglyph": ("title", 2, 1, lambda a: a.lang in ("ru", "en")),
    "lang_ru": ("lang", 2, 1, lambda a: a.lang == "en"),  # <html lang="ru">, og:locale ru_RU
}


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    credit = rng.choice(texts.PHOTO_CREDITS) if i % 4 != 3 else None
    art = Article(num=0, lang=lang, day=day, title=title, cms="hand", paragraphs=paragraphs,
                  place=rng.choice(PLACES[lang]) if lang in PLACES else None,
                  photo_credit=credit, images=1 if credit or i % 2 else 0,
                  category=rng.choice(texts.RUBRICS[lang]), tags=texts.some_tags(lang, rng),
                  views=rng.randint(40, 990) if i % 7 != 4 else None)
    attribute(art, lead_source, rng, named=i % 3 != 2)
    return art


def _fixed() -> list[Article]:
    # no page shows a time of day: the known stories too are dated by day only
    return known_four(Article, "hand", **{key: {"clock": None} for key in KNOWN})


def _homoglyph(title: str) -> str:
    """The headline with one letter of its first long word typed in the other script."""
    words = title.split(" ")
    for k, word in enumerate(words):
        table = LAT2CYR if word.isascii() else CYR2LAT
        at = next((i for i, c in enumerate(word) if c in table), None)
        if len(word) > 3 and at is not None:
            words[k] = word[:at] + table[word[at]] + word[at + 1:]
            return " ".join(words)
    raise AssertionError(title)


def _apply(a: Article, name: str, variant: int, rng: random.Random) -> None:
    """What a slip changes in the truth (and in the headline as typed)."""
    if name == "src_two":
        other = [s for s in texts.SOURCES[a.lang] if s != a.source]
        a.source = f"{a.source}, {rng.choice(other)}"
    elif name == "photo_two":
        other = [c for c in texts.PHOTO_CREDITS if c != a.photo_credit and "." in c]
        a.photo_credit = f"{a.photo_credit}, {rng.choice(other)}"
    elif name == "views_nbsp":
        a.views = rng.randint(1001, 9999)
    elif name == "tags_loose" and len(a.tags) < 2:
        a.tags = [*a.tags, *[t for t in texts.TAGS[a.lang] if t not in a.tags][:2 - len(a.tags)]]
    elif name == "messenger":
        words = a.paragraphs[-1].split(" ")
        a.paragraphs[-1] = f"📌 **{' '.join(words[:3])}** {' '.join(words[3:])} 👉"
    elif name == "caps":
        a.paragraphs[-1] = a.paragraphs[-1].upper()
    elif name == "title_punct":
        if variant == 0:
            a.title += "."
        else:
            a.shown_title = a.title.replace(" ", "  ", 2)
    elif name == "title_homoglyph":
        a.shown_title = _homoglyph(a.title)


def _slip(arts: list[Article]) -> None:
    """Give the generated pages their slips (pages already slipped first, so that about half
    of the pages stay clean) and change the truth as each slip asks."""
    rng = random.Random(5252)
    known = {45694, 45713, 46768, 49120}
    pages = sorted((a for a in arts if a.num not in known), key=lambda a: a.num)
    for name, (group, count, variants, fits) in SLIPS.items():
        pool = [a for a in pages if fits(a) and len(a.slips) < 2
                and all(SLIPS[s][0] != group for s in a.slips)]
        rng.shuffle(pool)
        pool.sort(key=lambda a: not a.slips)
        assert len(pool) >= count, name
        for k, a in enumerate(pool[:count]):
            a.slips[name] = k % variants
    for a in pages:
        for name, variant in a.slips.items():
            _apply(a, name, variant, rng)


CATALOGUE = standard_catalogue(5252, _fixed, _make, PER_PAGE, finish=_slip)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
page_count = CATALOGUE.page_count


def truth(base: str) -> dict[str, dict[str, object]]:
    return CATALOGUE.truth(base)


class _Pages:
    """The copy's pages for ``routes.answer``."""

    @staticmethod
    def listing(page: int, base: str) -> Response:
        return templates.listing(CATALOGUE.page_items(page), page, page_count())

    @staticmethod
    def article(art: Any, base: str) -> Response:
        latest = [a for a in build() if a.num != art.num][:12]
        return templates.article(art, base, latest)

    @staticmethod
    def not_found() -> bytes:
        return templates.not_found()


def route(target: str, host: str) -> Response:
    return routes.answer(target, host, CATALOGUE, _Pages(), ROBOTS)

