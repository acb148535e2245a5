"""The outlet's two seed pages, read from the raw text dumps in kznews/mirror/data/.

The dumps are read as data files (never through kznews code): headline, dateline, body
paragraphs as the page shows them (hazards included), the ``Источник:`` line and the block of
``ru``-badged headlines that followed the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from tests.copykit.text import normalise

DATA = Path(__file__).resolve().parents[2] / "kznews" / "mirror" / "data"
# "Алматы. 16 апреля. Центр информации - " / "Almaty. August 2. Information Center - "
_DATELINE = re.compile(r"^(?P<place>[^\W\d_][\w -]*)\. (?P<day>[^.]{3,20})\. "
                       r"(?P<agency>Центр информации|Information Center) - ")
_BADGE = re.compile(r"^(ru|en|kk) (.+)$")
# What SITE.md knows of the two seed pages beyond their text: the id and the day.
_KNOWN = {
    "000_c8000de85cd4d99f.txt": (46768, date(2021, 8, 2)),
    "002_dcb0dde66dd9d41a.txt": (45694, date(2021, 4, 16)),
}


@dataclass(frozen=True)
class Seed:
    num: int
    day: date
    lang: str
    title: str
    place: str
    day_text: str  # the dateline's "16 апреля" / "August 2"
    raw_paragraphs: tuple[str, ...]  # as dumped: hazards kept, dateline cut off
    source: str | None
    headlines: tuple[tuple[str, str], ...]  # (badge, headline) of the block after the body

    @property
    def id(self) -> str:
        return f"u{self.num}"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The clean paragraphs a feed should hold."""
        return tuple(normalise(p) for p in self.raw_paragraphs)


def parse(text: str, num: int, day: date) -> Seed:
    """One dump: the title is the line before the dateline; the body runs to ``Источник:``."""
    lines = [line for line in text.split("\n") if line.strip()]
    start = next(i for i, line in enumerate(lines) if _DATELINE.match(line))
    head = _DATELINE.match(lines[start])
    assert head is not None
    body: list[str] = [lines[start][head.end():]]
    source = None
    rest = lines[start + 1:]
    for i, line in enumerate(rest):
        if line.startswith("Источник:"):
            source, rest = line.partition(":")[2].strip(), rest[i + 1:]
            break
        if _BADGE.match(line):
            rest = rest[i:]
            break
        body.append(line)
    headlines = tuple((m[1], m[2].strip()) for m in map(_BADGE.match, rest) if m)
    lang = "en" if head["agency"] == "Information Center" else "ru"
    return Seed(num, day, lang, lines[start - 1].strip(), head["place"], head["day"],
                tuple(body), source, headlines)


@cache
def seeds() -> dict[str, Seed]:
    """Both seeds by language ("en": u46768, "ru": u45694)."""
    out = {}
    for name, (num, day) in _KNOWN.items():
        seed = parse((DATA / name).read_text(encoding="utf-8"), num, day)
        out[seed.lang] = seed
    return out


def en() -> Seed:
    return seeds()["en"]


def ru() -> Seed:
    return seeds()["ru"]
