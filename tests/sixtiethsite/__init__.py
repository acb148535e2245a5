"""A sixtieth copy of ic24.kz: SITE.md read again and built as a Drupal 10 site would be.

Guesses (nobody has seen the live HTML; each is this copy's own):

- Drupal 10 with an Olivero sub-theme (``ic24_olivero``) set up by a local agency: the
  headline in the page-title block (``h1.page-title > span.field--name-title``), the node as
  ``article.node--type-article > .node__content``, the body in ``.field--name-body.text-content
  .clearfix``, the photo in ``.field--name-field-image`` as a ``<picture>`` of the ``large``
  image style (``/sites/default/files/styles/large/public/2023-04/photo-49120.jpg?itok=…``,
  plus a ``large_webp`` source), the credit as its own ``.field--name-field-photo-credit``
  ``Фото:gov.kz`` (no space), tags as ``.field--name-field-tags.field__items`` separated by
  ", ", the rubric as a term reference; Pathauto aliases ``/news/<slug>-u<nid>``, ``u<N>`` being
  the node id, Redirect module answering another slug with a 301.
- The info line under the photo reads ``20 Апреля 2023 683 Социум Алматы, аким, субботник``:
  the theme prints "created" as ``d F Y`` with a capitalised genitive month (English nodes
  ``19 April 2021``, Kazakh ones ``16 Сәуір 2023``) and the Statistics counter behind an eye
  icon (a bare number).
- Content translation is on but there is no URL prefix: the interface language is ``ru`` on
  every page (``<html lang="ru">``, drupalSettings ``currentLanguage: "ru"``); English and
  Kazakh nodes carry ``lang`` on the ``<article>`` and their own ``og:locale``. ru/en/kk nodes
  share one nid sequence (the pair u45694/u45713 are separate nodes, not translations).
- Metatag prints ``article:published_time``/``modified_time`` (the modified one a day later)
  and schema_metatag a NewsArticle JSON-LD when the node has a time of day; ``og:image`` is
  the original upload (``/sites/default/files/2023-04/photo-N.jpg``), not the style.
- Everything a live install has: the currency block (``• USD/KZT 0.0 …``), GA and Yandex
  counters, LiveInternet, AdSense slots (one inside the body after the second paragraph,
  labelled "Реклама"), AddToAny share links, the EU Cookie Compliance banner, the search form,
  a "Самое читаемое" block delivered as a BigPipe placeholder plus its JSON replacement, a
  "Последние новости" block (language badge + headline cut to 70 characters with "…"), a
  footer with the address (г. Алматы), phone and e-mail.
- ``/novosti`` is a view of 10 ``.views-row > .news_text`` items (an ``a`` and a ``p`` with
  the date line) with Drupal's full pager: 0-based, query-only links (``?page=1`` is the second
  page, ``?page=0`` the first again); page 1 has a "Главное" link to the most-read story.
- ``/`` is a front page of the newest ten; ``/robots.txt`` Drupal's stock file.

Deviations (one on every third generated page, cycling; the seeds carry some too):
``no_rubric`` (no rubric field), ``views_word`` (Statistics' plural ``683 просмотра``/
``248 views``), ``views_hidden`` (no counter), ``views_bigpipe`` (the counter only in a BigPipe
replacement script at the end of the page), ``utc_meta`` (metatag and JSON-LD times in UTC,
``+0000``), ``no_meta`` (no time metadata at all), ``source_link`` (``Источник:&nbsp;<a>X</a>``),
``credit_caption`` (the credit inside ``figcaption`` after a caption: ``Иллюстративное фото.
Фото:gov.kz``), ``hazards`` (homoglyphs, zero-width and no-break spaces, empty ``<p>``),
``gallery`` (a second photo in a slick gallery after the body), ``dateline_strong``
(``<strong>Алматы. 16 апреля. Центр информации</strong> - ``), ``en_us_date`` (``August 2,
2021`` on English pages).

Truth calls: ``published_at`` is the node's minute when the metadata carries one (the info line
has the day only), else midnight with day precision; ``views`` is the count the HTML carries,
even when it sits only in the BigPipe script (``views_bigpipe``), None without a counter;
``category`` None without a rubric; ``source`` from ``Источник:`` or the lead; ``image_urls``
the field's photos, each once at its largest copy the page names (kznews's rule: the first
photo is the upload og:image declares, the others the ``large`` style URLs with their
``itok``); the body
without the in-body ad, share links, empty paragraphs or the ``Источник:`` line.
"""
