"""A forty-sixth copy of ic24.kz: SITE.md read again, the gaps filled with one guess of the
live outlet in 2026 (tests/test_fortysixthsite.py runs it).

The guess: a small Almaty agency on a custom PHP CMS (Yii2 behind nginx, a Bootstrap 4
theme, TinyMCE for the text), one Russian template for every page whatever the story's
language. 44 stories (26 ru, 14 en, 4 kk) in one id sequence growing with the date from 2020
to autumn 2026, both sides of 2024-03-01; the four SITE.md knows (u45694, u45713, u46768,
u49120) on their days.

What SITE.md states, as served here:
- The currency widget first in the header (``• USD/KZT 0.0`` … ``CNY/KZT 0.0`` as ``<li>`` with
  a ``<span>`` a script would fill), ``<h1>`` headline, the photo (``<img>``) with
  ``Фото:gov.kz`` under it (no space; ``Фото:`` on English and Kazakh pages too), the info line
  ``<div class="news-info">`` of spans and links whose text is ``20 Апреля 2023 683 Социум
  Алматы, аким, субботник`` (date, view count, rubric link, tag links joined by ", "), then the
  text: the dateline ``Алматы. 16 апреля. Центр информации - `` at the head of the first
  paragraph, an ``&nbsp;`` paragraph, ``Источник: X`` (also on English pages), then the
  sidebar's latest news (on every page, the listing's too): the 30 newest stories behind a
  ``ru``/``en``/``kk`` badge, headlines cut at a word before 90 characters, no ellipsis.
- English pages: ``2 August 2021`` in the info line, ``Almaty. August 2. Information Center - ``;
  Kazakh pages ``16 Сәуір 2021`` and ``Алматы. 16 сәуір. Ақпарат орталығы - ``.
- ``/novosti`` lists ten stories a page as ``<div class="news_text">`` with a relative ``<a>``
  and ``<p>16 Апреля 2021</p>``.
- Seed hazards: the Cyrillic ``Е`` of ``Еmbassies``, double spaces, the ``&nbsp;`` line; and on
  other pages homoglyphs both ways, no-break spaces (raw or ``&nbsp;``), zero-width spaces,
  named entities (``&laquo;``, ``&mdash;``) on every other page, a no-break space in a few
  headlines.

Guesses (nothing of this is known):
- ``<html lang="ru">`` on every page, no ``og:locale``, no JSON-LD, no time of day anywhere on
  the story (``article:published_time`` absent); ``og:image`` the default site picture on a
  page without a photo; ``<meta name="description">`` cut from the text with its tags stripped
  (so ``Фото:pixabayАлматы. 20 апреля.`` where the editor put the photo into the text);
  ``<meta name="keywords">`` the tags.
- The listing's dates are in Russian for every story (``2 Августа 2021`` for an English one);
  Yii2's LinkPager (``?page=1`` … ``?page=5``, a page past the end shows the last page).
- Rubrics ``Социум``, ``Экономика``… / ``Society``, ``Economy``… / ``Қоғам``; labels in Russian.
- Around the story: logo, a burger menu (``.mobile-menu``), a search form, AdSense and a
  partner banner, icon-only share links, Facebook comments on some pages, "Самое читаемое"
  (five stories with their dates and counts), a Telegram box, the footer with address, phone
  and e-mail, Yandex.Metrika/LiveInternet/ZERO.kz counters and a cookie banner.
- One story in three carries an editor's own formatting: a bold lead, a quotation block, a
  list, a table, a YouTube video, a photo gallery, an "Обновлено:" stamp under the info line,
  a "Читайте также:" line ("Read also:" on an English page, to a Russian story), a photo in
  the middle with "Источник фото: akorda.kz", an Instagram and Telegram embed, an ad inside
  the text, a text pasted from Word (``MsoNormal`` spans), the dateline's day the day before
  the date line, ``<br><br>`` lines in a ``<div>``, reader comments with their times, the photo
  inside the text (u49120 among them).

Truth calls:
- ``published_at``: the info line's day at 00:00 Asia/Almaty (precision ``day``), never the
  dateline's day, the "Обновлено:" stamp or a comment's time.
- ``category`` None and ``tags`` [] where the info line has none; ``views`` the info line's
  count (never "Самое читаемое"'s).
- ``body``: the text's paragraphs, the dateline cut; a quotation its paragraph, each list item
  and each ``<br><br>`` line a paragraph, a table row one paragraph of its cells joined by
  a space (the project's convention, as the thirty-eighth copy scores tables); without the
  ``&nbsp;`` paragraphs, the ``Источник:`` line, "Читайте также:",
  photo captions and credits, the video, embeds, ads.
- ``source``: the ``Источник:`` line's name (a link's text), else the name the lead gives.
- ``photo_credit``: what follows ``Фото:`` under the story's photo (None without one; the
  seed pages show none); ``image_urls``: the story's photo, the photo in the middle and the
  gallery's pictures, in page order; never thumbnails, banners, the logo or ``og:image``'s
  default picture.
- ``lang`` from the text; ``dateline_place`` the dateline's place (``Нур-Султан`` in
  2020-2022, None without a dateline).
"""
