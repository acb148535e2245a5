"""Sources: a story's source from a label line, its lead or a bracketed note."""

from __future__ import annotations

import re

from kznews.processors.text import clean_text

# --------------------------------------------------------------------------- attribution

_SOURCE_LINE = re.compile(
    r"(?i:источник(?:и)?|sources?|дереккөз(?:і)?|derekk(?:ö|ó|o['’ʼ]?)z[iı]?|"
    r"ақпарат\s+көзі|aqparat\s+k(?:ö|ó|o['’ʼ]?)z[iı]|"
    r"first\s+published\s+(?:at|by|in))\s*[:：]\s*(?P<name>.+)",
    re.DOTALL,
)


_DASHED_LINE = re.compile(
    r"(?i:источник|source|дереккөз(?:і)?|derekk(?:ö|ó|o['’ʼ]?)z[iı]?)\s*[-–—]\s*(?P<name>.+)",
    re.DOTALL)


def dashed_source_line(text: str) -> str | None:
    """``Источник - EU Reporter`` -> ``EU Reporter``: a source label typed with a dash for its
    colon, then a name (a few words, capitalised, no sentence: ``Источник - в правительстве
    …`` is a sentence). Only a line after the text's last paragraph is one; the caller knows."""
    match = _DASHED_LINE.fullmatch(text)
    return None if match is None else _line_name(match["name"])


def _tidy_name(name: str) -> str | None:
    name = name.strip().rstrip(".,;:").strip()
    return name or None


def source_from_line(text: str) -> str | None:
    """``Источник: КазТАГ`` -> ``КазТАГ`` (also ``Source:``, ``Дереккөз:``, ``Ақпарат көзі:``);
    label must lead."""
    return source_from_clean_line(clean_text(text))


def source_from_clean_line(text: str) -> str | None:
    """``source_from_line`` of text that is ``clean_text``'s output already (a page's lines):
    cleaning again would change nothing and costs a pass over every paragraph. A line naming
    the text's material's origin is one too: ``По материалам Tengrinews.kz`` (or with a colon:
    ``По материалам: Tengrinews.kz``), ``Based on
    materials from Kazinform``, ``Kazinform материалдары бойынша``."""
    match = _SOURCE_LINE.match(text)
    if match is not None:
        return None if label_sentence(match["name"]) else _tidy_name(match["name"])
    if len(text) > MAX_MATERIALS_LINE:
        return None
    match = _MATERIALS_LINE.match(text)
    if match is None and ("бойынша" in text or "материалдар" in text or "нан " in text):
        match = _KK_MATERIALS_LINE.match(text)
    return None if match is None else _line_name(match["name"])


_MAX_NAME_WORDS = 6  # words of a source's name not counting its linking ones


def source_value(value: str) -> str | None:
    """A source label's value (already ``clean_text``'s output) as the source: None when it is
    a sentence (``label_sentence``), which is the story's text."""
    return None if label_sentence(value) else value or None


def label_sentence(value: str) -> bool:
    """A label's value that is a sentence, not a name: ``по данным министерства, в этом году
    построено 120 школ.``, ``the ministry said the building cost 3 billion tenge.`` — it opens
    in lower case (no press service's, site's or agency's name: ``пресс-служба акимата …``),
    runs longer than a name and has a clause's comma or ends as a sentence does (headed by a
    body's name, ``министерство здравоохранения, министерство просвещения и акимат …``, only
    a sentence's end makes it one)."""
    value = value.strip()
    if not value or not value[0].islower() or _LOWER_NAMES.match(value):
        return False
    words = [w for w in value.split() if w.casefold() not in _LINKING]
    if len(words) <= _MAX_NAME_WORDS:
        return False
    if _BODY_HEAD.match(value):  # ``министерство здравоохранения, акимат города …``: a list
        return _SENTENCE_END.search(value) is not None and not _bodies(value)
    if _SENTENCE_END.search(value):
        return True
    # a clause after a comma (``по данным министерства, в этом году построено 120 школ``), not
    # a name's last part (``официальный сайт министерства …, раздел новостей``)
    tail = value.rsplit(", ", 1)[-1] if ", " in value else ""
    return len([w for w in tail.split() if w.casefold() not in _LINKING]) >= _MIN_CLAUSE


