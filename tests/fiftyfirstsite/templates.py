"""The fifty-first copy's markup: a DLE 15 theme ("ic24") as a small Almaty outlet runs it.

``main.tpl`` (head, counters, cookie banner, top bar with the currency widget, menu and mobile
menu, search form, sidebar, footer) around ``fullstory.tpl`` (the article) or
``shortstory.tpl`` (the ``.news_text`` items of ``/novosti``), plus DLE's 404 page.
"""

from __future__ import annotations

import html
from datetime import date
from functools import cache
from typing import Any

from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, translit
from tests.fiftyfirstsite import site

HTML = "text/html; charset=UTF-8"
E = html.escape


def info_date(lang: str, day: date) -> str:
    """The date as the info line prints it: '20 Апреля 2023', '2 August 2021', '16 Сәуір 2021'."""
    months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[lang]
    return f"{day.day} {months[day.month - 1].capitalize()} {day.year}"


def listing_date(day: date) -> str:
    """The listing's date: the site's Russian form for every language ('16 Апреля 2021')."""
    return info_date("ru", day)


def _currency() -> str:
    rows = "".join(f'<li class="cur-item">• {pair} <span class="cur-val" data-cur="{pair}">0.0'
                   "</span></li>" for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"))
    return f'<div class="currency-bar"><ul class="currency">{rows}</ul></div>'


def _menu() -> str:
    items = [("/novosti", "Новости"), ("/politika/", "Политика"), ("/ekonomika/", "Экономика"),
             ("/socium/", "Социум"), ("/proisshestviya/", "Происшествия"),
             ("/kultura/", "Культура"), ("/sport/", "Спорт"), ("/about.html", "О нас")]
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items)
    return (f'<nav class="main-menu"><ul>{links}</ul></nav>'
            '<button class="burger" aria-label="Меню" onclick="toggleMenu()">'
            '<span></span><span></span><span></span></button>'
            f'<div class="mobile-menu" id="mobile-menu" hidden><ul>{links}</ul>'
            '<div class="mobile-social"><a href="https://t.me/ic24kz">Telegram</a> '
            '<a href="https://instagram.com/ic24.kz">Instagram</a></div></div>')


def _search() -> str:
    return ('<form class="search" method="post" action="/index.php?do=search">'
            '<input type="hidden" name="do" value="search">'
            '<input type="hidden" name="subaction" value="search">'
            '<input id="story" name="story" type="search" placeholder="Поиск по сайту...">'
            '<button type="submit">Найти</button></form>')


def _banner(slot: str) -> str:
    return (f'<div class="banner banner-{slot}"><span class="adv-label">Реклама</span>'
            f'<a href="https://ads.example.kz/click?b={slot}" rel="nofollow sponsored" '
            f'target="_blank"><img src="/uploads/banners/{slot}.gif" alt="Реклама"></a></div>')


def _thumb(a: site.Article) -> str:
    return (f"/uploads/posts/{a.day:%Y-%m}/thumbs/{a.num}_main.jpg" if a.images
            else "/templates/ic24/images/noimage.png")


@cache
def _others() -> tuple[site.Article, ...]:
    return tuple(site.build())


def _latest(exclude: int) -> str:
    """The "latest news" block: language badges and headlines cut short (newest first)."""
    rows = []
    for a in [a for a in _others() if a.num != exclude][:15]:
        rows.append(f'<li><span class="lang-badge">{a.lang}</span> '
                    f'<a href="{a.path}">{E(cut_at_word(a.title, 70))}</a></li>')
    return f'<div class="block latest"><div class="block-title">Лента новостей</div><ul>' \
           f'{"".join(rows)}</ul></div>'


def _most_read(exclude: int) -> str:
    """"Самое читаемое": five stories with a thumbnail and their own view counts."""
    ranked = sorted((a for a in _others() if a.num != exclude and a.views),
                    key=lambda a: -(a.views or 0))[:5]
    rows = "".join(
        f'<div class="top-item"><a href="{a.path}"><img src="{_thumb(a)}" alt="">'
        f'<span class="top-title">{E(a.title)}</span></a>'
        f'<span class="top-views"><i class="fa fa-eye"></i> {a.views}</span></div>'
        for a in ranked)
    return f'<div class="block most-read"><div class="block-title">Самое читаемое</div>{rows}</div>'


