"""Metadata vocabularies beyond Open Graph: Dublin Core, Highwire (Google Scholar), Parse.ly,
Sailthru, ``news_keywords``, and view counters kept in a ``<meta>`` or a ``data-*`` attribute."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from kznews import processors as P
from kznews.extract.chain import Named, rule
from kznews.extract.index import list_attrs
from kznews.extract.meta import get_caseless
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.page import ArticlePage as Page

DC_PUBLISHED = ("DC.date.issued", "dcterms.issued", "DC.date.created", "dcterms.created",
                "DC.date", "dcterms.date")
"""Publication before creation before the bare date; never ``…modified``/``…available``."""
VIEWS_META = ("views", "hits", "view_count", "views_count", "viewcount", "pageviews",
              "article:views")

COUNTER_ATTRS = ("data-views", "data-view-count", "data-views-count", "data-viewcount",
                 "data-hits", "data-hits-count", "data-pageviews", "data-page-views")
list_attrs(COUNTER_ATTRS)
_COUNTER_CLASS = re.compile(r"view|hit|count|eye|stat|meta|info|read|prosmotr", re.I)
"""A counter's class: its data attribute counts only on classed elements like it (the
walk's pass lists the attribute's holders, so a page with none reads no class)."""
_DEPTH_FIRST = etree.XPath("count(preceding::*) + count(ancestor::*)")
"""Page order of the few elements holding a counter attribute."""
_COUNT = re.compile(r"\d[\d\s.,\u00a0\u202f]*")


def _parsely(p: Page) -> dict[str, Any]:
    """The ``parsely-page`` JSON (an object), or nothing when absent or broken."""
    raw = p.meta.get("parsely-page")
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


@rule("meta:dublin-core", "Dublin Core's publication: `DC.date.issued`, `dcterms.issued`, "
      "`DC.date.created`, `DCTERMS.created`, else `DC.date` (any case; a modification's "
      "`DCTERMS.modified` never)")
def dc_date(p: Page) -> Named | None:
    found = get_caseless(p.meta, *DC_PUBLISHED)
    when = P.parse_date_text(found[1]) if found else None
    return Named(when, f"meta:{found[0]}") if found and when else None


CITATION_PUBLISHED = ("citation_publication_date", "citation_date")
# Highwire writes a day year first with slashes (``2026/11/30``), which no text date reads
_YMD_SLASHED = re.compile(r"^\s*([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})(?![0-9/])")


@rule("meta:citation", "Highwire's (Google Scholar's) `citation_publication_date`, else "
      "`citation_date` (`2026/11/30`, `2026-11-30`; a year or a month alone is no date), "
      "unless its `citation_title` is not the page's headline (a paper the story cites)")
def citation_date(p: Page) -> Named | None:
    if not _cites_itself(p):
        return None
    for name in CITATION_PUBLISHED:
        raw = p.meta.get(name) or ""
        iso = _YMD_SLASHED.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", raw, 1)
        when = P.parse_date_text(iso) if raw else None
        if when:
            return Named(when, f"meta:{name}")
    return None


def _cites_itself(p: Page) -> bool:
    """The Highwire metas describe the page, not a work it reports on: no ``citation_title``,
    or one the page's ``<h1>``, ``og:title`` or ``<title>`` holds."""
    cited = " ".join((p.meta.get("citation_title") or "").split()).casefold()
    return not cited or any(cited in " ".join(shown.split()).casefold()
                            for shown in p._shown_headlines())


@rule("meta:parsely", "Parse.ly's `parsely-pub-date`, else the `pub_date` of its "
      "`parsely-page` JSON")
def parsely_date(p: Page) -> Named | None:
    when = P.parse_date_text(p.meta.get("parsely-pub-date") or "")
    if when:
        return Named(when, "meta:parsely-pub-date")
    when = P.parse_date_text(str(_parsely(p).get("pub_date") or ""))
    return Named(when, "meta:parsely-page") if when else None


@rule("meta:sailthru.date", "Sailthru's `sailthru.date` (`2021-07-19 08:35:00`: local time "
      "when it names no zone)")
def sailthru_date(p: Page) -> Any:
    return P.parse_date_text(p.meta.get("sailthru.date") or "")


@rule("meta:parsely", "Parse.ly's `parsely-section`, else the `section` of its "
      "`parsely-page` JSON")
def parsely_section(p: Page) -> str | None:
    return P.clean_text(p.meta.get("parsely-section") or str(_parsely(p).get("section") or ""))


@rule("meta:news_keywords", "Google News' `news_keywords`, comma-separated (the page's "
      "`keywords`, the same site-wide list on every page of many CMSs, never)")
def news_keywords(p: Page) -> list[str]:
    return P.split_tags(p.meta.all("news_keywords"))


