"""Fields a page marks by attribute, class name or icon rather than by a label: what a
script-rendered portal (hashed classes, dates as Unix timestamps, an icon before a count) or a
newsletter layout (``a.post-section``, ``a.post-tag``) prints."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from lxml import etree

from kznews import processors as P
from kznews.extract.chain import Named, rule
from kznews.extract.index import list_attrs
from kznews.extract.text import BLOCK_TAGS
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.anchors import is_tag_link
from kznews.sites.centerinform.page import ArticlePage as Page

# through the attribute axis: libxml2 answers that faster than a predicate on every element
list_attrs(S.STAMP_ATTRS)
_STAMPED = etree.XPath("descendant-or-self::*[" + " or ".join(f"@{a}" for a in S.STAMP_ATTRS)
                       + "]")  # a predicate: a union of attribute sets costs libxml2 far more


@rule("attr:data-<timestamp>", "a Unix timestamp (seconds or milliseconds, 1995 to a day "
      "ahead) in `data-timestamp`, `data-time`, `data-date`, `data-unix` or `data-published` "
      "of a date's element (a `<time>`, one classed as a date, or one after `Опубликовано`/"
      "`Published`) under or just above the headline, else one labelled as the publication "
      "anywhere outside page furniture; one after `Обновлено`/`Updated` or classed as a change "
      "never (a script-rendered page's `<time data-timestamp>3 года назад</time>`)")
def unix_stamp(p: Page) -> Named | None:
    # the index lists the holders of each attribute: most pages have none to look through
    if not any(p.index.with_attr(a) for a in S.STAMP_ATTRS):
        return None
    found = _STAMPED(p.index.top)
    if not found:
        return None
    latest = datetime.combine(p.today + timedelta(days=2), time(), O.TIMEZONE)
    near = {p.lines[i].element for i in (*p.above_headline, *p.region)}
    labelled = None
    for el in found:
        name = next(a for a in S.STAMP_ATTRS if el.get(a) is not None)
        when = P.unix_moment(el.get(name), latest)
        if when is None or p.zone(el) is not None:
            continue
        label, cls = _label_before(p, el), el.get("class") or ""
        if W.MODIFIED_LABEL.match(label) or S.MODIFIED_TIME.search(cls):
            continue  # a React page prints "Обновлено" with a timestamp of its own
        published = (name in S.STAMP_PUBLISHED or bool(S.PUBLISHED_LABEL.match(label))
                     or bool(S.PUBLISHED_TIME.search(cls)))
        if not (published or el.tag == "time" or S.DATE_CLASS.search(cls)):
            continue
        if _block_in(el, near):
            return Named(when, f"attr:{name}")
        if published and labelled is None:
            labelled = Named(when, f"attr:{name}")
    return labelled


def _label_before(p: Page, el: etree._Element) -> str:
    """The words printed just before an element (``<span>Опубликовано</span> <time>``)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    parent = el.getparent()
    raw = f"{p.text(prev)} {prev.tail or ''}" if prev is not None else \
        (parent.text or "" if parent is not None else "")
    return p.index.clean(raw)


def _block_in(el: etree._Element, blocks: set[etree._Element]) -> bool:
    """The block whose line prints ``el`` (its nearest block element) is one of ``blocks``."""
    node: etree._Element | None = el
    while node is not None and node.tag not in BLOCK_TAGS:
        node = node.getparent()
    return node in blocks


# ------------------------------------------------------------------ dates named by class or field
_MICROFORMAT = re.compile(r"(?<!\S)(?:dt-)?published(?!\S)")
"""hAtom's ``published`` (microformats2 ``dt-published``) class token; ``updated`` is a change."""


@rule("attr:title", "an ISO moment in the `title` of an element classed as the publication "
      "(hAtom `<abbr class=\"published\" title=\"2022-09-07T19:05:00+06:00\">19:05</abbr>`, "
      "`dt-published`; `updated` never), outside sidebars and comments")
def microformat_date(p: Page) -> Named | None:
    for token in dict.fromkeys(m[0] for m in _MICROFORMAT.finditer(p.class_text)):
        for el in p.index.with_class(token):
            title = el.get("title")
            when = P.parse_date_text(title) if title else None
            # the post's own footer (``post-footer``) is the page's edge but still the post's
            if when and p.own_edge(el):
                return Named(when, "attr:title")
    return None


_FIELD_NAMED = etree.XPath("//*[@itemprop or @*[contains(name(), 'field')]]")


def _publish_field(el: etree._Element) -> bool:
    return any(re.sub(r"[\W_]", "", value).lower() in S.PUBLISH_FIELD
               for name, value in el.items() if name == "itemprop" or "field" in name)


@rule("attr:<field>", "the text of an element an attribute names as the publication "
      "(UMI.CMS `umi:field-name=\"publish_time\"`, `data-field=\"pubDate\"`, `itemprop`); a "
      "day and time with no year (`2 марта, 13:50`) takes its year as a year-less dateline "
      "does")
