"""Yii2 markup of the seventy-seventh copy: layout, article page, listing, 404."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from html import escape

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, translit

HTML = "text/html; charset=UTF-8"
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
UI = {
    "ru": dict(latest="Последние новости", popular="Самое читаемое", tags="Теги:",
               search="Поиск по сайту", share="Поделиться:"),
    "en": dict(latest="Latest news", popular="Popular", tags="Tags:", search="Search",
               share="Share:"),
    "kk": dict(latest="Соңғы жаңалықтар", popular="Көп оқылған", tags="Тегтер:",
               search="Іздеу", share="Бөлісу:"),
}
CSRF = "dGhpcy1pcy1ub3QtYS1yZWFsLXRva2Vu-Yii2_Kz3mQ=="


def date_words(art: object) -> str:
    """'20 Апреля 2023', '20 April 2023', '20 Сәуір 2023' (month capitalised)."""
    day = art.day  # type: ignore[attr-defined]
    months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[art.lang]  # type: ignore[attr-defined]
    return f"{day.day} {months[day.month - 1].capitalize()} {day.year}"


def _asset(name: str) -> str:
    return "/assets/" + hashlib.md5(name.encode()).hexdigest()[:8] + "/" + name  # noqa: S324


def _layout(lang: str, title: str, head: str, main: str, sidebar: str) -> bytes:
    ui = UI[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf-frontend">
<meta name="csrf-token" content="{CSRF}">
<title>{escape(title)}</title>
{head}
<link href="{_asset('bootstrap.css')}" rel="stylesheet">
<link href="{_asset('site.css')}" rel="stylesheet">
</head>
<body>
<div class="wrap">
<nav id="w0" class="navbar-inverse navbar-fixed-top navbar">
<div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/">Центр информации</a></div>
<div class="lang-switcher"><a href="/kk">ҚАЗ</a> | <a href="/ru" class="active">РУС</a> |
<a href="/en">ENG</a></div>
<ul id="w1" class="navbar-nav navbar-right nav">
<li><a href="/novosti">Новости</a></li><li><a href="/rubric/obshchestvo">Общество</a></li>
<li><a href="/rubric/ekonomika">Экономика</a></li><li><a href="/contacts">Контакты</a></li>
</ul>
<form class="site-search navbar-form" action="/search" method="get">
<input type="hidden" name="_csrf-frontend" value="{CSRF}">
<input type="text" class="form-control" name="q" placeholder="{ui['search']}">
<button type="submit" class="btn btn-default"><i class="glyphicon glyphicon-search"></i></button>
</form>
</div>
</nav>
<div class="currency-widget"><div class="container">
• USD/KZT <span class="rate" data-code="USD">0.0</span>
• EUR/KZT <span class="rate" data-code="EUR">0.0</span>
• RUB/KZT <span class="rate" data-code="RUB">0.0</span>
• CNY/KZT <span class="rate" data-code="CNY">0.0</span>
</div></div>
<div class="container">
<div class="banner banner-top"><!-- ad zone 3 --><a href="/ads/click?zone=3" rel="nofollow">
<img src="/uploads/banners/egov-970x90.gif" alt="Реклама"></a></div>
<div class="row">
<div class="col-md-8 col-sm-12">
{main}
</div>
<div class="col-md-4 hidden-sm hidden-xs">
{sidebar}
<div class="banner banner-side"><!-- ad zone 5 --></div>
</div>
</div>
</div>
</div>
<footer class="footer">
<div class="container">
<p class="pull-left">&copy; 2013–2026 ТОО «Центр информации». Все права защищены.
При использовании материалов ссылка на ic24.kz обязательна.</p>
<address>050000, г. Алматы, пр. Абая, 10, офис 305. Тел.: +7 (727) 000-00-00.
E-mail: info@ic24.kz</address>
<p class="pull-right">Powered by <a href="https://www.yiiframework.com/" rel="external">Yii
Framework</a></p>
</div>
</footer>
<div id="cookie-banner" class="cookie-banner">Сайт использует файлы cookie.
<button class="btn btn-primary btn-xs">OK</button></div>
<script src="{_asset('jquery.js')}"></script>
<script src="{_asset('yii.js')}"></script>
<script src="{_asset('bootstrap.js')}"></script>
<script>jQuery(function ($) {{ $.get('/site/currency', function (r) {{}}); }});</script>
<!-- Yandex.Metrika counter --><script>(function(m,e,t,r,i,k,a){{}})(window, document,
"script", "https://mc.yandex.ru/metrika/tag.js", "ym");</script>
<noscript><div><img src="https://mc.yandex.ru/watch/00000000" alt=""></div></noscript>
<a href="//www.liveinternet.ru/click" target="_blank"><img src="//counter.yadro.ru/hit?t45.6"
alt="" width="31" height="31"></a>
</body>
</html>
""".encode()


