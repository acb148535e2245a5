"""The forty-sixth copy's markup: one Yii2/Bootstrap 4 layout for every page (see the package
docstring); the story's text as TinyMCE (or Word, or another editor) left it."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

from tests.copykit.text import RU_MONTHS, cut_at_word, translit

if TYPE_CHECKING:
    from tests.fortysixthsite.site import Article

NAMED = {"«": "&laquo;", "»": "&raquo;", "—": "&mdash;", "–": "&ndash;", "\u00a0": "&nbsp;",
         '"': "&quot;"}
WEEKDAYS = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье")
MENU = ("Социум", "Экономика", "Политика", "Происшествия", "Культура", "Спорт", "Здоровье")
FEED_SIZE, FEED_CUT = 30, 90


def esc(text: str, named: bool = False) -> str:
    out = html.escape(text, quote=False)
    if named:
        out = "".join(NAMED.get(c, c) for c in out)
    return out


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def ru_date(day: date) -> str:
    return f"{day.day} {RU_MONTHS[day.month - 1].capitalize()} {day.year}"


def rubric_slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", translit(name)))


def cut(title: str, limit: int = FEED_CUT) -> str:
    """The feed's headline: cut at a word before ``limit`` characters, no ellipsis."""
    return cut_at_word(title, limit)


def thumb(a: Article) -> str:
    if not a.photo:
        return "/img/no-image.jpg"
    head, _, name = a.photo.rpartition("/")
    return f"{head}/thumb/{name}"


# --------------------------------------------------------------------------- the frame