def field_date(p: Page) -> Named | None:
    for el in _FIELD_NAMED(p.index.root):
        if not _publish_field(el) or p.zone(el) is not None:
            continue
        text = p.text(el)
        when = (P.parse_date_text(text) or p.yearless(text)) if text else None
        if when:
            return Named(when, "attr:<field>")
    return None


DATE_TEXT_MAX = 60  # characters: a date element's text, maybe with a weekday or a clock
ROW_LINKS = 2  # links of a details row beside its date: its rubric's, maybe an author's
PARTS_MAX = 12  # elements of one line looked at: a date line holds a few


@rule("css:.<date class>", "the text of an element classed as a date (`date`, "
      "`article__info-date`, `publish-time`; a change (`updated`, `Обновлено …`) never) on a line "
      "just above the headline or between it and the text, linking to no article (a details "
      "row's rubric link or two beside it are no card's), when it is a date and "
      "little more (`16.04.2021 | 15:40`, `16 апреля 2021, 15:40`, `Вчера, 15:40`)")
def classed_date(p: Page) -> Named | None:
    if S.DATE_CLASS.search(p.class_text) is None:
        return None  # most pages name no date by class: one search rules them out
    for i in (*p.above_headline, *p.region):
        links = p.lines[i].links
        if links and (len(links) > ROW_LINKS or any(O.article_id(a.get("href") or "")
                                                    for a in links)):
            continue  # a card's date beside its link (a feed of the day's news) is another's
        for k, el in enumerate(p.lines[i].element.iter(etree.Element)):
            if k >= PARTS_MAX:
                break
            cls = el.get("class") or ""
            if not S.DATE_CLASS.search(cls) or S.MODIFIED_TIME.search(cls) or p.zone(el):
                continue
            text = p.text(el)
            when = P.parse_date_text(text) if 0 < len(text) <= DATE_TEXT_MAX else None
            if when and not W.MODIFIED_LABEL.match(text):
                return Named(when, "css:.<date class>")
    return None


# ------------------------------------------------------------------ rubric and tags by class
def _classed_links(p: Page, token: re.Pattern[str]) -> list[etree._Element]:
    """``<a>`` elements outside menus and body text with a class token ``token`` matches, in
    page order. The page's tokens are searched as one string: most pages have none."""
    tokens = [m[0] for m in re.finditer(rf"(?<!\S)(?:{token.pattern})(?!\S)", p.class_text,
                                         token.flags)]
    if not tokens:
        return []
    found = {el for t in tokens for el in p.index.with_class(t) if el.tag == "a"}
    body = p.body_lines
    return [a for a in p.index.links if a in found and p.zone(a) != "noise"
            and p.link_line.get(a, -1) not in body and not p.in_aside(a)]


def builder_marked(p: Page, token: re.Pattern[str]) -> list[tuple[etree._Element, str]]:
    """Elements a builder attribute (``S.BUILDER_ATTRS``) names as ``token`` matches, with
    the rule name (``attr:data-hook=tag``), in page order; outside sidebars and the text.
    A ``<nav>`` so named is the post's own list (Wix prints its tags in one), not a menu."""
    found: list[tuple[etree._Element, str]] = []
    body = p.body_lines
    for attr in S.BUILDER_ATTRS:
        for el in p.index.with_attr(attr):
            value = el.get(attr) or ""
            if token.fullmatch(value) and not p.in_aside(el) \
                    and p.link_line.get(el, -1) not in body:
                found.append((el, f"attr:{attr}={value}"))
    return found


def _section_text(p: Page, a: etree._Element) -> str | None:
    text = p.text(a)
    return text if text and len(text) <= W.MAX_KICKER and re.search(r"[^\W\d_]", text) \
        else None


@rule("css:a.<section class>", "a link classed as the rubric, section or category "
      "(`a.post-section`, `a.article-category`, `a.rubric-link`, BEM's "
      "`a.article-channel__rubric`) outside menus and the text, whatever its URL but a "
      "keyword's (Plone's `a.link-category` with `rel=\"tag\"` to a search by subject); or "
      "so named by a builder's attribute (`data-hook`, `data-testid`, `data-qa`: Wix's "
      "`data-hook=\"category-link\"`)")
def section_link(p: Page) -> Named | None:
    for a in _classed_links(p, S.SECTION_LINK_CLASS):
        text = _section_text(p, a) if not is_tag_link(a) else None
        if text:
            token = next(t for t in a.get("class", "").split()
                         if S.SECTION_LINK_CLASS.fullmatch(t))
            return Named(text, f"css:a.{token}")
    for el, name in builder_marked(p, S.SECTION_LINK_CLASS):
        text = _section_text(p, el) if el.tag == "a" else None
        if text:
            return Named(text, name)
    return None


@rule("css:a.<tag class>", "every link classed as a tag or topic (`a.post-tag`, "
      "`a.tag-link`, `a.topic`) outside menus, sidebars and the text, whatever its URL; or so "
      "named by a builder's attribute (Wix's `<nav data-hook=\"tags\"><a data-hook=\"tag\">`)")
