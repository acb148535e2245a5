"""An eighty-third copy of ic24.kz: SITE.md read as an Umbraco 8-13 (ASP.NET MVC) site.

Guesses about the markup (nobody has seen the live HTML):

- An information centre of a government body on Umbraco, built by a local integrator: Razor
  layout on the Bootstrap grid (``container`` / ``row`` / ``col-md-8`` + ``col-md-4`` sidebar),
  ``<html lang>`` set from the content's language (``ru``, ``en``, ``kk``), a trilingual
  switcher linking ``/kk/``, ``/ru/``, ``/en/`` (404 here), a toggle for the version for the
  visually impaired (a button, no link), a cookie banner, a search form and a subscribe form
  each with a ``__RequestVerificationToken`` hidden input, a currency widget whose values
  JavaScript fills (``USD/KZT 0.0``), Yandex.Metrika and a banner slot, breadcrumbs
  ``Главная / Пресс-центр / Новости``, a ``Самое читаемое`` sidebar with a views count per
  item, a footer with the address, phones and e-mail.
- The article view: ``h1.news-title`` in ``div.news-detail``; the photo credit
  ``Фото:gov.kz`` in ``div.photo-author`` under the photo; the info line
  ``div.news-info``: the date with a capitalised genitive month (``20 Апреля 2023``,
  ``2 August 2021`` on English pages, ``20 Сәуір 2023`` on Kazakh ones), then an eye icon and
  the views, the rubric link and the tags comma-separated; on pages with a time of day a
  ``div.news-meta`` above the headline holds the numeric stamp ``20.04.2023 16:07``.
  The body is the Umbraco grid:
  ``div.umb-grid > div.grid-section > div.row.clearfix > div.column`` cells; a text cell
  (rich text, ``<p>``), an image cell (``figure`` with the crop URL and a caption) and on
  some pages a quote cell (``blockquote`` holding a paragraph of the text). The dateline
  opens the first paragraph; ``Источник: X`` is a paragraph of its own after the grid.
  Then the ``Поделиться`` block and the ``ru``/``en``-badged headline block.
- Photos are ImageProcessor crops of one media file:
  ``/media/<N>/<name>.jpg?anchor=center&mode=crop&width=800&height=450&rnd=1332…`` in
  ``src``, other widths in ``srcset``, and ``og:image`` the same crop with width 1200.
- Listing ``/novosti``: ``div.news_text`` items (``a`` with a relative href, ``p`` with
  ``16 Апреля 2021``), 9 a page, ``?page=N`` numbered pager and a ``Показать ещё`` link to the
  next page (``data-page`` for the AJAX loader); ``?page=1`` is never linked.

About a third of the pages deviate in a small way of their own (``Art.dev``): the date
printed only as ``20.04.2023 16:07`` (numeric, in ``div.news-meta`` with the eye counter),
the info line then opening with the eye; the body in an
``umb-block-list`` instead of the grid; the credit in the ``figcaption`` as ``Фото: gov.kz``
(space, no ``div.photo-author``); ``Источник:`` with the name in a link; empty paragraphs
(``<p>&nbsp;</p>``, ``<p><br></p>``) between the text's paragraphs; a share block inside the
last text cell; a page with no rubric (``category`` None); a page with the counter hidden
(``views`` None, no eye at all); the tags as ``#``-less links in ``div.news-tags`` under the
text instead of the info line.

Truth calls: ``image_urls`` is every photo's media file without the crop query (the same file
at several widths is one photo); ``published_at`` carries the time when the page shows one
(precision minute), else midnight; a quote cell's paragraph is part of the body in its place;
the caption under a photo is not body; ``category`` None when no rubric link is printed;
``views`` None when the counter is absent.
"""
