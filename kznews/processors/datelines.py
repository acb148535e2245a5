"""Datelines: the place, date and agency before a lead, and a wire's lead."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from kznews.processors.dates import _make_date
from kznews.processors.months import MONTH_WORD, month_number
from kznews.processors.stamps import _MONTH_DAYS, date_stamp
from kznews.processors.text import clean_text


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())

# --------------------------------------------------------------------------- dateline


@dataclass(frozen=True)
class Dateline:
    """The ``Place. day month.`` prefix the outlet puts before the lead (a wire's may have no
    date: ``ALMATY (IC) –``; then ``day`` and ``month`` are None)."""

    place: str
    day: int | None
    month: int | None
    stamp: date | None = None
    """A full date (a ``datetime`` with its time of day) printed right before the dateline:
    ``<span>16 апреля 2021 15:40</span>Алматы. 16 апреля. …`` (a date element run into it),
    or the dateline's own year (``ASTANA, May 9, 2022 /Kazinform/ –``)."""
    agency: str | None = None
    """Another agency the dateline names (``ASTANA, May 9 (Reuters) –``): the story's source.
    The outlet's own name is not kept."""
    clock: tuple[int, int] | None = None
    """The time of day a dateless dateline prints instead of a date (``ASTANA, 11:50 –``)."""


_PLACE_WORD = r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?(?:-[^\W\d_]+)*"
"""A word of a place's name, Kazakh Latin's apostrophes inside (``Aqto'be``)."""
_DASH = r"(?:--?|[–—])"
# An agency named in brackets or between slashes (``(IC)``, ``(Reuters)``, ``/Kazinform/``);
# unbracketed, up to three words each opening with a capital (``– Kazinform –``, ``.
# ҚазАқпарат –``, ``. РИА Новости –``), and a sentence opening after its dash: else the lead's.
_NAMED = r"[^\W_][^()/\n]{0,40}?"
_ONE_NAME = r"[^\W\d_][\w'’.&-]{1,24}"


@lru_cache(maxsize=8)
def _dateline_pattern(agency: str) -> re.Pattern[str]:
    """The dateline regex; ``agency`` (a regex, may be empty) is the outlet's own name that
    may follow the date (``Алматы. 16 апреля. Центр информации - text``)."""
    # the agency after the date, maybe after a separator of its own, maybe in brackets, ends
    # in a dash or a stop (``16 апреля. Центр информации - ``, ``April 16 – IC – ``,
    # ``16 апреля – ЦИ. ``, ``April 16 (Information Center) – ``); its last separator is
    # looked for before a bare dash, which would leave the agency in the text
    lead = rf"\s*(?:[.,]|{_DASH})?\s*"
    end = rf"(?:{_DASH}|[.:](?=\s|$))"
    own = (rf"(?P<own>{lead}{agency}\s*{end}\s*|\s*\.\s*{agency}\s*[.:]?(?:\s+|$))|"
           if agency else "")
    named = (rf"(?:{lead}(?:\(\s*(?P<ag>{_NAMED})\s*\)|/\s*(?P<ag2>{_NAMED})\s*/)\s*{end}?\s*|"
             rf"{own}{lead}(?P<ag3>{_ONE_NAME}(?:\s+{_ONE_NAME}){{0,2}})\s*{_DASH}\s*(?=\S)|\s*[.,]?\s*{_DASH}\s*")
    return re.compile(
        rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})\s*(?P<sep>[.,])\s*"
        rf"(?:(?P<d1>[0-9]{{1,2}})\s+(?P<m1>{MONTH_WORD})|(?P<m2>{MONTH_WORD})\.?\s+"
        r"(?P<d2>[0-9]{1,2}))"
        r"(?![0-9])(?:,?\s+(?P<y>(?:19|20)[0-9]{2})(?![0-9])(?:\s*(?:года|г(?=\.)))?)?"
        + named + r"|\s*\.(?:\s+|$))(?P<rest>.*)",
        re.DOTALL,
    )


# Capitalised words that start ordinary sentences, never a dateline's place.
_NOT_PLACE = _wordset(
    "в во на из по с со к у о об от до за при для и а но это как the in at on from by of to "
    "for and but this сегодня вчера завтра today yesterday tomorrow понедельник вторник среда "
    "четверг пятница суббота воскресенье monday tuesday wednesday thursday friday saturday "
    "sunday"
)

