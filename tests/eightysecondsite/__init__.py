"""An eighty-second copy of ic24.kz: SITE.md read again, as a Webflow site on CMS Collections.

Guesses about the markup (nobody has seen the live HTML):

- The article is a Collection template page: ``<html data-wf-page data-wf-site lang="ru">``
  with the site-wide ``lang="ru"`` on every page, English and Kazakh ones too (without
  Webflow Localization there is one language setting per site; no ``/en/`` prefix either).
- Page order as SITE.md has it: the currency bar (``div-block-23``, 0.0 until a script fills
  it), ``h1.news-title``, the main image (``uploads-ssl.webflow.com/<siteid>/<hash>_photo.jpg``
  with ``-p-500.jpeg``/``-p-800.jpeg`` srcset variants), its credit ``Фото:gov.kz`` (the label
  is static template text, so English pages print it too), the info line (date, views,
  category, tags: ``20 Апреля 2023 683 Социум Алматы, аким, субботник``), then the
  ``w-richtext`` body (dateline in the first ``<p>``, ``Источник: X`` as its last paragraph),
  then the ``ru``-badged "latest news" ``w-dyn-list``.
- The info line's date: Russian and Kazakh pages print a plain-text CMS field written the
  outlet's way (``20 Апреля 2023``, ``2023 жылғы 20 сәуір``), English pages Webflow's own date
  format (``April 20, 2023``). Tags are one plain-text field (``fs-cmsfilter-field="tags"``)
  holding ``Алматы, аким, субботник``; the rubric has ``fs-cmsfilter-field="category"``.
- Empty bound fields stay in the markup as ``w-dyn-bind-empty``; conditional ones as
  ``w-condition-invisible`` (an empty second date, an empty ``Источник:`` label); an empty
  main image is Webflow's placeholder SVG with ``w-dyn-bind-empty``. None of these is read.
- Rich text keeps Webflow's empty ``<p>‍</p>`` (a zero-width joiner) and image figures
  ``w-richtext-figure-type-image w-richtext-align-center``.
- The listing ``/novosti`` is a collection list (``w-dyn-list``) of 9 items a page, each
  ``div.news_text`` holding an ``a`` (relative href) and a ``p`` with the date (the scraper
  SITE.md cites); its pager is Webflow's ``w-pagination-wrapper`` with query-only links
  ``?a1b2c3d4_page=N``. Reconciled with SITE.md (pagination unknown): the listing stays at
  ``/novosti`` and the pages are ``/novosti?a1b2c3d4_page=N``; page 2's "Previous" link is
  ``?a1b2c3d4_page=1`` (a second address of page 1, as Webflow prints it); a page past the
  last answers 404 (Webflow would show an empty list).
- Around the article: a cookie banner (Finsweet ``fs-cc``), a search form, Yandex ads and
  Metrika/GA/liveinternet counters, share buttons, a "most read" block with view counts,
  and a footer with contacts.

About a third of the generated pages deviate (``Article.deviation``): a dotted date
(``20.04.2023``), a date with a time of day (``April 20, 2023 3:40 PM`` / ``20.04.2023 15:40``,
then precision "minute"), a hidden stale date and a hidden source field with template values,
a credit inside the rich text running straight into the dateline (``Фото:pixabayАлматы.``),
a linked source, tags as a nested list of links, no rubric, an embed and a second photo in the
rich text, empty ``<p>‍</p>`` and no-break-space paragraphs.

Truth calls: no time of day is printed unless the page shows one (midnight, precision "day");
``category`` is None where no rubric is bound; ``views`` is None where the counter is empty;
``photo_credit`` None without a credit; ``image_urls`` are the ``src`` of the main image and of
the rich-text figures (full size, not the srcset variants), the placeholder SVG excluded;
``source`` is the ``Источник:`` value, else the one the lead names, else None.
"""
