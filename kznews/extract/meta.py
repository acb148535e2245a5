"""``<meta>``/``<link>`` values: Open Graph, article:*, itemprop, canonical."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree
from parsel import Selector

from kznews.extract.markup import value_text


class MetaTags:
    """Every ``<meta>`` of a page, read once, by ``property``, ``name`` or ``itemprop``."""

    def __init__(self, sel: Selector) -> None:
        self.values: dict[str, list[str]] = {}
        self._add(tag.root for tag in sel.xpath("//meta[@content]"))

    @classmethod
    def from_elements(cls, elements: Iterable[etree._Element]) -> MetaTags:
        """From the page's ``<meta content>`` elements, already found by a page index."""
        tags = cls.__new__(cls)
        tags.values = {}
        tags._add(elements)
        return tags

    def _add(self, elements: Iterable[etree._Element]) -> None:
        # lxml's get() for one attribute: parsel's .attrib copies them all, and lxml refuses
        # attribute names with control characters that broken pages do contain.
        for tag in elements:
            content = (tag.get("content") or "").strip()
            if "<" in content:  # HTML in an attribute: read as HTML (its text only)
                content = value_text(content, entities=False).strip()
            if not content:
                continue
            for attr in ("property", "name", "itemprop"):
                key = tag.get(attr)
                if key:
                    self.values.setdefault(key.strip(), []).append(content)

    def get(self, *names: str) -> str | None:
        """First value of the first name present (``og:title``, ``article:published_time``)."""
        for name in names:
            found = self.values.get(name)
            if found:
                return found[0]
        return None

    def all(self, name: str) -> list[str]:
        """Every value of a repeated tag (``article:tag``)."""
        return list(self.values.get(name, []))


def canonical(sel: Selector) -> str | None:
    value = sel.xpath('//link[@rel="canonical"]/@href').get()
    return value.strip() if value and value.strip() else None


def html_lang(sel: Selector) -> str | None:
    value = sel.xpath("/html/@lang").get()
    return value.strip() if value and value.strip() else None


def get_caseless(tags: MetaTags, *names: str) -> tuple[str, str] | None:
    """(name, value) of the first of ``names`` present whatever its case: vocabularies such as
    Dublin Core are written ``DC.date.issued``, ``dc.date.issued`` or ``DCTERMS.created``."""
    folded = {key.casefold(): key for key in tags.values}
    for name in names:
        key = folded.get(name.casefold())
        if key is not None:
            return key, tags.values[key][0]
    return None