_CITY = "қаласы"
_PLACE_KIND = frozenset({_CITY, "облысы", "ауданы", "ауылы"})
"""A Kazakh dateline's word after the place (``Астана қаласы.``, ``Алматы облысы.``): the
city is recorded by its name, a region or district (``Алматы облысы``, not the city) with
its word."""

Spellings = Mapping[str, str] | None
"""Agencies' names as the outlet spells them, by their letters in lower case (``kaztag``:
``КазТАГ``): what a name printed in capitals is recorded as."""


def _match_dateline(text: str, agency: str = "", spellings: Spellings = None
                    ) -> tuple[Dateline, str] | None:
    found = _match_plain_dateline(text, agency, spellings)
    if found is not None:
        return found
    stamp = date_stamp(text)  # ``16 апреля 2021Алматы. 16 апреля. …``
    if stamp is None or stamp[1] >= len(text):
        return None
    found = _match_plain_dateline(text[stamp[1]:], agency, spellings)
    if found is None:
        return None
    return replace(found[0], stamp=stamp[0]), found[1]


def _match_plain_dateline(text: str, agency: str = "", spellings: Spellings = None
                          ) -> tuple[Dateline, str] | None:
    match = _dateline_pattern(agency).match(text)
    if match is None:
        return None
    place = match["place"]
    words = place.split()
    kind = words.pop() if len(words) > 1 and words[-1] in _PLACE_KIND else None
    if any(not w[0].isupper() or w.lower() in _NOT_PLACE for w in words):
        return None
    if kind == _CITY:  # ``Астана қаласы``: the city's name; a region keeps its word
        place = " ".join(words)
    day_raw, month_raw = (match["d1"], match["m1"]) if match["d1"] else (match["d2"], match["m2"])
    month = month_number(month_raw)
    if month is None and agency and match["own"]:  # ``26 ммая. Центр информации -``
        month = _retyped_month(month_raw)
    day = int(day_raw)
    if month is None or not 1 <= day <= _MONTH_DAYS[month - 1]:
        return None
    rest, named = match["rest"], match["ag"] or match["ag2"] or match["ag3"]
    if named and not _agency_name(named):
        if not match["ag3"]:  # ``(фото)``: no name
            return None
        rest, named = text[match.start("ag3"):], None  # ``– Сегодня – …``: the lead's
    elif match["ag3"] and not _unbracketed_agency(match["ag3"], rest):
        rest, named = text[match.start("ag3"):], None  # ``Karaganda – the mining capital``
    stamp = _make_date(int(match["y"]), month, day) if match["y"] else None
    if match["y"] and stamp is None:
        return None
    return Dateline(_place_name(place), day, month, stamp,
                    _other_agency(named, agency, spellings)), \
        rest.strip()


def _retyped_month(word: str) -> int | None:
    """The month of a month's name typed with one letter twice (``ммая``, ``октяббря``,
    ``Jannuary``), else None; trusted only in a dateline naming the outlet, whose dateline it
    is whatever the slip."""
    for k in range(1, len(word)):
        if word[k].lower() == word[k - 1].lower():
            month = month_number(word[:k] + word[k + 1:])
            if month is not None:
                return month
    return None


def _unbracketed_agency(name: str, rest: str) -> bool:
    """A name between the date and a dash is an agency's when each of its words opens with a
    capital and a sentence opens after the dash (``Казахстан – это …`` is the lead's)."""
    return all(_agency_name(w) for w in name.split()) and not rest[:1].islower()


def _agency_name(name: str) -> bool:
    """An agency's name opens with a capital or a digit and is no sentence's first word."""
    return (name[0].isupper() or name[0].isdigit()) and name.lower() not in _NOT_PLACE


def _other_agency(name: str | None, agency: str, spellings: Spellings = None) -> str | None:
    """``name`` unless it is the outlet's own (``agency``, a regex) or empty."""
    name = clean_text(name or "").strip(" .")
    if not name or (agency and re.fullmatch(agency, name)):
        return None
    return _name_case(name, spellings)


def _name_case(name: str, spellings: Spellings = None) -> str:
    """An agency printed in capitals, as a dateline prints its place (``КАЗИНФОРМ``,
    ``INTERFAX-KAZAKHSTAN``), is recorded as the outlet spells it (``spellings``: ``KAZTAG``
    is ``КазТАГ``), else by its name (``Казинформ``); a short word in capitals is an
    abbreviation and stays (``ТАСС``, ``AP``)."""
    if not name.isupper():
        return name
    if spellings and name.lower() in spellings:
        return spellings[name.lower()]
    return _CAPS_WORD.sub(lambda m: m.group().capitalize() if len(m.group()) > MAX_ABBREVIATION
                          else m.group(), name)


