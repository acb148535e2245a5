"""The forty-fifth copy's markup: the old pages (a 2012-era table layout, then a div layout,
windows-1251), the redesign's HTML5 pages (BEM classes, JSON-LD, og: tags), AMP and print
versions and the three listing styles."""

from __future__ import annotations

import html
import json
from datetime import UTC, timedelta, timezone
from typing import TYPE_CHECKING

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, ru_slug

if TYPE_CHECKING:
    from tests.fortyfifthsite.site import Article

SITE_NAME = "Центр информации"
CURRENCY = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
# the old CMS printed the same keywords and description on every page
SITE_KEYWORDS = "новости Казахстана, Алматы, Центр информации, новости дня"
READ_ALSO = {"ru": "Читайте также:", "en": "Read also:", "kk": "Оқи отырыңыз:"}
RELATED = {"ru": "Читайте также", "en": "Related news", "kk": "Тақырыпқа қатысты"}
LATEST = {"table": "Последние новости", "div": "Последние новости"}
SOURCE = "Источник:"  # the label stays Russian on English and Kazakh pages
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "ru_RU"}  # kk pages kept the site's locale
HTML_LANG = {"ru": "ru", "en": "en", "kk": "ru"}
CHARSETS = {  # form -> (Content-Type header, <meta> in the page)
    "header": ("text/html; charset=windows-1251",
               '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
    "meta_only": ("text/html",
                  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
    "missing": ("text/html", ""),
    "utf8_header": ("text/html; charset=utf-8", '<meta charset="windows-1251">'),
    "latin1_meta": ("text/html",
                    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
}
_ENTITIES = {"«": "&laquo;", "»": "&raquo;", "—": "&mdash;", "\u00a0": "&nbsp;"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def old_esc(text: str) -> str:
    """The old CMS's escaping: quotes and dashes as named entities."""
    out = html.escape(text, quote=False)
    for char, entity in _ENTITIES.items():
        out = out.replace(char, entity)
    return out


def cp1251(markup: str) -> bytes:
    """Old pages: windows-1251, a letter it lacks (Kazakh ә, ғ, қ …) as a numeric reference."""
    return markup.encode("cp1251", "xmlcharrefreplace")


def robots() -> bytes:
    return (b"User-agent: *\nDisallow: /search/\nDisallow: /bitrix/\nDisallow: /personal/\n\n"
            b"User-agent: Yandex\nDisallow: /search/\nHost: ic24.kz\n")


def not_found() -> bytes:
    return _new_frame("Страница не найдена", "", '<main class="main main--404"><h1 class="'
                      'page-title">404</h1><p>Страница не найдена. <a href="/novosti">К новостям'
                      "</a></p></main>", "ru").encode("utf-8")


# ---------------------------------------------------------------------------- dates


def old_date(a: Article) -> str:
    """The old info line's date: '16 Апреля 2021', 'August 2, 2021', '16 Сәуір 2021'."""
    d, form = a.day, a.forms["date"]
    if form == "en_month":
        text = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    elif form == "kk":
        text = f"{d.day} {KK_MONTHS[d.month - 1].capitalize()} {d.year}"
    else:
        text = f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"
    return text + (f", {a.clock:%H:%M}" if a.clock else "")


def info_line(a: Article) -> str:
    """SITE.md's line, one text: date, views, rubric, comma-separated tags (each if any)."""
    parts = [old_date(a)]
    if a.views is not None:
        parts.append(str(a.views))
    if a.category:
        parts.append(a.category)
    if a.tags:
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def new_date(a: Article) -> str:
    d, clock = a.day, f"{a.clock:%H:%M}" if a.clock else ""
    if a.lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, {clock}"
    if a.lang == "kk":
        return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}, {clock}"
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {clock}"


def stamp(a: Article, shift: timedelta = timedelta(0)) -> str:
    """The JSON-LD/og: stamp in the page's form: UTC ``Z``, ``+05:00`` or ``+06:00``."""
    moment = a.local + shift
    form = a.forms["stamp"]
    if form == "z":
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    hours = 5 if form == "plus5" else 6
    return moment.astimezone(timezone(timedelta(hours=hours))).isoformat()


# ---------------------------------------------------------------------------- old pages


def _truncated(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[:limit].rstrip() + "..."


def _old_text(a: Article) -> str:
    paras = a.raw_paragraphs or a.paragraphs
    lines = [old_esc(a.dateline() + paras[0]), *(old_esc(p) for p in paras[1:])]
    if a.source_line and a.source:
        label = f"<b>{SOURCE}</b>" if a.era == "table" else SOURCE
        lines.append(f"{label} {old_esc(a.source)}")
    sep = {"br2": "<br />\r\n<br />\r\n", "br1": "<br>\n",
           "nbsp": "<br>\n&nbsp;<br>\n"}[a.forms["body"]]
    text = sep.join(lines)
    if a.forms["photo"] == "glued":
        text = f"<i>Фото:{old_esc(a.photo_credit or '')}</i>{text}"
    return text


def _old_credit(a: Article) -> str:
    if a.forms["photo"] == "block_nospace":
        return f"Фото:{old_esc(a.photo_credit or '')}"
    if a.forms["photo"] == "block_space":
        return f"Фото: {old_esc(a.photo_credit or '')}"
    return ""


def _latest(a: Article, base: str) -> str:
    from tests.fortyfifthsite.site import by_num

    rows = []
    for num in a.latest:
        b = by_num()[num]
        rows.append(f'<span class="lang">{b.lang}</span> <a href="{b.path}">'
                    f"{old_esc(_truncated(b.title))}</a>")
    return "<br>\n".join(rows)


def _old_head(title: str, charset_meta: str) -> str:
    return (f"<head>\n{charset_meta}\n<title>{old_esc(title)}</title>\n"
            f'<meta name="keywords" content="{SITE_KEYWORDS}">\n'
            f'<meta name="description" content="{SITE_NAME} - новости Алматы и Казахстана">\n'
            '<link rel="stylesheet" type="text/css" href="/css/style.css">\n'
            '<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>\n</head>\n')


_COUNTER = ('<!--LiveInternet counter--><script type="text/javascript">document.write("<img '
            "src='//counter.yadro.ru/hit?t44.1;r\"+escape(document.referrer)+\"' width=31 "
            "height=31>\")</script><!--/LiveInternet-->")


def _table_page(a: Article, base: str, meta: str) -> str:
    photo = ""
    if a.images:
        credit = _old_credit(a)
        credit = f'<br><span class="credit">{credit}</span>' if credit else ""
        photo = (f'<tr><td class="nphoto"><img src="{a.image_paths()[0]}" width="400" '
                 f'align="left" hspace="5" vspace="5" alt="">{credit}</td></tr>\n')
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n'
        + _old_head(f"{a.title} :: {SITE_NAME}", meta)
        + '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
        '<table width="990" border="0" cellpadding="0" cellspacing="0" align="center">\n'
        '<tr><td><a href="/"><img src="/images/logo.gif" width="220" height="70" border="0" '
        f'alt="{SITE_NAME}"></a></td><td class="kurs">{CURRENCY}</td></tr>\n'
        '<tr><td colspan="2" class="menu"><a href="/novosti">Новости</a> | '
        '<a href="/about/">О нас</a> | <a href="/reklama/">Реклама</a> | '
        '<a href="/contacts/">Контакты</a></td></tr>\n'
        '<tr><td width="70%" valign="top" class="content">\n'
        '<table width="100%" border="0" cellpadding="4" cellspacing="0" class="news_detail">\n'
        f'<tr><td class="ntitle"><b>{old_esc(a.title)}</b></td></tr>\n'
        f"{photo}"
        f'<tr><td class="newsdate">{old_esc(info_line(a))}</td></tr>\n'
        f'<tr><td class="ntext">{_old_text(a)}</td></tr>\n'
        f'<tr><td class="nprint"><a href="{a.path}?print=1" target="_blank">'
        '<img src="/images/print.gif" width="16" height="16" border="0" alt=""> '
        "Версия для печати</a></td></tr>\n</table>\n</td>\n"
        '<td width="30%" valign="top" class="right">\n'
        f'<table class="lastnews" width="100%"><tr><td><b>{LATEST["table"]}</b></td></tr>\n'
        f"<tr><td>{_latest(a, base)}</td></tr></table>\n"
        '<a href="/reklama/"><img src="/upload/banners/240x400.gif" width="240" height="400" '
        'border="0" alt=""></a>\n</td></tr>\n'
        f'<tr><td colspan="2" class="footer">&copy; 2012-{a.day.year} {SITE_NAME}. При '
        "использовании материалов ссылка на ic24.kz обязательна.<br>\n"
        f"{_COUNTER}</td></tr>\n</table>\n</body>\n</html>\n")


def _div_page(a: Article, base: str, meta: str) -> str:
    photo = ""
    if a.images:
        credit = _old_credit(a)
        credit = f'<div class="photo-author">{credit}</div>' if credit else ""
        photo = (f'<div class="news-photo"><img src="{a.image_paths()[0]}" alt="'
                 f'{old_esc(a.title)}" width="600">{credit}</div>\n')
    share = f"{base}{a.path}"
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n'
        + _old_head(f"{a.title} - {SITE_NAME}", meta)
        + '<body>\n<div id="wrapper">\n<div id="header"><a href="/" class="logo">'
        f'<img src="/images/logo.png" alt="{SITE_NAME}" /></a>\n'
        f'<div class="currency">{CURRENCY}</div>\n'
        '<ul class="menu"><li><a href="/novosti">Новости</a></li><li><a href="/about/">О нас'
        '</a></li><li><a href="/contacts/">Контакты</a></li></ul></div>\n'
        '<div id="content"><div class="news-detail">\n'
        f"<h1>{old_esc(a.title)}</h1>\n{photo}"
        f'<div class="news-info">{old_esc(info_line(a))}</div>\n'
        f'<div class="news-text">{_old_text(a)}</div>\n'
        '<div class="share">Поделиться: <a href="https://www.facebook.com/sharer.php?u='
        f'{share}" target="_blank">Facebook</a> <a href="https://vk.com/share.php?url={share}" '
        'target="_blank">ВКонтакте</a> <a href="https://twitter.com/share?url='
        f'{share}" target="_blank">Twitter</a></div>\n'
        f'<a class="print" href="{a.path}?print=1" target="_blank">Версия для печати</a>\n'
        "</div></div>\n"
        f'<div id="sidebar"><div class="last-news"><div class="title">{LATEST["div"]}</div>\n'
        f"{_latest(a, base)}\n</div>\n"
        '<div class="banner"><img src="/upload/banners/300x250.jpg" alt="" /></div></div>\n'
        f'<div id="footer">&copy; 2012-{a.day.year} {SITE_NAME}. Все права защищены.<br />\n'
        f"{_COUNTER}</div>\n</div>\n</body>\n</html>\n")


def _print_page(a: Article, base: str, meta: str) -> str:
    paras = a.raw_paragraphs or a.paragraphs
    lines = [old_esc(a.dateline() + paras[0]), *(old_esc(p) for p in paras[1:])]
    if a.source_line and a.source:
        lines.append(f"{SOURCE} {old_esc(a.source)}")
    return (
        "<html>\n" + _old_head(f"{a.title} - версия для печати", meta)
        + '<body onload="window.print()">\n<img src="/images/logo_print.gif" alt=""><hr>\n'
        f"<h2>{old_esc(a.title)}</h2>\n<p>{old_esc(old_date(a))}</p>\n"
        f'<div class="text">{"<br><br>".join(lines)}</div>\n<hr>\n'
        f"<p>&copy; {SITE_NAME}, ic24.kz<br>Адрес материала: {base}{a.path}</p>\n"
        "</body>\n</html>\n")


def old_article(a: Article, base: str, print_version: bool = False) -> tuple[str, bytes]:
    """(Content-Type, body) of an old page, or of its print version."""
    ctype, meta = CHARSETS[a.forms["charset"]]
    if print_version:
        return ctype, cp1251(_print_page(a, base, meta))
    page = _table_page if a.era == "table" else _div_page
    return ctype, cp1251(page(a, base, meta))


# ---------------------------------------------------------------------------- new pages


def _rubric_href(category: str) -> str:
    return f"/rubric/{ru_slug(category)}"


def _srcset(path: str) -> tuple[str, str]:
    """(src, srcset): the 1200px variant and the 480/800/1200 ones."""
    stem = path.removesuffix("-1200.jpg")
    return path, ", ".join(f"{stem}-{w}.jpg {w}w" for w in (480, 800, 1200))


def _figure(a: Article, k: int) -> str:
    src, srcset = _srcset(a.image_paths()[k])
    what = {"ru": "Иллюстративное фото", "en": "Illustrative photo",
            "kk": "Көрнекі сурет"}[a.lang]
    return (f'<figure class="article__figure figure"><img class="figure__img" src="{src}" '
            f'srcset="{srcset}" sizes="(max-width: 768px) 100vw, 800px" alt="{esc(a.title)}" '
            f'width="1200" height="800" loading="{"eager" if k == 0 else "lazy"}">'
            f'<figcaption class="figure__caption">{what}. <span class="figure__credit">Фото: '
            f"{esc(a.photo_credit or '')}</span></figcaption></figure>")


def _read_also(a: Article) -> list[str]:
    from tests.fortyfifthsite.site import by_num

    out = []
    for num, form in a.read_also:
        b = by_num()[num]
        href = {"canonical": b.path, "short": f"/news/{b.id}", "amp": f"/amp{b.path}"}[form]
        out.append(f'<p class="article__read-also"><strong>{READ_ALSO[a.lang]}</strong> '
                   f'<a href="{href}">{esc(b.title)}</a></p>')
    return out


def _new_body(a: Article) -> str:
    blocks = []
    for i, para in enumerate(a.paragraphs):
        if i == 0 and a.place:
            line = a.dateline().removesuffix(" - ")
            blocks.append(f"<p><strong>{esc(line)}</strong> - {esc(para)}</p>")
        else:
            blocks.append(f"<p>{esc(para)}</p>")
    blocks[1:1] = _read_also(a)
    if a.images > 1:
        blocks.insert(min(len(blocks), 3), _figure(a, 1))
    if a.source_line and a.source:
        blocks.append(f'<p class="article__source">{SOURCE} <a href="https://'
                      f'{ru_slug(a.source) or "source"}.kz/" rel="nofollow noopener" '
                      f'target="_blank">{esc(a.source)}</a></p>')
    return "\n".join(blocks)


def _jsonld(a: Article, base: str) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": base + a.path},
        "headline": a.title, "description": a.paragraphs[0][:160],
        "datePublished": stamp(a), "dateModified": stamp(a, timedelta(hours=5, minutes=12)),
        "author": {"@type": "Organization", "name": SITE_NAME},
        "publisher": {"@type": "Organization", "name": SITE_NAME,
                      "logo": {"@type": "ImageObject", "url": base + "/static/img/logo.png"}},
    }
    if a.lang != "kk":
        data["inLanguage"] = a.lang
    if a.images:
        data["image"] = [base + p for p in a.image_paths()]
    if a.category:
        data["articleSection"] = a.category
    if a.tags:
        data["keywords"] = ", ".join(a.tags)
    return json.dumps(data, ensure_ascii=False)


def _new_frame(title: str, head: str, main: str, lang: str) -> str:
    nav = "".join(f'<a class="header__link" href="/rubric/{slug}">{name}</a>'
                  for name, slug in (("Общество", "obshchestvo"), ("Экономика", "ekonomika"),
                                     ("Политика", "politika"), ("Спорт", "sport")))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}"
        '<link rel="stylesheet" href="/static/css/main.css">\n</head>\n'
        '<body class="page">\n<header class="header"><a class="header__logo" href="/">'
        f'<img src="/static/img/logo.svg" alt="{SITE_NAME}"></a>\n'
        f'<nav class="header__nav"><a class="header__link" href="/novosti">Новости</a>{nav}'
        f'</nav>\n<div class="header__currency currency">{CURRENCY}</div></header>\n'
        f"{main}\n"
        '<footer class="footer"><p class="footer__copy">© 2012–2025 Центр информации. '
        "При использовании материалов гиперссылка на ic24.kz обязательна.</p></footer>\n"
        '<script src="/static/js/main.js" defer></script>\n</body>\n</html>\n')