_MIN_CLAUSE = 3  # words after a comma that make a clause
_BODY_PARTS = re.compile(r",\s*|\s+(?:и|and)\s+")


def _bodies(value: str) -> bool:
    """``value`` lists bodies, full stop and all (``министерство здравоохранения, акимат
    Алматы и городское управление полиции.``): two parts or more, each a name's length and a
    body's name (its first or second word a body's) or a capitalised one."""
    parts = [part.strip() for part in _BODY_PARTS.split(value.rstrip(".!?… "))]
    return len(parts) > 1 and all(
        part and len([w for w in part.split() if w.casefold() not in _LINKING]) <= _MAX_NAME_WORDS
        and (part[0].isupper() or _BODY_HEAD.match(part) or
             _BODY_HEAD.match(part.split(None, 1)[-1])) for part in parts)


_SENTENCE_END = re.compile(r"[.!?…]\W*$")
_BODY_HEAD = re.compile(
    r"(?i)(?:the\s+)?(?:министерств|акимат|департамент|управлени|комитет|прокуратур|полици|"
    r"суд|фонд|ministry|akimat|department|office|committee|police|court|fund)")


MAX_MATERIALS_LINE = 120  # characters: a label and a name, not a sentence
_MATERIALS_LINE = re.compile(
    r"(?i:по\s+(?:материалам|информации|данным|сообщению|сведениям)|на\s+основе\s+материалов|"
    r"(?:based\s+on|with|using|from)\s+(?:the\s+)?(?:materials?|reports?|information|data)\s+"
    r"(?:from|by|of)|(?:materials?|reporting)\s+(?:from|by)|"
    # a republished story's origin: ``Перепечатано с Kazinform``, ``Originally published by
    # Reuters``, ``Republished from …``, ``Reprinted with permission from …``
    r"(?:перепечатано|перепечатка|републиковано|опубликовано\s+впервые)\s+(?:с|из|на|в)(?:\s+сайта)?|"
    r"(?:(?:originally|first)\s+published|republished|reprinted|syndicated)"
    r"(?:\s+with\s+permission)?\s+(?:by|from|on|in)|"
    # a channel's post forwarded from another (Telegram's header over it)
    r"переслано\s+из|forwarded\s+from)(?:\s*[:：]\s*|\s+)(?P<name>.+)")
_KK_MATERIALS_LINE = re.compile(
    r"(?P<name>.+?)\s+(?i:материалдары\s+(?:бойынша|негізінде)|материалдарынан|"
    r"ақпараты\s+бойынша|(?:сайтынан|сайтында|порталынан)\s+(?:алынды|көшірілді|"
    r"жарияланған|жарияланды)|(?:сайтынан|порталынан)\s+көшіріп\s+басылды)\W*$")
_NAME_STOP = re.compile(r"[,;:!?]|[.…](?:\s|$)")


def _line_name(raw: str) -> str | None:
    """The name on a line of its own after (or before) its label: a few words, capitalised,
    quoted or a press service's, and no sentence."""
    name = raw.strip().rstrip(".").strip()
    if not name or _NAME_STOP.search(name) or len(name.split()) > _MAX_SOURCE_WORDS:
        return None
    if not (name[0].isupper() or name[0] in "«\"“„" or _LOWER_NAMES.match(name)):
        return None
    return _tidy_name(re.sub(r"^the\s+", "", name))


