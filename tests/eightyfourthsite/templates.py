"""Tilda Publishing markup of the eighty-fourth copy: t-records, Zero blocks, Feeds posts."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any

from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word, day_words

CDN = "https://static.tildacdn.com"
THUMBS = "https://thb.tildacdn.com"
RATES = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
# Tilda's typograph binds short words to the next one with a no-break space.
_SHORT = re.compile(r"(?<=\s)(в|и|с|к|о|а|на|по|не|из|за|the|a|of|in|to) ")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def typograph(text: str) -> str:
    return _SHORT.sub(lambda m: m.group(1) + "&nbsp;", esc(text))


def date_text(art: Any) -> str:
    """``20 Апреля 2023``, ``2 August 2021``, ``2021 жылғы 16 сәуір``."""
    d = art.day
    if art.lang == "ru":
        return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"
    if art.lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return day_words("kk", d)


def views_text(art: Any) -> str:
    if art.dev == "spaced":
        return f"{art.views:,}".replace(",", "\u00a0")
    return str(art.views)


def rec(num: int, kind: str, inner: str) -> str:
    return (f'<div id="rec{num}" class="r t-rec t-rec_pt_0 t-rec_pb_0" style=" " '
            f'data-record-type="{kind}">\n{inner}\n</div>')


def elem(uid: str, top: int, left: int, atom: str, cls: str = "") -> str:
    return (f'<div class="t396__elem tn-elem tn-elem__{uid}" data-elem-id="{uid}" '
            f'data-elem-type="text" data-field-top-value="{top}" data-field-left-value="{left}" '
            f'style="top:{top}px;left:{left}px;">'
            f'<div class="tn-atom{(" " + cls) if cls else ""}" field="tn_text_{uid}">{atom}'
            f'</div></div>')


def head(title: str, base: str, art: Any | None = None) -> str:
    meta = ""
    if art is not None:
        meta += f'<link rel="canonical" href="{base}{art.path}">\n'
        if art.dev != "nojsonld":
            meta += (f'<meta property="og:title" content="{html.escape(art.title)}">\n'
                     f'<meta property="og:type" content="article">\n')
            if art.images:
                meta += f'<meta property="og:image" content="{CDN}{art.image_paths()[0]}">\n'
        if art.clock is not None:
            data = {"@context": "https://schema.org", "@type": "NewsArticle",
                    "headline": art.title, "datePublished": art.local.isoformat(),
                    "mainEntityOfPage": base + art.path,
                    "publisher": {"@type": "Organization", "name": "Центр информации"}}
            if art.images:
                data["image"] = CDN + art.image_paths()[0]
            meta += ('<script type="application/ld+json">'
                     + json.dumps(data, ensure_ascii=False) + "</script>\n")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="generator" content="Tilda Publishing">
{meta}<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css">
<link rel="stylesheet" href="/tilda-blocks-page31337.min.css?t=1713600000">
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-feed-1.0.min.css">
<script src="https://static.tildacdn.com/js/jquery-1.10.2.min.js"></script>
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js"></script>
<script src="https://static.tildacdn.com/js/tilda-zero-1.1.min.js"></script>
</head>
<body class="t-body" style="margin:0;">
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node"
 data-tilda-project-id="4242424" data-tilda-page-id="31337" data-tilda-lazy="yes"
 data-tilda-project-lang="RU">
"""


def header() -> str:
    inner = ('<div class="t396"><div class="t396__artboard" data-artboard-recid="500000001" '
             'data-artboard-height="90">'
             + elem("1713600000001", 20, 20, '<a href="/novosti" style="color:#000;">'
                    'Центр информации</a>', "t-title")
             + elem("1713600000002", 30, 420,
                    f'<span class="rates" style="font-size:13px;">{RATES}</span>', "t-descr")
             + elem("1713600000003", 25, 1000,
                    '<form class="t-search__form" action="/search" method="get">'
                    '<input class="t-search__input t-input" type="text" name="q" '
                    'placeholder="Поиск по сайту"><button class="t-search__btn" '
                    'type="submit">Найти</button></form>')
             + "</div></div>")
    return rec(500000001, "396", inner)


