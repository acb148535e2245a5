"""Rules reading the article a script-built page ships in its embedded JSON state
(``kznews.extract.state``): after JSON-LD, meta and the page's own markup, before the last
resorts, so a server-rendered page keeps its rules and an app shell's state is read as a
browser would render it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kznews import processors as P
from kznews.extract.chain import Resolver, Rule
from kznews.sites.centerinform.page import ArticlePage as Page
from kznews.sites.centerinform.scan import BodyScan


@dataclass(frozen=True)
class _Text:
    scan: BodyScan
    images: list[str]


def _text(p: Page) -> _Text | None:
    """The state's text read as the page's own would be (dateline, source line, captions):
    its HTML parsed as an article page of its own, once per page."""
    if "_state_text" in p.__dict__:
        return p.__dict__["_state_text"]
    art, found = p.state, None
    if art is not None and art.body:
        from kznews.sites.centerinform.article import FIELDS  # the chains this rule is in
        sub = Page(art.html(), p.url, p.hints, p.today)
        sub.fields = Resolver(sub, FIELDS)
        scan = sub.body_scan()
        images = list(sub.fields.value("image_urls") or [])
        found = _Text(BodyScan(scan.paras, tags=scan.tags, source=scan.source,
                               credit=scan.credit, caption_credit=scan.caption_credit,
                               dateline=sub.dateline, stamp=scan.stamp), images)
        del sub.fields  # the page and its resolver point at each other
    p.__dict__["_state_text"] = found
    return found


def _body(p: Page) -> BodyScan | None:
    """The state's text, unless the page prints it itself (a server-rendered page that ships
    its state too): then the page's own rules read it where it stands, beside its date."""
    found = _text(p)
    if not found or not found.scan.paras:
        return None
    shown = set(p.clean)
    if any(len(para) >= 40 and para in shown for para in found.scan.paras):
        return None
    return found.scan


def _images(p: Page) -> list[str]:
    art, found = p.state, _text(p)
    urls = [*(art.images if art else []), *(found.images if found else [])]
    return list(dict.fromkeys(urls))


def _get(name: str) -> Any:
    return lambda p: getattr(p.state, name) if p.state is not None else None


DOC = "the article of the page's embedded JSON state (`__NEXT_DATA__`, `window.__X__ = {…}` " \
      "or `JSON.parse('…')`, `<script type=application/json>`, an index-packed array such as " \
      "`__NUXT_DATA__`, Nuxt 2's `window.__NUXT__=(function(a,…){return {…}}(…))` with its " \
      "arguments bound, a normalised cache's `__ref`s followed): the record " \
      "whose id, slug or URL names the page, or a `currentId`-like key points at"
TITLE: Rule[Page] = Rule("state:title", lambda p: P.clean_text(_get("title")(p)) or None,
             f"{DOC}: its `title`/`headline`/`name`")
BODY: Rule[Page] = Rule("state:body", _body, "its `body`/`content`/`html`/`text` HTML or "
                        "its blocks (paragraphs, quotes, images; ad slots skipped), read "
                        "as the page's text is; not when the page prints that text itself")
PUBLISHED: Rule[Page] = Rule("state:published", _get("published"),
                 "its `publishedAt`/`datePublished`/`date`/`createdAt`…: ISO text (a bare day "
                 "is a day), Unix seconds or milliseconds")
CATEGORY: Rule[Page] = Rule("state:category", _get("category"),
                "its `rubric`/`category`/`section` (text or an object's name)")
TAGS: Rule[Page] = Rule("state:tags", lambda p: P.split_tags(_get("tags")(p) or []),
            "its `tags`/`keywords` (text or objects' names)")
VIEWS: Rule[Page] = Rule("state:views", _get("views"), "its `views`/`viewCount`/`counters.views`…")
CREDIT: Rule[Page] = Rule("state:photo_credit", lambda p: P.clean_text(_get("credit")(p)) or None,
              "its image's `credit`/`copyright`/`author`")
SOURCE: Rule[Page] = Rule("state:source", lambda p: P.clean_text(_get("source")(p)) or None,
              "its `source`/`sourceName` (text or an object's name)")
IMAGES: Rule[Page] = Rule("state:image_urls", _images,
              "its `image`/`cover`/`photo`, then the pictures of its text")
LANG: Rule[Page] = Rule("state:lang", lambda p: P.normalize_lang_code(_get("lang")(p)),
            "its `lang`/`locale`/`language`")
