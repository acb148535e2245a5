"""``<meta>``/``<link>`` values: Open Graph, article:*, itemprop, canonical."""

from __future__ import annotations

from parsel import Selector


def meta(sel: Selector, *names: str) -> str | None:
    """First non-empty content of a meta tag matched by property, name or itemprop."""
    for name in names:
        for attr in ("property", "name", "itemprop"):
            value = sel.xpath(f'//meta[@{attr}="{name}"]/@content').get()
            if value and value.strip():
                return value.strip()
    return None


def meta_all(sel: Selector, name: str) -> list[str]:
    """Every non-empty content of a repeated meta tag (``article:tag``)."""
    values = sel.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content').getall()
    return [v.strip() for v in values if v.strip()]


def canonical(sel: Selector) -> str | None:
    value = sel.xpath('//link[@rel="canonical"]/@href').get()
    return value.strip() if value and value.strip() else None


def html_lang(sel: Selector) -> str | None:
    value = sel.xpath("/html/@lang").get()
    return value.strip() if value and value.strip() else None