_NAME_END = r"(?=\s+со\s+ссылкой|\s+(?i:with\s+reference|citing|referring)|[,;:(]|\.(?:\s|$)|$)"
_LOWER_NAMES = re.compile(
    r"(?i)(?:the\s+)?(?:пресс-служб|пресс-центр|press\s+(?:service|office|center|centre)"
    r"|агентств|издани|портал|сайт|телеграм|информационн)"
)
# Kazakh's "reports", "reported", "writes", in Cyrillic and in Latin letters (2021
# ``habarlaidy``, 2018 ``habarlai'dy``/``habarlaıdy``, transliterated ``xabarlaydy``).
_KK_REPORTS = (r"хабарла(?:йды|ды)|жазады|жазды|мәлімде(?:йді|ді)|[hx]abarla(?:idy|i['’ʼ]dy|ıdy|"
               r"ydy|dy)|jazady|jazdy|m(?:ä|a['’ʼ]?|á)l[iı]mde(?:[iı]d[iı]|d[iı])")
# "according to X" put after the name: ``Kazinform мәліметінше, …`` (``mälımetınşe``).
_KK_ACCORDING = (r"мәліметінше|мәліметі\s+бойынша|хабарлауынша|[hx]abarlau[yı]nsha|"
                 r"m(?:ä|a['’ʼ]?|á)l[iı]met[iı](?:n(?:ş|sh|s['’ʼ])e|\s+boiynsha)")
_LEAD_VERB_FIRST = re.compile(
    r"(?i:(?<![^\W\d_])(?:сообща(?:ет|ют)|переда(?:е|ё)т|передают|пишет|пишут|информирует"
    r"|according\s+to|reported\s+by"
    # "X reports that …" is not an attribution; ", reports X" is; in Kazakh the quote's
    # ``деп`` ("saying") stands before the verb: ``…, деп хабарлайды Kazinform``.
    r"|(?:(?<=,\s)|(?<=[—–]\s))(?:reported|reports|writes)"
    rf"|(?:деп|dep)\s+(?:{_KK_REPORTS})|(?:(?<=,\s)|(?<=[—–]\s))(?:{_KK_REPORTS}))\s+)"
    r"(?P<name>[^\s,.;].{0,120}?)" + _NAME_END,
    re.DOTALL,
)
_LEAD_NAME_FIRST = re.compile(
    r"(?:^|,\s*)(?P<name>(?:[^,.;:]|\.(?=\w)){1,80}?)\s+(?i:reports|reported|writes|wrote|informs|сообщает"
    r"|пишет)\s*(?=[.,;]|$|(?i:citing|with\s+reference|referring|со\s+ссылкой)\b)"
)
# A Kazakh verb after a name only behind "about this" (``Бұл туралы Kazinform хабарлады``):
# ``Мұғалімдер кітап жазады`` (teachers write a book) names no source.
_NAME_PART = r"(?P<name>(?:[^,.;:]|\.(?=\w)){1,80}?)"
_LEAD_KK_ABOUT = re.compile(
    rf"(?i:(?<![^\W\d_])(?:бұл|осы|bul|osy)\s+(?:туралы|turaly))\s+{_NAME_PART}\s+"
    rf"(?i:{_KK_REPORTS})\s*(?=[.,;!]|$)")
_LEAD_KK_ACCORDING = re.compile(
    rf"(?:^|[,.;]\s+){_NAME_PART}\s+(?i:{_KK_ACCORDING})(?=[\s,]|$)")
# "According to X, …" opening a sentence: ``По данным пресс-службы акимата, …``, ``По
# информации Tengrinews.kz, …``; a press service "told" in its own case: ``Как сообщили в
# пресс-службе МВД, …``. Inside a sentence ``по данным`` cites figures, not the story's origin.
_LEAD_ACCORDING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?i:(?:по|согласно)\s+(?:данным|информации|сообщению|сведениям))\s+"
    rf"{_NAME_PART}\s*,")
