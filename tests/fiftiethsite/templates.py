"""The fiftieth copy's markup: one article template whose structured data (JSON-LD, OpenGraph,
``article:*`` and twitter meta, or microdata) takes the forms ``site.LD_FORMS`` gives the
page, the listing (``.news_text`` blocks, ``?page=N``) and the 404 page."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from html import escape
from typing import Any

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.routes import HTML
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, ru_slug
from tests.fiftiethsite import site

SCHEMA = "https://schema.org"
LOGO = "/images/logo-ic24.png"
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
IN_LANGUAGE = {"ru": "ru-RU", "en": "en-US", "kk": "kk-KZ"}
NEWS = {"ru": "Новости", "en": "News", "kk": "Жаңалықтар"}
SITE_KEYWORDS = {"ru": "Центр информации, новости Казахстана, новости Алматы",
                 "en": "Information Center, Kazakhstan news, Almaty news",
                 "kk": "Ақпарат орталығы, Қазақстан жаңалықтары"}
MONTHS = {"ru": [m.capitalize() for m in RU_MONTHS], "en": list(EN_MONTHS),
          "kk": [m.capitalize() for m in KK_MONTHS]}
WIDGET = ('<div class="currency-widget"><span>• USD/KZT <b class="rate">0.0</b></span> '
          '<span>• EUR/KZT <b class="rate">0.0</b></span> <span>• RUB/KZT <b class="rate">0.0'
          '</b></span> <span>• CNY/KZT <b class="rate">0.0</b></span></div>')
UI = {"ru": ("Последние новости", "Популярное", "Главная"),
      "en": ("Latest news", "Popular", "Home"),
      "kk": ("Соңғы жаңалықтар", "Танымал", "Басты бет")}


def _t(text: str) -> str:
    return escape(text, quote=False)


def _a(text: str) -> str:
    return escape(text, quote=True)


def day_text(a: site.Article) -> str:
    """The visible date: '16 Апреля 2021' (', 11:20' when the page shows a time)."""
    text = f"{a.day.day} {MONTHS[a.lang][a.day.month - 1]} {a.day.year}"
    return text + (f", {a.clock:%H:%M}" if a.clock else "")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _edit(a: site.Article) -> datetime:
    """A later edit of the story: five days on, at 14:05."""
    return (a.local + timedelta(days=5)).replace(hour=14, minute=5)


def dates(a: site.Article) -> tuple[str, str | None, str, str | None]:
    """(datePublished, dateModified, article:published_time, article:modified_time)."""
    form, local = a.forms["date"], a.local
    iso = local.isoformat()
    if form == "naive":
        return local.replace(tzinfo=None).isoformat(), None, iso, None
    if form == "utc":
        return _utc(local), None, iso, None
    if form == "modified":
        later = (local + timedelta(days=2, hours=3)).isoformat()
        return iso, later, iso, later
    if form == "og_utc":
        return iso, None, local.astimezone(UTC).isoformat(), None
    if form == "edit_day":
        edit = _edit(a).isoformat()
        return edit, edit, edit, edit
    return iso, None, iso, None


def image_urls(a: site.Article, base: str) -> list[str]:
    return [base + p for p in a.image_paths()]


def _image(a: site.Article, base: str) -> Any:
    urls, form = image_urls(a, base), a.forms["image"]
    if form == "logo":
        return {"@type": "ImageObject", "url": base + LOGO, "width": 300, "height": 80}
    if not urls:
        return None
    if form == "string":
        return urls[0]
    if form == "list":
        return [urls[0], urls[0].replace(".jpg", "-1200x630.jpg")]
    obj = {"@type": "ImageObject", "url": urls[0], "width": 1200, "height": 800}
    if form == "object":
        obj["creditText"] = "ic24.kz"
        obj["copyrightHolder"] = {"@type": "Organization", "name": AGENCY[a.lang]}
    return obj


def _body(a: site.Article) -> str | None:
    form = a.forms["body"]
    text = "\n\n".join([a.dateline() + a.paragraphs[0], *a.paragraphs[1:]])
    if form == "absent":
        return None
    if form == "teaser":
        return cut_at_word(text, 140) + "..."
    if form == "html":
        return "".join(f"<p>{_t(p)}</p>" for p in text.split("\n\n"))
    return text


def _keywords(a: site.Article) -> Any:
    form = a.forms["keywords"]
    if form == "string":
        return ", ".join(a.tags)
    if form == "list":
        return list(a.tags)
    if form == "rubric_mixed":
        return ", ".join([a.category or NEWS[a.lang], *a.tags])
    if form == "site_default":
        return SITE_KEYWORDS[a.lang]
    return None


def headline(a: site.Article) -> str:
    if a.forms["title"] == "cut110":
        return a.title[:110] + "…"
    return a.title


def organization(lang: str, base: str) -> dict[str, Any]:
    return {"@type": "Organization", "@id": base + "/#organization", "name": AGENCY[lang],
            "url": base + "/", "logo": {"@type": "ImageObject", "url": base + LOGO}}


def website(lang: str, base: str) -> dict[str, Any]:
    return {"@type": "WebSite", "@id": base + "/#website", "name": AGENCY[lang],
            "url": base + "/", "inLanguage": IN_LANGUAGE[lang],
            "potentialAction": {"@type": "SearchAction",
                                "target": base + "/search?q={search_term_string}",
                                "query-input": "required name=search_term_string"}}


def breadcrumbs(a: site.Article, base: str) -> dict[str, Any]:
    crumbs = [(UI[a.lang][2], base + "/"), (NEWS[a.lang], base + site.LISTING)]
    if a.category:
        crumbs.append((a.category, f"{base}/rubric/{ru_slug(a.category)}"))
    crumbs.append((a.title, base + a.path))
    return {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": name, "item": url}
        for i, (name, url) in enumerate(crumbs)]}


def news_article(a: site.Article, base: str) -> dict[str, Any]:
    """The page's own NewsArticle, in the forms the page has."""
    published, modified, _, _ = dates(a)
    url = base + a.path
    obj: dict[str, Any] = {
        "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url, "headline": headline(a), "datePublished": published,
        "inLanguage": "ru-RU" if a.forms["title"] == "twitter_ru" else IN_LANGUAGE[a.lang],
        "description": cut_at_word(a.paragraphs[0], 160),
    }
    if modified:
        obj["dateModified"] = modified
    if (image := _image(a, base)) is not None:
        obj["image"] = image
    if (body := _body(a)) is not None:
        obj["articleBody"] = body
    if (keywords := _keywords(a)) is not None:
        obj["keywords"] = keywords
    if a.category:
        obj["articleSection"] = ([NEWS[a.lang], a.category] if a.forms["section"] == "list"
                                 else a.category)
    if a.forms["author"] == "outlet":
        obj["author"] = {"@type": "Organization", "name": AGENCY[a.lang], "url": base + "/"}
    obj["publisher"] = {"@type": "Organization", "name": AGENCY[a.lang],
                        "logo": {"@type": "ImageObject", "url": base + LOGO}}
    if a.views is not None:
        count = a.views // 3 if a.forms["views"] == "stale" else a.views
        obj["interactionStatistic"] = {"@type": "InteractionCounter",
                                       "interactionType": f"{SCHEMA}/ReadAction",
                                       "userInteractionCount": count}
    return obj


