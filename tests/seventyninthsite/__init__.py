"""A seventy-ninth copy of ic24.kz: the outlet as a Wix site (its Blog app, server-rendered).

Guesses this copy makes, each from SITE.md read as a Wix site would show it:

- Markup: generated ids and classes (``comp-kx2abc``, ``_1Q9if``), ``wixui-rich-text`` blocks
  with ``data-testid="richTextElement"``, the post in ``div[data-id="content-viewer"]`` whose
  ``<p class="mm8Nw _1j-51 …">`` paragraphs are runs of ``<span style="…">``, empty Wix lines
  (``<p><span>&nbsp;</span></p>``) between paragraphs, a huge ``<script id="wix-warmup-data">``
  JSON and a JSON-LD ``BlogPosting`` whose ``datePublished`` is UTC (``…Z``).
- URLs: Wix blogs live at ``/post/<slug>``; this site renamed the prefix to ``news`` and kept
  the outlet's migrated slugs (``<slug>-u<N>``), so articles stay at ``/news/<slug>-u<N>``;
  an old ``/post/<slug>-u<N>`` answers 301 to it, as does any other slug of the same id. The
  blog feed is mounted at ``/novosti`` and paginates Wix's way, ``/novosti/page/N``.
- Post header: author, the Wix date (``20 апр. 2023 г.`` on ru/kk pages, ``Apr 20, 2023`` on
  English ones) and ``2 мин. чтения`` / ``2 min read``; below the headline the photo
  (``wow-image`` with a ``static.wixstatic.com`` sized copy, credit ``Фото:gov.kz`` under it),
  then SITE.md's info line as a rich-text block (``20 Апреля 2023 683 Социум Алматы, аким,
  субботник``: date, views, ``/blog/categories/…`` link, ``/blog/tags/…`` links); after the
  text ``Источник: X``, Wix's tag list, ``683 просмотра`` / ``683 views``, share buttons and a
  "recent posts" block of badged (``ru``/``en``/``kk``) truncated headlines; the currency
  widget (``• USD/KZT 0.0 …``) in the header, a search form, a cookie banner, ads, counters,
  a "most read" box and a footer with contacts around it.
- Listing items are ``div.news_text`` blocks holding a relative ``a`` and a ``p`` date.

Pages that deviate (about a third, ``WixArticle.quirk``): ``no_ld`` (no JSON-LD, no clock
anywhere: day precision), ``credit_glued`` (the credit span runs straight into the dateline
inside the first paragraph: ``Фото:pixabayАлматы. 20 апреля.``), ``en_header`` (a Russian
page whose Wix header date is English), ``tags_footer_only`` (the info line has no tags; they
are only in Wix's tag list), ``views_footer_only`` (no count in the info line, only ``683
просмотра`` in the footer), ``source_quote`` (the ``Источник:`` line is a Wix blockquote).

Truth calls: ``published_at`` carries the clock of the JSON-LD stamp (in Asia/Almaty) when the
page has one, else midnight of the info line's day with ``day`` precision; ``category`` is
None on a page with no category link; ``tags`` are the tag links in page order; ``views`` is
None when the page shows no count; ``photo_credit`` None on a page without a photo;
``image_urls`` the photo once, at the largest of its sized copies the page names (the
srcset's 1480 px one: kznews's rule for one photo in many sizes; ``<img src>`` and
``og:image`` name the 740 px one); ``body`` the paragraphs without the dateline, the credit,
the empty lines and the ``Источник:`` line.
"""
