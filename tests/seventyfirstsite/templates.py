"""NetCat 6 markup of the seventy-first copy: the site template, the listing, the article."""

from __future__ import annotations

from html import escape
from itertools import islice

from tests.copykit.catalogue import AGENCY, MONTHS, CopyArticle, Response
from tests.copykit.stories import RU_RUBRIC_SLUGS
from tests.copykit.text import RU_MONTHS, cut_at_word, en_slug, translit
from tests.seventyfirstsite import site

CURRENCY = ('<div class="tpl-block-currency">• USD/KZT <span class="rate">0.0</span> '
            '• EUR/KZT <span class="rate">0.0</span> • RUB/KZT <span class="rate">0.0</span> '
            '• CNY/KZT <span class="rate">0.0</span></div>')
METRIKA = ('<script type="text/javascript">(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){'
           '(m[i].a=m[i].a||[]).push(arguments)};k=e.createElement(t),a=e.getElementsByTagName(t)'
           '[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window,document,"script",'
           '"https://mc.yandex.ru/metrika/tag.js","ym");ym(48213377,"init",{clickmap:true,'
           'trackLinks:true,accurateTrackBounce:true});</script><noscript><div><img '
           'src="https://mc.yandex.ru/watch/48213377" style="position:absolute;left:-9999px" '
           'alt=""></div></noscript>')
COOKIES = ('<div class="cookie-notice" id="cookie_notice">Мы используем файлы cookie, чтобы сайт '
           'работал лучше. <button type="button" onclick="acceptCookies()">Принять</button></div>')
FOOTER = ('<footer class="tpl-block-footer"><div class="tpl-block-contacts">ТОО «Центр информации»'
          '<br>050000, г. Алматы, ул. Толе би, 101, офис 12<br>Тел.: +7 (727) 300-00-00<br>'
          'E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></div><div class="copyright">'
          '© 2014–2026 ic24.kz. При использовании материалов ссылка на ic24.kz обязательна.'
          '</div><div class="dev">Сайт работает на <a href="https://netcat.ru/" rel="nofollow">'
          'NetCat</a></div></footer>')


def _date_words(art: CopyArticle) -> str:
    """'20 Апреля 2023', '2 August 2021', '16 Сәуір 2021'."""
    month = MONTHS[art.lang][art.day.month - 1]
    return f"{art.day.day} {month[:1].upper() + month[1:]} {art.day.year}"


def _created(art: CopyArticle) -> str:
    """NetCat's Created field as d.m.Y H:i."""
    assert art.clock is not None
    return f"{art.day:%d.%m.%Y} {art.clock:%H:%M}"


def _rubric_href(art: CopyArticle) -> str:
    name = art.category or ""
    slug = RU_RUBRIC_SLUGS.get(name) or (en_slug(name).lower() if art.lang == "en"
                                          else translit(name))
    return f"/novosti/{slug}/"


def _wrap(title: str, body: str, lang_meta: str = "", charset: str = "utf-8") -> str:
    menu = ("<nav class=\"tpl-block-menu\"><a href=\"/novosti/\">Новости</a> "
            "<a href=\"/novosti/obshchestvo/\">Общество</a> <a href=\"/novosti/ekonomika/\">"
            "Экономика</a> <a href=\"/novosti/politika/\">Политика</a> <a href=\"/kontakty/\">"
            "Контакты</a></nav>")
    search = ('<form class="tpl-block-search" action="/search/" method="get"><input type="text" '
              'name="search_query" placeholder="Поиск по сайту"><input type="submit" '
              'value="Найти"></form>')
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="{charset}">'
            f"<title>{title}</title>{lang_meta}"
            '<link rel="stylesheet" href="/netcat_template/template/ic24/css/style.css?v=612">'
            "</head><body>"
            f'<header class="tpl-block-header"><a class="logo" href="/"><img '
            f'src="/netcat_template/template/ic24/img/logo.png" alt="Центр информации"></a>'
            f"{CURRENCY}{menu}{search}</header>"
            f'<div class="tpl-block-main">{body}</div>{FOOTER}{COOKIES}{METRIKA}</body></html>')


def _encode(markup: str, charset: str = "utf-8") -> Response:
    return 200, {"Content-Type": f"text/html; charset={charset}"}, markup.encode(
        charset, errors="xmlcharrefreplace")


