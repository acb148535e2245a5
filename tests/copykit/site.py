"""How the newer copies of the outlet make their article lists.

``known_four``: the four stories SITE.md knows. The Russian seed (u45694, 16 April 2021), its
English pair (u45713), the English seed (u46768, 2 August 2021) and the spring subbotnik
(u49120, 20 April 2023): the text, the day, the attribution and the labels are the same in
every copy; each copy names its own templates and may change any field (a clock, the views,
its own switches) for one of them.

``attribute`` gives a generated story its source the way the copies do, and
``standard_catalogue`` builds a copy's whole list (the known stories plus generated ones,
numbered, newest first) with the lookups over it. Each copy keeps its own switches and markup.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from functools import cache
from typing import Any, TypeVar

from tests.copykit import seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import Catalogue, CopyArticle, generate, newest_first, number

A = TypeVar("A", bound=CopyArticle)
# The order of the four: Russian seed, its English pair, English seed, subbotnik.
KNOWN = ("ru", "pair", "en", "subbotnik")
PAIR_NUM, PAIR_DAY = 45713, date(2021, 4, 19)
SUBBOTNIK_NUM, SUBBOTNIK_DAY = 49120, date(2023, 4, 20)
# The two stories' leads (the rest of their text is pool paragraphs, which a copy may pick).
PAIR_LEAD = f"{texts.PAIR_EN_TITLE}, Kazinform reports citing the Foreign Ministry."
SUBBOTNIK_LEAD = ("В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                  "более 60 тысяч жителей.")
PAIR_PARAGRAPHS = [PAIR_LEAD, *texts.EN_POOL[3:5]]
SUBBOTNIK_PARAGRAPHS = [SUBBOTNIK_LEAD, *texts.RU_POOL[3:5]]


def _fields() -> dict[str, dict[str, Any]]:
    en, ru = seeds.en(), seeds.ru()
    return {
        "ru": dict(num=ru.num, lang="ru", day=ru.day, title=ru.title,
                   paragraphs=list(ru.paragraphs), raw_paragraphs=list(ru.raw_paragraphs),
                   clock=time(11, 20), place=ru.place, source=ru.source, source_line=True,
                   category="Общество", tags=["Япония", "диаспора"], views=1315, images=1,
                   photo_credit="gov.kz"),
        "pair": dict(num=PAIR_NUM, lang="en", day=PAIR_DAY, title=texts.PAIR_EN_TITLE,
                     paragraphs=list(PAIR_PARAGRAPHS), clock=time(15, 40), source="Kazinform",
                     photo_credit="gov.kz", images=1, category="Society",
                     tags=["Japan", "diaspora"], views=248),
        "en": dict(num=en.num, lang="en", day=en.day, title=en.title,
                   paragraphs=list(en.paragraphs), raw_paragraphs=list(en.raw_paragraphs),
                   clock=time(9, 5), place=en.place, source=en.source, source_line=True,
                   images=1, category="Society", tags=["Kazakhstan", "Luxembourg"], views=None),
        "subbotnik": dict(num=SUBBOTNIK_NUM, lang="ru", day=SUBBOTNIK_DAY,
                          title=texts.SUBBOTNIK_TITLE, paragraphs=list(SUBBOTNIK_PARAGRAPHS),
                          place="Алматы", source="пресс-служба акимата Алматы",
                          source_line=True, photo_credit="pixabay", images=1,
                          category="Социум", tags=["Алматы", "аким", "субботник"], views=683),
    }


def known_four(make: Callable[..., A], cms: str | Sequence[str],
               **own: Mapping[str, Any]) -> list[A]:
    """The four known stories made with ``make`` (a copy's article class) on the templates
    ``cms`` (one name for all, or one for each in ``KNOWN`` order); ``own`` maps a story's name
    in ``KNOWN`` to the fields that copy gives it otherwise (or in addition)."""
    unknown = set(own) - set(KNOWN)
    assert not unknown, unknown
    names = [cms] * len(KNOWN) if isinstance(cms, str) else list(cms)
    return [make(**{**_fields()[key], "cms": name, **own.get(key, {})})
            for key, name in zip(KNOWN, names, strict=True)]


def attribute(art: CopyArticle, lead_source: str | None, rng: random.Random, named: bool) -> None:
    """The article's source: the one its lead names, else (when ``named``) one of the
    language's sources printed as a source line after the text."""
    art.source = lead_source
    if lead_source is None and named:
        art.source, art.source_line = rng.choice(texts.SOURCES[art.lang]), True


def standard_catalogue(seed: int, fixed: Callable[[], list[A]],
                       make: Callable[[int, str, str, date, random.Random], A], per_page: int,
                       kk_extra: Sequence[tuple[str, list[str]]] = (), *,
                       stories: Sequence[tuple[str, str]] | None = None,
                       finish: Callable[[list[A]], None] | None = None) -> Catalogue:
    """The lookups over a copy's article list as most copies build it: its fixed stories plus
    one made per (lang, headline) of ``stories`` (by default ``stories.mix`` with the copy's own
    Kazakh stories) on spread-out days, numbered, passed to ``finish`` when given, newest
    first; the list is built once, on first use."""

    @cache
    def build() -> tuple[A, ...]:
        headlines = texts.mix(kk_extra) if stories is None else list(stories)
        arts = generate(random.Random(seed), fixed(), headlines, make)
        number(arts)
        if finish is not None:
            finish(arts)
        return newest_first(arts)  # type: ignore[return-value]

    return Catalogue(build, per_page)