_LEAD_PRESS_TOLD = re.compile(
    r"(?i:(?<![^\W\d_])(?:сообщили|рассказали|уточнили|пояснили|заявили|сообщают)\s+в)\s+"
    r"(?P<name>(?i:пресс-(?:служб|центр))\w*(?:\s+[^\s,.;:]+){0,5}?)" + _NAME_END)
_MAX_SOURCE_WORDS = 6
# The reporter the agency sent stands before its name (``передает корреспондент Kazinform``,
# ``корреспондент агентства «Казинформ»``) or after it (``Kazinform correspondent``,
# ``Kazinform тілшісі``): the source is the agency.
_REPORTER_BEFORE = re.compile(
    r"^(?:(?:собственн|специальн)\w*\s+)?(?:корреспондент|журналист|репортер|репортёр)\w*\s+"
    r"(?:(?:агентства|издания|портала|сайта|газеты|телеканала|редакции)\s+)?|"
    r"^(?:an?\s+|our\s+)?(?:correspondent|reporter)\s+(?:of|for|from|with|at)\s+", re.I)
# (a bare trailing "reporter" stays: ``EU Reporter`` is a name)
_REPORTER_AFTER = re.compile(
    r"(?:['’]s\s+(?:correspondent|reporter)|\s+(?:correspondent|тілшісі))$", re.I)


def _lead_name(raw: str) -> str | None:
    name = raw.strip().strip("\"'").strip()
    name = _REPORTER_AFTER.sub("", _REPORTER_BEFORE.sub("", name))
    if not name:
        return None
    first = name[0]
    if not (first.isupper() or first in "«\"“'" or _LOWER_NAMES.match(name)):
        return None
    # "the press service" loses its article; "The Astana Times" keeps the one in its name
    name = re.sub(r"^the\s+", "", name)
    return _tidy_name(" ".join(_name_words(name.split())))


_LINKING = frozenset({"of", "the", "and", "for", "on", "in", "at", "&", "и", "по", "при"})
"""Words that join a name's parts (``press service of the Akimat of Almaty``): they do not
count towards its length, and never end it."""


def _name_words(words: list[str]) -> list[str]:
    """The first ``_MAX_SOURCE_WORDS`` words of a name that are not linking words, and the
    linking words between them."""
    kept: list[str] = []
    count = 0
    for word in words:
        if word.casefold() not in _LINKING:
            if count == _MAX_SOURCE_WORDS:
                break
            count += 1
        kept.append(word)
    while kept and kept[-1].casefold() in _LINKING:
        kept.pop()
    return kept


# Quotes that enclose a whole name (``«Хабар 24»``), by opening mark: the closing ones.
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”“", "„": "“”"}
# The head word of a name cited in another case (``По данным пресс-службы акимата``, ``сообщили
# в пресс-службе МВД``) and its nominative ending; the words it governs stay as printed, being
# part of the name. Kazakh puts the head last (``… баспасөз қызметінің``). Proper names
# (``Казинформа``) are not declined back: no table can know them.
_HEAD_CASES = tuple((re.compile(pattern, re.I), ending) for pattern, ending in (
    (r"^(пресс-служб)(?:ы|е|ой|у)(?![^\W\d_])", "а"),
    (r"^(пресс-центр)(?:а|е|ом|у)(?![^\W\d_])", ""),
    (r"^(министерств|агентств|ведомств)(?:а|е|ом|у)(?![^\W\d_])", "о"),
    (r"^(акимат|департамент|комитет|портал|сайт|телеканал)(?:а|е|ом|у)(?![^\W\d_])", ""),
    (r"^(управлени|издани)(?:я|и|ем|ю)(?![^\W\d_])", "е"),
    (r"(баспасөз\s+қызмет)(?:інің|іне|інен|інде)$", "і"),
))


_SOURCE_URL = re.compile(r"(?:https?://|www\.)(?P<host>(?:www\.)?[\w-]+(?:\.[\w-]+)+)"
                         r"(?::\d+)?(?:[/?#]\S*)?", re.I)
