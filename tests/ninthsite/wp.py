"""WordPress with a classic (underscores-style) theme and no SEO plugin: ``h1.entry-title``,
``span.posted-on`` with ``time.published`` and ``time.updated``, ``div.entry-content`` holding
the text plus Post Views Counter, Jetpack sharing and Jetpack "Related" (``div.jp-relatedposts``,
with excerpts and thumbnails), the rubric and tags in the entry footer, comments with dates, and
images in three lazy styles (``srcset`` only, ``data-lazy-src``, a ``<noscript>`` twin).
``<html lang>`` is the site's ``ru-RU`` on every page.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from tests.copykit.text import EN_MONTHS, KK_MONTHS
from tests.ninthsite import site
from tests.ninthsite.templates import (
    CREDIT,
    SITE_NAME,
    WIDGET,
    jsonld,
    lead_paragraphs,
    og_tags,
)

LABELS = {"ru": ("Опубликовано", "Рубрики:", "Метки:", "Просмотры:", "Похожее"),
          "en": ("Posted on", "Categories:", "Tags:", "Post Views:", "Related"),
          "kk": ("Жарияланды", "Санаты:", "Тегтер:", "Қаралды:", "Ұқсас")}
PLACEHOLDER = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox="
               "'0%200%201024%20683'%3E%3C/svg%3E")


def _shown_date(lang: str, when: datetime) -> str:
    if lang == "en":
        return f"{EN_MONTHS[when.month - 1]} {when.day}, {when.year}"
    if lang == "kk":
        return f"{when.day} {KK_MONTHS[when.month - 1]} {when.year}"
    return f"{when:%d.%m.%Y}"


def _times(art: site.Article) -> str:
    published = (f'<time class="entry-date published" datetime="{art.local.isoformat()}">'
                 f"{_shown_date(art.lang, art.local)}</time>")
    if art.modified is None:
        return published
    moment = art.modified.replace(tzinfo=art.local.tzinfo)
    updated = (f'<time class="updated" datetime="{moment.isoformat()}">'
               f"{_shown_date(art.lang, moment)}</time>")
    return updated + published if art.modified_first else published + updated


def _img(art: site.Article, path: str, k: int) -> str:
    """One upload in the page's lazy style; the file itself is ``path`` (1024 wide)."""
    stem = path[:-4]
    srcset = f"{stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w, {path} 1024w"
    cls = f"size-large wp-image-{art.num * 10 + k}"
    if art.variant == 0:
        return (f'<img width="1024" height="683" srcset="{srcset}" sizes="(max-width: 1024px) '
                f'100vw, 1024px" alt="" class="{cls}" />')
    if art.variant == 1:
        return (f'<img width="1024" height="683" src="{PLACEHOLDER}" alt="" class="{cls}" '
                f'data-lazy-srcset="{srcset}" data-lazy-src="{path}" />')
    return (f'<img width="1024" height="683" src="/wp-content/plugins/a3-lazy-load/assets/images/'
            f'lazy_placeholder.gif" data-lazy-type="image" data-src="{path}" alt="" '
            f'class="lazy lazy-hidden {cls}" /><noscript><img width="1024" height="683" '
            f'src="{path}" alt="" class="{cls}" /></noscript>')


def _lead_image(art: site.Article) -> str:
    paths = art.image_paths()
    if not paths:
        return ""
    if art.photo_credit is None:
        return f"<p>{_img(art, paths[0], 1)}</p>\n"
    ident = f"attachment_{art.num * 10 + 1}"
    credit = escape(CREDIT[art.lang].format(art.photo_credit))
    return (f'<figure id="{ident}" aria-describedby="caption-{ident}" style="width: 1024px" '
            f'class="wp-caption aligncenter">{_img(art, paths[0], 1)}<figcaption '
            f'id="caption-{ident}" class="wp-caption-text">{credit}</figcaption></figure>\n')