def _sidebar(exclude: int = 0) -> str:
    return (f'<aside class="sidebar">{_banner("side-300x250")}{_latest(exclude)}'
            f'{_most_read(exclude)}<div class="block tg-widget">'
            '<script async src="https://telegram.org/js/telegram-widget.js?22" '
            'data-telegram-post="ic24kz/1024" data-width="100%"></script></div></aside>')


def _footer() -> str:
    return ('<footer class="footer"><div class="footer-about">© 2014–2026 «Центр информации» '
            'ic24.kz. Все права защищены. При использовании материалов ссылка на ic24.kz '
            'обязательна.</div><div class="footer-contacts">Адрес: 050000, г. Алматы, '
            'ул. Толе би, 101, офис 12<br>Тел.: +7 (727) 355-12-40<br>E-mail: '
            '<a href="mailto:info@ic24.kz">info@ic24.kz</a></div><div class="counters">'
            '<a href="https://www.liveinternet.ru/click" target="_blank">'
            '<img src="https://counter.yadro.ru/hit?t44.6;r;s1920*1080*24" alt="" '
            'width="31" height="31"></a>'
            '<img src="https://www.zero.kz/c.php?u=123456" alt="Zero.kz" width="88" height="31">'
            '</div></footer>')


def _cookie() -> str:
    return ('<div class="cookie-banner" id="cookie-banner">Мы используем файлы cookie, чтобы '
            'сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с '
            '<a href="/privacy.html">политикой конфиденциальности</a>. '
            '<button onclick="acceptCookies()">Принять</button></div>')


def _page(title: str, head: str, content: str, exclude: int = 0) -> bytes:
    doc = (
        '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        '<meta name="generator" content="DataLife Engine (https://dle-news.ru)">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{head}"
        '<link rel="alternate" type="application/rss+xml" title="Центр информации RSS" '
        'href="/rss.xml">\n'
        '<link href="/templates/ic24/css/styles.css?v=3f2a" rel="stylesheet">\n'
        '<script src="/engine/classes/min/index.php?g=general3&amp;v=3f2a"></script>\n'
        '<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[])'
        '.push(arguments)};})(window,document,"script","https://mc.yandex.ru/metrika/tag.js",'
        '"ym");ym(71234567,"init",{clickmap:true,trackLinks:true});</script>\n'
        "</head>\n<body>\n"
        f'<div class="topbar">{_currency()}<div class="date-now">Алматы</div></div>\n'
        '<header class="header"><a class="logo" href="/"><img src="/templates/ic24/images/'
        'logo.svg" alt="Центр информации"></a>'
        f"{_search()}{_menu()}</header>\n"
        f'{_banner("top-970x90")}\n'
        f'<div class="wrapper"><main class="content">{content}</main>{_sidebar(exclude)}</div>\n'
        f"{_footer()}\n{_cookie()}\n"
        '<noscript><div><img src="https://mc.yandex.ru/watch/71234567" '
        'style="position:absolute; left:-9999px;" alt=""></div></noscript>\n'
        "</body>\n</html>\n")
    return doc.encode("utf-8")


# --------------------------------------------------------------------------- the article


def _dateline(a: site.Article) -> str:
    return E(a.dateline())


