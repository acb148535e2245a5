"""The thirty-eighth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, in two templates
(``prose``: the text's blocks side by side in one box; ``blocks``: each block in a box of its
own). Each article's text is a list of ``inserts.Part`` in page order; its body (the truth) is
what its text parts say, without the furniture printed between them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import (
    PAIR_PARAGRAPHS,
    SUBBOTNIK_PARAGRAPHS,
    attribute,
    known_four,
    standard_catalogue,
)
from tests.copykit.text import normalise
from tests.thirtyeighthsite import inserts
from tests.thirtyeighthsite.inserts import FURNITURE, TEXT_KINDS, Part

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 3838
PER_PAGE = 10
ROBOTS = b"User-agent: *\nDisallow: /poll/\nDisallow: /search\n"
TEMPLATES = ("prose", "blocks")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Павлодарда жаңа көпір салынады",
     ["Павлодарда Ертіс өзені арқылы жаңа көпір салынады.",
      "Құрылыс жұмыстары келесі жылдың көктемінде басталады.",
      "Жоба облыстық бюджет есебінен қаржыландырылады."]),
]
MID = ("readalso", "readbox", "ad", "subscribe", "poll", "quiz", "share", "embed", "pull")
END = ("typo", "bio")  # after the text (with the notes and hashtags)


@dataclass
class Article(CopyArticle):
    parts: list[Part] = field(default_factory=list)  # the text's blocks in page order
    hashtags: bool = False  # tags printed as a '#tag' line ending the text, not in the info row

    def image_paths(self) -> list[str]:
        return [f"/files/ic24/{self.day:%Y/%m}/n{self.num}_{k}.jpg"
                for k in range(1, self.images + 1)]

    def furniture(self) -> set[str]:
        return {p.kind for p in self.parts if p.kind in FURNITURE}


def compose(art: Article, plain: list[str], kinds: list[str], extra: list[str], i: int) -> None:
    """Lay the text out: ``plain`` paragraphs with the text ``kinds`` and the furniture
    ``extra`` between them; the body (``paragraphs``) is what the text parts say."""
    lang, plain = art.lang, list(plain)
    notes = "footnote" in kinds
    note = inserts.UPDATE[lang][i % 2]
    if art.clock and i % 2 == 0:  # the stamp of an edit two hours after publication
        note = note.replace("15:40", f"{min(art.clock.hour + 2, 23):02d}:{art.clock.minute:02d}")
    head = [Part("update", (note,))] if "update" in extra else []
    queue: list[Part] = []
    for k, kind in enumerate(kinds):
        if kind != "footnote":
            queue.append(inserts.text_part(kind, lang, i + k, ""))
        mid = [m for m in extra if m in MID]
        if k < len(mid):
            queue.append(Part(mid[k]))
    queue += [Part(m) for m in extra if m in MID][len(kinds):]
    if any(p.kind == "pull" for p in queue):  # a pull quote repeats the second paragraph
        queue = [Part("pull", (plain[1],)) if p.kind == "pull" else p for p in queue]
    body: list[Part] = []
    for n, para in enumerate(plain):
        last = n == len(plain) - 1
        body.append(Part("footnote", (para,)) if notes and last else Part("p", (para,)))
        if n == 1 and art.source_line:
            body.append(Part("source", (art.source or "",)))
        if not last and queue:
            body.append(queue.pop(0))
    body += queue
    if "correction" in extra:  # the editors' note to the reader closes the text
        body.append(Part("correction", (inserts.CORRECTION[lang],)))
    if notes:
        body.append(Part("notes", (inserts.NOTES[lang],)))
    if art.hashtags:
        body.append(Part("hashtags", tuple(art.tags)))
    body += [Part(m) for m in END if m in extra]
    art.parts = head + body
    art.paragraphs = [normalise(t) for p in art.parts for t in p.text()]


def _fixed() -> list[Article]:
    """The four known stories, each composed from its plain text with three furniture kinds."""
    arts = known_four(Article, ("prose", "blocks", "blocks", "prose"), ru=dict(paragraphs=[]),
                      pair=dict(paragraphs=[]), en=dict(paragraphs=[]),
                      subbotnik=dict(paragraphs=[]))
    plains = [list(seeds.ru().raw_paragraphs), list(PAIR_PARAGRAPHS),
              list(seeds.en().raw_paragraphs), list(SUBBOTNIK_PARAGRAPHS)]
    extras = [["readalso", "ad", "typo"], ["readbox", "quiz", "correction"],
              ["subscribe", "share", "bio"], ["poll", "update", "embed"]]
    for i, (art, plain, extra) in enumerate(zip(arts, plains, extras, strict=True)):
        compose(art, plain, [], extra, i)
    return arts


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    plain, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 2], [])
    art.clock = None if i % 5 == 2 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 45]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 4) % 2 == 0 else None
    art.category = None if i % 9 == 4 else rng.choice(texts.RUBRICS[lang])
    art.tags = rng.sample(texts.TAGS[lang], rng.choice([1, 2, 3]))
    art.hashtags = i % 3 == 0
    attribute(art, lead_source, rng, i % 4 != 3)
    art.images = (1, 1, 0, 2)[i % 4]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 5 != 3 else None
    art.views = None if i % 6 == 1 else rng.randrange(40, 9000)
    kinds = [TEXT_KINDS[i % 6]] + ([TEXT_KINDS[(i + 3) % 6]] if i % 4 != 3 else [])
    extra = [FURNITURE[(i * 4 + k) % len(FURNITURE)] for k in range(4)]
    compose(art, plain, kinds, extra, i)
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtyeighthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS, home="/novosti")