def _views(art: site.Article) -> str:
    if art.views is None:
        return ""
    number = {"ru": f"{art.views:,}".replace(",", "\u00a0"), "en": f"{art.views:,}",
              "kk": f"{art.views:,}".replace(",", " ")}[art.lang]
    return (f'<div class="post-views content-post post-{art.num} entry-meta"><span '
            f'class="post-views-icon dashicons dashicons-chart-bar"></span> <span '
            f'class="post-views-label">{LABELS[art.lang][3]}</span> <span '
            f'class="post-views-count">{number}</span></div>\n')


def _related(art: site.Article, base: str) -> str:
    arts = site.build()
    others = [a for a in arts if a.num != art.num]
    picked = [others[(art.num * k) % len(others)] for k in (3, 7, 11)]
    items = []
    for k, other in enumerate(picked):
        thumb = f"/wp-content/uploads/{other.day:%Y/%m}/ic{other.num}-1-350x200.jpg"
        context = f"В «{other.category}»" if other.category else ""
        items.append(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{k} '
            f'jp-relatedposts-post-thumbs" data-post-id="{other.num}" data-post-format="false">'
            f'<a class="jp-relatedposts-post-a" href="{base}{other.path}" title="'
            f'{escape(other.title)}" rel="nofollow" data-position="{k}"><img '
            f'class="jp-relatedposts-post-img" src="{thumb}" width="350" alt="" /></a>'
            f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
            f'href="{base}{other.path}" rel="nofollow">{escape(other.title)}</a></h4>'
            f'<p class="jp-relatedposts-post-excerpt">{escape(other.paragraphs[-1])}</p>'
            f'<p class="jp-relatedposts-post-date">{other.day:%d.%m.%Y}</p>'
            f'<p class="jp-relatedposts-post-context">{escape(context)}</p></div>')
    return ("<div id='jp-relatedposts' class='jp-relatedposts'><h3 "
            f'class="jp-relatedposts-headline"><em>{LABELS[art.lang][4]}</em></h3>'
            f'<div class="jp-relatedposts-items jp-relatedposts-items-visual">{"".join(items)}'
            "</div></div>\n")


def _content(art: site.Article, base: str) -> str:
    paths, paras = art.image_paths(), lead_paragraphs(art)
    out = [_lead_image(art)]
    for k, para in enumerate(paras):
        out.append(f"<p>{escape(para)}</p>\n")
        if k == 0 and len(paths) > 1:
            out.append(f"<p>{_img(art, paths[1], 2)}</p>\n")
        if k == 1 and art.num % 3 == 0:
            out.append("<p>&nbsp;</p>\n")
    out.append(_views(art))
    out.append('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
               'sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Поделиться:</h3>'
               '<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook '
               f'sd-button" href="{base}{art.path}?share=facebook" rel="nofollow"><span>Facebook'
               '</span></a></li><li class="share-telegram"><a class="share-telegram sd-button" '
               f'href="{base}{art.path}?share=telegram" rel="nofollow"><span>Telegram</span></a>'
               "</li></ul></div></div></div>\n")
    out.append(_related(art, base))
    return "".join(out)


def _footer(art: site.Article) -> str:
    labels = LABELS[art.lang]
    rubric = escape(art.category or site.NO_RUBRIC[art.lang])
    out = (f'<span class="cat-links">{labels[1]} <a href="/category/c{art.num % 7}/" '
           f'rel="category tag">{rubric}</a></span>')
    if art.tags:
        links = ", ".join(f'<a href="/tag/t{k}/" rel="tag">{escape(t)}</a>'
                          for k, t in enumerate(art.tags))
        out += f'<span class="tags-links">{labels[2]} {links}</span>'
    return f'<footer class="entry-footer">{out}</footer>\n'