def footer() -> str:
    foot = rec(500000090, "396", '<div class="t396"><div class="t396__artboard">'
               + elem("1713600000091", 10, 20, '<div class="t-text" style="font-size:14px;">'
                      '© 2024 Центр информации. Алматы, пр. Абая, 10, офис 5<br />'
                      'Тел.: +7 (727) 300-00-00, e-mail: info@ic24.kz</div>')
               + elem("1713600000092", 10, 700, '<a href="https://t.me/ic24kz">Telegram</a> '
                      '<a href="https://instagram.com/ic24.kz">Instagram</a>')
               + "</div></div>")
    cookie = rec(500000091, "886", '<div class="t886 t886_show"><div class="t886__wrapper">'
                 '<div class="t886__text t-descr t-descr_xxs">Мы используем cookie. Продолжая '
                 'пользоваться сайтом, вы соглашаетесь с этим.</div>'
                 '<a class="t886__btn t-btn" href="#">OK</a></div></div>')
    counters = ('<script type="text/javascript">(function(m,e,t,r,i,k,a){m[i]=m[i]||function()'
                '{(m[i].a=m[i].a||[]).push(arguments)};})(window,document,"script",'
                '"https://mc.yandex.ru/metrika/tag.js","ym");ym(88001234,"init",'
                '{webvisor:true});</script><noscript><div><img src="https://mc.yandex.ru/watch/'
                '88001234" style="position:absolute;left:-9999px;" alt="" /></div></noscript>\n'
                '<script src="https://static.tildacdn.com/js/tilda-stat-1.0.min.js"></script>')
    return f"{foot}\n{cookie}\n</div>\n{counters}\n</body>\n</html>\n"


def badge_block(arts: Sequence[Any], skip: Any | None) -> str:
    items = "".join(
        f'<div class="t-feed__post t-item"><span class="t-feed__post-label t-uptitle '
        f't-uptitle_xs">{a.lang}</span> <a class="t-feed__link t-name t-name_xs" '
        f'href="{a.path}">{esc(cut_at_word(a.title, 60))}</a></div>\n'
        for a in [a for a in arts if a is not skip][:6])
    return rec(500000070, "1001", '<div class="t-feed t-feed_latest"><div class="t-section__title '
               f't-title t-title_xs">Последние новости</div>\n{items}</div>')


def most_read(arts: Sequence[Any], skip: Any | None) -> str:
    top = sorted((a for a in arts if a.views is not None and a is not skip),
                 key=lambda a: -a.views)[:4]
    items = "".join(
        f'<li class="t-item"><a class="t-name t-name_xs" href="{a.path}">{esc(a.title)}</a> '
        f'<span class="t-descr t-descr_xxs views">{a.views}</span></li>\n' for a in top)
    return rec(500000080, "1001", '<div class="t-feed t-feed_popular"><div class="t-title '
               f't-title_xs">Самое читаемое</div><ul>\n{items}</ul></div>')


def info_line(art: Any) -> str:
    tag_links = ", ".join(f'<a class="t-feed__post-tag" href="/novosti?tag={html.escape(t)}">'
                          f"{esc(t)}</a>" for t in art.tags)
    if art.dev == "oneline":
        words = [date_text(art)]
        if art.views is not None:
            words.append(str(art.views))
        if art.category:
            words.append(esc(art.category))
        if art.tags:
            words.append(", ".join(esc(t) for t in art.tags))
        atoms = elem("1713600000201", 0, 0, " ".join(words), "t-descr t-feed__post-popup__info")
    else:
        atoms = elem("1713600000201", 0, 0, date_text(art), "t-descr t-feed__post-popup__date")
        if art.views is not None:
            atoms += elem("1713600000202", 0, 160, '<span class="t-feed__post-views">'
                          f"{views_text(art)}</span>", "t-descr")
        if art.category:
            atoms += elem("1713600000203", 0, 260, '<a class="t-feed__post-parts" href="/novosti'
                          f'?part={html.escape(art.category)}">{esc(art.category)}</a>',
                          "t-descr t-feed__post-popup__parts")
        if art.tags and art.dev != "tagsbelow":
            atoms += elem("1713600000204", 0, 420, tag_links, "t-descr t-feed__post-tags")
    return ('<div class="t396 t-feed__post-popup__info-wrapper"><div class="t396__artboard" '
            f'data-artboard-height="40" style="height:40px;">{atoms}</div></div>')


def body(art: Any) -> str:
    paras = list(art.raw_paragraphs or art.paragraphs)
    first = typograph(art.dateline() + paras[0]) if art.place else typograph(paras[0])
    if art.dev == "glued":
        first = f'<span style="color:#8c8c8c;">Фото:{esc(art.photo_credit)}</span>' + first
    lines = [first, *(typograph(p) for p in paras[1:])]
    tail = [" ", f"Источник: {esc(art.source)}"] if art.source_line else []
    if art.dev == "popup":
        items = lines[:1] + ["<br />"] + lines[1:] + tail
        inner = "".join(f"<div>{x.replace(' ', '&nbsp;') if x == ' ' else x}</div>"
                        for x in items)
        cls = "t-feed__post-popup__text"
    elif art.num % 2 == 0:
        inner = "<br /><br />".join(lines + [x if x != " " else "&nbsp;" for x in tail])
        cls = "t-feed__post-popup__text"
    else:
        inner = "".join(f"<p>{x if x != ' ' else '&nbsp;'}</p>" for x in lines + tail)
        cls = "t-feed__post-popup__text-paragraphs"
    return (f'<div class="js-feed-post-text {cls} t-redactor__text t-text t-text_md" '
            f'style="font-size:18px;line-height:1.55;">{inner}</div>')


