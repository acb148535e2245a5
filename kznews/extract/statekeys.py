"""The common keys of an embedded state's article record, read into one shape.

Front ends name the same things differently (``title``/``headline``, ``publishedAt``/
``datePublished``/``date`` as ISO text or Unix seconds or milliseconds, ``rubric``/
``category``/``section`` as a string or an object, ``views``/``viewCount``/``counters.views``)
and give the text as an HTML string or as an array of blocks (``{"type": "paragraph", "text":
…}``, quotes, images, ad slots). ``StateArticle.html`` prints the text as a browser would, so
the page's own text rules read it (dateline, source line, captions).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import escape
from typing import Any

from kznews.extract.markup import value_text

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"\d{9,13}(?:\.\d+)?")
_NAME_KEYS = ("name", "title", "label", "text", "value", "slug")
_SRC_KEYS = ("src", "url", "href", "original", "large", "full", "path")
_CREDIT_KEYS = ("credit", "copyright", "author", "photographer", "source")
_TEXT_BLOCKS = {"paragraph": "p", "text": "p", "p": "p", "quote": "blockquote",
                "blockquote": "blockquote", "heading": "h2", "subheading": "h3", "h2": "h2",
                "h3": "h3", "lead": "p", "list-item": "p"}
_IMAGE_BLOCKS = ("image", "photo", "picture", "figure", "img")
MAX_DEPTH = 8  # ``__ref`` hops followed from the record


@dataclass
class StateArticle:
    title: str | None = None
    body: str = ""
    """The text as HTML (blocks printed as paragraphs, quotes and figures)."""
    published: date | datetime | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    views: int | None = None
    images: list[str] = field(default_factory=list)
    credit: str | None = None
    lang: str | None = None
    source: str | None = None
    related: list[tuple[str, str]] = field(default_factory=list)
    """(address as the state gives it: a URL, a path or a slug; title) of the stories it lists
    as related to this one."""

    def html(self) -> str:
        """The article as a server-rendered page would print it."""
        return (f'<html><body><article><h1 itemprop="headline">{escape(self.title or "")}</h1>'
                f'<div itemprop="articleBody">{self.body}</div></article></body></html>')


class _Resolver:
    def __init__(self, caches: list[dict[str, Any]]) -> None:
        self.caches = caches

    def __call__(self, value: Any, depth: int = 0) -> Any:
        """``{"__ref": "Tag:x"}`` (Apollo; also ``{"type": "id", "id": …}``) -> the record."""
        while isinstance(value, dict) and depth < MAX_DEPTH:
            key = value.get("__ref")
            if key is None and value.get("type") == "id" and value.get("generated") is not None:
                key = value.get("id")
            if not isinstance(key, str):
                return value
            value = next((c[key] for c in reversed(self.caches) if key in c), None)
            depth += 1
        return value


def _pick(rec: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((rec[k] for k in keys if rec.get(k) not in (None, "", [], {})), None)


def _name(value: Any, ref: _Resolver) -> str | None:
    value = ref(value)
    if isinstance(value, dict):
        value = _pick(value, _NAME_KEYS)
    if isinstance(value, list):
        return next((n for n in (_name(v, ref) for v in value) if n), None)
    if isinstance(value, str):
        return value_text(value) or None
    return None


def moment(value: Any, latest: datetime | None = None) -> date | datetime | None:
    """ISO text (``2023-04-20T05:20:00.000Z``, with an offset, or a bare day) or a Unix
    timestamp in seconds or milliseconds (number or digits), between 1995 and ``latest``."""
    if isinstance(value, str) and _STAMP.fullmatch(value.strip()):
        value = float(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value >= 1e11 else value
        try:
            when = datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
        top = latest or datetime.now(UTC) + timedelta(days=1)
        return when if EARLIEST <= when <= top else None
    if not isinstance(value, str) or not _DAY.match(value.strip()):
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None


def _count(value: Any) -> int | None:
    if isinstance(value, dict):
        value = _pick(value, ("views", "viewsCount", "viewCount", "view_count", "hits", "count"))
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _image(value: Any, ref: _Resolver, absolute: Callable[[str], str]
           ) -> tuple[str | None, str | None]:
    """(URL, credit) of an image value: a URL, or an object with ``src``/``url`` and a
    ``credit``/``copyright``/``author``."""
    value = ref(value)
    if isinstance(value, list):
        value = ref(value[0]) if value else None
    if isinstance(value, str):
        return (absolute(value) if value.strip() else None), None
    if not isinstance(value, dict):
        return None, None
    src = _pick(value, _SRC_KEYS)
    credit = _name(_pick(value, _CREDIT_KEYS), ref)
    return (absolute(src) if isinstance(src, str) and src.strip() else None), credit


def _blocks_html(blocks: list[Any], ref: _Resolver, absolute: Callable[[str], str]) -> str:
    out = []
    for block in blocks[:500]:
        block = ref(block)
        if isinstance(block, str):
            out.append(f"<p>{escape(block, quote=False)}</p>")
            continue
        if not isinstance(block, dict):
            continue
        kind = str(block.get("type") or block.get("kind") or "paragraph").lower()
        if kind in _IMAGE_BLOCKS:
            src, credit = _image(block, ref, absolute)
            caption = _name(block.get("caption"), ref) or ""
            if src:
                out.append(f'<figure><img src="{escape(src)}" alt="">'
                           + (f"<figcaption>{escape(caption)}</figcaption>" if caption else "")
                           + "</figure>")
            continue
        tag = _TEXT_BLOCKS.get(kind)
        html, text = block.get("html"), block.get("text") or block.get("content")
        if tag and isinstance(html, str):
            out.append(f"<{tag}>{html}</{tag}>")
        elif tag and isinstance(text, str):
            out.append(f"<{tag}>{escape(text, quote=False)}</{tag}>")
    return "".join(out)


def _body(value: Any, ref: _Resolver, absolute: Callable[[str], str]) -> str:
    value = ref(value)
    if isinstance(value, dict):
        value = _pick(value, ("html", "blocks", "text", "content", "value"))
    if isinstance(value, list):
        return _blocks_html(value, ref, absolute)
    if not isinstance(value, str):
        return ""
    if "<" in value:
        return value
    return "".join(f"<p>{escape(q.strip(), quote=False)}</p>"
                   for q in re.split(r"\n\s*\n|\r?\n", value) if q.strip())


_RELATED_KEYS = ("related", "relatedArticles", "related_articles", "relatedNews",
                 "related_news", "relatedPosts", "related_posts", "relatedItems",
                 "related_items", "readAlso", "read_also", "seeAlso", "see_also")
_HREF_KEYS = ("url", "href", "link", "permalink", "canonicalUrl", "canonical", "path", "uri",
              "slug", "alias")
MAX_RELATED = 50  # entries of a related list read


def related_of(holders: list[dict[str, Any]], caches: list[dict[str, Any]]
               ) -> list[tuple[str, str]]:
    """(address, title) of each entry of the first related list (``related``,
    ``relatedArticles``, ``readAlso``…) of ``holders`` (the article's record, then the object
    holding it: Next.js's ``pageProps.related`` beside ``pageProps.article``); an entry is an
    object with a ``url``/``href``/``path``/``slug`` and a ``title``/``headline``/``name``."""
    ref = _Resolver(caches)
    for holder in holders:
        entries = ref(_pick(holder, _RELATED_KEYS))
        if isinstance(entries, dict):
            entries = _pick(entries, ("items", "articles", "news", "posts", "nodes", "data"))
        if not isinstance(entries, list):
            continue
        out = []
        for entry in entries[:MAX_RELATED]:
            entry = ref(entry)
            if not isinstance(entry, dict):
                continue
            href = _pick(entry, _HREF_KEYS)
            if isinstance(href, str) and href.strip():
                out.append((href.strip(), _name(_pick(entry, ("title", "headline", "name")),
                                                ref) or ""))
        if out:
            return out
    return []


def read_record(rec: dict[str, Any], caches: list[dict[str, Any]],
                absolute: Callable[[str], str]) -> StateArticle:
    ref = _Resolver([*caches, rec])
    body_key = next(k for k in ("bodyHtml", "body_html", "contentHtml", "content_html", "html",
                                "body", "content", "blocks", "articleBody", "text", "fullText",
                                "full_text") if rec.get(k))
    image, credit = _image(_pick(rec, ("image", "cover", "photo", "picture", "mainImage",
                                       "main_image", "coverImage", "featuredImage",
                                       "featured_image", "thumbnail", "preview", "img")),
                           ref, absolute)
    when = _pick(rec, ("publishedAt", "published_at", "datePublished", "date_published",
                       "publishDate", "publish_date", "pubDate", "published", "date",
                       "createdAt", "created_at", "created", "timestamp"))
    tags = ref(_pick(rec, ("tags", "keywords", "tagList", "tag_list", "labels")))
    tag_list = tags.split(",") if isinstance(tags, str) else tags if isinstance(tags, list) else []
    lang = _pick(rec, ("lang", "locale", "language", "inLanguage"))
    return StateArticle(
        title=_name(_pick(rec, ("title", "headline", "name")), ref),
        body=_body(rec[body_key], ref, absolute),
        published=moment(ref(when)),
        category=_name(_pick(rec, ("rubric", "category", "section", "rubricName",
                                   "categoryName", "sectionName", "articleSection")), ref),
        tags=[n for n in (_name(t, ref) for t in tag_list) if n],
        views=_count(ref(_pick(rec, ("views", "viewsCount", "views_count", "viewCount",
                                     "view_count", "hits", "pageviews", "counters", "stats",
                                     "statistics")))),
        images=[image] if image else [],
        credit=credit,
        lang=lang if isinstance(lang, str) else None,
        source=_name(_pick(rec, ("source", "sourceName", "source_name")), ref))
