"""The eighty-fifth copy's markup: Gatsby SSR pages over a Strapi entry (package docstring)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC
from html import escape

from tests.copykit.catalogue import AGENCY, CopyArticle
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, translit

SEP = "<!-- --> <!-- -->"
COMMA = "<!-- -->, <!-- -->"
PLACEHOLDER = ("data:image/jpeg;base64,/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdA"
               "SFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2Nj")
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz/", "Kazinform": "https://www.inform.kz/",
                "EU Reporter": "https://www.eureporter.co/"}


def _e(text: str) -> str:
    return escape(text, quote=False)


def day_text(art: CopyArticle) -> str:
    """'20 Апреля 2023', '2 August 2021', '16 Сәуір 2021' as the info line prints the day."""
    d, m = art.day, art.day.month - 1
    month = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[art.lang][m]
    return f"{d.day} {month[:1].upper() + month[1:]} {d.year}"


def utc_stamp(art: CopyArticle) -> str:
    return art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _shell(title: str, head: str, main: str, page_path: str) -> bytes:
    loader = (f"/*<![CDATA[*/window.pagePath={json.dumps(page_path)};"
              'window.___webpackCompilationHash="8f3a";/*]]>*/')
    chunks = ('{"app":["/app-1c2d3e.js"],"component---src-templates-article-js":'
              '["/component---src-templates-article-js-7a8b9c.js"]}')
    metrika = ("(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push("
               'arguments)};})(window,document,"script","https://mc.yandex.ru/metrika/tag.js",'
               '"ym");ym(61234567,"init",{webvisor:true});')
    page = "\n".join([
        '<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/>',
        '<meta http-equiv="x-ua-compatible" content="ie=edge"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        '<meta name="generator" content="Gatsby 5.12.4"/>',
        '<style data-href="/styles.4c1f0e1b2a.css" data-identity="gatsby-global-css">'
        ".article-module--body--3kJ9d p{margin:0 0 1em}</style>",
        f'<title data-react-helmet="true">{_e(title)}</title>{head}',
        '<link rel="preconnect" href="https://mc.yandex.ru"/>',
        '<link as="script" rel="preload" href="/webpack-runtime-5b1a3c.js"/>',
        '<link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/>',
        '</head><body><div id="___gatsby">'
        '<div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">',
        f'<div class="layout-module--wrapper--1Hq2V">{_header()}'
        f'<main class="layout-module--main--2pX8c">{main}</main>',
        f"{_footer()}</div>{_cookie()}</div>"
        '<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;'
        'overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" '
        'aria-live="assertive" aria-atomic="true"></div></div>',
        f"<script>{metrika}</script>",
        '<noscript><div><img src="https://mc.yandex.ru/watch/61234567" '
        'style="position:absolute;left:-9999px" alt=""/></div></noscript>',
        f'<script id="gatsby-script-loader">{loader}</script>',
        f'<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={chunks};'
        "/*]]>*/</script>",
        '<script src="/app-1c2d3e.js" async=""></script>',
        "</body></html>"])
    return page.encode("utf-8")


def _header() -> str:
    rates = " ".join(f"<span>• {c}/KZT <!-- -->0.0</span>" for c in ("USD", "EUR", "RUB", "CNY"))
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/novosti/", "Новости"), ("/category/obshchestvo/", "Общество"),
        ("/category/ekonomika/", "Экономика"), ("/category/sport/", "Спорт")))
    return "\n".join([
        '<header class="header-module--header--3aQ1f">',
        f'<div class="currency-module--rates--5Tt0e">{rates}</div>',
        '<a class="header-module--logo--2bW9k" href="/">'
        '<img src="/static/logo-3c2b1a.svg" alt="Центр информации"/></a>',
        f'<nav class="menu-module--menu--1yT7u"><ul>{menu}</ul></nav>',
        '<form class="search-module--form--9Lm2p" action="/search/" role="search">'
        '<input type="search" name="q" placeholder="Поиск по сайту" aria-label="Поиск"/>'
        '<button type="submit">Найти</button></form>',
        "</header>",
        '<div class="ad-module--slot--1x2Yq ad-module--top--4Rt6s"><ins class="adsbygoogle" '
        'style="display:block" data-ad-client="ca-pub-0000000000000000" '
        'data-ad-slot="1234567890"></ins><span class="ad-module--label--7Ui8o">Реклама</span>'
        "</div>"])


def _footer() -> str:
    return "\n".join([
        '<footer class="footer-module--footer--2Ka7m"><div class="footer-module--contacts--6Vb1n">',
        "<p>Центр информации — информационное агентство</p>",
        "<p>Адрес: г. Алматы, ул. Абая, 150, офис 12</p>",
        '<p>Тел.: <a href="tel:+77272000000">+7 (727) 200-00-00</a></p>',
        '<p>E-mail: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p></div>',
        '<p class="footer-module--copy--3Ee4r">© 2026 Центр информации. При использовании '
        "материалов ссылка на ic24.kz обязательна.</p>",
        '<ul class="footer-module--social--8Qw2e">'
        '<li><a href="https://t.me/ic24kz" aria-label="Telegram">Telegram</a></li>'
        '<li><a href="https://www.instagram.com/ic24kz/">Instagram</a></li></ul></footer>'])


def _cookie() -> str:
    return ('<div class="cookie-module--banner--5Gh3j" role="dialog"><p>Мы используем файлы '
            'cookie, чтобы сайт работал удобнее.</p><button type="button">Принять</button></div>')


def _card(art: CopyArticle) -> str:
    return (f'<div class="news_text listing-module--item--3Fz1a"><a href="{art.path}">'
            f"{_e(art.title)}</a><p>{day_text(art)}</p></div>")


def listing(number: int, items: Sequence[CopyArticle], count: int,
            every: Sequence[CopyArticle]) -> bytes:
    """``/novosti/`` (page 1) or ``/novosti/N/``: ``.news_text`` cards, then the pager."""
    def link(n: int) -> str:
        return "/novosti/" if n == 1 else f"/novosti/{n}/"
    current = ' aria-current="page"'
    pager = "".join(f'<li><a href="{link(n)}"{current if n == number else ""}>{n}</a></li>'
                    for n in range(1, count + 1))
    nxt = f'<a class="pager-module--next--2Jk4l" href="{link(number + 1)}">Далее →</a>' if (
        number < count) else ""
    prev = f'<a class="pager-module--prev--6Hn2b" href="{link(number - 1)}">← Назад</a>' if (
        number > 1) else ""
    main = (f'<h1 class="listing-module--heading--1Sd3f">Новости</h1><div class="listing-module'
            f'--list--7Zx2c">{"".join(_card(a) for a in items)}</div>'
            f'<nav class="pager-module--pager--4Dd1s">{prev}<ul>{pager}</ul>{nxt}</nav>'
            f"{_most_read(every, None)}")
    head = '<meta name="description" content="Новости Казахстана и мира"/>'
    return _shell("Новости | Центр информации", head, main, link(number))


def not_found() -> bytes:
    main = ('<div class="notfound-module--box--2Bn8m"><h1>404: Страница не найдена</h1>'
            '<p>Такой страницы нет. <a href="/novosti/">Все новости</a></p></div>')
    return _shell("404: Not found | Центр информации", "", main, "/404.html")


def _most_read(every: Sequence[CopyArticle], own: CopyArticle | None) -> str:
    picks = [a for a in every if a is not own][2:7]
    items = "".join(f'<li><a href="{a.path}">{_e(a.title)}</a></li>' for a in picks)
    return (f'<aside class="popular-module--box--8Tg5h"><h3>Самое читаемое</h3><ol>{items}</ol>'
            "</aside>")


def _latest(every: Sequence[CopyArticle], own: CopyArticle) -> str:
    picks = [a for a in every if a is not own][:30]
    items = "".join(f'<li><span class="latest-module--badge--2Pp9o">{a.lang}</span>'
                    f'<a href="{a.path}">{_e(cut_at_word(a.title, 60))}</a></li>' for a in picks)
    return f'<section class="latest-module--latest--6Cc3v"><ul>{items}</ul></section>'


def _info(art: CopyArticle, forms: set[str]) -> str:
    parts = [f"<span>{day_text(art)}</span>"]
    if art.clock:
        parts[0] = f'<time dateTime="{utc_stamp(art)}">{day_text(art)}</time>'
    if art.views is not None and "eye_views" not in forms:
        parts.append(f'<span class="info-module--views--4Ab1c">{art.views}</span>')
    if art.category:
        slug = "-".join(translit(art.category).split())
        parts.append(f'<a class="info-module--category--9Xc3v" href="/category/{slug}/">'
                     f"{_e(art.category)}</a>")
    if art.tags:
        tags = COMMA.join(f'<a href="/tags/{escape(t)}/">{_e(t)}</a>' for t in art.tags)
        parts.append(f'<span class="info-module--tags--1Mn5b">{tags}</span>')
    return f'<div class="info-module--info--1aB2c">{SEP.join(parts)}</div>'


def _paragraphs(art: CopyArticle) -> list[str]:
    return list(art.raw_paragraphs or art.paragraphs)


def _body(art: CopyArticle, forms: set[str], inline: str | None) -> str:
    paras = [_e(p) for p in _paragraphs(art)]
    if "nbsp" in forms:
        paras = [p.replace(" ", "&nbsp;", 1).replace(" ", "\u00a0\u200b", 1) if i % 2 == 0
                 else p for i, p in enumerate(paras)]
    if art.place:
        line = _e(art.dateline())
        if "bold_dateline" in forms:
            head, _, _ = line.rpartition(" - ")
            line = f"<strong>{head}</strong> - "
        paras[0] = line + paras[0]
    blocks = [f"<blockquote><p>{p}</p></blockquote>" if i and p.startswith("«") else f"<p>{p}</p>"
              for i, p in enumerate(paras)]
    if "list" in forms and len(blocks) >= 3:
        items = "".join(f"<li>{p}</li>" for p in paras[-2:])
        blocks[-2:] = [f"<ul>{items}</ul>"]
    if inline:
        blocks.insert(1, f'<p><img src="{inline}" alt=""/></p>')
    if art.num == 45694:
        blocks.append("<p>\u00a0</p>")
    if art.source and art.source_line:
        name = _e(art.source)
        if "source_link" in forms:
            name = (f'<a href="{SOURCE_SITES.get(art.source, "https://example.kz/")}" '
                    f'target="_blank" rel="noopener noreferrer">{name}</a>')
        blocks.append(f"<p>Источник: {name}</p>")
    return f'<div class="article-module--body--3kJ9d">{"".join(blocks)}</div>'


def _figure(art: CopyArticle, forms: set[str]) -> str:
    if not art.images:
        return ""
    cover = art.cover  # type: ignore[attr-defined]
    sizes = ((400, 225), (800, 450), (1200, 675))
    webp = ",".join(f"{cover(w, h, 'webp')} {w}w" for w, h in sizes)
    jpg = ",".join(f"{cover(w, h, 'jpg')} {w}w" for w, h in sizes)
    credit = f"Фото:{_e(art.photo_credit)}" if art.photo_credit else ""
    if "caption_credit" in forms:
        under = (f'<figcaption class="article-module--caption--Qw3e1">{_e(art.title)}. '
                 f"{credit}</figcaption>")
    else:
        under = f'<div class="article-module--credit--9fKc1">{credit}</div>' if credit else ""
    sizes_attr = 'sizes="(min-width: 1200px) 1200px, 100vw"'
    main = cover(1200, 675, "jpg")
    alt = escape(art.title)
    return "".join([
        '<figure class="article-module--cover--7Yh2d"><div data-gatsby-image-wrapper="" '
        'class="gatsby-image-wrapper gatsby-image-wrapper-constrained">',
        '<div style="max-width:1200px;display:block"><img alt="" role="presentation" '
        'aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=\'675\'%20'
        "width='1200'%20xmlns='http://www.w3.org/2000/svg'%20version='1.1'%3E%3C/svg%3E\" "
        'style="max-width:100%;display:block;position:static"/></div>',
        '<img aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity '
        f'500ms linear" decoding="async" src="{PLACEHOLDER}" alt=""/>',
        f'<picture><source type="image/webp" data-srcset="{webp}" {sizes_attr}/>',
        f'<img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" {sizes_attr} '
        f'decoding="async" loading="lazy" data-src="{main}" data-srcset="{jpg}" alt="{alt}"/>'
        "</picture>",
        f'<noscript><picture><source type="image/webp" srcSet="{webp}" {sizes_attr}/>'
        f'<img loading="lazy" decoding="async" src="{main}" srcSet="{jpg}" alt="{alt}" '
        'style="position:absolute;top:0;left:0;opacity:1;width:100%;height:100%"/>'
        "</picture></noscript></div>",
        f"{under}</figure>"])


def _share(art: CopyArticle, base: str, forms: set[str]) -> str:
    views = ""
    if "eye_views" in forms and art.views is not None:
        views = (f'<span class="views-module--views--7Hk2s"><svg aria-label="Просмотры" '
                 f'viewBox="0 0 24 24"><path d="M12 4.5C7 4.5 2.7 7.6 1 12"></path></svg>'
                 f"<!-- -->{art.views}</span>")
    url = base + art.path
    return (f'<div class="share-module--bar--6Fv3c">{views}<span>Поделиться:</span>'
            f'<a href="https://t.me/share/url?url={url}">Telegram</a>'
            f'<a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></div>')


def _head(art: CopyArticle, base: str, forms: set[str]) -> str:
    image = f"{base}{art.cover(1200, 675, 'jpg')}" if art.images else ""  # type: ignore[attr-defined]
    tags = [f'<meta data-react-helmet="true" property="og:title" content="{escape(art.title)}"/>',
            '<meta data-react-helmet="true" property="og:type" content="article"/>',
            f'<link data-react-helmet="true" rel="canonical" href="{base}{art.path}"/>']
    if image:
        tags.append(f'<meta data-react-helmet="true" property="og:image" content="{image}"/>')
    if "no_jsonld" not in forms and art.clock:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
              "datePublished": utc_stamp(art), "image": [image] if image else [],
              "publisher": {"@type": "Organization", "name": AGENCY["ru"]}}
        tags.append('<script type="application/ld+json" data-react-helmet="true">'
                    f"{json.dumps(ld, ensure_ascii=False)}</script>")
    return "".join(tags)


def article(art: CopyArticle, base: str, every: Sequence[CopyArticle]) -> bytes:
    """An article page as Gatsby renders the Strapi entry."""
    forms: set[str] = getattr(art, "forms", set())
    inline = art.upload() if "inline_photo" in forms else None  # type: ignore[attr-defined]
    main = (f'<article class="article-module--article--5Rr8t"><h1 class="article-module--title'
            f'--2xQ7a">{_e(art.title)}</h1>{_figure(art, forms)}{_info(art, forms)}'
            f"{_body(art, forms, inline)}{_share(art, base, forms)}</article>"
            '<div class="ad-module--slot--1x2Yq">'
            '<ins class="adsbygoogle" data-ad-slot="9876543210"></ins></div>'
            f"{_latest(every, art)}{_most_read(every, art)}")
    return _shell(f"{art.title} | Центр информации", _head(art, base, forms), main, art.path)


def _markdown(art: CopyArticle, forms: set[str]) -> str:
    paras = list(art.paragraphs)
    lines = [art.dateline() + paras[0]] + [f"> {p}" if p.startswith("«") else p for p in paras[1:]]
    if "list" in forms and len(lines) >= 3:
        lines[-2:] = [f"- {lines[-2]}\n- {lines[-1]}"]
    if "inline_photo" in forms:
        lines.insert(1, f"![]({art.upload()})")  # type: ignore[attr-defined]
    if art.source and art.source_line:
        lines.append(f"Источник: {art.source}")
    return "\n\n".join(lines)


def page_data(art: CopyArticle, base: str) -> bytes:
    """The Strapi entry as Gatsby's page-data.json holds it."""
    forms: set[str] = getattr(art, "forms", set())
    entry = {
        "strapi_id": art.num, "title": art.title, "slug": art.path.rsplit("/", 1)[1],
        "locale": art.lang, "publishedAt": utc_stamp(art), "views": art.views,
        "category": {"name": art.category} if art.category else None,
        "tags": [{"name": t} for t in art.tags], "source": art.source,
        "photoCredit": art.photo_credit,
        "cover": {"url": f"/uploads/cover_{art.hash()[:10]}.jpg"} if art.images else None,  # type: ignore[attr-defined]
        "content": {"data": {"content": _markdown(art, forms)}},
    }
    data = {"componentChunkName": "component---src-templates-article-js", "path": art.path,
            "result": {"data": {"strapiArticle": entry}, "pageContext": {"slug": entry["slug"]}},
            "staticQueryHashes": ["2744905544", "3159585216"], "slicesMap": {}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")
