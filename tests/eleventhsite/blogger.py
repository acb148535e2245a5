"""A Blogger/Blogspot post page: weekday date header, ``post-body entry-content`` holding the text
as ``<br>``-runs or ``<div>``s, a captioned image in Blogger's ``tr-caption-container`` table,
``abbr.published`` with the ISO stamp, "Ярлыки:" labels and the empty comments footer."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from tests.eleventhsite import site
from tests.eleventhsite.templates import (
    WEEKDAYS,
    after_text,
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

COMMENTS = {"ru": ("Комментариев нет:", "Отправить комментарий"),
            "en": ("No comments:", "Post a Comment"), "kk": ("Пікірлер жоқ:", "Пікір қалдыру")}


def date_header(art: site.Article) -> str:
    """'пятница, 16 апреля 2021 г.' / 'Friday, April 16, 2021' / 'жұма, 16 сәуір 2021 ж.'"""
    weekday = WEEKDAYS[art.lang][art.day.weekday()]
    if art.lang == "en":
        return f"{weekday}, {month(art)} {art.day.day}, {art.day.year}"
    suffix = "г." if art.lang == "ru" else "ж."
    return f"{weekday}, {art.day.day} {month(art)} {art.day.year} {suffix}"


def _label(name: str) -> str:
    return f'<a href="/search/label/{quote(name)}" rel="tag">{escape(name)}</a>'


def _images(art: site.Article, base: str) -> str:
    if not art.images:
        return ""
    if art.gallery:
        return gallery(art, base)
    src = base + art.image_paths()[0]
    img = f'<a href="{src}" style="margin-left:auto;margin-right:auto"><img border="0" ' \
          f'data-original-height="720" data-original-width="1280" src="{src}" width="640"></a>'
    if not art.photo_credit:
        return f'<div class="separator" style="clear: both; text-align: center;">{img}</div>'
    return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container">'
            f'<tbody><tr><td style="text-align: center;">{img}</td></tr>'
            f'<tr><td class="tr-caption" style="text-align: center;">{credit(art)}</td></tr>'
            "</tbody></table>")


def _body(art: site.Article, base: str) -> str:
    chunks = paragraph_texts(art)
    if art.read_also and len(chunks) > 2:
        chunks.insert(2, read_also(art, base))
    if art.video:
        chunks.insert(len(chunks) - 1, video(art))
    chunks += after_text(art)
    if art.author:
        chunks.insert(0, f'{words(art)["author"]} {escape(art.author)}')
    if art.split == "div":
        text = "".join(f"<div>{c}</div><div><br></div>" for c in chunks)
    else:
        text = "<br><br>\n".join(chunks)
    return f"{_images(art, base)}{text}"


def _footer(art: site.Article, base: str) -> str:
    stamp = art.local.isoformat()
    labels = ""
    if art.tags:
        labels = (f'<span class="post-labels">{words(art)["labels"]} '
                  f'{", ".join(_label(t) for t in art.tags)}</span>')
    none, post = COMMENTS[art.lang]
    return ('<div class="post-footer"><div class="post-footer-line post-footer-line-1">'
            '<span class="post-author vcard"><span class="fn">ic24</span></span> '
            f'<span class="post-timestamp">в <a class="timestamp-link" href="{base}{art.path}" '
            f'rel="bookmark"><abbr class="published" itemprop="datePublished" title="{stamp}">'
            f"{art.clock:%H:%M}</abbr></a></span> "
            f'<span class="post-comment-link"><a class="comment-link" href="#comments">{none}'
            "</a></span></div>"
            f'<div class="post-footer-line post-footer-line-2">{labels}</div></div>'
            f'<div class="comments" id="comments"><h4>{none}</h4>'
            f'<p class="comment-footer"><a href="#comment-editor">{post}</a></p></div>')


def page(art: site.Article, base: str) -> bytes:
    crumbs = f'<a href="{base}/">{words(art)["home"]}</a>'
    if art.category:
        crumbs += f" » {_label(art.category)}"
    body = (f'<div class="breadcrumbs">{crumbs} » <span>{escape(art.title)}</span></div>'
            f'<div class="date-outer"><h2 class="date-header"><span>{date_header(art)}</span></h2>'
            '<div class="date-posts"><div class="post-outer">'
            '<div class="post hentry uncustomized-post-template">'
            f'<a name="{art.num}"></a><h3 class="post-title entry-title">{escape(art.title)}</h3>'
            f'<div class="post-header"><div class="post-header-line-1">{counters(art)}</div></div>'
            f'<div class="post-body entry-content" id="post-body-{art.num}">'
            f'{_body(art, base)}<div style="clear: both;"></div></div>'
            f"{_footer(art, base)}</div></div></div></div>")
    head = (f'<link rel="canonical" href="{base}{art.path}">'
            '<meta content="blogger" name="generator">')
    return shell(art, head, body, lang_attr=art.num % 2 == 0)
