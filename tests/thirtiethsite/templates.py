"""The thirtieth copy's markup: a plain custom template of a mid-size Russian news site.

The head carries the syndication links of a republished story (canonical to the agency,
``original-source`` meta and link, ``syndication-source``), hreflang alternates of a translated
story, published/modified meta and a NewsArticle JSON-LD with ``dateModified``; the body the
pieces of ``blocks.py`` in the order such a site prints them. The listing is ``/novosti``
paginated by offset (``?start=10``).
"""

from __future__ import annotations

import json

from tests.copykit.catalogue import AGENCY, CopyArticle
from tests.copykit.text import RU_MONTHS
from tests.thirtiethsite import blocks
from tests.thirtiethsite.blocks import esc
from tests.thirtiethsite.site import PER_PAGE, Article, build, latest, page_count, page_items

RATES = "".join(f'<span class="rate">{c}/KZT <b class="js-rate">0.0</b></span> • '
                for c in ("USD", "EUR", "RUB", "CNY"))
HTML = {"Content-Type": "text/html; charset=UTF-8"}


def json_ld(art: Article, base: str) -> str:
    published = art.local.isoformat() if art.clock else art.day.isoformat()
    data: dict[str, object] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
        "datePublished": published,
        "dateModified": art.updated.isoformat() if art.updated else published,
        "inLanguage": art.lang,
        "mainEntityOfPage": {"@type": "WebPage", "@id": art.canonical(base)},
        "image": [base + p for p in art.image_paths()],
        "publisher": {"@type": "Organization", "name": AGENCY[art.lang]},
    }
    if art.agency:
        data["author"] = {"@type": "Organization", "name": art.agency}
        data["isBasedOn"] = art.agency_url()
    else:
        data["author"] = [{"@type": "Person", "name": name} for _, name in art.credits[:1]]
    return ('<script type="application/ld+json">'
            f"{json.dumps(data, ensure_ascii=False)}</script>")


def head(art: Article, base: str) -> str:
    own = base + art.path
    meta = [f'<link rel="canonical" href="{esc(art.canonical(base))}">',
            f'<meta property="og:url" content="{own}">',
            f'<meta property="og:title" content="{esc(art.title)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{AGENCY["ru"]}">']
    if art.clock:
        meta.append(f'<meta property="article:published_time" content="'
                    f'{art.local.isoformat()}">')
    if art.updated:
        meta.append(f'<meta property="article:modified_time" content="'
                    f'{art.updated.isoformat()}">')
    if art.agency:
        url = esc(art.agency_url())
        meta += [f'<meta name="original-source" content="{url}">',
                 f'<link rel="original-source" href="{url}">',
                 f'<meta name="syndication-source" content="{url}">']
    if art.pair:
        meta += [f'<link rel="alternate" hreflang="{art.lang}" href="{own}">',
                 f'<link rel="alternate" hreflang="{art.pair.lang}" href="{base}{art.pair.path}">']
    return (f'<head><meta charset="UTF-8"><title>{esc(art.title)} | {AGENCY["ru"]}</title>'
            f'<meta name="viewport" content="width=device-width">{"".join(meta)}'
            f"{json_ld(art, base)}</head>")


def header() -> str:
    return (f'<header class="top"><div class="rates">• {RATES}</div><a class="logo" href="/">'
            f'<img src="/static/logo.svg" alt="{AGENCY["ru"]}"></a><nav><a href="/novosti">'
            'Новости</a> <a href="/rubric/obshchestvo">Общество</a> <a href="/rubric/ekonomika">'
            'Экономика</a> <a href="/about">О нас</a></nav></header>')


def sidebar(current: Article | None) -> str:
    newest = latest(current) if current else list(build()[:8])
    items = "".join(f'<li><span class="badge-lang">{a.lang}</span> <a href="{a.path}">'
                    f"{esc(a.title[:50])}{'…' if len(a.title) > 50 else ''}</a></li>"
                    for a in newest)
    return f'<aside class="latest"><h3>Последние новости</h3><ul>{items}</ul></aside>'


def footer() -> str:
    return ('<footer><p>© 2012–2026 Центр информации. При полном или частичном использовании '
            'материалов ссылка на ic24.kz обязательна.</p><p>18+</p></footer>'
            '<script src="/static/rates.js" defer></script>')


def story(art: Article) -> str:
    top = (f'{blocks.badges(art)}<h1 class="story__title">{esc(art.title)}</h1>'
           f'<div class="story__meta">{blocks.stamps(art)} {blocks.views(art)}</div>'
           f"{blocks.credits(art)}{blocks.pair_note(art)}{blocks.series_nav(art)}")
    photo = blocks.figure(art, 0) if art.images else ""
    bottom = (f"{blocks.syndication(art)}{blocks.author_card(art)}{blocks.timeline(art)}"
              f'{blocks.tags(art)}<div class="share"><a href="https://t.me/share/url?url=x">'
              'Telegram</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>')
    return (f'<article class="story">{top}{photo}{blocks.key_points(art)}{blocks.text(art)}'
            f"{bottom}</article>")


def article(art: CopyArticle, base: str) -> tuple[int, dict[str, str], bytes]:
    assert isinstance(art, Article)
    crumbs = (f'<nav class="crumbs"><a href="/">Главная</a> › <a href="/novosti">Новости</a>'
              f"{' › ' + esc(art.category) if art.category else ''}</nav>")
    page = (f'<!DOCTYPE html><html lang="{art.lang}">{head(art, base)}<body>{header()}'
            f'<div class="layout"><main>{crumbs}{story(art)}</main>{sidebar(art)}</div>'
            f"{footer()}</body></html>")
    return 200, HTML, page.encode()


def listing_day(art: Article) -> str:
    return f"{art.day.day} {RU_MONTHS[art.day.month - 1].capitalize()} {art.day.year}"


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    items = "".join(
        f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
        f"{' <span class=agency>' + esc(a.agency) + '</span>' if a.agency else ''}"
        f"<p>{listing_day(a)}</p></div>" for a in page_items(n))
    href = lambda k: "/novosti" if k == 1 else f"/novosti?start={(k - 1) * PER_PAGE}"  # noqa: E731
    pages = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{href(k)}">{k}</a>'
                     for k in range(1, page_count() + 1))
    nxt = f' <a class="next" href="{href(n + 1)}">Следующая →</a>' if n < page_count() else ""
    rel = f'<link rel="next" href="{href(n + 1)}">' if n < page_count() else ""
    page = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Новости | '
            f'{AGENCY["ru"]}</title>{rel}</head><body>{header()}<main><h1>Новости</h1>'
            f'{items}<div class="pager">{pages}{nxt}</div></main>{sidebar(None)}{footer()}'
            "</body></html>")
    return 200, HTML, page.encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>404</title>'
            "</head><body><h1>Страница не найдена</h1></body></html>").encode()
