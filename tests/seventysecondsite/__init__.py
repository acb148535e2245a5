"""A seventy-second copy of ic24.kz: the outlet as a Nuxt site over a Strapi CMS.

Guesses made from SITE.md alone:

- Every page is Vue SSR output: ``<div id="__nuxt"><div id="__layout">``, a ``data-v-…``
  scoped-style attribute on every element, ``nuxt-link-active`` anchors, client-only widgets
  (share buttons, comments, the view counter on some pages) left as ``<!---->``.
- Half the articles are Nuxt 2 (``window.__NUXT__=(function(a,b,…){return {…}}(…))``, the
  values passed as arguments), half Nuxt 3 (``<script type="application/json"
  id="__NUXT_DATA__">``, a flattened array of index references). The state holds the Strapi
  entry: title, slug, ``date`` (the day), ``publishedAt`` (UTC, only for stories with a clock),
  views, category, tags, the markdown ``content`` with its ``**Источник:**`` line.
- The body is Strapi markdown rendered into ``<div class="article-content">`` as ``<p>``s,
  the dateline opening the first one; ``Источник: X`` is its own paragraph after the text;
  the Russian seed keeps its no-break-space line, the English seed its homoglyph.
- Photos are Strapi formats: ``/uploads/large_photo_<hash>.jpg`` in ``<img src>`` and
  ``og:image``, ``medium_``/``small_`` in ``srcset``, ``thumbnail_`` in the listing.
- The info line under the headline: ``20 Апреля 2023`` (a ``<time datetime>`` in UTC when the
  story has a clock), the views, the rubric link, the tags links joined by ", ". English pages
  write English months (``2 August 2021``), Kazakh pages capitalised Kazakh months.
- Around the article: the currency widget (0.0), a search form, a cookie banner, ads,
  a "most read" block, the ``ru``-badged latest headlines, a footer with contacts.
- Listing ``/novosti`` (``?page=N``, 12 a page): ``.news_text`` items with a relative ``a``
  and a ``p`` holding the date.

About a third of the pages deviate: no rubric (truth ``category`` None), a client-only view
counter (``<!---->``, truth ``views`` None), the credit glued to the dateline
(``Фото:pixabayАлматы. …``), ``<strong>Источник:</strong>`` in the text, a lazy image
(``data-src``, a gif placeholder in ``src``), ``August 2, 2021`` on an English info line, a
no-break-space-spaced lead.

Truth calls: ``category`` None with no rubric, ``views`` None with no counter, ``photo_credit``
None on pages with no photo, ``image_urls`` the ``large_`` photo only, ``published_at`` the day
at 00:00 Almaty unless the story has a clock (then that minute, from ``<time datetime>``).
"""