def _comments(art: site.Article) -> str:
    if not art.comments:
        return ""
    items = []
    for k, (name, when, text) in enumerate(art.comments, 1):
        moment = when.replace(tzinfo=art.local.tzinfo)
        items.append(
            f'<li id="comment-{art.num}{k}" class="comment even thread-even depth-1"><article '
            f'class="comment-body"><footer class="comment-meta"><div class="comment-author '
            f'vcard"><img alt="" src="https://secure.gravatar.com/avatar/{k}?s=32&amp;d=mm" '
            f'class="avatar avatar-32 photo" height="32" width="32" /><b class="fn">{name}</b> '
            f'<span class="says">пишет:</span></div><div class="comment-metadata"><a '
            f'href="#comment-{art.num}{k}"><time datetime="{moment.isoformat()}">'
            f"{moment:%d.%m.%Y в %H:%M}</time></a></div></footer><div class=\"comment-content\">"
            f"<p>{escape(text)}</p></div></article></li>")
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">Комментарии: '
            f'{len(items)}</h2><ol class="comment-list">{"".join(items)}</ol><div id="respond" '
            'class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Добавить '
            "комментарий</h3><form action=\"/wp-comments-post.php\" method=\"post\"><p><textarea "
            'name="comment"></textarea></p></form></div></div>\n')


def _sidebar(art: site.Article, base: str) -> str:
    recent = "".join(f'<li><a href="{base}{a.path}">{escape(a.title)}</a><span class="post-date">'
                     f"{a.day:%d.%m.%Y}</span></li>" for a in site.build()[:5])
    return ('<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2 '
            'class="widget-title">Курсы валют</h2><div class="textwidget">'
            f"{WIDGET}</div></section><section class=\"widget widget_recent_entries\"><h2 "
            f'class="widget-title">Свежие записи</h2><ul>{recent}</ul></section></aside>\n')


def page(art: site.Article, base: str) -> str:
    url = base + art.path
    head = (f'<!doctype html>\n<html lang="ru-RU">\n<head>\n<meta charset="UTF-8">\n<meta '
            f'name="viewport" content="width=device-width, initial-scale=1">\n<title>'
            f"{escape(art.title)} &#8211; {SITE_NAME['ru']}</title>\n<link rel='stylesheet' "
            "href='/wp-content/themes/ic/style.css?ver=5.7' media='all' />\n"
            f'<link rel="canonical" href="{url}" />\n<link rel=\'shortlink\' href=\'{base}/?p='
            f"{art.num}' />\n{og_tags(art, base)}{jsonld(art, base)}</head>\n")
    body = (f'<body class="post-template-default single single-post postid-{art.num} '
            'single-format-standard"><div id="page" class="site"><header id="masthead" '
            'class="site-header"><div class="site-branding"><p class="site-title"><a href="/" '
            f'rel="home">{SITE_NAME["ru"]}</a></p><p class="site-description">Новости Алматы и '
            'Казахстана</p></div><nav id="site-navigation" class="main-navigation"><ul><li><a '
            'href="/novosti">Новости</a></li></ul></nav></header>\n<div id="content" '
            'class="site-content"><div id="primary" class="content-area"><main id="main" '
            f'class="site-main">\n<article id="post-{art.num}" class="post-{art.num} post '
            'type-post status-publish format-standard hentry">\n<header class="entry-header">'
            f'<h1 class="entry-title">{escape(art.title)}</h1><div class="entry-meta"><span '
            f'class="posted-on">{LABELS[art.lang][0]} <a href="{url}" rel="bookmark">'
            f'{_times(art)}</a></span><span class="byline"> <span class="author vcard"><a '
            f'class="url fn n" href="/author/editor/">{art.author}</a></span></span></div>'
            f'</header>\n<div class="entry-content">\n{_content(art, base)}</div>\n'
            f"{_footer(art)}</article>\n{_comments(art)}</main></div>\n{_sidebar(art, base)}"
            '</div><footer id="colophon" class="site-footer"><div class="site-info">© 2026 '
            f'{SITE_NAME["ru"]}. Сайт работает на WordPress</div></footer></div></body></html>\n')
    return head + body
