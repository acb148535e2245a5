"""A sixty-second copy of ic24.kz: SITE.md read again, as a MODX Revolution 2.8 site.

The guesses, as an Almaty studio would set MODX up:

- One ``web`` context, friendly URLs without a suffix: the ``novosti`` container answers at
  ``/novosti`` (``/novosti/`` too), its resources at SITE.md's ``/news/<slug>-u<N>`` (an alias
  path set by a plugin; another slug 301s to the resource). ``/`` 302s to ``/novosti``. The
  template prints ``<base href="http://host/">`` and every link under it is relative
  (``news/…-u45694``, ``novosti?page=2``, ``tags/…``), as MODX templates do.
- ru and en live in that one context (a resource TV holds the language, not Babel contexts),
  so every page says ``<html lang="ru">`` and ``og:locale`` ``ru_RU``; the two known
  translations link each other ("English version" / "Русская версия").
- Listing: ``pdoPage`` + ``pdoResources``, 10 stories a page, ``?page=N`` (page 1 without
  it); each item a ``.news_item`` with a ``.news_text`` holding the relative ``a`` and a ``p``
  date ``16 Апреля 2021`` (English stories ``2 August 2021``); the pager is pdoPage's own
  ``<ul class="pagination">`` with « and ». ``?page=`` out of range answers 404.
- Article template (chunks): topline with the currency widget (``0.0`` until JS), header with
  the menu and a search form, a top banner, ``pdoCrumbs`` breadcrumbs, ``h1``, the lead photo
  as a phpThumbOf copy (``/assets/cache_image/assets/images/news/YYYY/MM/photo-u<N>_800x0_
  <hash>.jpg``, also in ``og:image``) with ``Фото:gov.kz`` under it, the info line
  ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (date; hits from a snippet behind an
  eye icon; the rubric TV as plain text; tagLister links ``/tags/<tag>`` joined by ", "),
  ``[[*content]]`` from TinyMCE in ``.news_content`` with the dateline
  (``Алматы. 16 апреля. Центр информации - ``) opening its first paragraph, the source TV
  ``Источник: X`` in ``.news-source`` after it, Ya.share buttons, an RTB ad slot, the "Лента
  новостей" block (12 newest stories, each headline cut at 70 characters after a ``ru``/``en``
  /``kk`` badge), TicketComments, a "Самое читаемое" sidebar with thumbnails and hit counts,
  the footer with contacts and counters, and a cookie banner.
- robots.txt names ``/sitemap.xml``, which this copy does not have (404); tag pages answer 404.

The deviations (every third generated story, and some known ones): ``time`` (the info line has
``, 14:35`` after the date: the truth has that minute), ``glued`` (the photo credit typed into
the first paragraph as plain text, ``Фото:pixabayАлматы. 20 апреля. …``), ``source_in_text``
(the source as ``<p><strong>Источник:</strong> <a>X</a></p>`` closing the content instead of
the TV), ``hits_nbsp`` (the hits printed ``1 315`` with a no-break space), ``no_rubric`` (no
rubric TV), ``messy`` (TinyMCE's justify/font-size spans, ``<p>&nbsp;</p>`` after every
paragraph, a zero-width space, named entities for quotes and dashes, ``&nbsp;`` in the
dateline), ``second_photo`` (a CKEditor ``<figure class="image">`` inside the text: its picture
is the second of ``image_urls``), ``comments`` (three TicketComments under the story),
``leading_zero`` (the info line's day as ``02``).

Truth calls: ``category`` is None on a page with no rubric; ``tags`` [] with none; ``views``
None where the hits snippet prints nothing; ``published_at`` is the day at midnight (Almaty)
unless the info line shows a time; ``image_urls`` are the article's own photos as the page
links them (not the listing's ``_360x240_`` thumbnails or the sidebar's); comments, the
"Лента новостей" block, the source line and the credit are not body; the Russian seed's
``<p>&nbsp;</p>`` before its source line is an empty paragraph, not text.
"""
