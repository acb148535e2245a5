"""A LiveJournal entry: ``b-singlepost-body`` text in ``<br />`` runs or ``<p>``s with an lj-cut
anchor, photos and their credit lines inside the text, a rubric over it, "Метки:" links to
``/tag/X`` and the date only in a "Запись опубликована …" line at the very bottom."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from tests.copykit.text import translit
from tests.eleventhsite import site
from tests.eleventhsite.templates import (
    after_text,
    clock,
    counters,
    credit,
    gallery,
    month,
    paragraph_texts,
    read_also,
    shell,
    video,
    words,
)


def posted(art: site.Article) -> str:
    """The bottom line: 'Запись опубликована 16 апреля 2021 г. в 15:40' and kin."""
    at = clock(art)
    if art.lang == "en":
        tail = f" at {at}" if at else ""
        return f"This entry was posted on {month(art)} {art.day.day}, {art.day.year}{tail}"
    if art.lang == "kk":
        tail = f", {at}" if at else ""
        return f"Жарияланған уақыты: {art.day.day} {month(art)} {art.day.year}{tail}"
    tail = f" в {at}" if at else ""
    return f"Запись опубликована {art.day.day} {month(art)} {art.day.year} г.{tail}"


def _photo(art: site.Article, base: str) -> str:
    if art.gallery:
        return gallery(art, base)
    line = f'<img src="{base}{art.image_paths()[0]}" alt="" />'
    return f"{line}<br />{credit(art)}" if art.photo_credit else line


def _body(art: site.Article, base: str) -> str:
    chunks = paragraph_texts(art)
    chunks[0] += '<a name="cutid1"></a>'
    if art.images:
        chunks.insert(0, _photo(art, base))
    if art.read_also and len(chunks) > 3:
        chunks.insert(3, read_also(art, base))
    if art.video:
        chunks.insert(len(chunks) - 1, video(art))
    if art.author:
        chunks.insert(0, f'<b>{words(art)["author"]}</b> {escape(art.author)}')
    chunks += after_text(art)
    if art.split == "p":
        return "\n".join(f"<p>{c}</p>" for c in chunks)
    return "<br /><br />\n".join(chunks)


def page(art: site.Article, base: str) -> bytes:
    w = words(art)
    rubric = ""
    if art.category:
        rubric = (f'<div class="b-singlepost-rubrics">{w["rubric"]} <a class="b-singlepost-rubric"'
                  f' href="/category/{translit(art.category)}/">{escape(art.category)}</a></div>')
    tags = ""
    if art.tags:
        links = ", ".join(f'<a href="/tag/{quote(t)}" rel="tag">{escape(t)}</a>'
                          for t in art.tags)
        tags = f'<div class="b-singlepost-tags ljtags">{w["tags"]} {links}</div>'
    body = ('<div class="s-header"><span class="ljuser"><b>ic24_kz</b></span></div>'
            '<article class="b-singlepost hentry">'
            f'<h1 class="b-singlepost-title entry-title p-name">{escape(art.title)}</h1>{rubric}'
            '<div class="b-singlepost-body entry-content e-content" lj-style>'
            f"{_body(art, base)}</div>{tags}"
            f'<div class="b-singlepost-counters">{counters(art)}</div>'
            '<div class="b-singlepost-addfriend">Поделиться · Добавить в друзья</div>'
            f'<p class="b-singlepost-date">{posted(art)}</p></article>')
    head = f'<link rel="canonical" href="{base}{art.path}">'
    return shell(art, head, body)
