"""A fifty-fourth copy of ic24.kz: SITE.md read again, the outlet guessed as a 1C-Bitrix site.

Guesses (nothing here was seen on the live site):

- CMS: 1C-Bitrix "news portal" on one site ``s1`` (``<html lang="ru">`` on every page, English
  and Kazakh too; no ``og:locale``), ``BX.message``/``BX.setJSList`` scripts, composite-cache
  ``<!--'start_frame_cache_…'-->`` comments, ``X-Powered-CMS`` and ``P3P`` headers, a Bitrix
  robots.txt (``/bitrix/``, ``/search/``, ``?print=`` … disallowed; listing pages allowed).
- Listing: the section folder ``/novosti/`` (``/novosti`` and ``/`` answer 301 to it, query
  kept), ten ``news.list`` items a page: ``.news-item`` > ``.news_text`` with ``a`` (relative
  href) and ``p`` (the date, ``16 Апреля 2021``, ``2 August 2021`` on English stories, no
  clock), a ``resize_cache`` thumbnail and a preview text beside it; ``system.pagenavigation``
  (``.bx-pagination``) links page 1 as ``/novosti/`` and the others as
  ``/novosti/?PAGEN_1=N``; a page beyond the last answers 404.
- Article (``/news/<slug>-u<N>``, 301 from another slug): the site template's
  ``<h1 id="pagetitle">``, then ``bitrix:news.detail`` (``.news-detail.bx-newsdetail``): the
  ``/upload/iblock/`` detail picture, ``Фото:gov.kz`` under it (no space), the info line
  ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (date with the clock after it when the
  story has one, an eye icon and the count, the rubric link, the tags joined by ", "; each part
  but the date missing when the story has none), the detail text (dateline at the start of the
  first paragraph, in ``<b>`` on odd ids), a MORE_PHOTO gallery, the infoblock properties as the
  default template prints them (``Автор:&nbsp;…<br />``, ``Источник:&nbsp;X<br />``), the
  ``bitrix:main.share`` block, a banner, the "Последние новости" block (30 newest headlines
  with ``ru``/``en``/``kk`` badges, cut at 70 characters) and, on a few pages, two comments.
  Russian pages with a source line carry an empty ``<p>&nbsp;</p>`` before it.
- Every page: the currency widget (0.0), a top and a side banner (``/bitrix/rk.php``,
  ``/upload/rk/``), a ``bitrix:search.title`` form, a mobile menu, an app banner, a cookie
  banner, a "Популярное" box (five most read stories with counts and thumbnails), Telegram
  link, Yandex.Metrika (with its ``<noscript>`` pixel) and gtag, a footer with the contacts.
- Ru and Kazakh dates use the site's Russian locale (``20 Апреля 2023``); English pages
  English months (``2 August 2021``).
- A third of the generated stories carry an editor's formatting: a bold lead, a quotation
  in ``<blockquote>``, a ``<ul>`` list, a ``<table>``, a YouTube iframe, a photo gallery, an
  "updated at" note in italics, a "source in the akimat said:" paragraph in the middle, an
  Instagram embed. Some pages carry no-break spaces, zero-width spaces, homoglyphs or
  ``&laquo;``/``&nbsp;`` entities in justified paragraphs (``style="text-align: justify;"``);
  a few detail pictures are lazy-loaded (a placeholder ``src``, the file in ``data-src``).

Truth calls: ``body`` is the detail text's paragraphs without the dateline, joined by blank
lines; a list item is one paragraph, a table row one paragraph with its cells joined by a space,
the quotation and the "updated" note are paragraphs, embeds (video, Instagram), the gallery,
comments, properties, the share block and the headline block add nothing. ``source`` is the
``Источник:`` property, else the agency the lead names, else None (the author row and the
middle "source said" line are never the source). ``category`` None and ``tags`` [] on pages
without them, ``views`` None without the counter (0 when it shows 0), ``photo_credit`` None
without the ``Фото:`` line. ``published_at`` is the info line's day (and clock, precision
"minute") in Asia/Almaty. ``image_urls`` are the detail picture and the gallery's full-size
files (the ``href``, not the ``resize_cache`` thumbnail); no banner, counter or box picture.
"""
