"""The forty-eighth copy of ic24.kz: the news feed's listing in its live forms.

Article pages are plain (one template: currency widget, headline, ``Фото:`` credit, an info
line of date, views, rubric and tags, dateline + text, ``Источник:``, a short "latest" block).
The listing ``/novosti`` is what a live feed does, page by page:

* items as SITE.md writes them (``.news_text`` with a relative ``a`` and a ``p`` "16 Апреля
  2021") on odd pages, ``<article class="news-item">`` with ``<time datetime>`` on even pages
  and in the "Показать ещё" fragments;
* pages 1, 2, 5, 6, 9 grouped under day headings ("Сегодня", "Вчера", "28 ноября" in this
  year, "16 апреля 2021" before it) with only a time "15:40" (or nothing) on each item;
* a pinned story (u45694, 2021-04-16, always the same) on top of every full page, a "most
  read" and a "latest" sidebar (undated links, "latest" = the eight newest visible) and ads
  between items;
* pagination: numbered links with "Предыдущая"/"Следующая" on pages 1, 2, 4, 7, 8, 10; on
  pages 3, 5, 6, 9 only a "Показать ещё" button whose ``data-url`` (``/novosti/more?page=N``)
  and ``data-page`` load page N's items as an HTML fragment (itself ending in the next button;
  past the end an empty fragment with 200); the last page's "Следующая" leads one page past
  the end, which repeats the last page.

How the feed shifts (state per ``Feed`` instance, counted in listing pages answered 200, page
or fragment): before the first one is answered 54 stories are visible (9 pages of 6); once it
has been answered two stories of today (52 and 40 minutes before the test process started)
are published on top, so page 2 repeats the last two items of the page 1 the crawler read,
and page 10 appears (before, it repeated page 9); once four have been answered two more (28
and 16 minutes before) appear. The six newest stories (yesterday's two and today's four, which
fall on yesterday when the tests start just after midnight) are dated from the real moment, so
"Сегодня"/"Вчера" tell the truth. A crawler that read page 1 first meets today's stories only in
the "latest" sidebar of the later pages (or by reading page 1 again).

Truth: every article once (58: 38 ru, 16 en, 4 kk; 2019-2025 with 2024-02-29 and 2024-03-01,
two of November 2026, yesterday's and today's), whatever order it was listed in or how often.
Truth calls: ``published_at`` is the article page's date line (with its time when it shows
one: precision "minute", else midnight and "day"); ``category`` None on a page without a
rubric link, ``tags`` [] without tags, ``views`` None without a counter; ``source`` is the
``Источник:`` line or the agency the lead names; ``dateline_place`` None on a page without a
dateline; ``image_urls`` the photo in the article's figure (none on a third of the pages).
"""
