"""Only the crawled site is contacted: no look-ups that libraries would make on their own.

Scrapy's cookie middleware asks tldextract whether a cookie's ``Domain`` is a public suffix.
Left to its defaults, tldextract downloads the public-suffix list from the internet the first
time it is asked (and again whenever its cache expires) — so any site that sets a cookie with a
domain, a DDoS-protection challenge among them, would make the crawler contact hosts nobody
asked it to. The :class:`NoThirdPartyFetches` add-on points the middleware at the list that
ships inside tldextract, read from disk, never refreshed over the network.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares import cookies
from tldextract import TLDExtract


def bundled_suffix_splitter() -> TLDExtract:
    """A splitter that only reads tldextract's bundled snapshot (no URLs, no cache writes)."""
    return TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True,
                      include_psl_private_domains=True)


class NoThirdPartyFetches:
    """Add-on: swap the cookie middleware's public-suffix splitter for an offline one."""

    def update_settings(self, settings: Any) -> None:
        current = getattr(cookies, "_split_domain", None)
        if not (isinstance(current, TLDExtract) and current.suffix_list_urls == ()):
            cookies._split_domain = bundled_suffix_splitter()
