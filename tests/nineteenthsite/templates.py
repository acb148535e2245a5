"""The nineteenth copy's markup: a plain semantic HTML5 page, a Bitrix-like ``news-item-detail``
page and a listing that mixes the three languages behind badges. Every label, pager word and date
is written in the page's own language and spelling (Russian, English, Kazakh Cyrillic, Kazakh
Latin 2021, Kazakh with apostrophes)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.text import ru_slug
from tests.nineteenthsite import site
from tests.nineteenthsite.stories import BADGES, LABELS

HTML = {"Content-Type": "text/html; charset=UTF-8"}
RATES = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
NAV = {"ru": "Новости", "en": "News", "cyr": "Жаңалықтар", "latn": "Jañalyqtar",
       "apos": "Jan'alyqtar"}
SHARE = {"ru": "Поделиться:", "en": "Share:", "cyr": "Бөлісу:", "latn": "Bölısu:",
         "apos": "Bo'lisu:"}
FOOT = "© 2014–2026 Центр информации · Ақпарат орталығы · Information Center"


def _views(art: site.Article) -> str:
    assert art.views is not None
    if art.views < 1000:
        return str(art.views)
    sep = "," if art.voice == "en" else "\u00a0"
    return f"{art.views:,}".replace(",", sep)


def _head(art: site.Article, base: str) -> str:
    lang = f' lang="{art.html_lang}"' if art.html_lang else ""
    return (f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(art.title)} | IC24</title>\n"
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<link rel="canonical" href="{base}{art.path}">\n</head>\n')


def _paragraphs(art: site.Article) -> list[str]:
    paras = list(art.raw_paragraphs or art.paragraphs)
    paras[0] = art.dateline() + paras[0]
    return [escape(p, quote=False) for p in paras]


def _others(art: site.Article, count: int = 6) -> str:
    arts = [a for a in site.build() if a.num != art.num][:count]
    return "\n".join(f'<li><span class="lang">{BADGES[a.voice]}</span> '
                     f'<a href="{a.path}">{escape(a.title)}</a></li>' for a in arts)


def _tags(art: site.Article) -> str:
    return ", ".join(f'<a href="/tag/{escape(t)}/">{escape(t)}</a>' for t in art.tags)


def _html5(art: site.Article, base: str) -> str:
    label = LABELS[art.voice]
    # a day-only page says only the day, in the attribute as in the text
    moment = art.local.isoformat() if art.clock else art.day.isoformat()
    stamp = f' datetime="{moment}"' if art.dated_attr else ""
    views = (f' · <span class="views">{label["views"]}: {_views(art)}</span>'
             if art.views is not None else "")
    figures = "".join(
        f'<figure><img src="{p}" alt="">'
        + (f"<figcaption>{label['photo']}: {escape(art.photo_credit)}</figcaption>"
           if art.photo_credit and k == 0 else "") + "</figure>\n"
        for k, p in enumerate(art.image_paths()))
    paras = _paragraphs(art)
    sections = [paras[:1], paras[1:3], paras[3:]]
    body = "\n".join("<section>\n" + "\n".join(f"<p>{p}</p>" for p in group) + "\n</section>"
                     for group in sections if group)
    source = (f'<p class="source">{label["source"]}: {escape(art.source)}</p>\n'
              if art.source and art.source_line else "")
    footer = ""
    if art.category:
        footer += (f'<p>{label["category"]}: <a href="/rubric/{ru_slug(art.category)}/">'
                   f"{escape(art.category)}</a></p>\n")
    if art.tags:
        footer += f'<p class="tags">{label["tags"]}: {_tags(art)}</p>\n'
    return (f"{_head(art, base)}<body>\n"
            f'<header class="site"><a href="/">IC24</a> <nav><a href="/novosti">'
            f'{NAV[art.voice]}</a></nav>\n<p class="rates">{RATES}</p></header>\n<main>\n'
            f"<article>\n<header>\n<h1>{escape(art.title)}</h1>\n"
            f"<p><time{stamp}>{art.shown_date()}</time>{views}</p>\n</header>\n{figures}"
            f"{body}\n{source}<footer>\n{footer}</footer>\n</article>\n"
            f'<aside>\n<h2>{label["latest"]}</h2>\n<ul>\n{_others(art)}\n</ul>\n</aside>\n'
            f"</main>\n<footer class=\"site\">{FOOT}</footer>\n</body>\n</html>\n")


def _bitrix(art: site.Article, base: str) -> str:
    label, cls = LABELS[art.voice], "news-item-detail"
    views = (f'<span class="{cls}__views"><i class="icon-eye"></i>{label["views"]}: '
             f"{_views(art)}</span>" if art.views is not None else "")
    pics = "".join(
        f'<div class="{cls}__picture"><img src="/bitrix/templates/ic/images/blank.gif" '
        f'data-src="{p}" class="lazyload" alt="">'
        + (f'<div class="{cls}__copyright">{label["photo"]}: {escape(art.photo_credit)}</div>'
           if art.photo_credit and k == 0 else "") + "</div>\n"
        for k, p in enumerate(art.image_paths()))
    text = "\n".join(f"<p>{p}</p>" for p in _paragraphs(art))
    if art.source and art.source_line:
        text += f'\n<p class="{cls}__source">{label["source"]}: {escape(art.source)}</p>'
    props = ""
    if art.category:
        props += (f'<div class="{cls}__prop"><span class="{cls}__prop-name">{label["category"]}:'
                  f'</span> <a href="/novosti/?SECTION_CODE={art.num % 7}">'
                  f"{escape(art.category)}</a></div>\n")
    if art.tags:
        props += (f'<div class="{cls}__prop {cls}__prop--tags"><span class="{cls}__prop-name">'
                  f'{label["tags"]}:</span> {_tags(art)}</div>\n')
    return (f"{_head(art, base)}<body>\n<div id=\"panel\"></div>\n<div class=\"wrapper\">\n"
            f'<div class="top-rates">{RATES}</div>\n'
            f'<div class="breadcrumbs"><a href="/">IC24</a> / <a href="/novosti/">'
            f"{NAV[art.voice]}</a></div>\n"
            f"<!--'start_frame_cache_news_{art.num}'-->\n"
            f'<div class="{cls}" id="bx_1878455859_{art.num}">\n'
            f'<h1 class="{cls}__title">{escape(art.title)}</h1>\n'
            f'<div class="{cls}__info"><span class="{cls}__date">{art.shown_date()}</span>'
            f"{views}</div>\n{pics}"
            f'<div class="{cls}__text">\n{text}\n</div>\n'
            f'<div class="{cls}__props">\n{props}</div>\n'
            f'<div class="share">{SHARE[art.voice]} <a href="#">Facebook</a> '
            f'<a href="#">Telegram</a> <a href="#">WhatsApp</a></div>\n</div>\n'
            f"<!--'end_frame_cache_news_{art.num}'-->\n"
            f'<div class="news-other"><div class="news-other__title">{label["latest"]}</div>\n'
            f"<ul>\n{_others(art)}\n</ul></div>\n</div>\n<div class=\"footer\">{FOOT}</div>\n"
            f"</body>\n</html>\n")


def article(art: CopyArticle, base: str) -> Response:
    assert isinstance(art, site.Article)
    page = _html5(art, base) if art.cms == "html5" else _bitrix(art, base)
    return 200, dict(HTML), page.encode("utf-8")


def _pager(page: int) -> str:
    def href(n: int) -> str:
        return "/novosti/" if n == 1 else f"/novosti/page/{n}/"

    links = [f'<a href="{href(page - 1)}" rel="prev">← Алдыңғы</a>'] if page > 1 else []
    links += [f'<span class="current">{n}</span>' if n == page else f'<a href="{href(n)}">{n}</a>'
              for n in range(1, site.page_count() + 1)]
    if page < site.page_count():
        links.append(f'<a href="{href(page + 1)}" rel="next">Келесі →</a>')
    return '<nav class="pager" aria-label="Беттер">' + " ".join(links) + "</nav>"


def _items(listed: Sequence[CopyArticle]) -> str:
    arts = [a for a in listed if isinstance(a, site.Article)]
    return "\n".join(
        f'<li class="feed__item"><span class="badge badge--{a.lang}">{BADGES[a.voice]}</span> '
        f'<a class="feed__link" href="{a.path}">{escape(a.title)}</a> '
        f'<span class="feed__date">{a.listing_date()}</span></li>' for a in arts)


def listing(page: int, base: str) -> Response:
    title = "Жаңалықтар" + (f" — {page}-бет" if page > 1 else "")
    body = (f'<!DOCTYPE html>\n<html lang="kk">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title} | IC24</title>\n</head>\n<body>\n"
            f'<header class="site"><a href="/">IC24</a> <p class="rates">{RATES}</p></header>\n'
            f'<main>\n<h1>{title}</h1>\n<ul class="feed">\n{_items(site.page_items(page))}\n'
            f"</ul>\n{_pager(page)}\n</main>\n<footer class=\"site\">{FOOT}</footer>\n"
            f"</body>\n</html>\n")
    return 200, dict(HTML), body.encode("utf-8")


def not_found() -> bytes:
    return ('<!DOCTYPE html>\n<html lang="kk">\n<head><meta charset="utf-8">'
            "<title>404 — Бет табылмады</title></head>\n<body><main><h1>404</h1>"
            "<p>Бет табылмады. Страница не найдена.</p><p><a href=\"/novosti/\">Жаңалықтар</a>"
            "</p></main></body>\n</html>\n").encode()