MAX_ABBREVIATION = 4  # letters: a word in capitals up to this long is an abbreviation


# ``ALMATY (IC) – …``, ``NEW YORK (AP) — …``, ``ALMATY, Kazakhstan /Kazinform/ – …``,
# ``ASTANA — …``: a wire's dateline with no date, its place in capitals.
_WIRE_LEAD = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)?"
    rf"\s*(?:\(\s*(?P<ag>{_NAMED})\s*\)|/\s*(?P<ag2>{_NAMED})\s*/)?\s*{_DASH}\s*(?P<rest>.+)",
    re.DOTALL)
# Capitals opening a lead that are a label, not a place (``BREAKING — …``, ``ФОТО – …``).
_WIRE_LABELS = _wordset(
    "breaking update updated exclusive photo photos video watch live opinion analysis "
    "editorial interview correction urgent alert новость фото видео важно срочно молния "
    "внимание эксклюзив мнение интервью обновлено официально маңызды жедел сурет бейне "
    "сұхбат пікір")
MIN_WIRE_PLACE = 5  # letters: shorter capitals with no agency are an abbreviation (ЕАЭС, NATO)
MIN_WIRE_REST = 40  # characters: a dateline opens a paragraph of text
MIN_OWN_REST = 15  # characters: a sentence after the outlet's own name (a long read's short lead)


def split_wire_lead(paragraph: str, agency: str = "", spellings: Spellings = None
                    ) -> tuple[Dateline | None, str]:
    """Split a wire's dateless dateline (``ALMATY (IC) – text``, ``NEW YORK (AP) — text``,
    ``ASTANA — text``) off a text's first paragraph; the paragraph comes back unchanged
    without one. Its place is in capitals; without an agency, a place of at least
    ``MIN_WIRE_PLACE`` letters that is no label (``BREAKING``, ``ФОТО``), the text after it a
    sentence of its own. A place in any case may be followed by the time of day or an agency
    instead (``Алматы, 14:05 – text``, ``Астана, КАЗИНФОРМ – text``: ``_split_place_lead``).
    ``spellings``: how the outlet spells agencies a lead may print in capitals."""
    text = clean_text(paragraph)
    head = text[:2]
    if len(head) < 2 or not head[0].isupper():  # the cheap test: a capital opens it
        return None, paragraph
    found = _split_place_lead(text, agency, spellings)
    if found is not None:
        return found
    if not head.isupper():
        return None, paragraph
    match = _WIRE_LEAD.match(text)
    if match is None or not match["place"].isupper() or not match["rest"][:1].isupper():
        return None, paragraph
    place, named = match["place"], match["ag"] or match["ag2"]
    if named is None and (sum(c.isalpha() for c in place) < MIN_WIRE_PLACE
                          or len(match["rest"]) < MIN_WIRE_REST
                          or any(w.lower() in _WIRE_LABELS for w in place.split())):
        return None, paragraph
    if named is not None and not _agency_name(named):
        return None, paragraph
    dateline = Dateline(_place_name(place), None, None,
                        agency=_other_agency(named, agency, spellings))
    return dateline, match["rest"].strip()


_PLACE_HEAD = rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})"
# ``УСТЬ-КАМЕНОГОРСК, 11:50 – …``, ``Алматы, 14:05 (Kazinform) — …``: the time, not the date.
_TIMED_LEAD = re.compile(
    rf"{_PLACE_HEAD}\s*,\s*(?P<H>[0-9]{{1,2}}):(?P<M>[0-9]{{2}})(?![0-9])\s*"
    rf"(?:\(\s*(?P<ag>{_NAMED})\s*\)|/\s*(?P<ag2>{_NAMED})\s*/)?\s*{_DASH}\s*(?P<rest>.+)",
    re.DOTALL)
# ``Астана, КАЗИНФОРМ – …``, ``ALMATY, Kazinform — …``, ``АСТАНА. ҚазАқпарат – …``: an agency
# and no date; one or two words, else it is a sentence.
_AGENCY_LEAD = re.compile(
    rf"{_PLACE_HEAD}\s*[.,]\s*(?P<ag>{_ONE_NAME}(?:\s+{_ONE_NAME})?)\s*{_DASH}\s*(?P<rest>.+)",
    re.DOTALL)
