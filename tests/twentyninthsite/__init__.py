"""A twenty-ninth copy of ic24.kz whose facts live in metadata vocabularies and time stamps.

Most pages carry no JSON-LD and no ``og:`` date. The publication time is in Dublin Core
(``DC.date.issued``, ``DCTERMS.created``), ``citation_publication_date``, a Parse.ly
``parsely-page`` JSON and ``parsely-pub-date``, ``sailthru.date``, a ``<meta itemprop>`` in the
head, ``article:published_time`` in local time without offset or in UTC with ``Z`` and
milliseconds, Unix epochs (seconds or milliseconds) in ``data-timestamp``/``data-ts``/``data-time``
beside a relative text, an hAtom ``<abbr class="published">``, a ``<time>`` with text only, or a
Nuxt 2 ``window.__NUXT__`` state behind an empty server shell. ``dateModified``-style stamps
(later than publication) sit beside them and must not be read as the publication.

Relative stamps ("2 часа назад", "3 сағат бұрын", "an hour ago") appear on article pages: with
an absolute date elsewhere on the page (the absolute date wins) or alone. Alone, the reference
is the response's HTTP ``Date`` header, which the copy's server sends with a fixed value per
page: ``Date`` = the publication instant + the stated amount, to the second (seconds 0), so
the truth records the publication to the minute (precision ``minute``): the page states a time
of day, relative to a moment the response names exactly.

Tags and rubric are only in ``news_keywords``, repeated ``article:tag``, ``article:section``
or the Parse.ly JSON; ``<meta name="keywords">`` is the same site-wide list on every page (a
decoy, never the tags). Language is in ``og:locale``, the ``Content-Language`` header or a
``<meta http-equiv>``, and ``<html lang>`` lies on some pages (the content decides). Views are
only in a ``data-views`` attribute or ``<meta name="views">``.
"""
