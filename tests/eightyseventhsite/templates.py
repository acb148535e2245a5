"""InstantCMS 2 markup of the copy: the item view, the ``content_list`` listing, the 404."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import Any

from tests.copykit.catalogue import AGENCY
from tests.copykit.text import EN_MONTHS, KK_MONTHS, LAT2CYR, RU_MONTHS, cut_at_word

CURRENCY = ('<div class="widget_html_block currency"><span>• USD/KZT 0.0</span> '
            '<span>• EUR/KZT 0.0</span> <span>• RUB/KZT 0.0</span> <span>• CNY/KZT 0.0</span>'
            '</div>')


def words_date(a: Any) -> str:
    """'20 Апреля 2023', '2 August 2021', '16 сәуір 2021'."""
    d = a.day
    if a.lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if a.lang == "kk":
        return f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"


def shown_date(a: Any) -> str:
    form = a.forms["date"]
    if form == "words":
        return words_date(a)
    clock = a.clock.strftime("%H:%M")
    if form == "today":
        return f"сегодня в {clock}"
    if form == "yesterday":
        return f"вчера в {clock}"
    return f"{a.day:%d.%m.%Y} в {clock}"


def _head(title: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)} — Центр информации</title>\n"
            '<meta name="generator" content="InstantCMS">\n'
            '<link rel="stylesheet" href="/templates/modern/css/theme.css">\n'
            f"{extra}"
            '<script src="/templates/modern/js/jquery.js"></script>\n'
            "<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){};})"
            "(window,document,'script','https://mc.yandex.ru/metrika/tag.js','ym');"
            "ym(55500000,'init',{});</script>\n</head>\n")


def _header() -> str:
    return ('<body class="desktop-device-type">\n<div id="layout">\n<header>\n'
            '<div id="logo"><a href="/">Центр информации</a></div>\n'
            f"{CURRENCY}\n"
            '<div class="widget_search"><form action="/search" method="get">'
            '<input type="text" name="q" placeholder="Поиск на сайте">'
            '<input type="submit" value="Найти"></form></div>\n'
            '<ul class="menu"><li><a href="/novosti">Новости</a></li>'
            '<li><a href="/pages/about">О нас</a></li><li><a href="/pages/contacts">Контакты</a>'
            "</li></ul>\n</header>\n"
            '<div class="banner banner_top"><a href="/redirect?url=ads" rel="nofollow">'
            "<img src=\"/upload/banners/top.gif\" alt=\"Реклама\"></a></div>\n")


def _footer() -> str:
    return ('<footer><div class="copyright">© 2016–2026 Центр информации. Все права защищены. '
            "При использовании материалов ссылка на ic24.kz обязательна.</div>"
            '<div class="contacts">Алматы, пр. Абая, 10, офис 5. Тел.: +7 (727) 300-00-00. '
            'E-mail: info@ic24.kz</div><div class="counters"><img src="https://counter.yadro.ru'
            '/hit?t44.6" alt="LiveInternet" width="31" height="31"></div></footer>\n'
            '<div id="cookie_notice">Мы используем файлы cookie. Продолжая пользоваться сайтом, '
            'вы соглашаетесь с этим. <button type="button">Хорошо</button></div>\n'
            "</div>\n</body>\n</html>\n")


def _widgets(arts: Sequence[Any], here: Any | None) -> str:
    latest = "".join(
        f'<li><span class="lang_badge">{a.lang}</span> '
        f'<a href="{a.path}">{escape(cut_at_word(a.title, 55))}</a></li>'
        for a in arts[:12] if a is not here)
    counted = sorted((a for a in arts if a.views), key=lambda a: -a.views)[:5]
    most = "".join(f'<li><a href="{a.path}">{escape(cut_at_word(a.title, 50))}</a> '
                   f'<span class="hits">{a.views}</span></li>' for a in counted)
    return ('<aside id="widget_pos_left-top" class="widgets">\n'
            '<div class="widget"><div class="title">Последние новости</div>'
            f'<div class="body"><ul class="widget_content_list">{latest}</ul></div></div>\n'
            '<div class="widget"><div class="title">Самое читаемое</div>'
            f'<div class="body"><ol class="most_read">{most}</ol></div></div>\n'
            '<div class="banner banner_side">Реклама<img src="/upload/banners/side.jpg" alt="">'
            "</div>\n</aside>\n")


def _homoglyph(text: str) -> str:
    """One Latin letter of a longer Latin word swapped for its Cyrillic look-alike."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isascii() and w.isalpha() and w[1] in LAT2CYR:
            words[i] = w[0] + LAT2CYR[w[1]] + w[2:]
            return " ".join(words)
    return text


def _body(a: Any, dev: set[str]) -> str:
    paras = list(a.raw_paragraphs or a.paragraphs)
    if "homoglyph" in dev and a.lang == "en" and len(paras) > 1:
        paras[1] = _homoglyph(paras[1])
    paras[0] = a.dateline() + paras[0]
    out = []
    for i, p in enumerate(paras):
        if "empty_paras" in dev and i == len(paras) - 1:
            out.append("<p>&nbsp;</p>\n<p>\u200b</p>")
        out.append(f"<p>{escape(p, quote=False)}</p>")
    if a.source_line and "source_field" not in dev:
        out.append(f"<p><strong>Источник:</strong> {escape(a.source)}</p>")
    return "\n".join(out)


