"""ic24.kz from SITE.md as a SvelteKit app rendered on the server (tests/sixtyseventhsite).

Guesses about such a build: ``<body data-sveltekit-preload-data="hover">`` and a
``<div style="display: contents">`` root; scoped classes ``svelte-xxxxxx`` on every element;
Svelte 5 hydration markers (``<!--[-->``, ``<!--]-->``, ``<!---->``) around blocks and text; the
page data of an article fetched from a headless API during SSR and inlined as
``<script type="application/json" data-sveltekit-fetched data-url="/api/news/u49120?locale=ru">``
(the response body a JSON *string* with ``published_at`` as a UTC ``…Z`` stamp), or on some pages
only in the ``__sveltekit_xxxx`` start script (devalue-like ``data: [null, {type: "data", …}]``);
``<html lang>`` set per locale by a handle hook (``ru``/``en``/``kk``) with ``og:locale`` to match.
Listing ``/novosti?page=N`` (10 a page) of ``.news_text`` items (an ``a`` and a ``p`` date); a
currency widget with 0.0 values, a cookie banner, a search form, share buttons, an ad slot,
counters' pixels, a "Самое читаемое" block with view counts, the ``ru``-badge "latest" block
after every article and a footer with contacts.

The article: currency widget · ``h1`` · the photo and its credit ``Фото:gov.kz`` (no space) ·
the info line ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (a ``<time>``, the count
after an eye icon, the rubric link, comma-separated tag links) · the text with the year-less
dateline ``Алматы. 16 апреля. Центр информации - `` · ``Источник: X`` · badges. English pages
print English months (``2 August 2021`` in the info line, ``Almaty. August 2.`` in the
dateline) and keep the Russian interface (``Источник:``); Kazakh pages print the info line with
the CMS's Russian months and their dateline in Kazakh. Seed pages carry their own hazards
(homoglyphs, no-break spaces) and a line holding only a no-break space after the text.

A third of the generated stories deviate in one way of their own (``Article.dev``): a time in
the info line (``20 Апреля 2023, 14:35``: precision minute), no rubric, no view counter, the
photo credit glued into the first paragraph before the dateline, a linked source, a lower-case
or English-order date, the data only in the start script, an English page left with
``<html lang="ru">``, no-break spaces/zero-width/homoglyphs and empty paragraphs, no dateline.

Truth calls: ``category`` None where no rubric is printed, ``views`` None where no counter is
printed, ``photo_credit`` None and ``image_urls`` [] on pages without a photo,
``dateline_place`` None without a dateline, ``published_at`` the info line's day at 00:00 Almaty
(day precision) unless the info line has a time, ``source`` from ``Источник:`` or the lead,
``body`` the clean paragraphs without dateline, credit, source line, widgets or blocks.
"""
