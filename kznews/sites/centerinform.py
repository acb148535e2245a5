"""ic24.kz (Центр информации): every rule that reads a field off an article page.

Each field is a chain tried in order — JSON-LD, then meta/og, then this outlet's
selectors (guesses: nobody here has seen the live HTML), then text patterns on the
page's lines — and the first rule that yields a value names itself in ``rules``.
A field's chain is one function below, named after the field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from kznews import processors as P
from kznews.extract import jsonld, meta
from kznews.extract.layout import ancestors, css_first, is_share_line, text_of, zone
from kznews.extract.markup import parse_page
from kznews.extract.text import Line, element_text, is_inside, page_lines

# --- this outlet's selectors (first match wins; each is a guess that may stop matching) ---
TITLE_CSS = ("h1.news-title", ".news-detail h1", "h1[itemprop=headline]", ".article__title",
             "[itemprop=headline]")
BODY_CSS = (".news-text", ".news-detail-text", "[itemprop=articleBody]", ".article__body",
            ".article-text", ".detail-text", ".entry-content", ".post-content")
DATE_CSS = (".news-info .date", ".news-date", ".article__date", "[itemprop=datePublished]")
VIEWS_CSS = (".news-info .views", ".views", ".article__views", "[class*=view-count]",
             "[class*=views]")
CATEGORY_CSS = (".news-info .category", "a.category", ".article__category",
                "[itemprop=articleSection]", "a[rel~=category]")
TAGS_CSS = (".news-info .tags a", ".tags a", ".article__tags a", "a[rel=tag]")
CREDIT_CSS = (".photo-credit", ".news-photo .credit", "[class*=credit]", "figcaption")

SITE_SUFFIX = re.compile(r"(центр информации|information cent(er|re)|ic24)", re.I)
BADGES = frozenset({"ru", "en", "kk", "kz"})
TAG_HREF = re.compile(r"/(tags?|teg|tegi|metki|keywords?|search/\?tags?)[/=?]", re.I)
CATEGORY_HREF = re.compile(r"/(categor(y|ies)|rubri[ck]a?|razdel|section)s?/", re.I)
PHOTO_LABEL = re.compile(r"^(фото|photo|сурет)\s*[:\-–—]", re.I)
INFO_LABEL = re.compile(
    r"(?:(?P<views>просмотр\w*|views?|қаралым\w*)|(?P<category>рубрика|категория|раздел|"
    r"category|section|санат)|(?P<tags>теги|тэги|метки|tags|тегтер))\s*:\s*", re.I)
VIEWS_AFTER = re.compile(
    r"^(\d[\d\s.,]*)\s*(просмотр\w*|views?|қаралым\w*|рет қаралды|reads?)$", re.I)
# The currency widget's text, wherever a script put it: "• USD/KZT 471.25 | EUR/KZT 0.0".
RATES_LINE = re.compile(r"^(?:[\s•|·,;-]*[A-Z]{3}\s*/\s*KZT\s*[:=]?\s*[\d.,]*)+[\s•|·,;-]*$")
RATES_EDGE = re.compile(r"^(?:[•|·\s]*[A-Z]{3}/KZT\s*[\d.,]+)+\s*|"
                        r"\s*(?:[•|·\s]*[A-Z]{3}/KZT\s*[\d.,]+)+\s*$")
INLINE_TAGS = frozenset({"span", "b", "i", "em", "strong", "font", "small", "ins", "u"})
RUBRIC_LINE = re.compile(r"^(рубрика|категория|раздел|category|section|санат)\s*:\s*(.{1,60})$",
                         re.I)
HOME_CRUMBS = frozenset({"главная", "новости", "home", "news", "басты бет", "жаңалықтар",
                         "лента", "лента новостей", "все новости"})
# Lines that end an article body: a "read also" block or a line of hashtags.
BODY_END = re.compile(r"^(читайте также|читайте по теме|см\. также|по теме|ещё по теме|"
                      r"еще по теме|read also|see also|related news|оқи отырыңыз|"
                      r"лента новостей|последние новости|новости по теме|популярное|"
                      r"latest news|more news|комментарии|comments)\b", re.I)
TAGS_LABEL = re.compile(r"^(теги|тэги|метки|tags|тегтер)\s*:\s*", re.I)
IMG_SKIP = re.compile(r"(logo|icon|sprite|banner|counter|pixel|avatar|flag|\.svg)", re.I)


@dataclass
class Extracted:
    """Raw field values and, for each, the rule that produced it."""

    values: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    """Stat keys of bad input repaired or dropped on the way (``jsonld/too_deep`` …)."""

    def put(self, name: str, value: Any, rule: str) -> bool:
        if name in self.values or value is None or value == "" or value == []:
            return False
        self.values[name] = value
        self.rules[name] = rule
        return True


def _uncamel(credit: str | None) -> str | None:
    """``unsplashAstana hosts …`` -> ``unsplash``: a credit run into the next sentence."""
    if not credit:
        return credit
    match = re.search(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ][a-zа-яё])", credit)
    return credit[: match.start()] if match else credit


def _inline_widget(el: etree._Element) -> bool:
    """An inline element holding only currency rates (``<span>USD/KZT 0.0</span>``)."""
    return el.tag in INLINE_TAGS and len(el) == 0 and bool(el.text) and \
        bool(RATES_LINE.match(el.text.strip()))


def _badge_before(link: etree._Element) -> str:
    """The word printed just before a link (``<span>ru</span> <a>``, ``ru <a>``), lower-case."""
    prev = link.getprevious()
    parent = link.getparent()
    before = ((prev.text or "") + (prev.tail or "")) if prev is not None else \
        (parent.text or "" if parent is not None else "")
    words = before.split()
    return words[-1].lower().strip(":|•") if words else ""


def labelled_info(text: str) -> P.InfoLine | None:
    """An info line in separated parts: ``18 Декабря 2020 | Просмотров: 24985 | Рубрика:
    Economy | Теги: a, b`` or ``06.03.2020 | 4467 просмотров | Экология``."""
    chunks = [c.strip() for c in re.split(r"\s[|•·]\s", text) if c.strip()]
    if len(chunks) < 2:
        return None
    found: dict[str, str] = {}
    plain: list[str] = []
    when = P.parse_date_text(text)
    for chunk in chunks:
        match = INFO_LABEL.search(chunk)
        trailing = VIEWS_AFTER.match(chunk)
        if match:
            found[match.lastgroup or ""] = chunk[match.end():].strip()
        elif trailing:
            found["views"] = trailing.group(1)
        elif P.parse_date_text(chunk) is None and not chunk.replace(" ", "").isdigit():
            plain.append(chunk)
    if not found:
        return None
    if plain and "category" not in found:
        found["category"] = plain[0]
    return P.InfoLine(
        date=when.date() if isinstance(when, datetime) else when,
        views=P.parse_views(found.get("views")),
        category=P.clean_text(found.get("category")) or None,
        tags=P.split_tags([found.get("tags")]),
    )


def strip_site_suffix(title: str) -> str:
    """``Headline | Центр информации`` or ``Центр информации :: Headline`` -> ``Headline``."""
    for sep in (" | ", " :: ", " — ", " – ", " - ", " / ", " » "):
        head, found, tail = title.rpartition(sep)
        if found and head and SITE_SUFFIX.search(tail) and len(tail) < 40:
            return head.strip()
        head, found, tail = title.partition(sep)
        if found and tail and SITE_SUFFIX.search(head) and len(head) < 40:
            return tail.strip()
    return title


class ArticlePage:
    """One article page of the outlet, parsed once; ``extract()`` runs every field's chain."""

    def __init__(self, html: str | bytes, url: str,
                 hints: Sequence[tuple[str, date]] = (), today: date | None = None) -> None:
        text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
        self.out = Extracted()
        parsed = parse_page(text or "<html></html>")
        self.out.problems += parsed.problems
        self.sel = Selector(root=parsed.root, type="html")
        self.url = url
        self.hints = list(hints)  # (label, date) to give a year-less dateline its year
        self.today = today or datetime.now(P.ALMATY).date()
        body = self.sel.xpath("//body")
        self.root = body[0].root if body else self.sel.root
        self.lines: list[Line] = page_lines(self.root, _inline_widget)
        self.clean = [RATES_EDGE.sub("", P.clean_text(line.text)) for line in self.lines]
        self.ld = jsonld.find_article(self.sel, self.out.problems) or {}
        self.meta = meta.MetaTags(self.sel)
        self.dateline: P.Dateline | None = None
        self.dateline_idx: int | None = None
        self.inline_credit: str | None = None
        self.body_start: int | None = None
        self.body_end: int | None = None
        self._zones: dict[etree._Element, str | None] = {}
        self._split_inline_credit()

    def zone(self, el: etree._Element) -> str | None:
        return zone(el, self._zones)

    # ------------------------------------------------------------------ anchors
    def _split_inline_credit(self) -> None:
        """``Фото:pixabayАлматы. 20 апреля. …``: a credit glued to the first body line.

        The credit is cut off the line (the DOM tells where when the credit has an element
        of its own), so the dateline and the body start clean.
        """
        tried = 0
        for i, text in enumerate(self.clean):
            if not PHOTO_LABEL.match(text):
                continue
            tried += 1
            if tried > 3:  # the glued credit is near the top; don't scan a page of credits
                return
            credit_text = next((t for t in (P.clean_text(element_text(el))
                                            for el in self.lines[i].element.iterdescendants())
                                if PHOTO_LABEL.match(t) and len(t) < len(text)), None)
            if credit_text:
                rest = text[len(credit_text):].strip() if text.startswith(credit_text) else ""
                credit = P.photo_credit(credit_text)
            else:
                credit = _uncamel(P.photo_credit(text))
                rest = text.split(credit, 1)[1].strip() if credit and credit in text else ""
            if credit and rest:
                self.inline_credit, self.clean[i] = credit, rest
                return

    def _find_dateline(self, start: int = 0, stop: int | None = None) -> None:
        stop = len(self.lines) if stop is None else stop
        for i in range(start, stop):
            dl, rest = P.split_dateline(self.clean[i])
            if dl and rest:
                self.dateline, self.dateline_idx = dl, i
                self.clean[i] = rest
                return

    # ------------------------------------------------------------------ fields
    def title(self) -> None:
        o = self.out
        if o.put("title", strip_site_suffix(P.clean_text(jsonld.text_of(self.ld.get("headline")))),
                 "jsonld:headline"):
            return
        if o.put("title", strip_site_suffix(P.clean_text(self.meta.get("og:title"))),
                 "meta:og:title"):
            return
        found = css_first(self.sel, TITLE_CSS)
        if found and o.put("title", text_of(found[0]), f"css:{found[1]}"):
            return
        h1 = [h for h in self.sel.css("body h1") if self.zone(h.root) is None]
        if len(h1) == 1 and o.put("title", text_of(h1[0]), "css:h1"):
            return
        # The last heading above the dateline.
        if self.dateline_idx is not None:
            for i in range(self.dateline_idx - 1, -1, -1):
                tag = self.lines[i].element.tag
                if (tag in {"h1", "h2", "h3", "h4"} and self.zone(self.lines[i].element) is None
                        and o.put("title", self.clean[i], f"text:{tag}-before-dateline")):
                    return
        o.put("title", strip_site_suffix(P.clean_text(self.sel.xpath("//title/text()").get())),
              "text:title-tag")

    def body(self) -> None:
        found = css_first(self.sel, BODY_CSS)
        container = found[0].root if found else None
        if container is not None:
            idx = [ln.index for ln in self.lines if is_inside(ln.element, container)]
            if idx:
                if self.dateline_idx is None:
                    self._find_dateline(idx[0], idx[-1] + 1)
                start = self.dateline_idx if self.dateline_idx in idx else idx[0]
                paras = self._collect(start, idx[-1] + 1)
                if paras and self.out.put("body", paras, f"css:{found[1]}"):  # type: ignore[index]
                    return
        if self.dateline_idx is None:
            self._find_dateline()
        if self.dateline_idx is not None:
            paras = self._collect(self.dateline_idx, len(self.lines))
            if self.out.put("body", paras, "text:dateline-block"):
                return
        article_body = jsonld.text_of(self.ld.get("articleBody"))
        if article_body:
            paras = [p for p in re.split(r"\n\s*\n|\r?\n", article_body) if p.strip()]
            if paras:
                dl, rest = P.split_dateline(P.clean_text(paras[0]))
                if dl:
                    self.dateline, paras[0] = dl, rest
                if self.out.put("body", paras, "jsonld:articleBody"):
                    return
        self._densest_block()

    def _collect(self, start: int, stop: int) -> list[str]:
        """Body paragraphs from ``start`` until the source line or the links block."""
        paras: list[str] = []
        for i in range(start, stop):
            line, text = self.lines[i], self.clean[i]
            if not text:
                continue
            where = self.zone(line.element) if i != self.dateline_idx else None
            if where == "boundary":
                self.body_end = i
                break
            if where == "noise" or is_share_line(text) or RATES_LINE.match(text):
                continue
            if TAGS_LABEL.match(text) or (text.startswith("#") and all(
                    w.startswith("#") for w in text.replace(",", " ").split())):
                linked = [P.clean_text(element_text(a)).lstrip("#") for a in line.links]
                self.out.put("tags", P.split_tags(linked or [TAGS_LABEL.sub("", text)]),
                             "text:tags-line")
                self.body_end = i
                break
            if PHOTO_LABEL.match(text) and len(text) < 80:  # a photo's credit inside the body
                self.out.put("photo_credit", P.photo_credit(text), "text:credit-line")
                continue
            if BODY_END.match(text) or self._heads_links(i):
                self.body_end = i
                break
            source = P.source_from_line(text)
            if source:
                self.out.put("source", source, "text:source-line")
                self.body_end = i
                break
            if paras and self._is_link_line(line, text):
                self.body_end = i
                break
            if not paras:
                self.body_start = i
            paras.append(text)
        else:
            self.body_end = stop
        return paras

    def _heads_links(self, i: int) -> bool:
        """A heading followed by a line of article links: a links block's title."""
        if self.lines[i].element.tag not in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            return False
        nxt = next((j for j in range(i + 1, min(i + 4, len(self.lines))) if self.clean[j]), None)
        return nxt is not None and self._is_link_line(self.lines[nxt], self.clean[nxt])

    def _is_link_line(self, line: Line, text: str) -> bool:
        """A line that is a badge or one link to another article: the headline block starts."""
        first, _, rest = text.partition(" ")
        if text.lower() in BADGES:
            return True
        links = [a for a in line.element.iter("a") if P.article_id(a.get("href") or "")]
        if not links:
            return False
        link_text = P.clean_text(" ".join(element_text(a) for a in links))
        return link_text == text or (first.lower() in BADGES and link_text == rest)

    def _densest_block(self) -> None:
        """Last resort: the block with the most paragraph text."""
        best, best_len = None, 0
        for el in self.root.iter("div", "article", "section", "main", "td"):
            if self.zone(el):
                continue
            size = sum(len(P.clean_text(element_text(p))) for p in el.findall("p"))
            if size > best_len:
                best, best_len = el, size
        if best is not None:
            idx = [ln.index for ln in self.lines if is_inside(ln.element, best)]
            if idx:
                self.out.put("body", self._collect(idx[0], idx[-1] + 1), "text:densest-block")

    def _region(self) -> list[int]:
        """Line numbers between the headline and the body: credit and the info line live here."""
        end = next((i for i in (self.dateline_idx, self.body_start) if i is not None),
                   len(self.lines))
        title = self.out.values.get("title")
        start = max(0, end - 8)
        for i in range(end - 1, -1, -1):
            if title and self.clean[i] == title:
                start = i + 1
                break
        return [i for i in range(start, end) if self.clean[i] and self.zone(self.lines[i].element)
                is None]

    def info_line(self) -> P.InfoLine | None:
        parts = [self.clean[i] for i in self._region()
                 if not self.clean[i].lower().startswith(("фото", "photo"))]
        for i in range(len(parts)):
            info = labelled_info(" | ".join(parts[i:])) or P.parse_info_line(" ".join(parts[i:]))
            if info:
                return info
        return None

    def published(self) -> None:
        o = self.out
        raw = jsonld.text_of(self.ld.get("datePublished"))
        if raw and o.put("published", P.parse_date_text(raw), "jsonld:datePublished"):
            return
        for name in ("article:published_time", "datePublished", "pubdate", "publishdate"):
            if o.put("published", P.parse_date_text(self.meta.get(name) or ""),
                     f"meta:{name}"):
                return
        found = css_first(self.sel, DATE_CSS)
        if found:
            value = found[0].root.get("datetime") or found[0].root.get("content") or text_of(
                found[0])
            if o.put("published", P.parse_date_text(value), f"css:{found[1]}"):
                return
        for t in self.sel.css("time[datetime]"):
            stamp = t.root.get("datetime") or ""
            if self.zone(t.root) is None and o.put(
                    "published", P.parse_date_text(stamp), "css:time[datetime]"):
                return
        info = self.info_line()
        if info and info.date and o.put("published", info.date, "text:info-line"):
            return
        if self.dateline:
            inferred = P.infer_year(self.dateline.day, self.dateline.month, self.hints,
                                    self.today)
            if inferred:
                o.put("published", inferred[0], "text:" + inferred[1])
                return
        # No date on the page at all (a script was to fill it in): the listing's date.
        listing = next((d for label, d in self.hints if label == "listing"), None)
        o.put("published", listing, "listing-date")

    def scalar_fields(self) -> None:
        """Views, category, tags, credit: JSON-LD/meta, then site CSS, then the info line."""
        o, ld = self.out, self.ld
        o.put("category", P.clean_text(jsonld.text_of(ld.get("articleSection"))),
              "jsonld:articleSection")
        o.put("category", P.clean_text(self.meta.get("article:section")),
              "meta:article:section")
        o.put("tags", P.split_tags(jsonld.strings_of(ld.get("keywords"))), "jsonld:keywords")
        o.put("tags", P.split_tags(self.meta.all("article:tag")), "meta:article:tag")
        stat = ld.get("interactionStatistic")
        if isinstance(stat, dict):
            o.put("views", P.parse_views(str(stat.get("userInteractionCount", ""))),
                  "jsonld:interactionStatistic")
        for name, chain in (("views", VIEWS_CSS), ("category", CATEGORY_CSS)):
            found = css_first(self.sel, chain)
            if found:
                value: Any = text_of(found[0])
                if name == "views":
                    value = P.parse_views(value)
                o.put(name, value, f"css:{found[1]}")
        found = css_first(self.sel, TAGS_CSS)
        if found:
            o.put("tags", P.split_tags(text_of(a) for a in self.sel.css(found[1])
                                       if self.zone(a.root) != "boundary"), f"css:{found[1]}")
        self._linked_taxonomy()
        info = self.info_line()
        if info:
            o.put("views", info.views, "text:info-line")
            o.put("category", info.category, "text:info-line")
            o.put("tags", info.tags, "text:info-line")
        self._rubric_fallbacks()
        self.credit()

    def _rubric_fallbacks(self) -> None:
        """The category as the last breadcrumb (JSON-LD BreadcrumbList or a breadcrumb
        block) or a ``Рубрика: X`` line anywhere on the page."""
        if "category" in self.out.values:
            return
        title = (self.out.values.get("title") or "").casefold()
        crumbs = jsonld.breadcrumb_names(self.sel)
        rule = "jsonld:BreadcrumbList"
        if not crumbs:
            rule = "css:breadcrumb"
            for block in self.sel.xpath('//*[contains(@class, "breadcrumb") or '
                                        'contains(@class, "crumbs") or '
                                        'contains(@id, "breadcrumb")]')[:1]:
                crumbs = [text_of(x) for x in block.xpath(".//a | .//span[not(.//a)]")]
        # the last crumb is often the (maybe truncated) headline itself: not a rubric
        names = [c for c in crumbs if c and len(c) <= 40 and c.casefold() not in HOME_CRUMBS
                 and not title.startswith(c.casefold().rstrip(".… "))
                 and c not in {"/", "»", "›", ">"}]
        if names and self.out.put("category", names[-1], rule):
            return
        for text in self.clean:
            match = RUBRIC_LINE.match(text)
            if match and self.out.put("category", match.group(2).strip(), "text:rubric-line"):
                return

    def _linked_taxonomy(self) -> None:
        """Tag and rubric links by their URL shape: tags anywhere but inside body paragraphs
        and menus; a rubric only in the lines between the headline and the body."""
        line_of = {a: line.index for line in self.lines for a in line.links}
        body = range(self.body_start or 0, self.body_end or 0)
        region = set(self._region())
        tags, category = [], None
        for a in self.sel.xpath("//body//a[@href]"):
            href, where = (a.root.get("href") or ""), line_of.get(a.root, -1)
            if where in body or self.zone(a.root) == "noise":
                continue
            if TAG_HREF.search(href) and "category" not in (a.root.get("rel") or ""):
                tags.append(text_of(a).lstrip("#"))
            elif category is None and CATEGORY_HREF.search(href) and where in region:
                category = text_of(a)
        self.out.put("tags", P.split_tags(tags), "css:a[href*=tag]")
        self.out.put("category", category, "css:a[href*=category]")

    def credit(self) -> None:
        if self.inline_credit:
            self.out.put("photo_credit", self.inline_credit, "text:credit-inline")
        found = css_first(self.sel, CREDIT_CSS)
        if found:
            text = text_of(found[0])
            self.out.put("photo_credit", P.photo_credit(text) or None, f"css:{found[1]}")
        for i in self._region():
            if self.out.put("photo_credit", P.photo_credit(self.clean[i]), "text:credit-line"):
                return

    def source(self) -> None:
        if "source" in self.out.values:
            return
        for i in range(self.body_end or 0, min(len(self.lines), (self.body_end or 0) + 3)):
            if self.out.put("source", P.source_from_line(self.clean[i]), "text:source-line"):
                return
        paras = self.out.values.get("body") or []
        if paras:
            self.out.put("source", P.source_from_lead(P.clean_text(paras[0])), "text:lead")

    def images(self) -> None:
        urls = jsonld.image_urls(self.ld.get("image"))
        rule = "jsonld:image" if urls else ""
        og = self.meta.get("og:image")
        if og and og not in urls:
            urls.append(og)
            rule = rule or "meta:og:image"
        scope = self._article_scope()
        if scope is not None:
            for img in scope.iter("img"):
                src = img.get("src") or img.get("data-src") or ""
                if not src or src.startswith("data:") or IMG_SKIP.search(src) or self.zone(img):
                    continue
                urls.append(src)
                rule = rule or "css:article img"
        absolute = list(dict.fromkeys(urljoin(self.url, u) for u in urls))
        self.out.put("image_urls", absolute, rule)

    def _article_scope(self) -> etree._Element | None:
        """The smallest element holding both the headline and the first body line."""
        if self.dateline_idx is None:
            return None
        title = self.out.values.get("title")
        head = next((ln.element for ln, t in zip(self.lines, self.clean, strict=True)
                     if title and t == title), None)
        target = self.lines[self.dateline_idx].element
        if head is None:
            return target.getparent()
        for node in ancestors(head):
            if is_inside(target, node):
                return node
        return None

    def related(self) -> None:
        own = P.article_id(self.url)
        seen: set[str] = set()
        links: list[dict[str, Any]] = []
        body_lines = set(range(self.dateline_idx or 0, self.body_end or 0))
        body_elements = {self.lines[i].element for i in body_lines}
        for a in self.sel.xpath("//body//a[@href]"):
            raw = a.root.get("href") or ""
            aid = P.article_id(raw)  # on the raw href first: most links are not articles
            if not aid or aid == own or aid in seen:
                continue
            if a.root.getparent() in body_elements or self.zone(a.root) == "noise":
                continue
            seen.add(aid)
            title = text_of(a)
            badge = _badge_before(a.root)
            lang = ("kk" if badge == "kz" else badge) if badge in BADGES else P.detect_lang(title)
            links.append({"url": P.canonicalize_url(urljoin(self.url, raw)), "id": aid,
                          "title": title, "lang": lang})
        self.out.put("related", links, "css:a[href*=-u]")

    def identity(self) -> None:
        o = self.out
        for value, rule in ((meta.canonical(self.sel), "meta:canonical"),
                            (self.meta.get("og:url"), "meta:og:url"),
                            (jsonld.text_of(self.ld.get("url")), "jsonld:url")):
            if value and P.article_id(urljoin(self.url, value)) == P.article_id(self.url):
                o.put("canonical_url", P.canonicalize_url(urljoin(self.url, value)), rule)
        o.put("canonical_url", P.canonicalize_url(self.url), "url")
        hint = (jsonld.text_of(self.ld.get("inLanguage")) or self.meta.get("og:locale")
                or meta.html_lang(self.sel))
        sample = " ".join([o.values.get("title", "")] + list(o.values.get("body") or [])[:5])
        lang = P.detect_lang(sample, hint)
        o.put("lang", lang, "text:script" if P.detect_lang(sample) else "meta:lang-hint")
        if self.dateline:
            o.put("dateline_place", self.dateline.place, "text:dateline")

    def extract(self) -> Extracted:
        self._find_dateline()
        self.title()
        self.body()
        self.published()
        self.scalar_fields()
        self.source()
        self.images()
        self.related()
        self.identity()
        return self.out


def extract_article(html: str | bytes, url: str, hints: Sequence[tuple[str, date]] = (),
                    today: date | None = None) -> Extracted:
    """Run every field chain on one page: raw values plus the rule behind each.

    ``hints`` are dates known from elsewhere (``("listing", d)``, ``("ids", d)``), used
    only when the page itself has nothing but a year-less dateline.
    """
    return ArticlePage(html, url, hints, today).extract()