def _info_bar(a: Any, dev: set[str]) -> str:
    items = [f'<div class="bar_item bi_date_pub" title="Дата публикации">{shown_date(a)}</div>']
    if a.views is not None:
        v = f"{a.views:,}".replace(",", "\u2009") if "thin_views" in dev else str(a.views)
        items.append(f'<div class="bar_item bi_hits" title="Просмотры">{v}</div>')
    if a.category and "rubric_crumb_only" not in dev:
        items.append(f'<div class="bar_item bi_parent ft_parent"><a href="/novosti/'
                     f'rubric{len(a.category)}">{escape(a.category)}</a></div>')
    if a.tags and "tags_bar_only" not in dev:
        links = ", ".join(f'<a href="/tags/{escape(t)}">{escape(t)}</a>' for t in a.tags)
        items.append(f'<div class="bar_item bi_tags">{links}</div>')
    items.append('<div class="bar_item bi_user"><a href="/users/1">admin</a></div>')
    items.append(f'<div class="bar_item bi_comments"><a href="{a.path}#comments">'
                 f"{a.num % 4}</a></div>")
    return '<div class="info_bar">' + "".join(items) + "</div>"


def article(a: Any, base: str, arts: Sequence[Any], now: datetime) -> str:
    """The item view of ``a``; ``now`` is the copy's clock the relative dates are read from."""
    dev: set[str] = a.forms["dev"]
    imgs = a.image_paths()
    meta = f'<link rel="canonical" href="{base}{a.path}">\n'
    meta += f'<meta property="og:title" content="{escape(a.title)}">\n'
    if imgs:
        meta += f'<meta property="og:image" content="{base}{imgs[0]}">\n'
    if a.forms["date"] in ("today", "yesterday"):
        meta += (f'<meta property="article:published_time" '
                 f'content="{a.local.isoformat()}">\n')
    crumbs = ['<li><a href="/">Главная</a></li>', '<li><a href="/novosti">Новости</a></li>']
    if a.category:
        crumbs.append(f'<li><a href="/novosti/rubric{len(a.category)}">'
                      f"{escape(a.category)}</a></li>")
    crumbs.append(f'<li class="active"><span>{escape(cut_at_word(a.title, 40))}</span></li>')
    photo = ""
    if imgs:
        big = imgs[0].replace("/normal_", "/big_")
        photo = ('<div class="field ft_image f_photo"><div class="value">'
                 f'<a class="ajax-modal" href="{big}"><img src="{imgs[0]}" '
                 f'alt="{escape(a.title)}"></a></div></div>')
    if a.photo_credit:
        photo += ('<div class="field ft_string f_photo_author"><div class="title_left">Фото:'
                  f'</div><div class="value">{escape(a.photo_credit)}</div></div>')
    source = ""
    if a.source_line and "source_field" in dev:
        source = ('<div class="field ft_string f_source"><div class="title_left">Источник:'
                  f'</div><div class="value">{escape(a.source)}</div></div>')
    tags_bar = ""
    if a.tags:
        tags_bar = ('<div class="tags_bar">Теги: ' + ", ".join(
            f'<a href="/tags/{escape(t)}">{escape(t)}</a>' for t in a.tags) + "</div>")
    item = (
        '<main id="body"><ul class="breadcrumb">' + "".join(crumbs) + "</ul>\n"
        f'<article class="content_item news_item" data-now="{now:%Y-%m-%d %H:%M}">\n'
        f'<div class="field ft_caption f_title"><h1>{escape(a.title)}</h1></div>\n'
        f"{photo}\n{_info_bar(a, dev)}\n"
        f'<div class="field ft_html f_content"><div class="value">\n{_body(a, dev)}\n'
        f"</div></div>\n{source}\n"
        '<div class="share">Поделиться: <a href="https://vk.com/share.php">ВКонтакте</a> '
        '<a href="https://www.facebook.com/sharer.php">Facebook</a> '
        '<a href="https://t.me/share/url">Telegram</a> '
        '<a href="https://wa.me/">WhatsApp</a></div>\n'
        f"{tags_bar}\n</article>\n"
        '<div id="comments_widget"><h3>Комментарии</h3><div class="no_comments">'
        "Нет комментариев. Ваш будет первым!</div></div>\n</main>\n")
    widgets = _widgets(arts, a)
    column = widgets + item if "widgets_first" in dev else item + widgets
    return _head(a.title, meta) + _header() + column + _footer()


def listing(items: Sequence[Any], page: int, count: int, arts: Sequence[Any]) -> str:
    """The ``content_list`` of page ``page`` (from 1) with the pagebar."""
    rows = "".join(
        '<div class="content_list_item news_list_item">'
        + (f'<div class="photo"><a href="{a.path}"><img src="'
           f'{a.image_paths()[0].replace("/normal_", "/small_")}" alt=""></a></div>'
           if a.images else "")
        + f'<div class="news_text"><a href="{a.path}">{escape(a.title)}</a>'
        f"<p>{words_date(a)}</p></div></div>\n" for a in items)

    def link(n: int, label: str) -> str:
        href = "/novosti" if n == 1 else f"/novosti?page={n}"
        return f'<a class="pagebar_page" href="{href}">{label}</a>'

    bar = ['<span class="pagebar_title">Страницы: </span>']
    if page > 1:
        bar.append(link(page - 1, "Предыдущая"))
    for n in range(1, count + 1):
        bar.append(f'<span class="pagebar_current">{n}</span>' if n == page else link(n, str(n)))
    if page < count:
        bar.append(link(page + 1, "Следующая"))
    title = "Новости" if page == 1 else f"Новости — страница {page}"
    return (_head(title) + _header()
            + '<main id="body"><h1>Новости</h1>\n<div class="content_list news_list">\n'
            + rows + '</div>\n<div class="pagebar">' + " ".join(bar) + "</div>\n</main>\n"
            + _widgets(arts, None) + _footer())


def not_found() -> str:
    return (_head("Ошибка 404") + _header()
            + '<main id="body"><h1>404</h1><p>Страница не найдена</p></main>\n' + _footer())


__all__ = ["AGENCY", "article", "listing", "not_found"]
