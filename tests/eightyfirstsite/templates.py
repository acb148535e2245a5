"""The eighty-first copy's markup: Astro pages styled with Tailwind utilities (guesses in the
package docstring)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, time
from html import escape

from tests.copykit import routes
from tests.copykit.catalogue import AGENCY, ALMATY, Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word, day_words, ru_slug
from tests.eightyfirstsite import site

CID = "data-astro-cid-k3nq7h2a"
SCOPE = "astro-K3NQ7H2A"
RU_CAP = [m.capitalize() for m in RU_MONTHS]


def _props(**values: object) -> str:
    """An island's props as Astro writes them: each value as [0, value], escaped JSON."""
    return escape(json.dumps({k: [0, v] for k, v in values.items()}, ensure_ascii=False,
                             separators=(",", ":")))


def _day(art: site.Article) -> str:
    d = art.day
    if art.lang == "en":
        month = EN_MONTHS[d.month - 1]
        return f"{month} {d.day}, {d.year}" if art.forms["us_date"] == "1" else \
            f"{d.day} {month} {d.year}"
    if art.lang == "kk":
        return day_words("kk", d)
    return f"{d.day} {RU_CAP[d.month - 1]} {d.year}"


def _stamp(art: site.Article) -> str:
    moment = datetime.combine(art.day, art.clock or time(0, 0), ALMATY)
    if art.forms["date"] == "utc":
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return moment.isoformat() if art.clock else art.day.isoformat()


def _date(art: site.Article) -> str:
    if art.forms["date"] == "text":
        return f'<span class="whitespace-nowrap">{_day(art)}</span>'
    return f'<time datetime="{_stamp(art)}" class="whitespace-nowrap">{_day(art)}</time>'


def _head(title: str, lang: str, extra: str = "", locale: str = "ru_RU") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}" class="scroll-smooth"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="generator" content="Astro v5.7.4">
<title>{escape(title)} | Центр информации</title>
<meta property="og:title" content="{escape(title)}"><meta property="og:locale" content="{locale}">
<link rel="stylesheet" href="/_astro/index.C4xq9T2b.css">
<script type="module" src="/_astro/hoisted.Dk81pQ.js"></script>{extra}
</head><body class="min-h-screen bg-white text-gray-900 antialiased font-sans">
<header class="border-b border-gray-200 {SCOPE}" {CID}>
<div class="mx-auto max-w-6xl px-4 flex items-center justify-between gap-4 py-3">
<a href="/" class="text-xl font-extrabold tracking-tight">Центр информации</a>
<nav class="hidden md:flex gap-4 text-sm font-medium"><a class="hover:underline" href="/novosti">Новости</a>
<a class="hover:underline" href="/rubric/obshchestvo/">Общество</a><a class="hover:underline" href="/rubric/ekonomika/">Экономика</a></nav>
<form action="/search/" method="get" role="search" class="flex gap-2"><input type="search" name="q" placeholder="Поиск по сайту" class="rounded border border-gray-300 px-2 py-1 text-sm"><button class="text-sm">Найти</button></form>
</div>
<astro-island uid="Z1rates" component-url="/_astro/Rates.Bq2xL0.js" component-export="default" renderer-url="/_astro/client.CzA1.js" props="{_props(pairs=["USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"], refresh=60)}" client="idle" ssr>
<div class="flex gap-3 overflow-x-auto bg-gray-50 px-4 py-1 text-[13px] text-gray-600">
<span>• USD/KZT 0.0</span><span>• EUR/KZT 0.0</span><span>• RUB/KZT 0.0</span><span>• CNY/KZT 0.0</span></div></astro-island>
</header>
<div class="mx-auto my-3 flex max-w-6xl justify-center"><ins class="adsbygoogle block h-[90px] w-[728px]" data-ad-client="ca-pub-5512" data-ad-slot="771"></ins></div>
"""  # noqa: E501 - one line of markup each


def _foot() -> str:
    return f"""<footer class="mt-12 bg-gray-900 py-8 text-sm text-gray-300 {SCOPE}" {CID}>