@rule("meta:parsely|sailthru", "Parse.ly's `parsely-tags`, else the `tags` of its "
      "`parsely-page` JSON (a list or a comma-separated string); else Sailthru's `sailthru.tags`")
def vocab_tags(p: Page) -> list[str]:
    if p.meta.get("parsely-tags"):
        return P.split_tags(p.meta.all("parsely-tags"))
    tags = _parsely(p).get("tags")
    if isinstance(tags, list):
        return P.split_tags(str(t) for t in tags if isinstance(t, (str, int)))
    if isinstance(tags, str):
        return P.split_tags([tags])
    return P.split_tags(p.meta.all("sailthru.tags"))


@rule("meta:views", "a count in `<meta name=\"views\">` (or `hits`, `view_count`, "
      "`pageviews`)")
def meta_views(p: Page) -> int | None:
    found = get_caseless(p.meta, *VIEWS_META)
    return _as_count(found[1]) if found else None


VIEW_ACTIONS = re.compile(r"(?:Watch|Read|View)Action", re.I)
OTHER_ACTIONS = re.compile(r"(?:Comment|Like|Share|Follow|Vote|Dislike|Write|Bookmark)Action",
                           re.I)


def interaction_is_views(kind: str) -> bool:
    """An ``InteractionCounter``'s ``interactionType`` counts reads or views (none given:
    taken as views, the counter a news page shows); comments, likes, shares are no views."""
    return not OTHER_ACTIONS.search(kind) or VIEW_ACTIONS.search(kind) is not None


@rule("microdata:userInteractionCount", "`itemprop=userInteractionCount` (a `<meta>`'s "
      "`content`, else the element's text) outside page furniture, in an `InteractionCounter` "
      "of a `WatchAction`/`ReadAction`/`ViewAction` or of no type; a `CommentAction`'s or "
      "`LikeAction`'s count is not the views")
def microdata_views(p: Page) -> int | None:
    for el in p.index.with_attr("itemprop"):
        if "userInteractionCount" not in (el.get("itemprop") or "").split() or p.zone(el):
            continue
        scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if scope is not None and not interaction_is_views(_interaction_type(scope)):
            continue
        count = _as_count(el.get("content") or "".join(el.itertext()))
        if count is not None:
            return count
    return None


def _interaction_type(scope: etree._Element) -> str:
    for el in scope.iter():
        if "interactionType" in (el.get("itemprop") or "").split():
            return el.get("content") or el.get("href") or "".join(el.itertext())
    return ""


@rule("attr:data-views", "a counter element's `data-views`/`data-view-count`/`data-hits`/"
      "`data-pageviews` (a number and nothing else) on an element classed like a counter or a "
      "details row (`…views…`, `…hits…`, `…count…`, `…eye…`, `…meta…`) outside sidebars, "
      "the page's own post's counter included")
def data_views(p: Page) -> Named | None:
    # the index lists each attribute's holders: most pages have none, and no class is read
    if not any(p.index.with_attr(n) for n in COUNTER_ATTRS):
        return None
    tokens = [t for t in p.index.class_tokens() if _COUNTER_CLASS.search(t)]
    found = {el: None for t in tokens for el in p.index.with_class(t)
             if any(el.get(n) is not None for n in COUNTER_ATTRS)}
    for el in sorted(found, key=_DEPTH_FIRST) if len(found) > 1 else found:
        if p.zone(el) == "boundary" and not p.in_own_post(el):
            continue  # a sidebar card's counter is another story's
        name = next(n for n in COUNTER_ATTRS if el.get(n) is not None)
        count = _as_count(el.get(name) or "")
        if count is not None:
            return Named(count, f"attr:{name}")
    return None


def _as_count(value: str) -> int | None:
    text = value.strip()
    return P.parse_views(text) if _COUNT.fullmatch(text) else None


_GLYPH_BOX = re.compile(r"view|hit|count|eye|stat|prosmotr", re.I)


@rule("text:glyph-counter", "an eye glyph before a bare count (`👁 907`, `👀 1,2K`) that is "
      "all the text of an element classed like a counter (`…counter…`, `…views…`, `…hits…`, "
      "`…stat…`) outside sidebars, anywhere on the page (a portal's meta row above the "
      "headline)")
def glyph_counter(p: Page) -> int | None:
    tokens = [t for t in p.index.class_tokens() if _GLYPH_BOX.search(t)]
    found: dict[etree._Element, int] = {}
    for el in (el for t in tokens for el in p.index.with_class(t)):
        text = p.text(el)
        match = W.VIEWS_GLYPH.fullmatch(text) if text[:1] in _EYES else None
        count = P.parse_views(match["n"]) if match else None
        if count is not None and (p.zone(el) != "boundary" or p.in_own_post(el)):
            found[el] = count
    first = min(found, key=_DEPTH_FIRST) if len(found) > 1 else next(iter(found), None)
    return found[first] if first is not None else None


_EYES = frozenset({"👁", "👀"})