def _block(a: site.Article, kind: str, value: Any, first: bool) -> str:
    lead = _dateline(a) if first else ""
    if kind == "p":
        return f"<p>{lead}{E(str(value))}</p>"
    if kind == "bold":
        return f"<p><strong>{lead}{E(str(value))}</strong></p>"
    if kind == "quote":
        return f'<blockquote class="quote"><p>{E(str(value))}</p></blockquote>'
    if kind == "note":
        label, _, rest = str(value).partition(" ")
        return f"<p><strong>{E(label)}</strong> {E(rest)}</p>"
    if kind == "em":
        return f"<p><em>{E(str(value))}</em></p>"
    if kind == "list":
        items = "".join(f"<li>{E(v)}</li>" for v in value)
        return f"<ul>{items}</ul>"
    if kind == "table":
        head = "".join(f"<th>{E(c)}</th>" for c in value[0])
        body = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>"
                       for r in value[1:])
        return (f'<table class="table" border="1" cellpadding="4"><thead><tr>{head}</tr>'
                f"</thead><tbody>{body}</tbody></table>")
    if kind == "video":
        return (f'<div class="video-responsive"><iframe width="560" height="315" src="{value}" '
                'frameborder="0" allowfullscreen></iframe></div>')
    if kind == "instagram":
        return (f'<blockquote class="instagram-media" data-instgrm-permalink="{value}" '
                f'data-instgrm-version="14"><a href="{value}" target="_blank">Посмотреть эту '
                'публикацию в Instagram</a></blockquote>'
                '<script async src="//www.instagram.com/embed.js"></script>')
    if kind == "readalso":
        other = next((o for o in _others() if o.num < a.num), _others()[0])
        return (f'<p class="read-also">{site.READ_ALSO[a.lang]} <a href="{other.path}">'
                f"{E(other.title)}</a></p>")
    raise ValueError(kind)


def _text(a: site.Article) -> str:
    parts = [_block(a, kind, value, i == 0) for i, (kind, value) in enumerate(a.blocks)]
    if a.nbsp_line:
        parts.append("<p>\u00a0</p>")
    if a.source_line and a.source and a.variant == "linked_source":
        parts.append(f'<p><strong>Источник:</strong> <a href="{site.SOURCE_SITES[a.source]}" '
                     f'target="_blank" rel="nofollow">{E(a.source)}</a></p>')
    elif a.source_line and a.source:
        parts.append(f'<p class="source">Источник: {E(a.source)}</p>')
    return "".join(parts)


def _photo(a: site.Article) -> str:
    if not a.images:
        return ""
    src = a.image_paths()[0]
    credit = (f'<span class="img-credit">Фото:{E(a.photo_credit)}</span>'
              if a.photo_credit else "")
    return (f'<div class="full-img"><img src="{src}" alt="{E(a.title)}" '
            f'title="{E(a.title)}">{credit}</div>')


def _gallery(a: site.Article) -> str:
    if not a.gallery:
        return ""
    links = "".join(
        f'<a href="{p}" class="highslide" onclick="return hs.expand(this)">'
        f'<img src="{p.replace(f"/{a.num}_", f"/thumbs/{a.num}_")}" alt=""></a>'
        for p in a.image_paths()[1:])
    return f'<div class="gallery">{links}</div>'


def _info(a: site.Article) -> str:
    """The line under the headline: date, view count, rubric, tags (each only when known)."""
    parts = [f'<span class="date"><i class="fa fa-calendar"></i> {info_date(a.lang, a.day)}'
             "</span>"]
    if a.views is not None:
        parts.append(f'<span class="views" title="Просмотров"><i class="fa fa-eye"></i> '
                     f"{a.views}</span>")
    if a.category:
        slug = "-".join(translit(a.category).split()) or "cat"
        parts.append(f'<span class="cat"><a href="/{slug}/">{E(a.category)}</a></span>')
    if a.tags:
        tags = ", ".join(f'<a href="/tags/{E(t)}/">{E(t)}</a>' for t in a.tags)
        parts.append(f'<span class="tags">{tags}</span>')
    return f'<div class="story-info">{" ".join(parts)}</div>'


def _share() -> str:
    return ('<div class="share"><span>Поделиться:</span>'
            '<div class="ya-share2" data-curtain data-services="vkontakte,facebook,telegram,'
            'whatsapp,twitter"></div>'
            '<script src="https://yastatic.net/share2/share.js"></script></div>')


