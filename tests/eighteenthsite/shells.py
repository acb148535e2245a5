"""The app shells: a header, an empty mount point with a skeleton, and the article only in an
embedded state that also carries other articles (latest, related, popular).

``next``: ``__NEXT_DATA__`` with ``props.pageProps.article``, UTC ISO dates, ``\\u003c``-escaped
HTML. ``state``: ``window.__INITIAL_STATE__ = {…};`` with ``news.items`` keyed ``u<N>`` and a
``currentId``, Unix-millisecond dates. ``apollo``: a normalised cache (``"Article:45713"``,
``__ref`` links to rubrics and tags) in ``<script type="application/json" data-state>``, dates
as ISO with the Almaty offset, a bare day, or Unix milliseconds.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tests.eighteenthsite import parts
from tests.eighteenthsite.site import Article, neighbours

SKELETON = ('<div class="skeleton" aria-busy="true"><div class="skeleton__title"></div>'
            + '<div class="skeleton__line"></div>' * 6 + "</div>")
NOSCRIPT = "<noscript>Для корректной работы сайта включите JavaScript.</noscript>"


def _blocks(art: Article, base: str) -> list[dict[str, Any]]:
    raw = art.raw_paragraphs or art.paragraphs
    out: list[dict[str, Any]] = [{"type": "paragraph", "text": art.dateline() + raw[0]}]
    images = art.image_paths()
    if len(images) > 1:
        out.append({"type": "image", "src": base + images[1], "caption": None})
    out.append({"type": "banner", "slot": "in-article-1"})
    for k, para in enumerate(raw[1:], 1):
        quote = k == 1 and art.num % 2 == 0
        out.append({"type": "quote" if quote else "paragraph", "text": para})
    if art.source_line and not art.source_field:
        out.append({"type": "paragraph", "text": f"{parts.SOURCE_LABEL[art.lang]}: {art.source}"})
    return out


def _content(art: Article, base: str) -> object:
    return _blocks(art, base) if art.blocks else parts.body_html(art, base, absolute=True)


def _cover(art: Article, base: str, credit_key: str) -> dict[str, Any] | None:
    images = art.image_paths()
    if not images:
        return None
    return {"src": base + images[0], "alt": art.title, credit_key: art.photo_credit}


def _tags(art: Article) -> list[dict[str, str]]:
    return [{"name": t, "slug": parts.slug(t, art.lang)} for t in art.tags]


def _next_record(art: Article, base: str) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": art.num, "slug": art.path.rsplit("/", 1)[1], "locale": art.lang,
        "title": art.title, "publishedAt": parts.utc_iso(art),
        "rubric": ({"name": art.category, "slug": parts.slug(art.category, art.lang)}
                   if art.category else None),
        "tags": _tags(art), "cover": _cover(art, "", "credit"), "content": _content(art, base),
    }
    if art.views is not None:
        rec["views"] = art.views
    if art.source_field:
        rec["source"] = {"name": art.source, "url": None}
    return rec


def _state_record(art: Article, base: str) -> dict[str, Any]:
    return {
        "id": art.id, "headline": art.title, "url": base + art.path, "language": art.lang,
        "date": parts.unix_ms(art), "category": art.category,
        "tags": [{"title": t, "url": f"/tags/{parts.slug(t, art.lang)}"} for t in art.tags],
        "counters": {"views": art.views, "comments": 0},
        "image": _cover(art, base, "author"), "body": _content(art, base),
        "sourceName": art.source if art.source_field else None,
    }


def _apollo_date(art: Article) -> object:
    if art.clock is None:
        return art.day.isoformat()
    return parts.unix_ms(art) if art.num % 3 == 0 else art.local.isoformat()


def _apollo_add(cache: dict[str, Any], art: Article, base: str) -> None:
    rec: dict[str, Any] = {"__typename": "Article", "id": str(art.num), "title": art.title,
                           "slug": art.path.rsplit("/", 1)[1], "publishedAt": _apollo_date(art)}
    if art.category:
        key = f"Rubric:{parts.slug(art.category, art.lang)}"
        cache[key] = {"__typename": "Rubric", "title": art.category}
        rec["rubric"] = {"__ref": key}
    rec["tags"] = []
    for tag in _tags(art):
        cache[f"Tag:{tag['slug']}"] = {"__typename": "Tag", **tag}
        rec["tags"].append({"__ref": f"Tag:{tag['slug']}"})
    rec["viewCount"] = art.views
    cover = _cover(art, base, "copyright")
    rec["cover"] = {"__typename": "Image", **cover} if cover else None
    rec["body" if art.blocks else "bodyHtml"] = _content(art, base)
    rec["source"] = {"__typename": "Source", "name": art.source} if art.source_field else None
    cache[f"Article:{art.num}"] = rec


def _state(art: Article, base: str) -> tuple[str, str]:
    """(mount point id, the state script) of the article's shell."""
    others = neighbours(art)
    if art.cms == "next":
        data = {"props": {"pageProps": {
                    "latest": [_next_record(o, base) for o in others[:2]],
                    "article": _next_record(art, base),
                    "related": [_next_record(others[2], base)]}, "__N_SSP": True},
                "page": "/news/[slug]", "query": {"slug": art.path.rsplit("/", 1)[1]},
                "buildId": "k2J8xq0ZpV", "isFallback": False, "gssp": True}
        return "__next", ('<script id="__NEXT_DATA__" type="application/json">'
                          f"{parts.in_script(data, 'u003c')}</script>")
    if art.cms == "state":
        items = {o.id: _state_record(o, base) for o in others}
        items[art.id] = _state_record(art, base)
        data = {"app": {"lang": "ru", "theme": "light"},
                "news": {"items": items, "currentId": art.id, "loading": False},
                "widgets": {"popular": [_state_record(others[0], base)]}}
        return "app", f"<script>window.__INITIAL_STATE__ = {parts.in_script(data)};</script>"
    cache: dict[str, Any] = {}
    for other in others:
        _apollo_add(cache, other, base)
    _apollo_add(cache, art, base)
    cache["ROOT_QUERY"] = {
        "__typename": "Query",
        f'article({{"id":"{art.num}"}})': {"__ref": f"Article:{art.num}"},
        'latestNews({"limit":3})': [{"__ref": f"Article:{o.num}"} for o in others]}
    return "root", f'<script type="application/json" data-state>{parts.in_script(cache)}</script>'


def page(art: Article, base: str) -> str:
    mount, state = _state(art, base)
    og = (f'<meta property="og:title" content="{escape(art.title)}">'
          f'<meta property="og:type" content="article">' if art.og_title else "")
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>Центр информации — новости Казахстана</title>{og}"
            f'<link rel="stylesheet" href="/assets/app.7c1e9a.css"></head><body>'
            f'{parts.header("ru", base)}<div id="{mount}">{SKELETON}{NOSCRIPT}</div>'
            f'{state}<script src="/assets/app.7c1e9a.js" defer></script>'
            f"{parts.footer()}</body></html>")