# Words only an agency's name holds (a country or a region after the place holds none).
_AGENCY_WORD = re.compile(
    r"inform|информ|ақпарат|aqparat|news|новост|жаңалық|press|пресс|reuters|interfax|"
    r"интерфакс|sputnik|спутник|xinhua|синьхуа|bloomberg|anadolu|kaztag|казтаг|agency|"
    r"агентств|\.(?:kz|ru|com|org|net)$", re.I)
_INNER_CAPITAL = re.compile(r"[^\W\d_]*[a-zа-яәғқңөұүһі][A-ZА-ЯӘҒҚҢӨҰҮҺІ]")
MIN_CAPS_AGENCY = 4  # letters: shorter capitals after a place are an abbreviation (ООН, USA)


def _split_place_lead(text: str, agency: str, spellings: Spellings
                      ) -> tuple[Dateline, str] | None:
    """``Алматы, 14:05 – text`` or ``Астана, КАЗИНФОРМ – text``: a place (any case) with the
    time of day or an agency (``_agency_after``) but no date, a sentence after it."""
    match = _TIMED_LEAD.match(text) if ":" in text[:60] else None
    clock = _time_of_day(match["H"], match["M"]) if match else None
    if match is None or clock is None:
        match = _AGENCY_LEAD.match(text)
        if match is None or not _agency_after(match["place"], match["ag"], agency):
            return None
    place, rest = match["place"], match["rest"]
    named = match["ag"] or (match["ag2"] if clock else None)
    # the outlet's own name before the dash says dateline whatever follows: one short sentence
    own = not clock and bool(agency) and re.fullmatch(agency, match["ag"]) is not None
    shortest = MIN_OWN_REST if own and rest.rstrip().endswith((".", "!", "?")) else MIN_WIRE_REST
    if len(rest) < shortest or not rest[:1].isupper() or \
            any(not w[0].isupper() or w.lower() in _NOT_PLACE or w.lower() in _WIRE_LABELS
                for w in place.split()) or (named is not None and not _agency_name(named)):
        return None
    return Dateline(_place_name(place), None, None,
                    agency=_other_agency(named, agency, spellings), clock=clock), rest.strip()


def _time_of_day(hour: str, minute: str) -> tuple[int, int] | None:
    return (int(hour), int(minute)) if int(hour) < 24 and int(minute) < 60 else None


def _agency_after(place: str, name: str, agency: str) -> bool:
    """``name`` after a place and before the dash names an agency, not a country or a region
    (``ASTANA, Kazakhstan —``): the outlet's own name, an agency's word (``Kazinform``,
    ``Tengrinews.kz``), capitals inside a word (``ҚазАқпарат``, ``KazTAG``), or capitals
    after a place that is not in capitals (``Астана, КАЗИНФОРМ``), or a name in the other
    script than the place's (``АЛМАТЫ, Orda``: a country or a region is written in the
    place's)."""
    if agency and re.fullmatch(agency, name):
        return True
    return bool(_AGENCY_WORD.search(name) or _INNER_CAPITAL.match(name)) or \
        _is_latin(place) != _is_latin(name) or (
        not place.isupper() and name.isupper()
        and sum(c.isalpha() for c in name) >= MIN_CAPS_AGENCY)


_CAPS_WORD = re.compile(r"[^\W\d_]+")


def _is_latin(text: str) -> bool:
    """The first letter of ``text`` is a Latin one (else Cyrillic: a dateline's two scripts)."""
    first = next((c for c in text if c.isalpha()), "a")
    return first.lower() in "abcdefghijklmnopqrstuvwxyzäöüğıñşçáéóúǵńý"


def _place_name(place: str) -> str:
    """A place printed in capitals (``ALMATY``, ``NUR-SULTAN``, ``АСТАНА``) is recorded by its
    name (``Almaty``); a short one (``USA``, ``UK``) is an abbreviation and stays."""
    if not place.isupper() or len(place) <= 3:
        return place
    return _CAPS_WORD.sub(lambda m: m.group().capitalize(), place)


def split_dateline(paragraph: str, agency: str = "", spellings: Spellings = None
                   ) -> tuple[Dateline | None, str]:
    """Split ``Алматы. 16 апреля. Центр информации - text`` into the dateline and ``text``;
    ``agency`` is a regex of the outlet's name that may stand between date and text,
    ``spellings`` how the outlet spells other agencies a dateline may print in capitals.

    Only a dateline at the very start counts; without one the paragraph comes back unchanged.
    """
    found = _match_dateline(clean_text(paragraph), agency, spellings)
    if found is None:
        return None, paragraph
    return found