def _sidebar(exclude: int) -> str:
    arts = [a for a in site.build() if a.num != exclude]
    read = sorted(arts, key=lambda a: -(a.views or 0))[:5]
    items = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in read)
    return ('<aside class="tpl-block-sidebar"><div class="banner"><a href="https://ad.example.kz/'
            'click?bn=240x400&amp;z=3" target="_blank" rel="nofollow"><img src="/netcat_files/'
            'banners/bn_240x400.gif" width="240" height="400" alt="Реклама"></a></div>'
            f'<div class="tpl-block-popular"><div class="tpl-block-title">Самое читаемое</div>'
            f"<ol>{items}</ol></div></aside>")


def listing(number: int, base: str) -> Response:
    items = []
    for a in site.page_items(number):
        month = RU_MONTHS[a.day.month - 1]
        thumb = (f'<a href="{a.path}"><img src="/netcat_files/generated/2417/120x80/'
                 f'photo_{a.num}.jpg" alt=""></a>' if a.images else "")
        items.append(f'<div class="tpl-block-list-object news_text">{thumb}'
                     f'<a href="{a.path}">{escape(a.title)}</a>'
                     f"<p>{a.day.day} {month.capitalize()} {a.day.year}</p></div>")
    pager = []
    for n in range(1, site.page_count() + 1):
        href = site.LISTING if n == 1 else f"{site.LISTING}?curPos={(n - 1) * site.PER_PAGE}"
        pager.append(f"<span class=\"current\">{n}</span>" if n == number
                     else f'<a href="{href}">{n}</a>')
    if number < site.page_count():
        pager.append(f'<a class="next" href="{site.LISTING}?curPos={number * site.PER_PAGE}">'
                     "Следующая →</a>")
    body = (f'<h1 class="tpl-block-title">Новости</h1><div class="tpl-block-list-objects">'
            f'{"".join(items)}</div><div class="tpl-block-pagination">{" ".join(pager)}</div>'
            f"{_sidebar(0)}")
    page = "" if number == 1 else f" — страница {number}"
    return _encode(_wrap(f"Новости{page} — Центр информации", body))


def _paragraphs(art: site.Article) -> list[str]:
    raw = list(art.raw_paragraphs or art.paragraphs)
    head = escape(art.dateline())
    if head and art.quirk == "dateline_strong":
        head = f"<strong>{head}</strong>"
    out = [f"<p>{head}{escape(raw[0])}</p>"]
    for para in raw[1:]:
        if art.quirk == "empty_paras":
            out.append("<p></p><p><br></p>")
        out.append(f"<p>{escape(para)}</p>")
    if art.num % 3 == 0 or art.raw_paragraphs:
        out.append("<p>\u00a0</p>")
    return out


def _photo(art: site.Article) -> str:
    if not art.images:
        return ""
    paths = art.image_paths()
    credit = ""
    if art.photo_credit:
        label = "Фото: " if art.quirk == "credit_space" else "Фото:"
        credit = f"{label}{escape(art.photo_credit)}"
    first = (f'<div class="tpl-field-image"><img src="{paths[0]}" alt="{escape(art.title)}" '
             'width="800" height="450"></div>')
    if art.quirk == "credit_caption":
        first += (f'<div class="tpl-field-image-caption">Иллюстративное фото. {credit}</div>'
                  if credit else "")
    elif credit:
        first += f'<div class="tpl-field-image-author">{credit}</div>'
    gallery = "".join(f'<a href="{p}" data-fancybox="gallery"><img src="{p}" alt=""></a>'
                      for p in paths[1:])
    return first + (f'<div class="tpl-field-gallery">{gallery}</div>' if gallery else "")


def _info(art: site.Article) -> str:
    parts = []
    if art.quirk != "date_field_only":
        parts.append(f'<span class="tpl-field-date">{_date_words(art)}</span>')
    if art.views is not None:
        label = "Просмотров: " if art.quirk == "views_label" else ""
        parts.append(f'<span class="tpl-field-views">{label}{art.views}</span>')
    if art.category and art.quirk != "no_info_rubric":
        parts.append(f'<span class="tpl-field-rubric"><a href="{_rubric_href(art)}">'
                     f"{escape(art.category)}</a></span>")
    if art.tags:
        mark = "#" if art.quirk == "hashtags" else ""
        sep = " " if art.quirk == "hashtags" else ", "
        links = sep.join(f'<a href="/tags/{escape(t)}/">{mark}{escape(t)}</a>' for t in art.tags)
        parts.append(f'<span class="tags_bar">{links}</span>')
    created = (f'<div class="tpl-field-created"><span class="tpl-label">Опубликовано:</span> '
               f"{_created(art)}</div>" if art.clock else "")
    return f'<div class="tpl-block-info">{" ".join(parts)}</div>{created}'


