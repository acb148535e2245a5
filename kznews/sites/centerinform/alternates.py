"""A page's other-language versions: ``<link rel="alternate" hreflang>`` (and ``<a hreflang>``)
and a visible language switcher (``РУС | ҚАЗ | ENG`` in a ``lang-switcher`` box).

A bilingual outlet names the same story in its other languages this way, and the same
listing section (``/novosti``, ``/en/news``, ``/kz/zhanalyqtar``). Only links on the page's own
site count; ``x-default`` and languages other than ru/en/kk name no version.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from kznews import processors as P
from kznews.extract.markup import document_base, parse_page
from kznews.origin import rebase
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform.signs import SWITCHER_TOKEN
from kznews.sites.centerinform.words import LANG_LABELS

MAX_LABEL = 24  # characters: a longer link text is a headline, not a language's name


def label_lang(text: str | None) -> str | None:
    """The language a switcher's label names (``РУС``, ``Қаз``, ``ENG``, ``English``)."""
    label = " ".join((text or "").split()).strip(" .|/·•").casefold()
    if not label or len(label) > MAX_LABEL:
        return None
    return LANG_LABELS.get(label) or (P.normalize_lang_code(label) if "-" not in label
                                      and "_" not in label else None)


def hreflang_of(el: etree._Element) -> str | None:
    """``ru``/``en``/``kk`` of an element's ``hreflang`` (``ru-RU``, ``kz``); None for
    ``x-default`` and other languages."""
    return P.normalize_lang_code(el.get("hreflang"))


def switcher_boxes(classed: Iterable[etree._Element]) -> Iterator[etree._Element]:
    """Elements whose class or id names a language switcher, outermost first (their links
    are read once)."""
    seen: set[etree._Element] = set()
    for el in classed:
        names = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if not any(SWITCHER_TOKEN.fullmatch(n) for n in names):
            continue
        if any(parent in seen for parent in el.iterancestors()):
            continue
        seen.add(el)
        yield el


def switcher_links(box: etree._Element) -> Iterator[tuple[str, str]]:
    """(lang, href) of a switcher's links: by ``hreflang``/``lang``, else by their label."""
    for a in box.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        lang = hreflang_of(a) or P.normalize_lang_code(a.get("lang")) or label_lang(
            "".join(a.itertext()) or a.get("title"))
        if lang:
            yield lang, href


def declared(hreflang: Iterable[etree._Element], classed: Iterable[etree._Element]
             ) -> list[tuple[str, str]]:
    """(lang, href) the page names as its versions: ``hreflang`` links first, else its
    switcher."""
    found = [(lang, (el.get("href") or "").strip()) for el in hreflang
             if el.tag in ("link", "a") and (lang := hreflang_of(el)) and el.get("href")]
    if found:
        return found
    return [pair for box in switcher_boxes(classed) for pair in switcher_links(box)]


@dataclass
class Sections:
    """What a listing page says of its languages: its own (when it names it) and the other
    languages' listing sections, (lang, URL) on the page's site."""

    own: str | None = None
    others: list[tuple[str, str]] = field(default_factory=list)


def listing_sections(html: str, url: str) -> Sections:
    """The other-language sections a listing page links by ``hreflang`` or its switcher."""
    root = parse_page(html or "<html></html>").root
    base = document_base(root.iter("base"), url)
    hreflang = [el for el in root.iter("link", "a") if el.get("hreflang") is not None]
    classed = [el for el in root.iter(etree.Element)
               if el.get("class") is not None or el.get("id") is not None]
    here = O.canonical_url(url)
    canonical = next((O.canonical_url(urljoin(base, el.get("href") or "")) for el in
                      root.iter("link") if el.get("rel") == "canonical" and el.get("href")),
                     here)
    out = Sections()
    # both: a head naming one section by hreflang and a switcher naming the others
    pairs = declared(hreflang, ()) + declared((), classed)
    for lang, href in pairs:
        target = rebase(urljoin(base, href), url)
        if not target or O.article_id(target):
            continue
        target = O.canonical_url(target)
        if target in (here, canonical):
            out.own = out.own or lang
        elif (lang, target) not in out.others:
            out.others.append((lang, target))
    return out
