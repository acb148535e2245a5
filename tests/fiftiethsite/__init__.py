"""A fiftieth copy of ic24.kz: structured data that disagrees with the page a reader sees.

43 articles (26 ru, 14 en, 3 kk) in one id sequence, 2020-2026, on both sides of 2024-03-01,
on one template of this copy's own (currency widget, headline, photo with ``Фото:credit``,
an info line of date, views behind an eye, rubric and tags in three orders/forms, dateline +
body, ``Источник:`` line, a ``Latest news`` block with language badges). Every article prints
structured data: OpenGraph/``article:*``/twitter meta always, and JSON-LD (one
``NewsArticle``; or ``Organization``+``WebSite``+``BreadcrumbList``+``NewsArticle`` as four
blocks; or one ``@graph``; or a "popular" sidebar printing ``NewsArticle`` JSON-LD of three
OTHER stories before or after the page's own; or JSON-LD broken by a trailing comma or an
unescaped quote) or microdata instead. On 2-4 pages each (``site.LD_FORMS``) it disagrees:
``datePublished`` naive (Almaty local) or in UTC ``Z`` (one on a day-only page, so midnight
Almaty is 18:00Z the day before; one at 03:40 local, the previous UTC day), ``dateModified``
two days later, ``article:published_time`` in ``+00:00``, the JSON-LD date and
``article:published_time`` the moment of an edit five days later; ``headline`` cut at 110
characters + ``…``, ``og:title`` with `` | Центр информации`` or `` - ic24.kz``,
``twitter:title`` (and ``inLanguage: ru-RU``) of the Russian version on an English page;
``articleBody`` a teaser, HTML, absent; ``keywords`` a string, a list, with the rubric first,
the site's default keywords on a page with no tags; ``articleSection`` a list
``["Новости", rubric]``; ``author`` the outlet (Organization) while ``Источник:`` names an
agency; ``image`` a string, a list with a crop the page never shows, an ImageObject with a
``creditText`` other than the page's credit, the outlet's logo (and ``og:image``) on pages
with no photo; ``interactionStatistic`` a third of the views the counter shows.

Truth calls (what a reader sees wins every time):
- ``published_at``: the visible date under the headline (with its time when shown) in Almaty
  time (UTC+6 before 2024-03-01, UTC+5 from then); the day-only pages are local midnight with
  precision ``day`` even when the structured data carries a time. On the edit pages the truth
  is the visible publication date, not the JSON-LD/meta date of the later edit.
- ``title``: the visible ``<h1>`` in full (never the cut ``headline``, never a suffixed
  ``og:title``, never the Russian ``twitter:title``); ``lang``: the page's text (``inLanguage``
  ``ru-RU`` on an English page is wrong).
- ``body``: the visible paragraphs, dateline cut, ``Источник:`` line and blocks out
  (``articleBody`` ignored whatever its form).
- ``source``: the page's ``Источник:`` (or the agency its lead names), never the JSON-LD
  ``author``/``publisher`` (the outlet).
- ``category``: the visible rubric (= BreadcrumbList's third crumb), not the list's first
  item; ``tags``: the visible tags only (no rubric, no site-default keywords, [] when the
  page shows none).
- ``views``: the visible counter, not a cached ``userInteractionCount``; null without one.
- ``photo_credit``: the visible ``Фото:`` credit (not ``creditText``); ``image_urls``: the
  photos in the article (not the logo, not the crops only the JSON-LD lists).
- The sidebar's ``NewsArticle`` blocks are other stories: nothing of them is this page's.
"""
