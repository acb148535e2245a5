"""What the ninth copy's three templates share: the head (``og:title`` forms, JSON-LD hazards),
the article text as the editor typed it, the listing (a Joomla category blog paginated as
``?start=N``) and the 404 page. The article markup itself is in ``wp``, ``joomla``, ``tilda``.
"""

from __future__ import annotations

import json
from html import escape

from tests.copykit.catalogue import Response
from tests.copykit.text import RU_MONTHS
from tests.ninthsite import site

HTML = {"Content-Type": "text/html; charset=UTF-8"}
WIDGET = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
SITE_NAME = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
SHORT = {"dash": {"ru": "{} — ЦИ", "en": "{} — IC", "kk": "{} — ЦИ"},
         "colon": {"ru": "ИЦ: {}", "en": "IC: {}", "kk": "ИЦ: {}"},
         "plain": {"ru": "{}", "en": "{}", "kk": "{}"}}
CREDIT = {"ru": "Фото: {}", "en": "Photo: {}", "kk": "Фото: {}"}


def lead_paragraphs(art: site.Article) -> list[str]:
    """The paragraphs as typed (raw hazards kept): dateline on the first, source line last."""
    paras = list(art.raw_paragraphs or art.paragraphs)
    paras[0] = art.dateline() + paras[0]
    if art.source_line:
        paras.append(f"Источник: {art.source}")
    return paras


def ld_published(art: site.Article) -> str:
    return art.day.isoformat() if art.cms == "tilda" else art.local.isoformat()


def _ld_article(art: site.Article, base: str, kind: str = "NewsArticle") -> dict[str, object]:
    data: dict[str, object] = {"@type": kind, "headline": art.title,
                               "mainEntityOfPage": base + art.path,
                               "author": {"@type": "Person", "name": art.author},
                               "publisher": {"@type": "Organization",
                                             "name": SITE_NAME[art.lang]}}
    if art.image_paths():
        data["image"] = [base + p for p in art.image_paths()]
    if art.category:
        data["articleSection"] = art.category
    if art.tags:
        data["keywords"] = ", ".join(art.tags)
    return data


def _dated(art: site.Article, data: dict[str, object]) -> dict[str, object]:
    data["datePublished"] = ld_published(art)
    if art.modified:
        data["dateModified"] = art.modified.replace(tzinfo=art.local.tzinfo).isoformat()
    return data


def _script(payload: str) -> str:
    return f'<script type="application/ld+json">{payload}</script>\n'


def jsonld(art: site.Article, base: str) -> str:
    """The page's JSON-LD, with the hazard the article was given (none on most pages)."""
    url = base + art.path
    if art.jsonld == "graph":  # the Article without a date, its WebPage with it
        page = _dated(art, {"@type": "WebPage", "@id": url, "url": url, "name": art.title})
        graph = {"@context": "https://schema.org",
                 "@graph": [_ld_article(art, base, "Article"), page]}
        return _script(json.dumps(graph, ensure_ascii=False))
    if art.jsonld == "comma":  # a trailing comma: invalid JSON, right values
        text = json.dumps({"@context": "https://schema.org", **_dated(art, _ld_article(art, base))},
                          ensure_ascii=False, indent=1)
        return _script(text[:-2] + ",\n}")
    if art.jsonld == "multi":
        org = {"@context": "https://schema.org", "@type": "Organization",
               "name": SITE_NAME[art.lang], "url": base + "/", "foundingDate": "2012-03-01",
               "logo": base + "/images/logo.png"}
        crumbs = [("Главная", base + "/"), ("Новости", base + "/novosti")]
        crumbs += [(art.category, f"{base}/novosti/{art.category}")] if art.category else []
        trail = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": k, "name": name, "item": link}
            for k, (name, link) in enumerate(crumbs, 1)]}
        news = {"@context": "https://schema.org", **_dated(art, _ld_article(art, base))}
        return "".join(_script(json.dumps(d, ensure_ascii=False)) for d in (org, trail, news))
    if art.jsonld == "escaped":  # the headline went through an HTML escaper first
        news = {"@context": "https://schema.org", **_dated(art, _ld_article(art, base))}
        news["headline"] = escape(art.title)
        return _script(json.dumps(news, ensure_ascii=False))
    return ""


def og_tags(art: site.Article, base: str) -> str:
    out = ['<meta property="og:type" content="article" />',
           f'<meta property="og:url" content="{base}{art.path}" />',
           f'<meta property="og:site_name" content="{SITE_NAME[art.lang]}" />']
    if art.og:
        shown = SHORT[art.og][art.lang].format(art.title)
        out.append(f'<meta property="og:title" content="{escape(shown)}" />')
    if art.image_paths():
        out.append(f'<meta property="og:image" content="{base}{art.image_paths()[0]}" />')
    return "\n".join(out) + "\n"


def listing_date(art: site.Article) -> str:
    """'16 Апреля 2021', as SITE.md's listing shows it."""
    return f"{art.day.day} {RU_MONTHS[art.day.month - 1].capitalize()} {art.day.year}"


def _page_link(n: int) -> str:
    return "/novosti" if n == 1 else f"/novosti?start={(n - 1) * site.PER_PAGE}"


def _pager(start: int) -> str:
    pages, current = site.page_count(), start // site.PER_PAGE + 1
    items = []
    if current > 1:
        items.append(f'<li><a class="page-link" href="{_page_link(current - 1)}" '
                     'aria-label="Назад">Назад</a></li>')
    for n in range(1, pages + 1):
        items.append(f'<li class="page-item{" active" if n == current else ""}">'
                     f'<a class="page-link" href="{_page_link(n)}" '
                     f'aria-label="Перейти на страницу {n}">{n}</a></li>')
    if current < pages:
        items.append(f'<li><a class="page-link" href="{_page_link(current + 1)}" '
                     'aria-label="Вперёд">Вперёд</a></li>')
    return ('<div class="com-content-category-blog__navigation w-100"><p class="counter">'
            f'Страница {current} из {pages}</p><nav class="pagination__wrapper" '
            f'aria-label="Навигация по страницам"><ul class="pagination">{"".join(items)}'
            "</ul></nav></div>")


def listing(start: int, base: str) -> Response:
    arts = site.build()[start : start + site.PER_PAGE]
    items = "".join(
        f'<div class="blog-item" itemprop="blogPost"><div class="news_text">'
        f'<a href="{a.path}" itemprop="url">{escape(a.title)}</a><p>{listing_date(a)}</p>'
        "</div></div>\n" for a in arts)
    body = (f'<!DOCTYPE html>\n<html lang="ru-ru" dir="ltr"><head><meta charset="utf-8">'
            f"<title>Новости - Центр информации</title></head><body class=\"site com_content "
            f'view-category layout-blog"><header><a href="/">Центр информации</a>'
            f'<div class="moduletable currency">{WIDGET}</div></header><main>'
            f'<div class="com-content-category-blog blog"><h1>Новости</h1>'
            f'<div class="com-content-category-blog__items blog-items">\n{items}</div>'
            f"{_pager(start)}</div></main></body></html>")
    return 200, HTML, body.encode("utf-8")


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru-ru"><head><meta charset="utf-8"><title>404 - '
            "Страница не найдена</title></head><body><h1>404</h1><p>Запрошенная страница не "
            'найдена.</p><p><a href="/">На главную</a></p></body></html>').encode()


def article(art: site.Article, base: str) -> Response:
    from tests.ninthsite import joomla, tilda, wp

    render = {"wp": wp.page, "joomla": joomla.page, "tilda": tilda.page}[art.cms]
    return 200, HTML, render(art, base).encode("utf-8")