def other_article(a: site.Article, base: str) -> dict[str, Any]:
    """A story of the popular sidebar, as the sidebar prints it."""
    obj: dict[str, Any] = {"@context": SCHEMA, "@type": "NewsArticle", "headline": a.title,
                           "url": base + a.path, "datePublished": a.local.isoformat(),
                           "author": {"@type": "Organization", "name": AGENCY[a.lang]}}
    if a.images:
        obj["image"] = image_urls(a, base)[0]
    return obj


def script(obj: Any, broken: str | None = None) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    if broken == "trailing_comma":  # the CMS's template leaves a comma after the last member
        head, _, tail = text.rpartition("\n}")
        text = head + ",\n}" + tail
    elif broken == "bad_quote":  # a quoted word printed unescaped
        text = text.replace('"description": "',
                            f'"alternativeHeadline": "{AGENCY["ru"]}: "новости"",\n  '
                            '"description": "', 1)
    text = text.replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _with_context(obj: dict[str, Any]) -> dict[str, Any]:
    return {"@context": SCHEMA, **obj}


def head_scripts(a: site.Article, base: str) -> str:
    """The structured data in <head> (the page's own NewsArticle goes in the body on
    ``popular_before`` pages, after the sidebar's)."""
    blocks = a.forms["blocks"]
    own = news_article(a, base)
    if blocks == "microdata" or blocks == "popular_before":
        return ""
    if blocks == "multi":
        return "\n".join(script(_with_context(o)) for o in (
            organization(a.lang, base), website(a.lang, base), breadcrumbs(a, base), own))
    if blocks == "graph":
        return script({"@context": SCHEMA, "@graph": [
            organization(a.lang, base), website(a.lang, base), breadcrumbs(a, base), own]})
    broken = blocks if blocks in ("trailing_comma", "bad_quote") else None
    return script(_with_context(own), broken)


