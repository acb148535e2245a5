"""Hazards inside the words of one paragraph: markup a reader never notices.

``dress(text, k)`` escapes ``text`` and hides one kind of hazard in it (chosen by ``k``) so
that the rendered text, read as the site module's docstring says, is ``text`` again: a soft
hyphen or ``<wbr>`` inside a long word, zero-width characters and bidi marks, ``&nbsp;`` in
three spellings, letters as numeric entities, a word split over inline tags, an HTML comment
between words and tabs/newlines inside tags, or nothing.
"""

from __future__ import annotations

import html
import re

# Long words only, never the letters of an entity ("&amp;" is escaped text, not a word).
_WORD = re.compile(r"(?<![&#\w])[^\W\d_]{7,}")
KINDS = ("shy", "wbr", "zero", "nbsp", "numeric", "split", "comment", "bidi", "newline", "plain")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _inside(text: str, nth: int, insert: str) -> str:
    """``insert`` in the middle of the ``nth`` long word (counting round), else unchanged."""
    words = list(_WORD.finditer(text))
    if not words:
        return text
    m = words[nth % len(words)]
    cut = m.start() + len(m.group()) // 2
    return text[:cut] + insert + text[cut:]


def _numeric(text: str) -> str:
    """The first long word's letters as decimal, then hexadecimal entities."""
    m = _WORD.search(text)
    if not m:
        return text
    word = "".join(f"&#{ord(c)};" if i % 2 else f"&#x{ord(c):x};" for i, c in
                   enumerate(m.group()))
    return text[: m.start()] + word + text[m.end():]


def _split(text: str) -> str:
    """A long word over three inline elements, no space between them."""
    m = _WORD.search(text)
    if not m:
        return text
    w = m.group()
    a, b = len(w) // 3, 2 * len(w) // 3
    word = f"<b>{w[:a]}</b><span class=hl>{w[a:b]}</span><i>{w[b:]}</i>"
    return text[: m.start()] + word + text[m.end():]


def _spaces(text: str, *fillers: str) -> str:
    """The first spaces of the paragraph spelled as ``fillers`` in turn."""
    for filler in fillers:
        text = text.replace(" ", filler, 1)
    return text


def dress(text: str, k: int) -> str:
    """``text`` escaped, with hazard ``KINDS[k % len(KINDS)]`` hidden in it."""
    out, kind = esc(text), KINDS[k % len(KINDS)]
    if kind == "shy":
        return _inside(_inside(out, 0, "&shy;"), 2, "\u00ad")
    if kind == "wbr":
        return _inside(_inside(out, 1, "<wbr>"), 3, "<WBR/>")
    if kind == "zero":
        return _inside(_inside(_inside(out, 0, "\u200b"), 1, "\u200d"), 2, "&#8288;")
    if kind == "nbsp":
        return _spaces(out, "&nbsp;", "\u00a0", "&#160; ", " &#xA0;")
    if kind == "numeric":
        return _numeric(out)
    if kind == "split":
        return _split(out)
    if kind == "comment":
        return _spaces(_inside(out, 1, "<!-- -->"), " <!-- ad: 300x250 --> ",
                       " <!--noindex--><!--/noindex--> ")
    if kind == "bidi":
        return _inside(_spaces(out, " \u200e", "\u200f "), 0, "\u200e")
    if kind == "newline":
        return _spaces(_inside(out, 0, "<span\n\tclass=\"hl\"\n></span>"), "\n\t\t", "\r\n ")
    return out