def _sidebar(art: object, lang: str, base: str) -> str:
    from tests.seventyseventhsite import site

    others = [a for a in site.build() if a is not art and a.views]
    top = sorted(others, key=lambda a: -(a.views or 0))[:5]
    items = "\n".join(
        f'<li><a href="{a.path}">{escape(cut_at_word(a.title, 70))}</a> '
        f'<span class="count"><i class="fa fa-eye"></i> {(a.views or 0) * 7 + 113}</span></li>'
        for a in top)
    return (f'<div class="widget most-read"><h3 class="widget-title">{UI[lang]["popular"]}</h3>'
            f'<ol class="list-unstyled">\n{items}\n</ol></div>')


def _latest(art: object) -> str:
    from tests.seventyseventhsite import site

    items = "\n".join(
        f'<li><span class="badge lang-badge">{a.lang}</span> <a href="{a.path}">'
        f'{escape(cut_at_word(a.title, 48))}...</a></li>'
        for a in site.build()[:12] if a is not art)
    return (f'<div class="last-news"><h3>{UI["ru"]["latest"]}</h3>'
            f'<ul class="list-unstyled">\n{items}\n</ul></div>')


def _credit_line(credit: str) -> str:
    return f"Фото:{credit}" if credit in ("gov.kz", "pixabay") else f"Фото: {credit}"


def _photo(art: object) -> str:
    a = art
    if not a.images:  # type: ignore[attr-defined]
        return ""
    path = a.image_paths()[0]  # type: ignore[attr-defined]
    credit = a.photo_credit  # type: ignore[attr-defined]
    if a.dev == "credit_caption":  # type: ignore[attr-defined]
        return (f'<figure class="article-image"><img src="{path}" class="img-responsive" '
                f'alt=""><figcaption>Иллюстративное фото. {escape(_credit_line(credit))}'
                f'</figcaption></figure>')
    line = f'<div class="photo-author">{escape(_credit_line(credit))}</div>' if credit else ""
    return (f'<div class="article-image"><img src="{path}" class="img-responsive" '
            f'alt="{escape(a.title)}">{line}</div>')  # type: ignore[attr-defined]


def _info(a: object) -> str:
    art = a
    if art.dev == "dotted_date":  # type: ignore[attr-defined]
        when = f'<span class="date">{art.day:%d.%m.%Y} {art.clock:%H:%M}</span>'  # type: ignore[attr-defined]
    else:
        clock = (f' <span class="time">{art.clock:%H:%M}</span>'  # type: ignore[attr-defined]
                 if art.clock else "")  # type: ignore[attr-defined]
        when = f'<span class="date">{date_words(art)}</span>{clock}'
    if art.updated:  # type: ignore[attr-defined]
        later = art.day + timedelta(days=1)  # type: ignore[attr-defined]
        when += f' <span class="updated">Обновлено: {later:%d.%m.%Y} 09:10</span>'
    parts = [when]
    if art.views is not None:  # type: ignore[attr-defined]
        parts.append(f'<span class="eye"><i class="fa fa-eye"></i> {art.views}</span>')  # type: ignore[attr-defined]
    if art.category:  # type: ignore[attr-defined]
        slug = "-".join(translit(art.category).split())  # type: ignore[attr-defined]
        parts.append(f'<a class="rubric" href="/rubric/{slug}">{escape(art.category)}</a>')  # type: ignore[attr-defined]
    if art.tags and art.dev != "tags_block":  # type: ignore[attr-defined]
        parts.append('<span class="tags">' + escape(", ".join(art.tags)) + "</span>")  # type: ignore[attr-defined]
    return '<div class="article-info">' + " ".join(parts) + "</div>"


def _embed(kind: str, num: int) -> str:
    if kind == "instagram":
        return (f'<blockquote class="instagram-media" data-instgrm-permalink='
                f'"https://www.instagram.com/p/C{num}x/" data-instgrm-version="14"><div>'
                f'<a href="https://www.instagram.com/p/C{num}x/">Посмотреть эту публикацию в '
                f'Instagram</a></div><p>Публикация от akorda_press</p></blockquote>'
                f'<script async src="//www.instagram.com/embed.js"></script>')
    if kind == "telegram":
        return (f'<script async src="https://telegram.org/js/telegram-widget.js?22" '
                f'data-telegram-post="ic24kz/{num % 9000}" data-width="100%"></script>')
    if kind == "video":
        return (f'<div class="article-video embed-responsive embed-responsive-16by9"><iframe '
                f'class="embed-responsive-item" src="https://www.youtube.com/embed/v{num}" '
                f'allowfullscreen></iframe></div>')
    return ""


