"""Photo credits in captions, copyright marks and credit phrases."""

from __future__ import annotations

import re

from kznews.extract.caseless import Words
from kznews.processors.datelines import _match_dateline
from kznews.processors.sources import _tidy_name, label_sentence
from kznews.processors.text import _clean_spaces, clean_text

CREDIT_LABEL = (r"(?:(?:photos?|images?|pictures?)\s+credits?|(?:(?:photos?|images?|pictures?)\s+)?"
                r"courtesy(?:\s+of)?|credits?|фото(?:сурет(?:тер)?|лар)?|photos?|фото/видео|"
                r"сурет(?:тер|ті\s+түсірген|тің\s+авторы|\s+авторы)?|"
                r"foto(?:lar)?|s[uúý]ret(?:ter)?|автор\s+фото|фотограф|photographer|инфографика|infographics?|коллаж|collage|"
                r"иллюстраци[яи]|illustrations?|графика|graphics?|скриншот|screenshot|images?|pictures?)")
"""The label a picture's credit opens with: ``Фото:``, ``Photo by``, ``Photos:``, ``Фотосурет:``
(kk plurals ``Суреттер:``, ``Фотолар:``, ``Фотосуреттер:``),
``Суретті түсірген:`` (kk "taken by"), ``Суреттің авторы:`` (kk "the picture's author"),
``Image credit:``, ``Credit:``, ``Photo courtesy of``, or the picture's kind (``Инфографика:``,
``Коллаж:``, ``Иллюстрация:``, ``Графика:``, ``Скриншот:``, ``Image:``, ``Picture:``).
Case-blind, no anchor."""
CREDIT_MARK = (r"\s*[:：\-–—©]|\s+(?i:by)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|"
               r"(?<=(?i:of))\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
"""What follows a credit's label: a colon, a dash or a copyright mark (``Фото © akorda.kz``),
``by`` and a name (``Photo by Jane``), or the name after ``courtesy of``."""
ICON_LEAD = (r"(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
             r"[\ufe0f\u200d]?\s*)+")
"""Icons a credit line may open with (``📷 Фото:``, ``📸 Photo:``, ``🖼 Сурет:``, ``▶``):
pictographs and arrows with their variation selector; the label after them is the line's."""
_ICON_LEAD = re.compile(ICON_LEAD)
_PHOTO = re.compile(
    rf"(?i:{CREDIT_LABEL})\s*(?:[:：]|[-–—©]|(?i:by)\s|(?<=(?i:of))\s)\s*(?P<c>.+)",
    re.DOTALL,
)
# A credit printed as a phrase rather than a label and a name: ``Фото из открытых
# источников`` (open sources, recorded in the nominative), ``Фото пресс-службы МВД`` (a press
# service's photo: ``пресс-служба МВД``), ``Фото предоставлено пресс-службой …``, ``Фото с
# сайта akorda.kz``, ``Photo from open sources``, ``Сурет ашық дереккөздерден``. The name is a
# few words, not a sentence (``Фото пресс-службы МВД опубликованы …`` is text).
MAX_PHRASE_WORDS = 6
_OPEN_SOURCES = {"ru": "открытые источники", "en": "open sources", "kk": "ашық дереккөздер"}
_ARCHIVE = {"ru": "архив", "en": "archive"}
# A paper's ``Фото из архива`` / ``Photo from the archive`` names the archive (nominative);
# ``Фото автора`` / ``Photo by the author`` names the author who signed the story: no name here
# (``author`` matches, ``photo_credit`` gives None; the signature over it gives the name).
CREDIT_PHRASE = (r"(?:фото|photos?|сурет)\s+(?:(?P<open_ru>из\s+открыт\w*\s+источник\w*)|"
                 r"(?P<open_en>from\s+open\s+sources?)|(?P<open_kk>ашық\s+дереккөз\w*)|"
                 r"(?P<archive_ru>из\s+архива)(?=\s*$)|(?P<archive_en>from\s+the\s+archives?)(?=\s*$)|"
                 r"(?P<author>автора|by\s+the\s+author)(?=\s*$)|"
                 r"(?:предоставлен[оы]?\s+)?(?P<press>пресс-(?:служб|центр)\w*)\s+(?P<of>\S.*)|"
                 r"(?:предоставлен[оы]?|с\s+сайта)\s+(?P<named>\S.*))")
"""A credit phrase's opening, for ``PHOTO_LABEL``-like tests (case-blind, no anchor)."""
_PHRASE = re.compile(rf"(?i:{CREDIT_PHRASE})\s*$", re.DOTALL)
_SENTENCE_STOP = re.compile(r"[.!?…]\s")
_MARK_PREFIX = re.compile(r"^(?:©|\(c\)|courtesy\s+of\s)\s*", re.I)
_LAT_LOWER_CYR_UPPER = re.compile(r"[a-z][А-ЯЁӘҒҚҢӨҰҮҺІ]")


def photo_credit(text: str, agency: str = "", own_name: bool = False) -> str | None:
    """``Фото:gov.kz`` -> ``gov.kz``; a credit glued to the dateline (``Фото:pixabayАлматы.
    20 апреля.``) is cut where the dateline starts; ``Фото: © X`` -> ``X``; a phrase
    (``Фото пресс-службы МВД``) -> its name. None unless the text starts with the label, or
    when the label heads a caption's sentence (``Photo: a man walks past …``).
    ``own_name``: the text is a picture's credit by its place (a caption, a credit box), where
    the outlet's own name is the author, not a site's notice."""
    # No homoglyph repair before cutting: ``pixabayАлматы`` is two words glued, not one.
    text = _ICON_LEAD.sub("", _clean_spaces(text), count=1) if text[:1] > "\u2000" else \
        _clean_spaces(text)
    match = _PHOTO.match(text)
    if match is None:
        if text.startswith("©"):
            return copyright_credit(text, "" if own_name else agency)
        return _phrase_credit(text)
    credit = _MARK_PREFIX.sub("", match["c"])
    if caption_value(credit):
        return None  # ``Photo: a man walks past the new building on Monday.``: a caption
    glued = _LAT_LOWER_CYR_UPPER.search(credit)
    if glued is not None:
        credit = credit[: glued.start() + 1]
    for pos in range(1, min(len(credit), 160)):
        if credit[pos].isupper() and _plain_word_at(credit, pos) and \
                _match_dateline(credit[pos:], agency) is not None:
            credit = credit[:pos]
            break
    return _tidy_name(clean_text(credit))


_CREDIT_ORIGIN = re.compile(
    r"(?i)(?:из|с|со|от|by|from|via|courtesy|archive|архив|скриншот|screenshot|кадр|still)"
    r"(?![^\W\d_])")
"""Where a credit's picture came from, opening its value (``из архива пресс-службы …``,
``from the ministry's archive``): a credit, however long."""


def caption_value(value: str) -> bool:
    """A credit label's value that is a caption's sentence, not a name (``a man walks past the
    new polyclinic building on Monday.``): a sentence by ``label_sentence`` that does not
    open with where the picture came from (``из архива …``, ``from …``, ``screenshot …``)."""
    value = clean_text(value)
    return _CREDIT_ORIGIN.match(value) is None and label_sentence(value)


def caption_line(text: str) -> bool:
    """A credit's label heading a caption's sentence (``Photo: a man walks past …``): a line
    of text, no credit."""
    match = _PHOTO.match(_clean_spaces(text))
    return match is not None and caption_value(match["c"])


def _plain_word_at(text: str, pos: int) -> bool:
    """The letters from ``pos`` on make a word of their own, no capital inside (``Алматы``,
    ``АЛМАТЫ``): where a dateline glued to a credit may start, not inside a name in camel
    case or the credit's own capitals (``KazTAGАлматы``: ``TAGАлматы`` is no city)."""
    found = _LETTERS.match(text, pos)
    word = found.group() if found is not None else ""
    return bool(word) and (word.isupper() or not any(c.isupper() for c in word[1:]))


_LETTERS = re.compile(r"[^\W\d_]+")


def _phrase_credit(text: str) -> str | None:
    """``Фото из открытых источников`` -> ``открытые источники``, ``Фото пресс-службы МВД``
    -> ``пресс-служба МВД``, ``Фото с сайта akorda.kz`` -> ``akorda.kz``."""
    if len(text) > MAX_MARK_CREDIT or " " not in text:
        return None
    match = _PHRASE.match(text)
    if match is None:
        return None
    for lang in ("ru", "en", "kk"):
        if match[f"open_{lang}"]:
            return _OPEN_SOURCES[lang]
    for lang in ("ru", "en"):
        if match[f"archive_{lang}"]:
            return _ARCHIVE[lang]
    if match["author"]:
        return None
    name = match["of"] or match["named"]
    if name is not None and (len(name.split()) > MAX_PHRASE_WORDS or _SENTENCE_STOP.search(name)):
        return None
    if match["press"]:
        kind = "пресс-центр" if "центр" in match["press"].lower() else "пресс-служба"
        return _tidy_name(clean_text(f"{kind} {match['of']}"))
    return _tidy_name(clean_text(_MARK_PREFIX.sub("", match["named"])))


_NOTICE = re.compile(
    r"(?:19|20)\d\d|rights|прав[аo]?\s+(?:защищ|охран)|құқ|при\s+(?:использ|цитир)", re.I)
MAX_MARK_CREDIT = 80  # characters: a picture's author, not a site's copyright notice


def copyright_credit(text: str, agency: str = "") -> str | None:
    """``© akorda.kz`` -> ``akorda.kz``: a copyright mark over or under a picture names its
    author (the label a portal prints instead of ``Фото:``). A site's notice names none: a
    year (``© 2012–2026 …``), its rights (``Все права защищены``) or the outlet itself."""
    credit = _MARK_PREFIX.sub("", text.lstrip("© ").strip())
    if not credit or len(credit) > MAX_MARK_CREDIT or _NOTICE.search(credit) or (
            agency and re.fullmatch(rf"\W*(?:{agency})\W*", credit, re.I)):
        return None
    return _tidy_name(clean_text(credit))


_CREDIT_WORD = Words("фото", "photo", "сурет", "foto", "ret", "граф", "graph", "коллаж",
                     "collage", "иллюстр", "illustr", "скриншот", "screenshot", "image", "picture",
                     "credit", "courtesy")
"""A piece of every ``CREDIT_LABEL``: a caption without one has no credit (``ret``: the Latin
Kazakh ``Suret``/``Sýret``/``Súret``, whose accented letters a needle cannot hold)."""
# Where a credit starts inside a caption: a label after a word boundary, then ``:`` or a dash.
_CREDIT_AT = re.compile(rf"(?:^|(?<=[\s.,;(\[|/]))(?=(?i:{CREDIT_LABEL})(?:{CREDIT_MARK}))")


def _has_credit_mark(text: str) -> bool:
    """One of the marks ``_CREDIT_AT`` needs after the label."""
    return (":" in text or "-" in text or "—" in text or "–" in text or "：" in text
            or " by " in text or " By " in text or "ourtesy of " in text)


def caption_credit(text: str, agency: str = "") -> str | None:
    """``Участники мероприятия. Фото: akorda.kz`` -> ``akorda.kz``: the credit a photo's
    caption ends with (also in brackets: ``… (Photo: Akorda)``); None when it names none."""
    # most lines: a credit's label needs its colon or dash (``_CREDIT_AT``), a cheaper look
    # than the case-blind scan for the label
    if not _has_credit_mark(text) or not _CREDIT_WORD.search(text):
        return None
    for match in reversed(list(_CREDIT_AT.finditer(text))):
        credit = photo_credit(text[match.start():].rstrip(" )]"), agency)
        if credit:
            return credit
    dashed = _DASHED_CREDIT.search(text)
    if dashed and len(dashed["name"].split()) <= MAX_DASHED_WORDS:
        return photo_credit(f"{dashed['label']}: {dashed['name']}", agency)
    return None


def cut_caption_credit(text: str, agency: str = "") -> str:
    """``Годовая инфляция составила 8,4%. Инфографика: Kazinform`` -> ``Годовая инфляция
    составила 8,4%.``: a caption without the credit closing it (``caption_credit``'s), else
    the caption as it is."""
    if not _has_credit_mark(text) or not _CREDIT_WORD.search(text):
        return text
    for match in reversed(list(_CREDIT_AT.finditer(text))):
        if match.start() and photo_credit(text[match.start():].rstrip(" )]"), agency):
            return text[:match.start()].rstrip(" ([")
    dashed = _DASHED_CREDIT.search(text)
    if dashed and len(dashed["name"].split()) <= MAX_DASHED_WORDS:
        return text[:dashed.start()].rstrip()
    return text


_DASHED_CREDIT = re.compile(r"\s[—–-]\s+(?P<label>(?i:фото|photo|сурет|foto|s[uúý]ret))\s+"
                            r"(?P<name>[^\s:：].*?)[\s.)]*$")
"""``Участники мероприятия — фото gov.kz``: the label after the caption's spaced dash, no
colon, then the credit closing the caption (``… на фото …`` inside a sentence is none)."""
MAX_DASHED_WORDS = 4