def tag_links(p: Page) -> Named | None:
    links = _classed_links(p, S.TAG_LINK_CLASS)
    tags = P.split_tags(p.text(a).lstrip("#") for a in links)
    if tags:
        token = next(t for t in links[0].get("class", "").split()
                     if S.TAG_LINK_CLASS.fullmatch(t))
        return Named(tags, f"css:a.{token}")
    marked = [(el, name) for el, name in builder_marked(p, S.TAG_LINK_CLASS) if el.tag == "a"]
    tags = P.split_tags(p.text(a).lstrip("#") for a, _ in marked)
    return Named(tags, marked[0][1]) if tags else None


@rule("attr:<builder>=views", "an element a builder's attribute names as the view counter "
      "(`data-hook=\"views-count\"`, `data-testid=\"post-views\"`) whose text is a count "
      "(`2263 просмотра`, `3568 рет қаралды`, `1.2K views`; not a date)")
def builder_views(p: Page) -> Named | None:
    for el, name in builder_marked(p, S.VIEWS_HOOK):
        text = p.text(el)
        if text and S.VIEWS_COUNT.match(text) and not S.DATE_LIKE.search(text):
            views = P.parse_views(text)
            if views is not None:
                return Named(views, name)
    return None


# ------------------------------------------------------------------ views: an icon and a count
_COUNT_ONLY = re.compile(r"[0-9][0-9\s.,]*(?:\s*(?:[KkКкMmМм]|тыс\.?|мың|млн\.?))?")
_ICON_IMG = re.compile(r"icon|eye|view|\.svg", re.I)


def _icons(blocks: list[etree._Element]) -> list[etree._Element]:
    """Icons inside ``blocks``, in page order: ``<svg>``, ``<i>`` (a font's), an image of an
    eye or an icon."""
    seen: dict[etree._Element, None] = {}
    for block in blocks:
        seen.update((el, None) for el in block.iter("svg", "i", "img", "amp-img")
                    if el.tag in {"svg", "i"} or _ICON_IMG.search(el.get("src") or ""))
    return list(seen)


def _marks(el: etree._Element) -> str:
    """What an icon and its box say of themselves: classes, ``aria-label``, ``title`` (the
    attribute or an svg's element), ``<use href>``."""
    found = [t.text or "" for t in el.iter("title")]  # an svg's own ``<title>``
    for node in (el, el.getparent(), *el.iter("use")):
        if node is not None:
            found.extend(node.get(a) or "" for a in ("class", "aria-label", "title", "href",
                                                     "{http://www.w3.org/1999/xlink}href"))
    return " ".join(found)


AFTER_REACH = 12  # lines under the text: its tags, rating and tools rows, where a counter sits


def _after_body(p: Page) -> list[int]:
    """Lines right after the body, up to the first of a sidebar or footer (whose counters
    are other articles')."""
    end = p.body_scan().end
    found: list[int] = []
    for i in range(end, min(len(p.lines), end + AFTER_REACH)) if end is not None else ():
        if p.zone(p.lines[i].element) == "boundary":
            break
        found.append(i)
    return found


@rule("css:<icon>+count", "an icon (`<svg>`, `<i>`, an eye image) right before a bare count "
      "(`1.2K`, `4,7 тыс.`, `12 345`) in one element under the headline: the one marked as "
      "views (`eye`, `view`), else the only one; one marked as likes, comments or reactions "
      "never. In the rows right after the text (DataLife Engine's `<li title=\"Просмотров: "
      "683\"><svg class=\"icon icon-views\">…</svg> 683</li>`) only an icon marked as views")
def icon_count(p: Page) -> int | None:
    above = _icon_counts(p, p.region)
    if above is not None:
        return above
    marked, _ = _icon_marked_counts(p, _after_body(p))
    return marked[0] if marked else None


def _icon_counts(p: Page, lines: list[int]) -> int | None:
    marked, plain = _icon_marked_counts(p, lines)
    if marked:
        return marked[0]
    return plain[0] if len(plain) == 1 else None


def _icon_marked_counts(p: Page, lines: list[int]) -> tuple[list[int | None], list[int | None]]:
    """The counts after an icon on ``lines``: those of icons marked as views', the others'."""
    blocks = list(dict.fromkeys(p.lines[i].element for i in lines))
    near = set(blocks)
    marked: list[int | None] = []
    plain: list[int | None] = []
    for icon in _icons(blocks):
        parent = icon.getparent()
        if parent is None or (parent.text or "").strip() or icon.getprevious() is not None \
                or not _block_in(parent, near) or p.zone(parent):
            continue
        text, own = p.text(parent), p.text(icon)  # an icon's own text is no count
        text = text[len(own):].strip() if own and text.startswith(own) else text
        if not _COUNT_ONLY.fullmatch(text) or S.DATE_LIKE.search(text):
            continue
        said = _marks(icon)
        if S.REACTION_MARK.search(said):
            continue
        (marked if S.VIEWS_MARK.search(said) else plain).append(P.parse_views(text))
    return marked, plain