def _text(art: object) -> str:
    from tests.seventyseventhsite import site

    a = art
    raw = list(a.raw_paragraphs or a.paragraphs)  # type: ignore[attr-defined]
    if a.raw_paragraphs is None and a.num % 2 and len(raw) > 1:  # type: ignore[attr-defined]
        raw[1] = raw[1].replace(" ", "\u00a0", 2)  # a no-break space the editor left
    if a.raw_paragraphs is None and a.lang == "en" and len(raw) > 1:  # type: ignore[attr-defined]
        raw[-1] = raw[-1].replace("the ", "thе ", 1)  # Cyrillic е in a Latin word
    paras = [f"<p>{escape(p)}</p>" for p in raw]
    paras[0] = f"<p>{escape(a.dateline())}{escape(raw[0])}</p>"  # type: ignore[attr-defined]
    if a.read_also:  # type: ignore[attr-defined]
        other = next(o for o in site.build() if o is not a and o.lang == a.lang)  # type: ignore[attr-defined]
        paras.insert(1, f'<p class="read-also"><strong>Читайте также:</strong> '
                        f'<a href="{other.path}">{escape(other.title)}</a></p>')
    if a.embed:  # type: ignore[attr-defined]
        paras.insert(min(2, len(paras)), _embed(a.embed, a.num))  # type: ignore[attr-defined]
    paras.append("<p>&nbsp;</p>")
    if a.source and a.source_line:  # type: ignore[attr-defined]
        paras.append(f"<p>Источник: {escape(a.source)}</p>")  # type: ignore[attr-defined]
    if a.author:  # type: ignore[attr-defined]
        paras.append(f'<p class="article-author">Автор: {escape(a.author)}</p>')  # type: ignore[attr-defined]
    if a.translator:  # type: ignore[attr-defined]
        paras.append(f'<p class="article-translator">Қазақшадан аударған: '
                     f'{escape(a.translator)}</p>')  # type: ignore[attr-defined]
    return '<div class="article-text">\n' + "\n".join(paras) + "\n</div>"


def article(art: object, base: str) -> Response:
    a = art
    lang = a.lang  # type: ignore[attr-defined]
    url = base + a.path  # type: ignore[attr-defined]
    images = a.image_paths()  # type: ignore[attr-defined]
    head = (f'<link href="{url}" rel="canonical">\n'
            f'<meta property="og:locale" content="{LOCALE[lang]}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{escape(a.title)}">\n'  # type: ignore[attr-defined]
            f'<meta property="og:url" content="{url}">\n'
            + (f'<meta property="og:image" content="{base}{images[0]}">\n' if images else ""))
    tags_block = ""
    if a.dev == "tags_block":  # type: ignore[attr-defined]
        tags_block = (f'<div class="article-tags"><span>{UI[lang]["tags"]}</span> ' + " ".join(
            f'<a class="label label-default" href="/tag/{escape(t)}">{escape(t)}</a>'
            for t in a.tags) + "</div>")  # type: ignore[attr-defined]
    share = (f'<div class="share-buttons"><span>{UI[lang]["share"]}</span> '
             f'<a class="share-fb" href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> '
             f'<a class="share-tg" href="https://t.me/share/url?url={url}">Telegram</a> '
             f'<a class="share-wa" href="https://wa.me/?text={url}">WhatsApp</a></div>')
    main = f"""<ul class="breadcrumb"><li><a href="/">Главная</a></li>
<li><a href="/novosti">Новости</a></li></ul>
<div class="article-page" data-id="{a.num}">
<h1 class="article-title">{escape(a.title)}</h1>
{_photo(a)}
{_info(a)}
{_text(a)}
{tags_block}
{share}
</div>
<div class="banner banner-inline"><!-- ad zone 7 --></div>
{_latest(a)}"""  # type: ignore[attr-defined]
    title = f"{a.title} | {AGENCY[lang]}"  # type: ignore[attr-defined]
    return 200, {"Content-Type": HTML}, _layout(lang, title, head, main, _sidebar(a, lang, base))


def listing(page: int, base: str) -> Response:
    from tests.seventyseventhsite import site

    items = "\n".join(
        f'<div class="col-md-6 news-item"><div class="news_text">'
        f'<a href="{a.path}">{escape(a.title)}</a><p>{date_words(a)}</p></div></div>'
        for a in site.page_items(page))
    count = site.page_count()
    links = []
    if page > 1:
        prev = "/novosti" if page == 2 else f"/novosti?page={page - 1}"
        links.append(f'<li class="prev"><a href="{prev}" data-page="{page - 2}">&laquo;</a></li>')
    for n in range(1, count + 1):
        href = "/novosti" if n == 1 else f"/novosti?page={n}"
        cls = ' class="active"' if n == page else ""
        links.append(f'<li{cls}><a href="{href}" data-page="{n - 1}">{n}</a></li>')
    if page < count:
        links.append(f'<li class="next"><a href="/novosti?page={page + 1}" '
                     f'data-page="{page}">&raquo;</a></li>')
    main = (f'<h1>Новости</h1><div id="w2" class="list-view"><div class="row">\n{items}\n'
            f'</div><ul class="pagination">{"".join(links)}</ul></div>')
    head = f'<link href="{base}/novosti{"" if page == 1 else f"?page={page}"}" rel="canonical">'
    return 200, {"Content-Type": HTML}, _layout("ru", "Новости | Центр информации", head, main,
                                                _sidebar(None, "ru", base))


def not_found() -> bytes:
    return _layout("ru", "Not Found (#404)", "",
                   '<div class="site-error"><h1>Not Found (#404)</h1>'
                   '<div class="alert alert-danger">Страница не найдена.</div></div>', "")