def _fields_below(art: site.Article) -> str:
    out = ""
    if art.source and art.source_line:
        value = escape(art.source)
        if art.quirk == "source_link":
            value = f'<a href="https://{translit(art.source).replace(" ", "")}.kz/" ' \
                    f'target="_blank" rel="nofollow">{value}</a>'
        out += (f'<div class="tpl-block-field tpl-field-source"><span class="tpl-label">'
                f"Источник:</span> {value}</div>")
    if art.category:
        out += (f'<div class="tpl-block-field tpl-field-rubric-block"><span class="tpl-label">'
                f'Рубрика:</span> <a href="{_rubric_href(art)}">{escape(art.category)}</a></div>')
    return out


def _similar(art: site.Article) -> str:
    same = [a for a in site.build() if a.lang == art.lang and a.num != art.num]
    start = art.num % max(1, len(same) - 3)
    items = "".join(
        f'<div class="tpl-block-list-object"><a href="{a.path}"><img src="/netcat_files/'
        f'generated/2417/120x80/photo_{a.num}.jpg" alt=""></a><a href="{a.path}">'
        f"{escape(a.title)}</a><span class=\"date\">{a.day:%d.%m.%Y}</span></div>"
        for a in same[start:start + 3])
    return (f'<div class="tpl-block-similar"><div class="tpl-block-title">Похожие материалы</div>'
            f'<div class="tpl-block-list-objects">{items}</div></div>')


def _latest(art: site.Article) -> str:
    items = "".join(
        f'<li><span class="lang_badge">{a.lang}</span> <a href="{a.path}">'
        f"{escape(cut_at_word(a.title, 60))}</a></li>"
        for a in islice((a for a in site.build() if a.num != art.num), 12))
    return (f'<div class="tpl-block-latest"><div class="tpl-block-title">Последние новости</div>'
            f"<ul>{items}</ul></div>")


def _share(url: str) -> str:
    return ('<div class="tpl-block-share">Поделиться: '
            f'<a href="https://vk.com/share.php?url={url}" rel="nofollow">ВКонтакте</a> '
            f'<a href="https://www.facebook.com/sharer.php?u={url}" rel="nofollow">Facebook</a> '
            f'<a href="https://t.me/share/url?url={url}" rel="nofollow">Telegram</a> '
            f'<a href="https://api.whatsapp.com/send?text={url}" rel="nofollow">WhatsApp</a></div>')


def article(art: site.Article, base: str) -> Response:
    url = base + art.path
    title = escape(art.title)
    shown = title.replace(" ", " \u200b", 1) if art.zw_title else title
    charset = "windows-1251" if site.old_charset(art) else "utf-8"
    lead = escape(cut_at_word(art.paragraphs[0], 150))
    meta = (f'<meta name="description" content="{lead}"><meta property="og:type" '
            f'content="article"><meta property="og:title" content="{title}">'
            f'<meta property="og:url" content="{url}"><link rel="canonical" href="{url}">')
    if art.images:
        meta += f'<meta property="og:image" content="{base}{art.image_paths()[0]}">'
    body = (f'<div class="tpl-block-full-object">'
            f'<h1 class="tpl-field-title">{shown}</h1>{_photo(art)}{_info(art)}'
            f'<div class="tpl-field-text">{"".join(_paragraphs(art))}</div>'
            f"{_fields_below(art)}{_share(url)}"
            f'<a class="tpl-link-print" href="{art.path}?print=1" rel="nofollow">'
            "Версия для печати</a></div>"
            f"{_similar(art)}{_latest(art)}{_sidebar(art.num)}")
    return _encode(_wrap(f"{title} — {AGENCY['ru']}", body, meta, charset), charset)


def printed(art: site.Article, base: str) -> Response:
    """The print version: headline, date, text and source in bare markup."""
    body = (f'<h1>{escape(art.title)}</h1><p class="date">{_date_words(art)}</p>'
            f'{"".join(_paragraphs(art))}{_fields_below(art)}')
    markup = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="robots" '
              f'content="noindex"><title>{escape(art.title)}</title></head><body '
              f'onload="window.print()">{body}</body></html>')
    return _encode(markup)


def not_found() -> bytes:
    body = ('<h1 class="tpl-block-title">Страница не найдена</h1><p>Запрошенная страница не '
            'существует или была удалена. Перейдите на <a href="/novosti/">ленту новостей</a>.</p>')
    return _wrap("404 — Центр информации", body).encode("utf-8")