def _related_block(a: Article) -> str:
    from tests.fortyfifthsite.site import by_num

    items = []
    for num in a.related_block:
        b = by_num()[num]
        thumb = ""
        if b.images and not b.old:
            thumb = (f'<img class="related__img" src="'
                     f'{b.image_paths()[0].removesuffix("-1200.jpg")}-320.jpg" alt="">')
        items.append(f'<li class="related__item"><a class="related__link" href="{b.path}">'
                     f'{thumb}<span class="related__name">{esc(b.title)}</span></a></li>')
    return (f'<section class="related"><h2 class="related__title">{RELATED[a.lang]}</h2>'
            f'<ul class="related__list">{"".join(items)}</ul></section>')


def _tags(a: Article) -> str:
    if not a.tags:
        return ""
    items = "".join(f'<li class="tags__item"><a class="tags__link" href="/tag/'
                    f'{ru_slug(t) or "tag"}">{esc(t)}</a></li>' for t in a.tags)
    return f'<ul class="article__tags tags">{items}</ul>'


def new_article(a: Article, base: str) -> bytes:
    url = base + a.path
    og_image = base + (a.image_paths()[0] if a.images else "/static/img/og-default.png")
    head = [f'<meta name="description" content="{esc(a.paragraphs[0][:160])}">',
            f'<link rel="canonical" href="{url}">']
    if a.amp:
        head.append(f'<link rel="amphtml" href="{base}/amp{a.path}">')
    head += [
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{SITE_NAME}">',
        f'<meta property="og:locale" content="{LOCALE[a.lang]}">',
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:description" content="{esc(a.paragraphs[0][:160])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{og_image}">',
        f'<meta property="article:published_time" content="{stamp(a)}">',
        f'<meta property="article:modified_time" content="'
        f'{stamp(a, timedelta(hours=5, minutes=12))}">',
    ]
    if a.category:
        head.append(f'<meta property="article:section" content="{esc(a.category)}">')
    head += [f'<meta property="article:tag" content="{esc(t)}">' for t in a.tags]
    head.append(f'<script type="application/ld+json">{_jsonld(a, base)}</script>')
    meta = [f'<time class="article__date" datetime="{a.local.isoformat()}">{new_date(a)}'
            "</time>"]
    crumbs = '<a href="/">Главная</a> / <a href="/novosti">Новости</a>'
    if a.category:
        meta.append(f'<a class="article__rubric" href="{_rubric_href(a.category)}">'
                    f"{esc(a.category)}</a>")
        crumbs += f' / <a href="{_rubric_href(a.category)}">{esc(a.category)}</a>'
    if a.views is not None:
        meta.append('<span class="article__views" title="Просмотры"><svg class="icon '
                    'icon--eye" aria-hidden="true"><use href="/static/img/sprite.svg#eye">'
                    f"</use></svg>{a.views}</span>")
    share = (f'<div class="article__share share">Поделиться: <a class="share__link" '
             f'href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> '
             f'<a class="share__link" href="https://t.me/share/url?url={url}">Telegram</a> '
             f'<a class="share__link" href="https://wa.me/?text={url}">WhatsApp</a></div>')
    main = (
        '<main class="main"><article class="article">\n'
        f'<nav class="breadcrumbs">{crumbs}</nav>\n'
        f'<h1 class="article__title">{esc(a.title)}</h1>\n'
        f'<div class="article__meta">{" ".join(meta)}</div>\n'
        f"{_figure(a, 0) if a.images else ''}\n"
        f'<div class="article__body">\n{_new_body(a)}\n</div>\n'
        f"{_tags(a)}\n{share}\n</article>\n{_related_block(a)}\n</main>")
    return _new_frame(f"{a.title} — {SITE_NAME}", "\n".join(head) + "\n", main,
                      HTML_LANG[a.lang]).encode("utf-8")


def amp_page(a: Article, base: str) -> bytes:
    """The AMP version: the same story, its canonical the real page; no view counter."""
    lead = a.dateline() if a.place else ""
    paras = "\n".join(f"<p>{esc(lead if i == 0 else '')}{esc(p)}</p>"
                      for i, p in enumerate(a.paragraphs))
    photo = ""
    if a.images:
        photo = (f'<amp-img src="{a.image_paths()[0]}" width="1200" height="800" '
                 f'layout="responsive" alt=""></amp-img><p class="credit">Фото: '
                 f"{esc(a.photo_credit or '')}</p>")
    rubric = f'<a href="{_rubric_href(a.category)}">{esc(a.category)}</a>' if a.category else ""
    source = f"<p>{SOURCE} {esc(a.source)}</p>" if a.source_line and a.source else ""
    return (
        f'<!doctype html>\n<html ⚡ lang="{HTML_LANG[a.lang]}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(a.title)}</title>\n<link rel=\"canonical\" href=\"{base}{a.path}\">\n"
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        "<style amp-boilerplate>body{visibility:hidden}</style>\n"
        f'<script type="application/ld+json">{_jsonld(a, base)}</script>\n</head>\n<body>\n'
        f'<header class="amp-header"><a href="/">{SITE_NAME}</a></header>\n<article>\n'
        f"<h1>{esc(a.title)}</h1>\n<p><time datetime=\"{a.local.isoformat()}\">{new_date(a)}"
        f"</time> {rubric}</p>\n{photo}\n"
        f"{paras}\n"
        f"{source}\n{_tags(a)}\n</article>\n</body>\n</html>\n").encode()


# ---------------------------------------------------------------------------- listings


def _card(a: Article) -> str:
    thumb = ""
    if a.images and not a.old:
        thumb = (f'<img class="news-card__img" src="'
                 f'{a.image_paths()[0].removesuffix("-1200.jpg")}-480.jpg" alt="">')
    rubric = (f' <a class="news-card__rubric" href="{_rubric_href(a.category)}">'
              f"{esc(a.category)}</a>" if a.category else "")
    return (f'<article class="news-card"><a class="news-card__link" href="{a.path}">{thumb}'
            f'<h2 class="news-card__title">{esc(a.title)}</h2></a><div class="news-card__meta">'
            f'<time class="news-card__date" datetime="{a.local.isoformat()}">{new_date(a)}'
            f"</time>{rubric}</div></article>")


def _page_href(n: int) -> str:
    from tests.fortyfifthsite.site import pages

    return pages()[n - 1][0]


def new_listing(n: int, base: str) -> bytes:
    from tests.fortyfifthsite.site import listed_new_pages, pages

    items = pages()[n - 1][1]
    last_new = listed_new_pages()[-1]
    links = []
    if n > 1:
        links.append(f'<a class="pagination__prev" href="{_page_href(n - 1)}">← Назад</a>')
    for k in listed_new_pages():
        links.append(f'<span class="pagination__link pagination__link--active">{k}</span>'
                     if k == n else f'<a class="pagination__link" href="{_page_href(k)}">{k}</a>')
    nxt = _page_href(n + 1)
    label = "Архив новостей →" if n == last_new else "Дальше →"
    links.append(f'<a class="pagination__next" rel="next" href="{nxt}">{label}</a>')
    head = f'<link rel="canonical" href="{base}{_page_href(n)}">\n'
    head += f'<link rel="next" href="{base}{nxt}">\n'
    if n > 1:
        head += f'<link rel="prev" href="{base}{_page_href(n - 1)}">\n'
    main = ('<main class="main"><h1 class="page-title">Новости</h1>\n<div class="news-grid">\n'
            + "\n".join(_card(a) for a in items)
            + f'\n</div>\n<nav class="pagination" aria-label="Страницы">{" ".join(links)}'
            "</nav></main>")
    title = "Новости — Центр информации" + (f", страница {n}" if n > 1 else "")
    return _new_frame(title, head, main, "ru").encode("utf-8")


def _old_listing_href(a: Article) -> str:
    return f"/index.php?id={a.num}" if a.listing_href == "index_php" else a.path


def old_listing(n: int, era: str, base: str) -> bytes:
    from tests.fortyfifthsite.site import page_count, page_era, pages

    items = pages()[n - 1][1]
    same = [k for k in range(1, page_count() + 1) if page_era(k) == era]
    meta = CHARSETS["header"][1]
    if era == "div":
        rows = "\n".join(
            f'<div class="news_text"><a href="{_old_listing_href(a)}">{old_esc(a.title)}</a>'
            f"<p>{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}</p></div>"
            for a in items)
        nums = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{_page_href(k)}">{k}</a>'
                        for k in same)
        pager = (f'<div class="pager">Страницы: <a href="{_page_href(n - 1)}">&laquo; Пред.</a> '
                 f"{nums}"
                 + (f' <a href="{_page_href(n + 1)}">След. &raquo;</a>'
                    if n < page_count() else "") + "</div>")
        body = (f'<div id="content"><h1>Новости</h1>\n<div class="news-list">\n{rows}\n</div>\n'
                f"{pager}\n</div>")
    else:
        rows = "\n".join(
            f'<tr><td class="date">{a.day:%d.%m.%Y}</td><td class="title"><a href="'
            f'{_old_listing_href(a)}">{old_esc(a.title)}</a></td></tr>' for a in items)
        nums = " ".join(f'<span class="modern-page-current">{k}</span>' if k == n
                        else f'<a href="{_page_href(k)}">{k}</a>' for k in same)
        pager = ('<div class="modern-page-navigation"><span class="modern-page-title">Страницы:'
                 f'</span> <a class="modern-page-first" href="{_page_href(same[0])}">Начало</a> '
                 f'<a class="modern-page-previous" href="{_page_href(n - 1)}">Пред.</a> {nums}'
                 + (f' <a class="modern-page-next" href="{_page_href(n + 1)}">След.</a>'
                    if n < page_count() else "")
                 + f' <a class="modern-page-last" href="{_page_href(same[-1])}">Конец</a></div>')
        body = (f'<table class="news-list" width="100%">\n{rows}\n</table>\n{pager}')
    markup = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n'
              + _old_head(f"Новости - страница {n} :: {SITE_NAME}", meta)
              + f'<body>\n<div id="header"><a href="/"><img src="/images/logo.gif" alt=""></a>'
              f'<div class="currency">{CURRENCY}</div></div>\n{body}\n'
              f'<div id="footer">&copy; {SITE_NAME}</div>\n</body>\n</html>\n')
    return cp1251(markup)
