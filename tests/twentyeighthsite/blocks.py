"""The twenty-eighth copy's text structures: each one is its markup and the paragraphs it gives.

A ``Block`` is a piece of an article's text as the template writes it (``html``) together with
the body paragraphs a careful reader records from it (``texts``), per the rules in
``tests/twentyeighthsite/__init__.py``. ``structure(kind, lang, num)`` returns the blocks of
one structure (a list, a table, a Q&A …) in the article's language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass


def esc(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class Block:
    html: str
    texts: tuple[str, ...]


def para(text: str, cls: str = "") -> Block:
    attr = f' class="{cls}"' if cls else ""
    return Block(f"<p{attr}>{esc(text)}</p>", (text,))


def rich(markup: str, text: str) -> Block:
    """A paragraph with inline markup (links, emphasis, markers): ``text`` is what it reads."""
    return Block(f"<p>{markup}</p>", (text,))


def heading(text: str, level: int) -> Block:
    return Block(f"<h{level}>{esc(text)}</h{level}>", (text,))


def bullets(items: list[str], tag: str = "ul") -> Block:
    """A list: one paragraph per item; the bullet or number the browser draws is no text."""
    lis = "".join(f"<li>{esc(item)}</li>\n" for item in items)
    return Block(f"<{tag}>\n{lis}</{tag}>", tuple(items))


def steps(items: list[tuple[str, str]]) -> Block:
    """Numbered steps whose number is written in the text: '<strong>Шаг 1.</strong> …'."""
    lis = "".join(f"<li><strong>{esc(n)}</strong> {esc(t)}</li>" for n, t in items)
    return Block(f'<ol class="steps">{lis}</ol>', tuple(f"{n} {t}" for n, t in items))


def table(head: list[str], rows: list[list[str]]) -> Block:
    """A data table: one paragraph per row (header row first), cells joined by one space."""
    th = "".join(f"<th>{esc(c)}</th>" for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>\n"
                  for row in rows)
    return Block(f'<table class="data">\n<thead><tr>{th}</tr></thead>\n<tbody>\n{trs}</tbody>'
                 "\n</table>", tuple(" ".join(r) for r in [head, *rows]))


def quote(paragraphs: list[str]) -> Block:
    inner = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return Block(f"<blockquote>{inner}</blockquote>", tuple(paragraphs))


def quote_box(words: str, who: str) -> Block:
    """A boxed quotation inside the text (said nowhere else on the page): two paragraphs."""
    return Block(f'<aside class="quote-box"><p class="quote-box__text">{esc(words)}</p>'
                 f'<p class="quote-box__who">{esc(who)}</p></aside>', (words, who))


def verse(lines: list[str], newline: bool) -> Block:
    """A poem in one paragraph, lines split by ``<br>``: one paragraph per line (a ``<br>``
    ends a paragraph, as in every copy of the outlet)."""
    sep = "<br>\n" if newline else "<br>"
    return Block(f'<p class="verse">{sep.join(esc(x) for x in lines)}</p>', tuple(lines))


def pre(lines: list[str]) -> Block:
    """A preformatted block: one paragraph per non-empty line."""
    return Block("<pre>" + "\n".join(esc(x) for x in lines) + "\n</pre>",
                 tuple(x.strip() for x in lines if x.strip()))


def fact_box(title: str, paragraphs: list[str]) -> Block:
    """The 'Справка' box closing the text: its title and paragraphs are body."""
    inner = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return Block(f'<div class="fact-box"><h4 class="fact-box__title">{esc(title)}</h4>{inner}'
                 "</div>", (title, *paragraphs))


def embed(kind: str, num: int) -> Block:
    """A tweet or Instagram post inside the text: no body."""
    if kind == "tweet":
        return Block('<blockquote class="twitter-tweet"><p lang="ru" dir="ltr">Сегодня провели '
                     "встречу с жителями района. Спасибо всем, кто пришёл! "
                     f'<a href="https://t.co/k{num}">pic.twitter.com/k{num}</a></p>&mdash; '
                     f'Акимат Алматы (@almaty_akimat) <a href="https://twitter.com/almaty_akimat/'
                     f'status/17{num}">March 3, 2023</a></blockquote>\n<script async '
                     'src="https://platform.twitter.com/widgets.js"></script>', ())
    return Block('<blockquote class="instagram-media" data-instgrm-permalink="https://www.'
                 f'instagram.com/p/C{num}x/" data-instgrm-version="14"><div><a href="https://www.'
                 f'instagram.com/p/C{num}x/" target="_blank">Посмотреть эту публикацию в '
                 "Instagram</a></div><p>Публикация от ic24.kz (@ic24kz)</p></blockquote>\n"
                 '<script async src="//www.instagram.com/embed.js"></script>', ())


def footnoted(text_before: str, text_after: str, n: int) -> Block:
    """A paragraph carrying a footnote marker '[n]': the marker is no text (as in the tenth
    copy's footnotes)."""
    mark = f'<sup><a href="#fn-{n}" id="ref-{n}">[{n}]</a></sup>'
    return rich(f"{esc(text_before)}{mark}{esc(text_after)}", f"{text_before}{text_after}")


def footnotes(notes: list[str]) -> Block:
    """The notes under the text: one paragraph each, without its number '[n]'; the '↩'
    back-link is no text."""
    ps = "".join(f'<p id="fn-{k}">[{k}] {esc(t)} <a href="#ref-{k}" class="backref">↩</a></p>'
                 for k, t in enumerate(notes, 1))
    return Block(f'<div class="footnotes"><hr>{ps}</div>', tuple(notes))


def figure(src: str, caption: str) -> Block:
    """A photo inside the text; its caption describes the photo and is no body."""
    return Block(f'<figure class="inline-photo"><img src="{src}" alt=""><figcaption>'
                 f"{esc(caption)}</figcaption></figure>", ())
