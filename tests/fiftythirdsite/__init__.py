"""A fifty-third copy of ic24.kz: SITE.md read again and filled in as a WordPress 6 site.

What SITE.md states holds on every page, in its order: the currency strip (``• USD/KZT 0.0``
…, filled by JavaScript), the headline (``h1.entry-title``), the featured photo with its credit
``Фото:gov.kz`` (no space after the colon) in the caption, the info line ``20 Апреля 2023 683
Социум Алматы, аким, субботник`` (date, views, rubric, tags), the dateline ``Алматы. 16
апреля. Центр информации - `` (no year) in front of the lead, the body, a line holding only a
no-break space and ``Источник: X``, then the "latest news" block of 30 cut headlines with
``ru``/``en``/``kk`` badges. The listing ``/novosti`` shows ``.news_text`` items (an ``a`` with a
relative ``href`` and a ``p`` with the date); Russian, English and Kazakh pages share one id
sequence; English pages print English month names (``2 August 2021``); some Russian pages carry
a Latin look-alike letter inside a word, a no-break space and an empty ``&nbsp;`` paragraph.

Guesses where SITE.md says nothing (a small Almaty outlet on WordPress 6, stated here):

- Theme: a Russian news theme on core markup: ``entry-meta`` with ``posted-on``/``time
  class="entry-date published"`` (its ``datetime`` in Almaty time when the post has a time),
  ``cat-links`` (``rel="category tag"``), ``tags-links`` (``rel="tag"``); the month capitalised
  in Russian and Kazakh as SITE.md shows. Pagination is WordPress' own: ``/novosti/page/N/``
  (``/novosti/`` and ``/novosti/page/1/`` redirect to ``/novosti``), with ``page-numbers``
  links and "Далее »".
- Plugins: Yoast SEO (canonical, og tags, ``article:published_time`` and a JSON-LD
  ``@graph`` with times in UTC ``+00:00``, a later ``article:modified_time`` on updated
  stories), Polylang (``<html lang="ru-RU"/"en-US"/"kk">``, ``og:locale``, ``pll-switcher``;
  no language prefix in the URL), Post Views Counter (``post-views-count``, no label; the
  counter is absent when a post has no count), AddToAny (Telegram, WhatsApp, Facebook, VK),
  YARPP related posts, WordPress Popular Posts ("Самое читаемое" with "1 234 просмотров"),
  Cookie Notice, core comments with dates like ``21.04.2023 в 10:01`` and the comment form,
  the core search form, AdSense and sponsored links, Yandex.Metrika and LiveInternet counters,
  a Telegram widget, a footer with the address, phone and registration number.
- Imported posts (a quarter of the generated ones and the subbotnik) have no time of day: no
  ``datetime`` on the date, no Yoast time meta or JSON-LD.
- A third of the generated stories (and the subbotnik and the English pair) carry an editor's
  formatting: the dateline and lead in ``<strong>``, a ``wp-block-quote``, a ``wp-block-list``,
  a ``wp-block-table``, a YouTube embed with a caption, a ``wp-block-gallery`` with its own
  ``Фото:`` caption, an italic "Обновлено: …" note at the end, a "Читайте также:" line with a
  link in the middle, an Instagram and a Telegram embed in the middle.

Truth calls:

- ``body``: every ``<p>`` of the text, the quote's paragraph, each list item as a paragraph,
  each row of the ``wp-block-table`` (its own paragraph, cells joined by one space, the header
  row too, as the fifty-first copy's truth has it) and the "Обновлено: …" note are paragraphs
  of the body; the embeds and their captions, the gallery caption, the "Читайте также:"
  line, the ``&nbsp;`` paragraphs, the ``Источник:`` line and the share buttons are not.
- ``published_at``: the post's time of day when it has one (Yoast's UTC stamp and the
  ``datetime`` attribute agree; the truth is in Almaty time), else midnight of the info-line
  date; never the modified time.
- ``category``: the rubric link; WordPress' default rubric "Без рубрики"/"Uncategorized"/
  "Санатсыз" (two pages) is no rubric: None.
- ``views``: the Post Views Counter of the page itself (not the "most read" counts); None when
  the counter is absent.
- ``photo_credit``: the featured photo's ``Фото:`` caption (a gallery's caption repeats it);
  None without a photo. ``image_urls``: the featured photo's ``src`` and the gallery's photos
  (not ``srcset`` sizes, logos, banners, avatars or counters).
- ``source``: the ``Источник:`` line, else the source the lead names, else None.
- ``tags``: the ``rel="tag"`` links in page order; ``[]`` without them.
"""
