"""A UMI.CMS news item: the fields marked only by ``umi:element-id`` / ``umi:field-name``
attributes (no helpful classes), a ``publish_time`` of "16.04.2021 в 15:40" or "16 апреля, 15:40"
whose year then stands only in the breadcrumb's "Архив 2021" link, tags as ``/tags/?tag=X`` and a
"Версия для печати" link after the text."""

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

TAGS = {"ru": "Теги:", "en": "Tags:", "kk": "Тегтер:"}
AT = {"ru": " в ", "en": " at ", "kk": ", "}


def publish_time(art: site.Article) -> str:
    """'16.04.2021 в 15:40' (numeric) or '16 апреля, 15:40' / 'April 16, 15:40' (no year)."""
    at = clock(art)
    if art.date_style == "numeric":
        return f"{art.day:%d.%m.%Y}" + (AT[art.lang] + at if at else "")
    day = f"{month(art)} {art.day.day}" if art.lang == "en" else f"{art.day.day} {month(art)}"
    return day + (f", {at}" if at else "")


def _field(art: site.Article, name: str, inner: str, tag: str = "div") -> str:
    return f'<{tag} umi:element-id="{art.num}" umi:field-name="{name}">{inner}</{tag}>'


def _crumbs(art: site.Article, base: str) -> str:
    w = words(art)
    crumbs = [f'<a href="{base}/">{w["home"]}</a>', f'<a href="/novosti/">{w["news"]}</a>',
              f'<a href="/novosti/arhiv/{art.day.year}/">{w["archive"]} {art.day.year}</a>']
    if art.category:
        crumbs.append(f'<a href="/novosti/{translit(art.category)}/">'
                      f"{escape(art.category)}</a>")
    return f'<div>{" / ".join(crumbs)}</div>'


def _content(art: site.Article, base: str) -> str:
    chunks = [f"<p>{c}</p>" for c in paragraph_texts(art)]
    if art.author:
        chunks.insert(0, f'<p><em>{words(art)["author"]} {escape(art.author)}</em></p>')
    if art.read_also and len(chunks) > 2:
        chunks.insert(len(chunks) - 1, f"<p>{read_also(art, base)}</p>")
    if art.video:
        chunks.insert(2, f"<p>{video(art)}</p>")
    chunks += [f"<p>{line}</p>" for line in after_text(art)]
    return "\n".join(chunks)


def _picture(art: site.Article, base: str) -> str:
    if not art.images:
        return ""
    if art.gallery:
        return gallery(art, base)
    img = _field(art, "anons_pic", "", "span").replace(
        "></span>", f'><img src="{base}{art.image_paths()[0]}" alt=""></span>')
    return f"<div>{img}<br><small>{credit(art)}</small></div>" if art.photo_credit else img


def page(art: site.Article, base: str) -> bytes:
    tags = ""
    if art.tags:
        links = " ".join(f'<a href="/tags/?tag={quote(t)}">{escape(t)}</a>' for t in art.tags)
        tags = _field(art, "tags", f"{TAGS[art.lang]} {links}")
    item = (f'<div umi:element-id="{art.num}" umi:module="news" umi:method="item">'
            f'{_field(art, "h1", escape(art.title), "h1")}'
            f'<div>{_field(art, "publish_time", publish_time(art), "span")} '
            f"{counters(art)}</div>{_picture(art, base)}"
            f'{_field(art, "content", _content(art, base))}{tags}'
            f'<div><a href="{base}{art.path}?print=1">{words(art)["print"]}</a></div></div>')
    head = f'<meta name="keywords" content="{escape(", ".join(art.tags))}">'
    body = f'<div id="page">{_crumbs(art, base)}{item}</div>'
    return shell(art, head, body, lang_attr=art.num % 3 != 0)
