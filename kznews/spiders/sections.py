"""Listing sections of other languages and the other-language versions of articles.

A bilingual outlet lists each language in its own section (``/novosti``, ``/en/news``,
``/kz/zhanalyqtar``); the first page of every section names the others by ``hreflang`` or its
language switcher (:mod:`kznews.sites.centerinform.alternates`). A section of a language the
crawl keeps (``lang``) is walked like the main listing: its own pages, its own pager, its own
``max_pages`` bound and end-of-listing checks; at most one section per language, on the
crawled site only. A switcher's link whose only job is to switch the interface language
(``/locale/en``, ``/lang/en``, a bare ``/en``, ``/?lang=kk``: a redirect back, a language's home
page or a 404, never a list of news) is no section (``discovery/sections/language_switch``): the
language's own section (``/en/news``) is walked when a page names it. A section of a
language not kept is never requested (``discovery/sections/skipped_lang``), and the main
listing, when its page names its own language and that language is not kept, is read no
further than its first page.

An article page's own versions (``alternates``) are requested as its translations at the
article's own related-link hop, in the languages kept; a version reached that way does not
send the crawl on to the versions it names (the pages of one story name each other: one
step reaches all of them), so the step is bounded whatever the pages say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import scrapy
from scrapy.http import Response
from sortedcontainers import SortedList

from kznews import processors as P
from kznews.sites.centerinform.alternates import listing_sections
from kznews.sites.centerinform.datearchive import DateWalk
from kznews.spiders.ways import Ways

ALT_META = "kznews_alternate"  # request meta: reached as another article's version

# The path words and query names of a link that switches the interface language: Laravel's
# ``/locale/en`` and ``/lang/en`` routes, ``/set-language/kk``, Yii2's ``/site/language?lang=en``,
# ``?lang=kk``/``?locale=en``/``?hl=en`` on a page's own address.
_SWITCH_WORDS = frozenset({"locale", "locales", "lang", "language", "languages", "lng", "l",
                           "setlocale", "set-locale", "set_locale", "setlang", "set-lang",
                           "set_lang", "setlanguage", "set-language", "set_language",
                           "switch-lang", "switch-language", "change-language", "changelang",
                           "i18n"})
_SWITCH_PARAMS = frozenset({"lang", "locale", "language", "lng", "hl", "l", "setlang",
                            "set_language"})


# what may follow a language in a locale's name: a region (``kk-KZ``, ``es-419``) or a script
_LOCALE_TAIL = re.compile(r"[a-z]{2}|[0-9]{3}|latn|cyrl|arab|hans|hant")


def _language_word(word: str) -> bool:
    """Whether a path's word names a language alone (``en``, ``kk-kz``, ``ru_RU``,
    ``english``): not a language's news section named with it (``kazakh-news``,
    ``kz-lenta``, ``en-news``), which the lenient code reading would take for one."""
    head, *tail = re.split(r"[-_]", word)
    return bool(P.normalize_lang_code(head)) and \
        all(_LOCALE_TAIL.fullmatch(part) for part in tail)


def language_switch(url: str, here: str = "/") -> bool:
    """Whether ``url`` only switches the interface language: its path is language codes and
    switch words alone (``/locale/en``, ``/lang/kk``, ``/en``, ``/ru/``), or its query names
    only a language (``?lang=kk``) on the home page, ``here`` (the listing naming it), or a
    switch route (``/site/language?lang=en``). A language's section (``/en/news``,
    ``/kz/zhanalyqtar``) names more than its language and is none."""
    try:
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return False
    words = [unquote(w).strip().casefold() for w in parts.path.split("/") if w.strip()]
    path_langs = [w for w in words if _language_word(w)]
    only_switch = all(w in _SWITCH_WORDS or _language_word(w) for w in words)
    if query:
        if not all(k.casefold() in _SWITCH_PARAMS for k, _ in query) or \
                not any(P.normalize_lang_code(v) for _, v in query):
            return False
        home = not words or (parts.path.rstrip("/") or "/") == (here.rstrip("/") or "/")
        return home or only_switch or words[-1] in _SWITCH_WORDS
    return bool(path_langs) and only_switch


@dataclass
class Walk:
    """One listing section's walk: which pages it has seen and how far it has gone."""

    root: str  # the section's listing path: its pager's links count under it
    lang: str | None = None
    page_links: dict[int, str] = field(default_factory=dict)
    page_numbers: SortedList = field(default_factory=SortedList)  # the keys of page_links
    pages_requested: int = 0
    had_dates: bool = False  # any page of it showed dated entries
    sets: set[frozenset[str]] = field(default_factory=set)  # the list of each page read
    stale_pages: int = 0
    skipped_empty: bool = False  # the last page read was empty or a repeat, and the walk went on
    linked_to: int = 0  # the highest page number a page holding entries linked
    ascending: bool | None = None  # its list shows the oldest entries first (None: not known)
    dates: DateWalk = field(default_factory=DateWalk)  # its date archive, if any
    date_page_empty: bool = False  # the last date-archive page read showed no entries
    # Other ways into its news (kznews.spiders.otherways): the section whose `max_pages`
    # this walk spends (another listing walked instead of it), and what its first page named.
    owner: str | None = None
    ways: Ways | None = None