def share() -> str:
    return ('<div class="t-share t-share_dark"><div class="t-share__wrapper">'
            '<span class="t-share__title t-descr t-descr_xxs">Поделиться</span>'
            '<a class="t-share__item t-share__item_facebook" href="#">Facebook</a>'
            '<a class="t-share__item t-share__item_telegram" href="#">Telegram</a>'
            '<a class="t-share__item t-share__item_whatsapp" href="#">WhatsApp</a>'
            '<a class="t-share__item t-share__item_vk" href="#">VK</a></div></div>')


def photo(art: Any) -> str:
    if not art.images:
        return ""
    path = art.image_paths()[0]
    folder, name = path.rsplit("/", 1)
    thumb = f"{THUMBS}{folder}/-/resize/800x/-/format/webp/{name}"
    out = ('<div class="t-feed__post-popup__cover-wrapper '
           't-feed__post-popup__cover-wrapper_aftertitle">'
           f'<div class="t-feed__post-popup__img t-bgimg" bgimgfield="img" '
           f'data-original="{CDN}{path}" data-lazy-rule="skip" '
           f"style=\"background-image:url('{THUMBS}{folder}/-/resize/20x/{name}');\" "
           f'data-lazy="{thumb}" itemscope itemtype="http://schema.org/ImageObject">'
           f'<meta itemprop="image" content="{CDN}{path}"></div></div>')
    if art.photo_credit and art.dev != "glued":
        out += ('<div class="t-feed__post-popup__cover-caption t-descr t-descr_xxs" '
                f'style="font-size:13px;color:#8c8c8c;">Фото:{esc(art.photo_credit)}</div>')
    return out


def article(art: Any, base: str, arts: Sequence[Any]) -> str:
    tags_below = ""
    if art.dev == "tagsbelow" and art.tags:
        tags_below = ('<div class="t-feed__post-popup__tags"><span class="t-uptitle">Теги:</span> '
                      + " ".join(f'<a class="t-feed__post-tag" href="/novosti?tag='
                                 f'{html.escape(t)}">{esc(t)}</a>' for t in art.tags)
                      + "</div>")
    post = (f'<div class="t-feed__post-popup t-popup t-popup_show" '
            f'data-feed-popup-postuid="{art.num}" data-feed-popup-feeduid="173360000">'
            '<div class="t-feed__post-popup__container t-container t-popup__container">'
            '<div class="t-feed__post-popup__content-wrapper"><div class="t-feed__post-popup__'
            'content t-col t-col_8">'
            '<div class="t-feed__post-popup__title-wrapper"><h1 class="js-feed-post-title '
            't-feed__post-popup__title t-title t-title_xs" style="font-size:32px;">'
            f'{esc(art.title)}</h1></div>\n'
            f"{photo(art)}\n{info_line(art)}\n{body(art)}\n{tags_below}\n{share()}"
            "</div></div></div></div>")
    return (head(f"{art.title} | Центр информации", base, art) + header() + "\n"
            + rec(500000010, "1002", post) + "\n" + badge_block(arts, art) + "\n"
            + most_read(arts, art) + "\n" + footer())


def listing(items: Sequence[Any], page: int, count: int, arts: Sequence[Any]) -> str:
    cards = []
    for a in items:
        img = ""
        if a.images:
            img = (f'<a class="t-feed__link" href="{a.tpost}"><div class="t-feed__post-bgimg '
                   f't-bgimg" data-original="{CDN}{a.image_paths()[0]}"></div></a>')
        cards.append(
            f'<li class="t-feed__post t-item news_text" data-post-uid="{a.num}">{img}'
            f'<a class="t-feed__link" href="{a.path}"><div class="t-feed__post-title t-name '
            f't-name_xl" style="font-size:20px;">{esc(a.title)}</div></a>'
            f'<p class="t-feed__post-date t-uptitle t-uptitle_xs">{date_text(a)}</p></li>')
    more = ""
    if page < count:
        more = (f'<div class="t-feed__showmore-wrapper"><a class="t-feed__showmore-btn t-btn '
                f't-btn_md" href="/novosti?page={page + 1}">Загрузить ещё</a></div>')
    feed = ('<div class="t-feed" data-feed-grid-type="row"><ul class="t-feed__container '
            f'js-feed-container">{"".join(cards)}</ul>{more}</div>')
    return (head("Новости | Центр информации", "") + header() + "\n" + rec(500000010, "1002", feed)
            + "\n" + most_read(arts, None) + "\n" + footer())


def not_found() -> str:
    return (head("Страница не найдена", "") + header() + "\n"
            + rec(500000404, "404", '<div class="t-container"><div class="t-title">404</div>'
                  '<div class="t-descr">Страница не найдена</div></div>') + "\n" + footer())
