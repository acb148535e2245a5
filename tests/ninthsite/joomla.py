"""Joomla 3 (protostar-like: ``<base href>``, the menu's "Новости" as ``h1`` and the headline in
``h2[itemprop=headline]``, ``datetime`` in UTC, the photo credit as the text's first paragraph,
tags above the text) and Joomla 4 (cassiopeia-like: headline ``h1``, local ``datetime``, the
full image in a ``figure`` whose ``src`` keeps the ``#joomlaImage://`` fragment, tags below the
text). Both: ``div.item-page``, ``dl.article-info`` (author, category, published, modified,
hits), ``ul.tags`` to ``/component/tags/tag/…``, a "« Предыдущая / Следующая »" pager and a
"latest news" module.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from tests.copykit.text import EN_MONTHS, ru_slug
from tests.ninthsite import site
from tests.ninthsite.templates import SITE_NAME, WIDGET, jsonld, lead_paragraphs, og_tags

LANG = {"ru": "ru-ru", "en": "en-gb", "kk": "kk-kz"}
LABELS = {  # details, author, category, published, updated, hits, prev, next
    "ru": ("Подробности", "Автор:", "Категория:", "Опубликовано:", "Обновлено:", "Просмотров:",
           "« Предыдущая", "Следующая »"),
    "en": ("Details", "Written by:", "Category:", "Published:", "Last Updated:", "Hits:",
           "« Prev", "Next »"),
    "kk": ("Толығырақ", "Авторы:", "Санаты:", "Жарияланды:", "Жаңартылды:", "Қаралды:",
           "« Алдыңғы", "Келесі »"),
}


def _j4(art: site.Article) -> bool:
    return art.variant == 1


def _stamp(art: site.Article, when: datetime) -> tuple[str, str]:
    """(the ``datetime`` attribute, the text) of one date."""
    moment = when if when.tzinfo else when.replace(tzinfo=art.local.tzinfo)
    attr = moment.isoformat() if _j4(art) else moment.astimezone(UTC).isoformat()
    if art.lang == "en":
        return attr, f"{moment.day} {EN_MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M}"
    return attr, f"{moment:%d.%m.%Y %H:%M}"


def _info(art: site.Article) -> str:
    labels = LABELS[art.lang]
    out = [f'<dt class="article-info-term">{labels[0]}</dt>',
           f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/'
           f'Person">{labels[1]} <span itemprop="name">{art.author}</span></dd>']
    if art.category:
        out.append(f'<dd class="category-name">{labels[2]} <a href="/novosti/'
                   f'{ru_slug(art.category)}" itemprop="genre">{escape(art.category)}</a></dd>')
    attr, text = _stamp(art, art.local)
    out.append(f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> '
               f'<time datetime="{attr}" itemprop="datePublished">{labels[3]} {text}</time></dd>')
    if art.modified:
        attr, text = _stamp(art, art.modified)
        out.append(f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
                   f' <time datetime="{attr}" itemprop="dateModified">{labels[4]} {text}</time>'
                   "</dd>")
    if art.views is not None:
        out.append(f'<dd class="hits"><span class="icon-eye" aria-hidden="true"></span> <meta '
                   f'itemprop="interactionCount" content="UserPageVisits:{art.views}" />'
                   f"{labels[5]} {art.views}</dd>")
    return f'<dl class="article-info text-muted">{"".join(out)}</dl>\n'


def _tags(art: site.Article) -> str:
    if not art.tags:
        return ""
    items = "".join(
        f'<li class="list-inline-item tag-{k + 2} tag-list{k}" itemprop="keywords"><a '
        f'href="/component/tags/tag/{k + 2}-{ru_slug(t) or k}" class="btn btn-sm btn-info">'
        f"{escape(t)}</a></li>" for k, t in enumerate(art.tags))
    return f'<ul class="tags list-inline">{items}</ul>\n'


def _image(art: site.Article) -> tuple[str, str]:
    """(the full image block, the credit paragraph J3 puts first in the text)."""
    paths = art.image_paths()
    if not paths:
        return "", ""
    credit = f"Фото:{escape(art.photo_credit)}" if art.photo_credit else ""
    if _j4(art):
        src = f"{paths[0]}#joomlaImage://local-images{paths[0][7:]}?width=1200&amp;height=800"
        caption = f'<figcaption class="caption">{credit}</figcaption>' if credit else ""
        return (f'<figure class="left item-image"><img src="{src}" itemprop="image" alt="" '
                f'width="1200" height="800" loading="lazy">{caption}</figure>\n', "")
    para = f'<p style="text-align: right;"><em>{credit}</em></p>\n' if credit else ""
    return (f'<div class="pull-left item-image"><img src="{paths[0]}" alt="" itemprop="image"'
            " /></div>\n", para)


def _text(art: site.Article, credit: str) -> str:
    paths, out = art.image_paths(), [credit]
    for k, para in enumerate(lead_paragraphs(art)):
        out.append(f"<p>{escape(para)}</p>\n")
        if k == 1 and len(paths) > 1:
            out.append(f'<p><img src="{paths[1]}" alt="" width="800" height="533" /></p>\n')
    return f'<div itemprop="articleBody" class="com-content-article__body">\n{"".join(out)}</div>\n'


def _pager(art: site.Article, base: str) -> str:
    older, newer = site.neighbours(art)
    labels, out = LABELS[art.lang], []
    for cls, rel, other, label in (("previous", "prev", older, labels[6]),
                                   ("next", "next", newer, labels[7])):
        if other is not None:
            out.append(f'<li class="{cls} page-item"><a class="hasTooltip page-link" title="'
                       f'{escape(other.title)}" href="{other.path}" rel="{rel}"><span '
                       f'class="visually-hidden">{escape(other.title)}</span><span '
                       f'aria-hidden="true">{label}</span></a></li>')
    return f'<nav class="pagenavigation"><ul class="pager pagenav">{"".join(out)}</ul></nav>\n'


def _item(art: site.Article, base: str) -> str:
    image, credit = _image(art)
    if _j4(art):
        heading = f'<div class="page-header"><h1 itemprop="headline">{escape(art.title)}</h1></div>'
        return (f"{heading}\n{_info(art)}{image}{_text(art, credit)}{_tags(art)}"
                f"{_pager(art, base)}")
    heading = ('<div class="page-header"><h1>Новости</h1></div>\n<div class="page-header"><h2 '
               f'itemprop="headline">{escape(art.title)}</h2></div>')
    return f"{heading}\n{_info(art)}{_tags(art)}{image}{_text(art, credit)}{_pager(art, base)}"


def _head(art: site.Article, base: str) -> str:
    name, title = SITE_NAME["ru"], escape(art.title)
    shown = f"{title} - {name}" if _j4(art) else f"{name} - {title}"
    base_tag = "" if _j4(art) else f'<base href="{base}{art.path}" />\n'
    return (f'<!DOCTYPE html>\n<html lang="{LANG[art.lang]}" dir="ltr">\n<head>\n'
            f'<meta charset="utf-8">\n{base_tag}<meta name="keywords" content="'
            f'{escape(", ".join(art.tags))}">\n<meta name="author" content="{art.author}">\n'
            '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
            f"<title>{shown}</title>\n{og_tags(art, base)}{jsonld(art, base)}</head>\n")


def page(art: site.Article, base: str) -> str:
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" '
                     f'itemprop="url"><span itemprop="name">{escape(a.title)}</span></a></li>'
                     for a in site.build()[:5])
    lang = {"ru": "ru-RU", "en": "en-GB", "kk": "kk-KZ"}[art.lang]
    return (f"{_head(art, base)}<body class=\"site com_content view-article no-layout no-task "
            f'itemid-101"><header class="header"><a class="brand" href="/"><span '
            f'class="site-title">{SITE_NAME["ru"]}</span></a><div class="moduletable currency">'
            f'<div class="custom">{WIDGET}</div></div></header>\n<nav><ul class="nav menu '
            'mod-list"><li class="item-101 current active"><a href="/novosti">Новости</a></li>'
            '</ul></nav>\n<main id="content" role="main"><div id="system-message-container">'
            '</div>\n<div class="com-content-article item-page" itemscope '
            f'itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="{lang}" />'
            f'\n{_item(art, base)}</div></main>\n<aside class="sidebar"><div class="moduletable">'
            f'<h3>Последние новости</h3><ul class="latestnews mod-list">{latest}</ul></div>'
            f'</aside>\n<footer class="footer"><p>© 2026 {SITE_NAME["ru"]}</p></footer>'
            "</body></html>\n")