class SectionsMixin:
    """Mixin for :class:`kznews.spiders.centerinform.CenterinformSpider`."""

    args: Any
    listing_path: str
    walks: dict[str, Walk]
    lang_skipped: set[str]
    section_langs: dict[str, str | None]  # lang -> section key (None: not walked)

    def _inc(self, key: str, count: int = 1) -> None:
        raise NotImplementedError

    def listing_request(self, url: str, page: int, section: str = "") -> scrapy.Request:
        raise NotImplementedError

    def article_request(self, url: str, listing_date: Any = None, via: str = "listing",
                        hop: int = 0, lang_hint: str | None = None, late: bool = False,
                        alternate: bool = False) -> scrapy.Request | None:
        raise NotImplementedError

    def walk(self, section: str) -> Walk:
        """The walk of ``section`` ("" the main listing), made on first use (a request of
        another section restored from a JOBDIR queue)."""
        found = self.walks.get(section)
        if found is None:
            found = self.walks[section] = Walk(section or self.listing_path)
        return found

    def open_sections(self, response: Response, section: str) -> tuple[list[scrapy.Request],
                                                                        bool]:
        """Requests for the first pages of the sections a section's first page names, in the
        languages kept; and whether this section's own language is one not kept (its walk
        then ends here, once another section of a kept language is known)."""
        found = listing_sections(response.text, response.url)
        walk = self.walk(section)
        if found.own:
            walk.lang = walk.lang or found.own
            self.section_langs.setdefault(found.own, section)
        out = []
        for lang, url in found.others:
            if lang in self.section_langs:
                continue
            if lang not in self.args.langs:
                self.section_langs[lang] = None  # named, never walked
                self._inc("discovery/sections/skipped_lang")
                continue
            key = urlsplit(url).path or "/"
            if key in self.walks or key == self.listing_path:
                continue
            if language_switch(url, urlsplit(response.url).path):
                self._inc("discovery/sections/language_switch")
                continue
            self.section_langs[lang] = key
            self.walks[key] = Walk(key, lang)
            self._inc("discovery/sections/opened")
            out.append(self.listing_request(url, 1, key))
        kept = [k for lang, k in self.section_langs.items()
                if lang in self.args.langs and k is not None]
        foreign = bool(walk.lang and walk.lang not in self.args.langs and kept)
        return out, foreign

    def alternate_requests(self, links: list[dict[str, Any]], hop: int, response: Response
                           ) -> Iterator[scrapy.Request]:
        """Requests for an article's other-language versions in the languages kept, at its
        own hop; none from a page reached as a version. A version in a language not kept
        is not fetched by any other link of the page either (the switcher's own link is also
        a related link, its label too short to tell a language)."""
        kept = []
        for link in links:
            if link.get("lang") in self.args.langs:
                kept.append(link)
            elif link["id"] not in self.lang_skipped:
                self.lang_skipped.add(link["id"])
                self._inc("discovery/skipped/lang_hreflang")
        if response.meta.get(ALT_META):
            return
        for link in kept:
            req = self.article_request(link["url"], via="alternate", hop=hop,
                                       lang_hint=link.get("lang"), alternate=True)
            if req:
                yield req