def meta(a: site.Article, base: str) -> str:
    _, _, og_published, og_modified = dates(a)
    title_form = a.forms["title"]
    og_title = {"og_pipe": f"{a.title} | {AGENCY['ru']}",
                "og_dash": f"{a.title} - ic24.kz"}.get(title_form, a.title)
    twitter = a.ru_version if title_form == "twitter_ru" and a.ru_version else a.title
    tags = [("property", "og:type", "article"), ("property", "og:site_name", AGENCY[a.lang]),
            ("property", "og:locale", LOCALE[a.lang]), ("property", "og:url", base + a.path),
            ("property", "og:title", og_title),
            ("property", "og:description", cut_at_word(a.paragraphs[0], 160)),
            ("name", "twitter:card", "summary_large_image"), ("name", "twitter:title", twitter),
            ("property", "article:published_time", og_published)]
    if og_modified:
        tags.append(("property", "article:modified_time", og_modified))
    if a.category:
        tags.append(("property", "article:section", a.category))
    tags += [("property", "article:tag", t) for t in a.tags]
    photos = image_urls(a, base)
    if a.forms["image"] == "logo":
        tags.append(("property", "og:image", base + LOGO))
    elif photos:
        tags.append(("property", "og:image", photos[0]))
    return "\n".join(f'<meta {k}="{n}" content="{_a(v)}">' for k, n, v in tags)


def info_line(a: site.Article) -> str:
    form = a.forms["info"]
    if form == "time":
        date = f'<time class="news-date" datetime="{a.local.isoformat()}">{day_text(a)}</time>'
    else:
        date = f'<span class="news-date">{day_text(a)}</span>'
    views = ("" if a.views is None else
             f'<span class="news-views"><i class="icon-eye"></i> {a.views}</span>')
    rubric = f'<span class="news-rubric">{_t(a.category)}</span>' if a.category else ""
    tags = ('<span class="news-tags">' + ", ".join(
        f'<span class="tag">{_t(t)}</span>' for t in a.tags) + "</span>") if a.tags else ""
    parts = [views, date] if form == "views_first" else [date, views]
    return '<div class="news-info">' + " ".join(p for p in [*parts, rubric, tags] if p) + "</div>"


def _microdata_meta(a: site.Article, base: str) -> str:
    published, modified, _, _ = dates(a)
    out = [f'<meta itemprop="datePublished" content="{published}">']
    if modified:
        out.append(f'<meta itemprop="dateModified" content="{modified}">')
    keywords = _keywords(a)
    if keywords:
        text = keywords if isinstance(keywords, str) else ", ".join(keywords)
        out.append(f'<meta itemprop="keywords" content="{_a(text)}">')
    image = _image(a, base)
    if image is not None:
        url = image if isinstance(image, str) else (
            image[0] if isinstance(image, list) else image["url"])
        out.append(f'<link itemprop="image" href="{_a(url)}">')
    if a.forms["author"] == "outlet":
        out.append('<span itemprop="author" itemscope itemtype="https://schema.org/Organization">'
                   f'<meta itemprop="name" content="{_a(AGENCY[a.lang])}"></span>')
    out.append(f'<meta itemprop="mainEntityOfPage" content="{base + a.path}">')
    return "".join(out)


