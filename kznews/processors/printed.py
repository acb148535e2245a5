"""A rubric's or a tag's name as a reader records it, whatever the page printed around it.

Pages print the same name many ways: ``СПОРТ`` in capitals, ``🏛 Society`` behind an icon,
``Рубрика: Экономика`` with its label, ``Новости / Общество`` as a path; a tag cloud's
``аким (3)`` with its count, a list's ``молодёжь.`` with its punctuation.
"""

from __future__ import annotations

import re

RUBRIC_LABEL = re.compile(
    r"^(?:рубрик[аи]|категори[яи]|раздел|category|categories|section|rubric|айдар|санат|"
    r"бөлім)\s*[:：]\s*", re.I)
TAGS_LABEL = re.compile(r"^(?:теги|тэги|метки|ключевые\s+слова|tags|keywords|тегтер|"
                        r"кілт\s+сөздер)\s*[:：]\s*", re.I)
_PATH_SEP = re.compile(r"\s+[/›»>|]\s+")
_LEAD_SIGNS = re.compile(r"^[^\w«\"'(]+")
_COUNT = re.compile(r"\s*[(\[]\d+[)\]]$")
MIN_CAPS_WORD = 5
"""Letters of a word in capitals read as shouting (``СПОРТ``, ``INCIDENTS``); a shorter one
is an acronym kept as written (``IT``, ``ЧП``, ``ЕАЭС``)."""


def _uncap(name: str) -> str:
    words = name.split(" ")
    if not name.isupper() or not any(len(w) >= MIN_CAPS_WORD and w.isalpha() for w in words):
        return name
    out = [w.lower() if len(w) >= MIN_CAPS_WORD else w for w in words]
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def rubric_name(value: str) -> str:
    """``СПОРТ`` -> ``Спорт``, ``🏛 Society`` -> ``Society``, ``Рубрика: Экономика`` ->
    ``Экономика``, ``Новости / Общество`` -> ``Общество``; acronyms stay (``ЕАЭС``)."""
    name = _LEAD_SIGNS.sub("", value.strip())
    name = RUBRIC_LABEL.sub("", name)
    parts = [p for p in _PATH_SEP.split(name) if p.strip()]
    if len(parts) > 1:
        name = parts[-1]
    return _uncap(name.strip())


def tag_name(value: str) -> str:
    """``аким (3)`` -> ``аким``, ``молодёжь.`` -> ``молодёжь``, ``Теги: МВД`` -> ``МВД``."""
    tag = TAGS_LABEL.sub("", value.strip())
    return _COUNT.sub("", tag).rstrip(" .,;:").strip()