<div class="mx-auto grid max-w-6xl gap-6 px-4 md:grid-cols-3">
<div><p class="font-semibold text-white">Центр информации</p><p>050000, г. Алматы, пр. Абая, 10</p></div>
<div><p>Тел.: <a href="tel:+77272000000" class="hover:underline">+7 (727) 200-00-00</a></p>
<p>E-mail: <a href="mailto:info@ic24.kz" class="hover:underline">info@ic24.kz</a></p></div>
<div><p>© 2025 Центр информации. При цитировании ссылка обязательна.</p><p class="text-xs">18+</p></div>
</div></footer>
<div id="cookie-banner" class="fixed inset-x-0 bottom-0 z-50 flex items-center justify-between gap-4 bg-gray-800 px-4 py-3 text-[13px] text-white">
<p>Мы используем файлы cookie, чтобы сайт работал лучше.</p><button class="rounded bg-white px-3 py-1 text-gray-900">Принять</button></div>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};}})(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");ym(9112233,"init",{{}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/9112233" style="position:absolute; left:-9999px;" alt=""></div></noscript>
</body></html>"""  # noqa: E501 - one line of markup each


def _href(art: site.Article) -> str:
    return art.path


def _badged(arts: list[site.Article], heading: str) -> str:
    items = "".join(
        f'<li class="flex items-start gap-2 py-1.5"><span class="mt-0.5 rounded bg-sky-100 '
        f'px-1.5 text-[11px] font-semibold uppercase text-sky-800">{a.lang}</span> '
        f'<a href="{_href(a)}" class="text-sm leading-snug hover:underline">'
        f"{escape(cut_at_word(a.title, 70))}</a></li>" for a in arts)
    return (f'<section class="mt-10 {SCOPE}" {CID}><h2 class="mb-2 text-lg font-bold">'
            f'{heading}</h2><ul class="divide-y divide-gray-100">{items}</ul></section>')


def _figure(art: site.Article) -> str:
    if not art.images:
        return ""
    widths = (400, 800, 1200)
    srcset = ", ".join(f"{site.photo(art, w)} {w}w" for w in widths)
    credit = art.photo_credit
    img = (f'<img src="{site.photo(art, 1200)}" srcset="{srcset}" sizes="(min-width: 768px) '
           f'768px, 100vw" alt="{escape(art.title)}" width="1200" height="675" loading="eager" '
           f'decoding="async" class="aspect-video w-full rounded-lg object-cover">')
    if art.deviant and art.num % 2 == 0:  # Astro's <Picture>: an AVIF source before the <img>
        avif = ", ".join(f"{site.photo(art, w)[:-5]}.avif {w}w" for w in widths)
        img = (f'<picture><source srcset="{avif}" type="image/avif" sizes="100vw">{img}'
               "</picture>")
    form = art.forms["credit"]
    if credit is None:
        return f'<figure class="my-4">{img}</figure>'
    if form == "overlay":
        return (f'<figure class="relative my-4">{img}<span class="absolute bottom-2 right-2 '
                f'text-[11px] text-white/80">Фото:{escape(credit)}</span></figure>')
    sep = " " if form == "spaced" else ""
    return (f'<figure class="my-4">{img}<figcaption class="mt-1 text-xs text-gray-500">'
            f"Фото:{sep}{escape(credit)}</figcaption></figure>")


def _info(art: site.Article) -> str:
    views = "" if art.views is None else str(art.views)
    if art.deviant and art.views is not None:  # views.toLocaleString("ru-RU")
        views = f"{art.views:,}".replace(",", "\u00a0")
    island = (f'<astro-island uid="Zviews" component-url="/_astro/Views.Cw7r1.js" '
              f'component-export="default" props="{_props(id=art.id, initial=art.views)}" '
              f'client="load" ssr><span class="inline-flex items-center gap-1 tabular-nums">'
              f'<svg aria-hidden="true" class="h-4 w-4" viewBox="0 0 24 24"><path d="M1 12s4-8 '
              f'11-8 11 8 11 8-4 8-11 8S1 12 1 12z"/></svg>{views}</span></astro-island>')
    rubric = "" if art.category is None else (
        f'<a href="/rubric/{ru_slug(art.category)}/" class="font-medium text-sky-700 '
        f'hover:underline">{escape(art.category)}</a>')
    tags = ", ".join(f'<a href="/tag/{ru_slug(t)}/" class="hover:underline">{escape(t)}</a>'
                     for t in art.tags)
    tag_span = f'<span class="flex flex-wrap gap-x-1">{tags}</span>' if tags else ""
    return (f'<div class="mt-2 flex flex-wrap items-center gap-x-3 text-sm text-gray-500 '
            f'{SCOPE}" {CID}>{_date(art)} {island} {rubric} {tag_span}</div>')


def _typograf(art: site.Article, text: str) -> str:
    """A typograph's no-break space after short words (``в\u00a0Алматы``) on deviant pages."""
    if not art.deviant:
        return text
    return re.sub(r"(?<!\S)(в|с|и|к|о|на|по|за|of|in|to|the)( )", "\\1\u00a0", text)


def _body(art: site.Article) -> str:
    raw = [_typograf(art, p) for p in art.raw_paragraphs or art.paragraphs]
    paras = [f"<p>{escape(p)}</p>" for p in raw]
    line = art.dateline()
    if line:
        first = escape(raw[0])
        paras[0] = (f"<p><strong>{escape(line.rstrip())}</strong> {first}</p>"
                    if art.forms["dateline"] == "strong" else f"<p>{escape(line)}{first}</p>")
    if art.forms["ad"] == "1" and len(paras) > 2:
        paras.insert(2, '<div class="not-prose my-6 rounded bg-gray-50 p-3 text-center '
                        'text-[11px] uppercase text-gray-400">Реклама<ins class="adsbygoogle '
                        'block" data-ad-slot="912"></ins></div><p></p>')
    if art.lang == "ru":
        paras.append("<p>\u00a0</p>")
    if art.source and art.source_line:
        name = escape(art.source)
        shown = (f'<a href="https://www.google.com/search?q={name}" target="_blank" '
                 f'rel="nofollow noopener" class="underline">{name}</a>'
                 if art.forms["source"] == "link" else name)
        paras.append(f'<p class="text-sm text-gray-500">Источник: {shown}</p>')
    tag = "article" if art.forms["body"] == "article" else "div"
    return (f'<{tag} class="prose prose-lg max-w-none prose-a:text-sky-700 {SCOPE}" {CID}>'
            + "\n".join(paras) + f"</{tag}>")


def _jsonld(art: site.Article) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "datePublished": art.local.isoformat(), "inLanguage": art.lang}
    return ('\n<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def article(art: site.Article, base: str) -> Response:
    others = [a for a in site.build() if a.num != art.num]
    deviant = art.deviant
    lang = "ru" if deviant and art.lang == "en" else art.lang
    locale = "ru_RU" if deviant or art.lang != "en" else "en_US"
    extra = _jsonld(art) if deviant and art.num % 2 else ""
    share = (f'<astro-island uid="Zshare" component-url="/_astro/Share.Dq3.js" '
             f'component-export="default" props="{_props(url=base + art.path, title=art.title)}"'
             f' client="visible" ssr><div class="mt-6 flex gap-2 text-sm">'
             f'<span class="text-gray-500">Поделиться:</span><a class="hover:underline" '
             f'href="https://t.me/share/url?url={base}{art.path}">Telegram</a>'
             f'<a class="hover:underline" href="https://wa.me/?text={base}{art.path}">WhatsApp'
             f'</a></div></astro-island>')
    page = (_head(art.title, lang, extra, locale)
            + f'<main class="mx-auto grid max-w-6xl gap-8 px-4 lg:grid-cols-[1fr_300px]">'
            f'<div {CID}><h1 class="text-2xl font-bold leading-tight md:text-4xl {SCOPE}" '
            f'{CID}>{escape(_typograf(art, art.title))}</h1>'
            + _info(art) + _figure(art) + _body(art) + share
            + _badged(others[:10], "Последние новости") + "</div>"
            + f'<aside class="hidden lg:block">{_badged(others[-5:], "Самое читаемое")}'
            + "</aside></main>" + _foot())
    return 200, {"Content-Type": routes.HTML}, page.encode("utf-8")


def _item(art: site.Article, n: int) -> str:
    day = _day(art)
    shown = (f'<time datetime="{art.day.isoformat()}">{day}</time>' if (art.num + n) % 3 == 0
             else day)
    thumb = (f'<img src="{site.photo(art, 400)}" alt="" width="400" height="225" '
             f'class="h-16 w-24 rounded object-cover" loading="lazy">' if art.images else "")
    return (f'<div class="news_text flex gap-3 border-b border-gray-100 py-3 {SCOPE}" {CID}>'
            f'{thumb}<div class="flex flex-col gap-1"><a href="{_href(art)}" '
            f'class="text-lg font-semibold leading-snug hover:underline">{escape(art.title)}</a>'
            f'<p class="text-[13px] text-gray-500">{shown}</p></div></div>')


def listing(n: int, base: str) -> Response:
    count = site.page_count()
    links = "".join(
        f'<a href="{site.page_path(k)}" class="rounded px-3 py-1 hover:bg-gray-100'
        f'{" bg-gray-900 text-white" if k == n else ""}">{k}</a>' for k in range(1, count + 1))
    nxt = (f'<a rel="next" href="{site.page_path(n + 1)}" class="px-3 py-1 hover:underline">'
           f"Дальше →</a>" if n < count else "")
    items = "".join(_item(a, n) for a in site.page_items(n))
    page = (_head("Новости", "ru") + f'<main class="mx-auto max-w-6xl px-4"><h1 class="mb-4 '
            f'text-3xl font-bold">Новости</h1>{items}<nav aria-label="Пагинация" class="mt-6 '
            f'flex flex-wrap gap-2">{links}{nxt}</nav></main>' + _foot())
    return 200, {"Content-Type": routes.HTML}, page.encode("utf-8")


def not_found() -> bytes:
    return (_head("404", "ru") + '<main class="mx-auto max-w-6xl px-4 py-24 text-center">'
            '<h1 class="text-6xl font-bold">404</h1><p class="mt-4 text-gray-500">Страница не '
            'найдена</p><a href="/novosti" class="mt-6 inline-block hover:underline">К новостям'
            "</a></main>" + _foot()).encode("utf-8")


__all__ = ["AGENCY", "article", "listing", "not_found"]