def popular(a: site.Article, base: str) -> str:
    """The popular sidebar: three other stories, each with its own NewsArticle JSON-LD."""
    arts = site.build()
    i = arts.index(a)
    others = [arts[(i + k) % len(arts)] for k in (3, 7, 11)]
    items = "".join(f'<li><a href="{o.path}">{_t(o.title)}</a>{script(other_article(o, base))}'
                    "</li>" for o in others)
    return f'<aside class="popular"><h3>{UI[a.lang][1]}</h3><ul>{items}</ul></aside>'


def latest(a: site.Article) -> str:
    """The block of badged headlines after the text (the newest stories but this one)."""
    others = [o for o in site.build() if o is not a][:8]
    items = "".join(f'<li><a href="{o.path}"><span class="lang-badge">{o.lang}</span> '
                    f"{_t(cut_at_word(o.title, 70))}</a></li>" for o in others)
    return f'<div class="last-news"><h3>{UI[a.lang][0]}</h3><ul>{items}</ul></div>'


def text_block(a: site.Article) -> str:
    raw = a.raw_paragraphs or a.paragraphs
    paras = [a.dateline() + raw[0], *raw[1:]]
    out = "".join(f"<p>{_t(p)}</p>" for p in paras)
    if a.source and a.source_line:
        out += f'<p class="news-source">Источник: {_t(a.source)}</p>'
    micro = ' itemprop="articleBody"' if a.forms["blocks"] == "microdata" else ""
    return f'<div class="news-text"{micro}>{out}</div>'


def photo(a: site.Article) -> str:
    if not a.images:
        return ""
    credit = (f'<span class="photo-credit">Фото:{_t(a.photo_credit)}</span>'
              if a.photo_credit else "")
    return "".join(f'<figure class="news-photo"><img src="{p}" alt="{_a(a.title)}">'
                   f"{credit if i == 0 else ''}</figure>"
                   for i, p in enumerate(a.image_paths()))


def article(a: site.Article, base: str) -> Response:
    blocks = a.forms["blocks"]
    micro = blocks == "microdata"
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if micro else ""
    prop = ' itemprop="headline"' if micro else ""
    body = (f'<article class="news-item"{scope}>'
            f'<h1 class="news-title"{prop}>'
            f"{_t(a.title)}</h1>{_microdata_meta(a, base) if micro else ''}"
            f"{photo(a)}{info_line(a)}{text_block(a)}</article>")
    before = after = ""
    if blocks == "popular_before":
        before = popular(a, base)
        after = script(_with_context(news_article(a, base)))
    elif blocks == "popular_after":
        after = popular(a, base)
    page = f"""<!DOCTYPE html>
<html lang="{a.lang}">
<head>
<meta charset="utf-8">
<title>{_t(a.title)} - {AGENCY[a.lang]}</title>
<link rel="canonical" href="{base + a.path}">
{meta(a, base)}
{head_scripts(a, base)}
</head>
<body>
{WIDGET}
<header class="site-header"><a class="logo" href="/"><img src="{LOGO}" alt="{AGENCY[a.lang]}">
</a><nav><a href="{site.LISTING}">{NEWS[a.lang]}</a></nav></header>
<div class="container">{before}<main>{body}{latest(a)}</main>{after}</div>
<footer>© {AGENCY[a.lang]}, ic24.kz</footer>
</body>
</html>"""
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def listing(page: int, base: str) -> Response:
    items = "".join(f'<div class="news_text"><a href="{a.path}">{_t(a.title)}</a>'
                    f"<p>{day_text(a).split(',')[0]}</p></div>" for a in site.page_items(page))
    pages = "".join(f'<a href="{site.LISTING}{f"?page={n}" if n > 1 else ""}">{n}</a>'
                    if n != page
                    else f"<span>{n}</span>" for n in range(1, site.page_count() + 1))
    body = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Новости - {AGENCY['ru']}</title></head>
<body>{WIDGET}<h1>Новости</h1><div class="news-list">{items}</div>
<div class="pagination">{pages}</div></body></html>"""
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>404</title>"
            "</head><body><h1>Страница не найдена</h1></body></html>").encode()