"""A source given only as its address: the host (without ``www.``) is the source's name."""


def source_name(name: str | None) -> str | None:
    """A source as a name: ``«Хабар 24»`` -> ``Хабар 24`` (quotes enclosing the whole name
    only: ``МИА «Казинформ»`` keeps its own), ``пресс-службы акимата Алматы`` -> ``пресс-служба
    акимата Алматы`` (the head word in the nominative)."""
    if not name:
        return name
    url = _SOURCE_URL.fullmatch(name)
    if url:  # ``https://kaztag.kz/ru/news/47151``: the site it names
        return url["host"].lower().removeprefix("www.")
    closing = _QUOTE_PAIRS.get(name[0])
    if closing and len(name) > 2 and name[-1] in closing and not any(
            mark in name[1:-1] for mark in {name[0], *closing}):
        name = name[1:-1].strip()
    for pattern, ending in _HEAD_CASES:
        match = pattern.search(name)
        if match:
            return f"{name[:match.start()]}{match[1]}{ending}{name[match.end():]}"
    return name


_BRACKETED = re.compile(r"(?P<text>(?:.*[.!?…»\"”])?)\s*\((?P<inner>[^()]{2,80})\)\s*$", re.DOTALL)
_BRACKET_LABEL = re.compile(
    r"(?i)(?:по\s+(?:материалам|данным|информации)|источник|source|дереккөз|via|according\s+to"
    r"|based\s+on)\s*[:：]?\s*")
# A bracket after the last sentence that is a note, not a name: a photo's or video's, a serial's
# "to be continued", a change note, a translation's, an author's.
_BRACKET_NOTE = re.compile(
    r"(?i)(?<![^\W\d_])(?:фото|видео|photo|video|сурет|бейне|продолжени|окончани|continued|"
    r"следует|жалғасы|обновлен|updated|перевод|translat|автор|author|ред|архив|archive|"
    r"english|русск|қазақ)")


def bracketed_source(text: str) -> tuple[str, str] | None:
    """``… в следующем месяце. (КазТАГ)`` -> (the text without it, ``КазТАГ``): a short name
    in brackets after the last sentence of a text (``(по материалам Kazinform)`` too) is its
    source; a bracket inside a sentence, or a note (``(Фото)``, ``(Продолжение следует)``), is
    text. None when ``text`` does not end so."""
    if not text.endswith(")"):
        return None
    match = _BRACKETED.match(text)
    if match is None:
        return None
    inner = match["inner"].strip()
    name = _BRACKET_LABEL.sub("", inner, count=1) if _BRACKET_LABEL.match(inner) else inner
    name = name.strip().strip("\"'").strip()
    if not name or len(name.split()) > _MAX_SOURCE_WORDS or _BRACKET_NOTE.search(name) or \
            re.search(r"[.!?;:](?:\s|$)", name) or not (
                name[0].isupper() or name[0] in "«“" or _LOWER_NAMES.match(name)):
        return None
    return match["text"].rstrip(), _tidy_name(name) or name


def source_from_lead(text: str) -> str | None:
    """The agency named in a lead: ``сообщает КазТАГ со ссылкой …`` -> ``КазТАГ``,
    ``…, EU reporter reports.`` -> ``EU reporter``, ``according to Kazinform`` -> ``Kazinform``."""
    cleaned = clean_text(text)
    found: list[tuple[int, str]] = []
    for pattern in (_LEAD_VERB_FIRST, _LEAD_NAME_FIRST, _LEAD_KK_ABOUT, _LEAD_KK_ACCORDING,
                    _LEAD_ACCORDING, _LEAD_PRESS_TOLD):
        for match in pattern.finditer(cleaned):
            name = _lead_name(match["name"])
            if name is not None:
                found.append((match.start(), name))
                break
    return min(found)[1] if found else None