def _head(title: str, base: str, path: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="csrf-param" content="_csrf-frontend">
<meta name="csrf-token" content="Xk3lUmQ0bFd2Y1NvP0AnMxtOBB8wW2ohMzw2E2gmfAk8F1smBwAuJg==">
<title>{esc(title)}</title>
<link rel="canonical" href="{base}{path}">
{extra}<link rel="icon" type="image/x-icon" href="/favicon.ico">
<link href="/assets/5e1f2a7b/css/bootstrap.css" rel="stylesheet">
<link href="/css/fontawesome.min.css" rel="stylesheet">
<link href="/css/site.css?v=1714052311" rel="stylesheet">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2ZP1X9M"></script>
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-7QK2ZP1X9M');</script>
<script async
src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4827361029384756"
crossorigin="anonymous"></script>
</head>
"""


def _menu_items() -> str:
    items = "".join(f'<li class="nav-item"><a class="nav-link" href="/rubric/{rubric_slug(r)}">'
                    f"{r}</a></li>" for r in MENU)
    return ('<li class="nav-item"><a class="nav-link" href="/">Главная</a></li>'
            f'<li class="nav-item active"><a class="nav-link" href="/novosti">Новости</a></li>'
            f"{items}")


def _search_form() -> str:
    return ('<form class="search-form" action="/search" method="get">'
            '<input type="text" class="form-control" name="q" placeholder="Поиск по сайту">'
            '<button type="submit" class="btn" aria-label="Найти"><i class="fa fa-search"></i>'
            "</button></form>")


def _top(today: date) -> str:
    return f"""<body>
<div class="top-bar"><div class="container d-flex justify-content-between">
<div class="currency"><ul class="currency-list">
  <li>USD/KZT
    <span class="currency-value" id="usd-kzt">0.0</span></li>
  <li>EUR/KZT
    <span class="currency-value" id="eur-kzt">0.0</span></li>
  <li>RUB/KZT
    <span class="currency-value" id="rub-kzt">0.0</span></li>
  <li>CNY/KZT
    <span class="currency-value" id="cny-kzt">0.0</span></li>
</ul></div>
<div class="top-info"><span class="today">{WEEKDAYS[today.weekday()]}, {ru_date(today)}</span>
<span class="weather"><i class="fa fa-cloud-sun"></i> <span
class="weather-t">+3°</span></span></div>
</div></div>
<header class="header"><div class="container d-flex align-items-center">
<a class="logo" href="/"><img src="/img/logo.png" alt="Центр информации" width="220"
height="48"></a>
{_search_form()}
<div class="socials d-none d-lg-flex"><a href="https://t.me/ic24kz" target="_blank"
title="Telegram"><i class="fab fa-telegram-plane"></i></a><a href="https://www.facebook.com/ic24kz"
target="_blank" title="Facebook"><i class="fab fa-facebook-f"></i></a><a
href="https://www.instagram.com/ic24.kz/" target="_blank" title="Instagram"><i class="fab
fa-instagram"></i></a></div>
<button class="burger d-lg-none" type="button" aria-label="Меню"
data-toggle="mobile-menu"><span></span><span></span><span></span></button>
</div>
<nav class="main-menu d-none d-lg-block"><div class="container"><ul
class="nav">{_menu_items()}</ul></div></nav>
</header>
<div class="mobile-menu" id="mobile-menu" aria-hidden="true">
<button class="mobile-menu-close" type="button" aria-label="Закрыть">&times;</button>
{_search_form()}
<ul class="nav flex-column">{_menu_items()}</ul>
</div>
"""


def _feed(arts: Sequence[Article]) -> str:
    items = "\n".join(f'<div class="last-news-item"><span class="badge-lang">{a.lang}</span> '
                      f'<a href="{a.path}">{esc(cut(a.title))}</a></div>'
                      for a in arts[:FEED_SIZE])
    return f'<div class="last-news">\n{items}\n</div>'


def _popular(arts: Sequence[Article]) -> str:
    top = sorted(arts, key=lambda a: a.views or 0, reverse=True)[:5]
    items = "\n".join(
        f'<li class="popular-item"><a href="{a.path}"><img src="{thumb(a)}" alt="" '
        f'loading="lazy"></a><div><a href="{a.path}">{esc(a.title)}</a><div class="popular-meta">'
        f'<span class="popular-date">{ru_date(a.day)}</span> <span class="popular-views">'
        f'<i class="far fa-eye"></i> {a.views}</span></div></div></li>' for a in top)
    return (f'<div class="popular"><div class="block-title">Самое читаемое</div>'
            f'<ul class="popular-list">\n{items}\n</ul></div>')


def _sidebar(arts: Sequence[Article]) -> str:
    return f"""<aside class="col-lg-4 sidebar">
<div class="banner banner-side"><a
href="https://partner.kz/promo?utm_source=ic24&amp;utm_medium=banner" target="_blank" rel="nofollow
sponsored"><img src="/uploads/banners/halyk-300x250.jpg" alt="" width="300" height="250"></a></div>
{_feed(arts)}
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4827361029384756"
data-ad-slot="7261903845" data-ad-format="auto" data-full-width-responsive="true"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
{_popular(arts)}
<div class="tg-box"><i class="fab fa-telegram-plane"></i> Подписывайтесь на наш Telegram-канал <a
href="https://t.me/ic24kz" target="_blank">@ic24kz</a></div>
</aside>"""


def _bottom(today: date) -> str:
    return f"""<footer class="footer"><div class="container"><div class="row">
<div class="col-md-4"><img src="/img/logo-white.png" alt="Центр информации" width="180"><p
class="footer-about">Информационное агентство «Центр информации». Свидетельство о постановке на
учёт сетевого издания № KZ38VPY00012345 выдано Министерством информации и общественного развития
РК.</p></div>
<div class="col-md-4"><div class="footer-title">Контакты</div><p>Адрес: 050000, г. Алматы, пр.
Абая, 10, офис 305</p><p>Телефон: <a href="tel:+77273000000">+7 (727) 300-00-00</a></p><p>E-mail:
<a href="mailto:info@ic24.kz">info@ic24.kz</a></p><p>Реклама: <a
href="mailto:reklama@ic24.kz">reklama@ic24.kz</a></p></div>
<div class="col-md-4"><div class="footer-title">Мы в соцсетях</div><div class="socials"><a
href="https://t.me/ic24kz" title="Telegram"><i class="fab fa-telegram-plane"></i></a><a
href="https://www.facebook.com/ic24kz" title="Facebook"><i class="fab fa-facebook-f"></i></a><a
href="https://www.instagram.com/ic24.kz/" title="Instagram"><i class="fab fa-instagram"></i></a><a
href="https://www.youtube.com/@ic24kz" title="YouTube"><i class="fab fa-youtube"></i></a></div>
<div class="counters"><!--LiveInternet counter--><a href="https://www.liveinternet.ru/click"
target="_blank"><img id="licnt2C11" width="31" height="31" style="border:0" title="LiveInternet"
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
alt=""></a><!--/LiveInternet-->
<span id="_zero_71234"><noscript><a href="https://zero.kz/?s=71234" target="_blank"><img
src="https://c.zero.kz/z.png?u=71234" width="88" height="31"
alt="ZERO.kz"></a></noscript></span></div></div>
</div>
<div class="copyright">© 2014–{today.year} «Центр информации». Все права защищены. При полном или
частичном использовании материалов гиперссылка на ic24.kz обязательна. <span
class="age">18+</span></div>
</div></footer>
<div class="cookie-banner" id="cookie-banner">Мы используем файлы cookie, чтобы сайт работал лучше.
Продолжая пользоваться сайтом, вы соглашаетесь с этим. <button type="button" class="btn btn-sm
btn-primary" id="cookie-accept">Принять</button></div>
<script src="/assets/9c0d3e11/jquery.js"></script>
<script src="/assets/5e1f2a7b/js/bootstrap.bundle.js"></script>
<script src="/js/main.js?v=1714052311"></script>
<script>$(function(){{$.getJSON('/site/currency',function(r){{$('#usd-kzt').text(r.usd);
$('#eur-kzt').text(r.eur);$('#rub-kzt').text(r.rub);$('#cny-kzt').text(r.cny);}});}});</script>
<!-- Yandex.Metrika counter -->
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
m[i].l=1*new Date();
k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,
a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js",
"ym");
ym(51234567, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true,
webvisor:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/51234567" style="position:absolute;
left:-9999px;" alt=""></div></noscript>
<!-- /Yandex.Metrika counter -->
<script>new Image().src = "https://counter.yadro.ru/hit?r" + escape(document.referrer) + ";" +
Math.random();</script>
<script>var _zero_kz_ = _zero_kz_ || []; _zero_kz_.push(["id", 71234]); (function(){{var a =
document.getElementsByTagName("script")[0], s = document.createElement("script"); s.async = true;
s.src = (document.location.protocol == "https:" ? "https:" : "http:") + "//c.zero.kz/z.js";
a.parentNode.insertBefore(s, a);}})();</script>
</body>
</html>
"""


def _frame(arts: Sequence[Article], title: str, base: str, path: str, main: str,
           extra_head: str = "") -> str:
    today = date.today()
    return (_head(title, base, path, extra_head) + _top(today)
            + f'<main class="main"><div class="container"><div class="row">\n'
            f'<div class="col-lg-8 content">\n{main}\n</div>\n{_sidebar(arts)}\n'
            f"</div></div></main>\n" + _bottom(today))


# --------------------------------------------------------------------------- the story


def _credit(credit: str | None) -> str:
    return f"Фото:{esc(credit)}" if credit else ""


def _info(a: Article) -> str:
    parts = [f'<span class="news-date"><i class="far fa-calendar-alt"></i> {a.date_text()}</span>',
             f'<span class="news-views"><i class="far fa-eye"></i> {a.views}</span>']
    if a.category:
        parts.append(f'<a class="news-rubric" href="/rubric/{rubric_slug(a.category)}">'
                     f"{esc(a.category)}</a>")
    if a.tags:
        tags = ", ".join(f'<a href="/search?tag={quote(t)}">{esc(t)}</a>' for t in a.tags)
        parts.append(f'<span class="news-tags"><i class="fa fa-tags"></i> {tags}</span>')
    return '<div class="news-info">\n  ' + "\n  ".join(parts) + "\n</div>"


def _dateline(a: Article) -> str:
    line = a.dateline()
    if not line:
        return ""
    named = a.entities
    if a.bold_dateline:
        head = line.rpartition(" - ")[0]
        return f"<b>{esc(head, named)}</b> - "
    return esc(line, named)


def _mso(text: str) -> str:
    return ('<p class="MsoNormal" style="text-align: justify;"><span lang="RU" style="font-size: '
            '12.0pt; line-height: 107%; font-family: \'Times New Roman\',serif;">'
            f"{text}<o:p></o:p></span></p>")


def _block(a: Article, kind: str, payload: object, first: bool, base: str,
           arts_by_num: dict[int, Article]) -> str:
    named = a.entities
    prefix = _dateline(a) if first else ""
    if kind == "p":
        text = prefix + esc(str(payload), named)
        if first and a.deviation == "bold_lead":
            return f"<p><strong>{text}</strong></p>"
        if a.deviation == "mso":
            return _mso(text)
        return f"<p>{text}</p>"
    if kind == "quote":
        return f"<blockquote><p>{esc(str(payload), named)}</p></blockquote>"
    if kind == "list":
        assert isinstance(payload, list)
        return "<ul>\n" + "\n".join(f"<li>{esc(i, named)}</li>" for i in payload) + "\n</ul>"
    if kind == "table":
        assert isinstance(payload, list)
        rows = []
        for k, row in enumerate(payload):
            tag = "th" if k == 0 else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{esc(c, named)}</{tag}>" for c in row) + "</tr>")
        return ('<table class="table table-bordered" style="width: 100%;" border="1">\n<tbody>\n'
                + "\n".join(rows) + "\n</tbody>\n</table>")
    if kind == "brs":
        assert isinstance(payload, list)
        lines = [esc(str(p), named) for p in payload]
        return "<div>" + prefix + "<br><br>\n".join(lines) + "</div>"
    if kind == "video":
        return (f'<p style="text-align: center;"><iframe width="560" height="315" '
                f'src="https://www.youtube.com/embed/{payload}" title="YouTube video player" '
                'frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                'encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></p>')
    if kind == "gallery":
        assert isinstance(payload, tuple)
        paths, credit = payload
        shots = "\n".join(f'<div class="gallery-item"><a href="{p}" data-fancybox="gallery">'
                          f'<img src="{p}" alt="" class="img-fluid"></a>'
                          f'<div class="gallery-caption">{_credit(credit)}</div></div>'
                          for p in paths)
        return f'<div class="news-gallery">\n{shots}\n</div>'
    if kind == "inline_img":
        assert isinstance(payload, tuple)
        path, credit = payload
        return (f'<p style="text-align: center;"><img src="{path}" alt="" width="800" '
                f'height="533"></p>\n<p style="text-align: center;"><em>Источник фото: '
                f"{esc(credit)}</em></p>")
    if kind == "readalso":
        other = arts_by_num[int(str(payload))]
        label = "Читайте также:" if a.lang != "en" else "Read also:"
        return (f'<p><strong>{label} <a href="{base}{other.path}">{esc(other.title)}</a>'
                "</strong></p>")
    if kind == "embed" and payload == "instagram":
        return ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram'
                '.com/p/C5xY2aLtQ9b/?utm_source=ig_embed" data-instgrm-version="14"><div><a href='
                '"https://www.instagram.com/p/C5xY2aLtQ9b/?utm_source=ig_embed" target="_blank">'
                "Посмотреть эту публикацию в Instagram</a></div><p><a href=\"https://www.instagram"
                '.com/p/C5xY2aLtQ9b/">Публикация от Акимат Алматы (@almaty_akimat)</a></p>'
                '</blockquote>\n<script async src="//www.instagram.com/embed.js"></script>')
    if kind == "embed":
        return ('<script async src="https://telegram.org/js/telegram-widget.js?22" '
                'data-telegram-post="ic24kz/15873" data-width="100%"></script>')
    if kind == "ad":
        return ('<div class="in-text-banner"><span class="ad-label">Реклама</span><a href="'
                'https://partner.kz/promo?utm_source=ic24&amp;utm_medium=intext" target="_blank" '
                'rel="nofollow sponsored"><img src="/uploads/banners/kaspi-728x90.gif" alt="" '
                'width="728" height="90"></a></div>')
    raise ValueError(kind)


def _text(a: Article, base: str, arts_by_num: dict[int, Article]) -> str:
    """The story's text field: the dateline on the first paragraph, the source line last."""
    out = []
    if a.deviation == "photo_in_text":
        out += [f'<p style="text-align: center;"><img src="{a.photo}" alt="" width="800" '
                f'height="533"></p>', f"<p><em>{_credit(a.photo_credit)}</em></p>"]
    for k, (kind, payload) in enumerate(a.blocks):
        out.append(_block(a, kind, payload, k == 0, base, arts_by_num))
    if a.source_line and a.source:
        name = esc(a.source)
        if a.linked_source:
            name = f'<a href="https://www.google.com/search?q={quote(a.source)}" ' \
                   f'target="_blank" rel="nofollow">{name}</a>'
        out += ["<p>&nbsp;</p>" if a.num % 2 else "<p>\u00a0</p>", f"<p>Источник: {name}</p>"]
    return ("" if a.deviation == "photo_in_text" else "\n").join(out)


def _description(text_html: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", "", text_html))
    text = re.sub(r"\s+", " ", text).strip()
    return text[:200].rsplit(" ", 1)[0] + "..."


def _share(a: Article, base: str) -> str:
    url = quote(base + a.path, safe="")
    title = quote(a.title, safe="")
    links = (("facebook", "fab fa-facebook-f", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
             ("telegram", "fab fa-telegram-plane", f"https://t.me/share/url?url={url}&amp;text={title}"),
             ("whatsapp", "fab fa-whatsapp", f"https://api.whatsapp.com/send?text={title}%20{url}"),
             ("vk", "fab fa-vk", f"https://vk.com/share.php?url={url}"),
             ("ok", "fab fa-odnoklassniki", f"https://connect.ok.ru/offer?url={url}"))
    return ('<div class="share">' + "".join(
        f'<a class="share-{n}" href="{h}" target="_blank" rel="noopener" title="{n}" '
        f'aria-label="{n}"><i class="{i}"></i></a>' for n, i, h in links) + "</div>")


def _stamp(when: datetime) -> str:
    return f"{ru_date(when.date())}, {when:%H:%M}"


def _comments(a: Article, base: str) -> str:
    if a.comments:
        items = "\n".join(f'<div class="comment"><div class="comment-head"><b class='
                          f'"comment-author">{esc(who)}</b> <span class="comment-date">'
                          f'{_stamp(when)}</span></div>'
                          f'<div class="comment-text">{esc(text)}</div></div>'
                          for who, when, text in a.comments)
        return (f'<div class="comments"><div class="block-title">Комментарии ({len(a.comments)})'
                f"</div>\n{items}\n"
                '<form class="comment-form" method="post" action="/comment/add">'
                '<input type="text" name="Comment[name]" placeholder="Ваше имя">'
                '<textarea name="Comment[text]" placeholder="Ваш комментарий"></textarea>'
                '<button type="submit" class="btn btn-primary">Отправить</button></form></div>')
    if a.fb_comments:
        return (f'<div class="fb-comments" data-href="{base}{a.path}" data-width="100%" '
                'data-numposts="5"></div>\n<div id="fb-root"></div><script async defer '
                'crossorigin="anonymous" src="https://connect.facebook.net/ru_RU/sdk.js#xfbml=1'
                '&amp;version=v18.0"></script>')
    return ""


def article(a: Article, arts: Sequence[Article], base: str) -> str:
    by_num = {x.num: x for x in arts}
    text = _text(a, base, by_num)
    title = esc(a.raw_title or a.title, a.entities)
    photo = ""
    if a.photo and a.deviation != "photo_in_text":
        credit = (f'<div class="news-photo-source">{_credit(a.photo_credit)}</div>'
                  if a.photo_credit else "")
        lazy = ' loading="lazy"' if a.num % 2 else ""
        photo = (f'<div class="news-photo"><img src="{a.photo}" alt="{attr(a.title)}" '
                 f'class="img-fluid"{lazy}>{credit}</div>')
    updated = (f'<div class="news-updated">Обновлено: {a.updated:%d.%m.%Y, %H:%M}</div>'
               if a.updated else "")
    description = _description(text)
    image = base + (a.photo or "/img/og-ic24.jpg")
    extra = (f'<meta name="description" content="{attr(description)}">\n'
             f'<meta name="keywords" content="{attr(", ".join(a.tags))}">\n'
             '<meta property="og:type" content="article">\n'
             '<meta property="og:site_name" content="Центр информации">\n'
             f'<meta property="og:title" content="{attr(a.raw_title or a.title)}">\n'
             f'<meta property="og:description" content="{attr(description)}">\n'
             f'<meta property="og:url" content="{base}{a.path}">\n'
             f'<meta property="og:image" content="{image}">\n'
             '<meta name="twitter:card" content="summary_large_image">\n')
    main = f"""<div class="banner banner-top"><ins class="adsbygoogle" style="display:block"
data-ad-client="ca-pub-4827361029384756" data-ad-slot="5183920467" data-ad-format="horizontal">
</ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
<article class="news-detail">
<h1 class="news-title">{title}</h1>
{photo}
{_info(a)}
{updated}
<div class="news-text">
{text}
</div>
<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article"
data-ad-format="fluid" data-ad-client="ca-pub-4827361029384756" data-ad-slot="9301847265"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
{_share(a, base)}
{_comments(a, base)}
</article>"""
    return _frame(arts, f"{a.raw_title or a.title} - Центр информации", base, a.path, main, extra)


# --------------------------------------------------------------------------- lists


def _items(items: Sequence[Article]) -> str:
    return "\n".join(
        f'<div class="news-item row">\n<div class="col-4"><a class="news-item-img" '
        f'href="{a.path}"><img src="{thumb(a)}" alt="{attr(a.title)}" loading="lazy"></a></div>\n'
        f'<div class="col-8 news_text">\n<a href="{a.path}">{esc(a.title)}</a>\n'
        f"<p>{ru_date(a.day)}</p>\n</div>\n</div>" for a in items)


def _pager(n: int, count: int) -> str:
    def link(page: int, label: str, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return f'<li{c}><a href="/novosti?page={page}" data-page="{page - 1}">{label}</a></li>'

    out = ['<li class="prev disabled"><span>&laquo;</span></li>' if n == 1
           else link(n - 1, "&laquo;", "prev")]
    out += [link(p, str(p), "active" if p == n else "") for p in range(1, count + 1)]
    out.append('<li class="next disabled"><span>&raquo;</span></li>' if n == count
               else link(n + 1, "&raquo;", "next"))
    return '<ul class="pagination">' + "".join(out) + "</ul>"


def listing(arts: Sequence[Article], base: str, n: int, count: int,
            items: Sequence[Article]) -> str:
    path = "/novosti" + (f"?page={n}" if n > 1 else "")
    main = (f'<h1 class="page-title">Новости</h1>\n<div class="news-list">\n{_items(items)}\n'
            f"</div>\n{_pager(n, count)}")
    title = "Новости" + (f" - страница {n}" if n > 1 else "") + " - Центр информации"
    return _frame(arts, title, base, path, main)


def home(arts: Sequence[Article], base: str) -> str:
    main = (f'<h2 class="block-title">Главные новости</h2>\n<div class="news-list">\n'
            f'{_items(arts[:6])}\n</div>\n<a class="btn btn-more" href="/novosti">Все новости</a>')
    return _frame(arts, "Центр информации - новости Казахстана и Алматы", base, "/", main)


def rubric(arts: Sequence[Article], base: str, name: str, items: Sequence[Article]) -> str:
    main = (f'<h1 class="page-title">{esc(name)}</h1>\n<div class="news-list">\n'
            f"{_items(items[:10])}\n</div>")
    return _frame(arts, f"{name} - Центр информации", base, f"/rubric/{rubric_slug(name)}", main)


def search(arts: Sequence[Article], base: str, word: str, items: Sequence[Article]) -> str:
    found = _items(items) if items else "<p>По вашему запросу ничего не найдено.</p>"
    main = (f'<h1 class="page-title">Поиск: {esc(word)}</h1>\n{_search_form()}\n'
            f'<div class="news-list">\n{found}\n</div>')
    return _frame(arts, "Поиск - Центр информации", base, "/search", main)


def not_found(arts: Sequence[Article], base: str) -> str:
    main = ('<div class="error-page"><h1>Not Found (#404)</h1><p>Страница не найдена.</p>'
            '<p>Вернуться на <a href="/">главную</a> или посмотреть <a href="/novosti">'
            "последние новости</a>.</p></div>")
    return _frame(arts, "Not Found (#404)", base, "/404", main)