def _comments(a: site.Article) -> str:
    if not a.comments:
        return '<div class="comments"><div class="block-title">Комментарии (0)</div></div>'
    later = a.day.replace(day=min(a.day.day + 1, 28))
    rows = "".join(
        f'<div class="comment" id="comment-id-{a.num * 10 + k}"><b class="comm-author">'
        f'Гость {name}</b> <span class="comm-date">{later.day} '
        f'{RU_MONTHS[later.month - 1]} {later.year} 0{k + 8}:1{k}</span>'
        f'<div class="comm-text">{text}</div></div>'
        for k, (name, text) in enumerate([("Айгерим", "Наконец-то! Давно пора."),
                                          ("Серик", "А сроки опять сорвут, как в прошлом году.")]
                                         [: a.comments]))
    return (f'<div class="comments"><div class="block-title">Комментарии ({a.comments})</div>'
            f'{rows}<form class="add-comment" method="post"><textarea name="comments">'
            '</textarea><button>Отправить</button></form></div>')


def article(art: CopyArticle, base: str) -> Response:
    assert isinstance(art, site.Article)
    a = art
    url = base + a.path
    images = a.image_paths()
    desc = E(" ".join(a.paragraphs)[:200])
    # DLE builds the keywords from frequent words of the text, not from the tags
    words = [w.strip(".,«»\"") for w in " ".join(a.paragraphs).split() if len(w) > 6][:12]
    head = (f'<meta name="description" content="{desc}">\n'
            f'<meta name="keywords" content="{E(", ".join(words))}">\n'
            f'<link rel="canonical" href="{url}">\n'
            '<meta property="og:site_name" content="Центр информации">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{E(a.title)}">\n'
            f'<meta property="og:url" content="{url}">\n'
            f'<meta property="og:description" content="{desc}">\n'
            + (f'<meta property="og:image" content="{base}{images[0]}">\n' if images else ""))
    credit_first = not a.credit_glued
    photo = _photo(a)
    body = (
        f'<article class="fullstory" id="news-id-{a.num}">'
        f'<div class="speedbar"><a href="/">Главная</a> » <a href="/novosti">Новости</a> » '
        f"{E(cut_at_word(a.title, 50))}</div>"
        f"<h1 class=\"full-title\">{E(a.title)}</h1>"
        + (photo if credit_first else "")
        + _info(a)
        + (photo if not credit_first else "")
        + f'<div class="full-text" id="news-text">{_text(a)}</div>'
        + _gallery(a)
        + _banner("in-article-728x90")
        + _share()
        + _comments(a)
        + "</article>")
    return 200, {"Content-Type": HTML}, _page(f"{E(a.title)} » Центр информации", head, body,
                                              a.num)


# --------------------------------------------------------------------------- the listing


def listing(number: int, base: str) -> Response:
    items = "".join(
        f'<div class="news_item"><a class="news_img" href="{a.path}"><img src="{_thumb(a)}" '
        f'alt=""></a><div class="news_text"><a href="{a.path}">{E(a.title)}</a>'
        f"<p>{listing_date(a.day)}</p></div></div>"
        for a in site.page_items(number))
    count = site.page_count()

    def link(n: int) -> str:
        return site.LISTING if n == 1 else f"{site.LISTING}/page/{n}/"

    pager = [f'<a href="{link(number - 1)}" class="prev">Назад</a>' if number > 1 else ""]
    for n in range(1, count + 1):
        pager.append(f"<span>{n}</span>" if n == number else f'<a href="{link(n)}">{n}</a>')
    if number < count:
        pager.append(f'<a href="{link(number + 1)}" class="next">Далее</a>')
    content = (f'<h1 class="page-title">Новости</h1><div class="news-list">{items}</div>'
               f'<div class="navigation">{"".join(pager)}</div>')
    title = "Новости » Центр информации" + (f" » Страница {number}" if number > 1 else "")
    head = f'<link rel="canonical" href="{base}{link(number)}">\n'
    return 200, {"Content-Type": HTML}, _page(title, head, content)


def not_found() -> bytes:
    return _page("Страница не найдена » Центр информации", "",
                 '<div class="berrors"><b>Ошибка 404</b><br>К сожалению, запрошенная '
                 'страница не найдена. Возможно, она была удалена или перемещена.</div>')
