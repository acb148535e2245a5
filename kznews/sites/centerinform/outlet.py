"""ic24.kz (Центр информации / Information Center): the outlet's facts, in one package.

Here: its hosts, listing path, ids, time zone, agency and site names, and the selectors
tried on its pages. Beside it: ``words.py`` (the words and shapes of its page text, and the
lines inside the text that are no text) and ``signs.py`` (the labels, classes and attributes
that mark a field). Generic code (``kznews.extract``, ``kznews.processors``) takes these as
parameters; the spider, the renderer and the report read them from here. Selectors are
guesses (nobody here has seen the live HTML): each list is tried in order and may stop
matching.
"""

from __future__ import annotations

import re
from functools import lru_cache
from zoneinfo import ZoneInfo

from kznews import processors as P
from kznews.extract.index import MEMOS

NAME = "centerinform"
HOSTS = frozenset({"ic24.kz", "www.ic24.kz"})
"""The outlet's own hosts: a copy served elsewhere may keep absolute links to them."""
LISTING_PATH = "/novosti"
TIMEZONE: ZoneInfo = P.ALMATY
"""Asia/Almaty: UTC+6 until 2024-03-01, UTC+5 since."""

# ``/news/<slug>-u<N>``: the id is the stable key (ru and en share one sequence).
ID_SEGMENT = re.compile(r"(?:^|.*-)(?P<id>u[0-9]+)(?:\.html?)?", re.IGNORECASE | re.DOTALL)
# Cheap test on a raw href before any URL parsing: most links of a page are not articles.
# A class, not re.I: the regex engine scans for a case-blind letter position by position.
ID_HINT = re.compile(r"[uU][0-9]")
# The outlet's own name, which may follow the dateline: ``Алматы. 16 апреля. Центр информации -``.
AGENCY = (r"(?i:центр\s+информации|information\s+cent(?:er|re)|ақпарат\s+орталығы|"
          r"aqparat\s+ortaly(?:ğ|ǵ|g['’ʼ]?)y)")
"""Kazakh also in Latin letters: 2021 ``Aqparat ortalyğy``, 2018 ``ortalyg'y``/``ortalyǵy``,
plain ``ortalygy``."""
BRAND_TOKEN = r"ic24|centerinform"
"""The outlet's short name as a file or class name holds it (``og-ic24.jpg``)."""
SITE_SUFFIX = re.compile(rf"{AGENCY}|информационный\s+центр|ic24", re.I)
"""The site name a ``<title>``/og:title carries before or after the headline, in any of the
outlet's languages (the agency's name, as the dateline names it)."""
SITE_ABBREVIATION = re.compile(r"ЦИ|ИЦ|IC|ІЦ")
"""The outlet's initials as a ``<title>``/og:title affix (``ИЦ: Headline``, ``Headline — ЦИ``):
a site name only as a whole affix (fully matched, case kept), never inside a word."""
MAX_AFFIX = 50  # characters: a site name or an SEO tail beside a headline
MASTHEAD_CLASS = re.compile(r"logo|brand|site-?name|site-?title|masthead|sitename", re.I)
"""The box holding the site's name in a page's header (``<h1 class="logo">``,
``<div class="site-branding"><h1>``): a heading in it is not the article's headline."""
MASTHEAD_DEPTH = 3  # the heading itself and two boxes around it
SITE_NAME = re.compile(rf"\W*(?:{SITE_SUFFIX.pattern})(?:\.kz)?\W*", re.I)
"""A text that is the site's name and nothing else (fully matched)."""
TITLE_CLASS = re.compile(
    r"(?:e|con|entry|post|article|news|story|page|material|item|node|content|single)?[-_]?"
    r"(?:full[-_]?)?(?:title|heading|headline)", re.I)
"""A class token naming the headline's element on a CMS that prints it in a ``<div>``
(uCoz ``eTitle``, InstantCMS ``con_heading``, WordPress ``entry-title``, Ghost
``article-title``); a block's title (``blocktitle``, ``related_title``) does not match."""

# The currency widget's text, wherever a script put it: "• USD/KZT 471.25 | EUR/KZT 0.0".
WIDGET_LINE = re.compile(r"^(?:[\s•|·,;-]*[A-Z]{3}\s*/\s*KZT\s*[:=]?\s*[\d.,]*)+[\s•|·,;-]*$")
WIDGET_EDGE = re.compile(r"^(?:[•|·\s]*[A-Z]{3}/KZT\s*[\d.,]+)+\s*|"
                         r"\s*(?:[•|·\s]*[A-Z]{3}/KZT\s*[\d.,]+)+\s*$")
