"""A fifty-sixth copy of ic24.kz: SITE.md read again as a 2026 headless rebuild.

Guesses (nobody has seen the live HTML):

- Front end: Next.js App Router, server-rendered. CSS-module class names with hashes
  (``ArticleBody_text__3kJ9x``), a fixed ``<html lang="ru">`` from the root layout on every
  page (English pages too), ``next/image`` photos (``/_next/image?url=<CMS URL>&w=…&q=75``,
  ``srcSet``, ``data-nimg``), ``<!--$-->`` suspense markers, a ``<template>`` hole, and the
  page's data again in ``self.__next_f.push([1,"…"])`` RSC chunks.
- CMS: Strapi-like, media on ``https://cms.ic24.kz/uploads/…`` (the RSC payload gives them
  host-relative, ``/uploads/…``), rich text as blocks, locales ru/en/kk on the same
  ``/news/<slug>-u<N>`` paths, one id sequence.
- Page order as SITE.md has it: currency widget (0.0 values), ``h1``, cover with
  ``Фото:gov.kz`` caption, the info line (``<time>`` with the date in words and a UTC
  ``dateTime``, views after an eye icon, rubric, comma-separated tags: its text reads
  ``20 Апреля 2023 683 Социум Алматы, аким, субботник``), the body blocks with the year-less
  dateline running into the first, ``Источник: X`` as the last block, share buttons, an ad slot,
  the "Последние новости" block of ``ru``/``en``-badged cut headlines, an empty "Самое
  читаемое" box filled by JS (its data only in the RSC payload), footer, cookie banner, search
  overlay, JSON-LD, Yandex.Metrika.
- English pages write the date "2 August 2021"; Kazakh ones "20 Сәуір 2023".
- JSON-LD written by the agency: ``articleSection`` in English (``Society`` for Социум), and on
  every third page only a ``dateModified`` two days after publication (no ``datePublished``).
  ``og:locale`` is right (``ru_RU``/``en_US``/``kk_KZ``); canonical and ``og:url`` point at
  ``https://ic24.kz``.
- A third of the generated stories carry one extra: a Telegram embed (script plus a noscript
  link), a gallery of three photos captioned ``Фото:…``, a quote block, the last paragraphs as
  a list, an "Обновлено: …" note under the info line, the lead paragraph in its own element
  before the body div, or a YouTube iframe. Every fourth page ends its text with an empty
  (no-break space) block; generated stories carry no-break spaces, a zero-width space or a
  Latin ``o`` in a Cyrillic word.
- Listing ``/novosti`` (and ``?page=N``): ``.news_text`` cards with an ``a`` and a ``p`` date,
  numbered page links and a "Показать ещё" link; ``/`` answers 308 to it; another slug 301.

Truth calls:

- ``published_at``: the CMS moment (``<time dateTime>`` in UTC, shown on the page as the local
  day) in Asia/Almaty; entries imported with a date only (no ``publishedAt``; ``dateTime`` is
  the bare date) are midnight, precision "day". The English seed u46768 is one of them.
- ``body``: every text block in order, the lead element first, quote and list items as
  paragraphs; not the dateline, the source line, the empty block, the embeds' text, the
  gallery captions or the "Обновлено" note.
- ``category``: the visible rubric (Russian on Russian pages), None where the page has none
  (the English ``articleSection`` does not count). ``views``: None where no counter is shown.
- ``photo_credit``: the cover's caption after ``Фото:``; None without a cover.
- ``image_urls``: the CMS originals (cover, then the gallery's photos) as absolute
  ``https://cms.ic24.kz/uploads/…`` URLs, i.e. ``next/image``'s ``url`` parameter decoded.
- ``source``: the ``Источник:`` line, else the agency the lead names; None otherwise.
"""
