"""An eighty-first copy of ic24.kz: SITE.md read again, as the outlet after a 2025 rebuild as an
Astro static site styled with Tailwind utility classes (see ``templates`` for every guess).

Guesses about the markup:

- No semantic classes: Tailwind utilities (``text-sm text-gray-500``, ``prose prose-lg
  max-w-none``, ``text-[13px]``), scoped ``astro-XXXXXXXX`` tokens and ``data-astro-cid-…``
  attributes. The one class kept from the old site is ``news_text`` on listing items (SITE.md's
  scraper read it), each holding a relative ``a`` and a ``p`` with the date.
- The currency widget and the views counter and share buttons are ``<astro-island>`` elements
  whose props are escaped JSON in Astro's ``[type, value]`` form; the server-rendered fallback
  of the currency island prints ``• USD/KZT 0.0 • …`` and the counter prints the count.
- The info line is a flex row: the date, the counter island, the rubric link, the tag links
  joined by ", " (its text reads ``20 Апреля 2023 683 Социум Алматы, аким, субботник``).
  Dates are ``<time datetime>`` on some pages (the local moment with its offset, or, on others,
  the UTC instant as JavaScript's ``toISOString`` writes it, ``…T18:00:00.000Z``) and plain text
  on the rest. English pages write English months (``2 August 2021``, a few ``August 2, 2021``),
  Kazakh pages ``2021 жылғы 16 сәуір``.
- Photos go through Astro's image service: ``/_astro/photo.HASH_Z….webp`` with a ``srcset``
  of widths; the ``src`` is also the widest candidate. The credit ``Фото:gov.kz`` (no space) is a
  figcaption, on some pages an overlay right before the dateline, on a few ``Фото: gov.kz``.
- The body is ``<div class="prose …">`` (``<article class="prose …">`` on some pages) of ``<p>``;
  the first starts with the dateline ``Алматы. 16 апреля. Центр информации - `` (inside a
  ``<strong>`` on some pages); Russian pages end with a paragraph holding only a no-break space;
  some pages carry an ad block and an empty paragraph between paragraphs.
- ``Источник: X`` after the text (a link on some pages); the ``ru``-badge headline block
  ("Последние новости", headlines cut short), a "most read" block, a cookie banner, a search
  form, ad slots, a counter and a footer with contacts around it.
- Listing: Astro's static pagination, ``/novosti`` then ``/novosti/2/``, ``/novosti/3/`` …;
  SITE.md's ``/novosti?page=N`` is reconciled by a host redirect rule: it answers 301 to
  ``/novosti/N/`` (``?page=1`` and ``/novosti/1/``, ``/novosti/`` to ``/novosti``); a page past
  the last answers 404.
- About a third of the pages deviate: ``<html lang="ru">`` and ``og:locale`` ``ru_RU`` on
  English pages (the layout's constant), the UTC ``datetime``, the link source line, the
  ``<article>`` body, the ad inside the body, the overlay credit, a JSON-LD block, a
  typograph's no-break spaces after short words (``в\u00a0Алматы``) in headline and text, the
  count as ``toLocaleString("ru-RU")`` writes it (``1\u00a0965``) and Astro's ``<picture>`` with
  an AVIF ``<source>`` before the ``<img>`` (not in ``image_urls``).

Truth calls: ``category`` None and ``tags`` [] when the page shows no rubric or tags; ``views``
None when the counter island renders empty; ``published_at`` carries the clock only on pages
whose ``<time datetime>`` has one (plain-text dates are day precision, midnight Almaty);
``source`` is the ``Источник:`` name or the one the lead names; ``image_urls`` the photo's
``src``; ``body`` excludes the dateline, the ad, the empty and no-break-space paragraphs.
"""