"""Rates glued to the start or end of a line of text."""
LANG_BADGES = {"ru": "ru", "рус": "ru", "ру": "ru", "rus": "ru", "en": "en", "eng": "en",
               "англ": "en", "kk": "kk", "kz": "kk", "қаз": "kk", "каз": "kk", "qaz": "kk",
               "kaz": "kk"}
"""The badge printed before each link of the headline block (lower-case), and its language."""

# --- selectors, first match wins ---
TITLE_CSS = ("h1.news-title", ".news-detail h1", "h1[itemprop=headline]", ".article__title",
             "[itemprop=headline]")
# The text's container: the outlet's own guesses, then what marks it semantically on any CMS
# (schema.org microdata, RDFa: Drupal's ``property="content:encoded"``), then CMS classes
# (Drupal, WordPress, uCoz's ``eMessage``, InstantCMS's ``con_text``, Ghost's ``gh-content``).
BODY_CSS = (".news-text", ".news-detail-text", "[itemprop=articleBody]",
            '[property~="schema:articleBody"]', '[property~="content:encoded"]',
            ".field-name-body", ".field--name-body", ".article__body", ".article-body",
            ".article-text", ".detail-text", ".entry-content", ".post-content", ".eMessage",
            ".con_text", ".gh-content", ".post-full-content", ".available-content")
DATE_CSS = (".news-info .date", ".news-date", ".article__date", "[itemprop=datePublished]")
VIEWS_CSS = (".news-info .views", ".views", ".article__views", "[class*=view-count]",
             "[class*=views]")
CATEGORY_CSS = (".news-info .category", "a.category", ".article__category", "a[rel~=category]")
TAGS_CSS = (".news-info .tags a", ".tags a", ".article__tags a", "a[rel=tag]")
CREDIT_CSS = (".photo-credit", ".news-photo .credit", "[class*=credit]", "figcaption")

# Rules that mean the page no longer looks like the outlet we know: logged, counted, and
# in the report's drift alert.
LAST_RESORT: dict[str, tuple[str, ...]] = {
    "title": ("text:title-tag",),
    "body": ("text:densest-block",),
    "published": ("text:dateline+crawl",),
}


@lru_cache(maxsize=16_384)
def article_id(url: str) -> str | None:
    """``u<N>`` from the last path segment (``…-u45694``, ``u45694``, ``….html``), else None.

    Memoised: every page repeats the links of its sidebar and headline block."""
    return P.path_id(url, ID_SEGMENT)


MEMOS.append(article_id.cache_clear)


def canonical_url(url: str) -> str:
    """``P.canonicalize_url`` knowing which paths are articles (no trailing slash on them)."""
    return P.canonicalize_url(url, ID_SEGMENT)


DATELINE_AGENCY = rf"(?:{AGENCY}|{SITE_ABBREVIATION.pattern})"
"""The outlet as a dateline names it: its name or its initials (``ALMATY, Nov. 30 (IC) —``);
any other agency there is the story's source."""


AGENCY_SPELLINGS = {"казтаг": "КазТАГ", "kaztag": "КазТАГ", "kazinform": "Kazinform"}
"""Agencies the outlet names (``Источник: КазТАГ``, ``передает Kazinform``), by their letters in
lower case in either script: a dateline printing one in capitals (``ALMATY, KAZTAG –``) is
recorded as the outlet spells it; the outlet's source line keeps ``КазТАГ`` on English pages."""


def split_dateline(paragraph: str) -> tuple[P.Dateline | None, str]:
    return P.split_dateline(paragraph, DATELINE_AGENCY, AGENCY_SPELLINGS)


_NAMES_OUTLET = re.compile(rf"(?<![^\W\d_]){DATELINE_AGENCY}(?![^\W\d_])")


def names_outlet(text: str) -> bool:
    """``text`` holds the outlet's name or initials as a dateline prints them."""
    return _NAMES_OUTLET.search(text) is not None


def split_wire_lead(paragraph: str) -> tuple[P.Dateline | None, str]:
    return P.split_wire_lead(paragraph, DATELINE_AGENCY, AGENCY_SPELLINGS)


def photo_credit(text: str, own_name: bool = False) -> str | None:
    return P.photo_credit(text, AGENCY, own_name)


def caption_credit(text: str) -> str | None:
    return P.caption_credit(text, AGENCY)


def cut_caption_credit(text: str) -> str:
    return P.cut_caption_credit(text, AGENCY)
