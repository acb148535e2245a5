"""A seventy-seventh copy of ic24.kz: SITE.md read again as a Kazakh state news agency's site
built on Yii2 (PHP), trilingual kk/ru/en.

Guesses about such a site, each one made here:

- Yii2 layout: ``<meta name="csrf-param">``/``<meta name="csrf-token">``, Bootstrap 3 grid
  (``container``/``row``/``col-md-8``), ``/assets/<hash>/`` bundles, a ``ҚАЗ | РУС | ENG``
  language switcher, a ``.site-search`` form (``/search?q=``), a cookie banner, share buttons,
  ad slots, Yandex.Metrika / liveinternet counters, a footer with contacts.
- Articles in ``.article-page``: ``h1.article-title``; ``.article-info`` holding the date
  (``20 Апреля 2023``, ``20 April 2023`` on English pages, ``20 Сәуір 2023`` on Kazakh ones;
  sometimes followed by ``11:20``), an ``Обновлено: …`` stamp on some pages, the view counter
  in ``span.views`` behind ``i.glyphicon-eye-open``, the rubric link and the comma tag list,
  so the text reads ``20 Апреля 2023 683 Социум Алматы, аким, субботник``.
- The photo in ``.article-image`` with its credit under it: ``Фото:gov.kz`` (no space, as
  SITE.md) or the agency's ``Фото: Ақорда`` / ``Фото: пресс-служба акимата``.
- ``.article-text``: the dateline opens the first paragraph; ``Читайте также:`` link
  paragraphs, embedded Instagram (``blockquote.instagram-media``) and Telegram
  (``script[src*=telegram-widget]``) posts and a ``.article-video`` iframe sit between
  paragraphs; a ``<p>&nbsp;</p>`` line, then ``Источник: X``; a byline ``Автор: …`` (and on
  Kazakh-translated stories ``Қазақшадан аударған: …``) closes the text.
- After the text the ``ru``-badged "Последние новости" block, and a sidebar ``Самое читаемое``
  (``Popular`` on English pages) with view counts of other stories.
- The listing ``/novosti`` (``?page=N``, Yii's LinkPager ``ul.pagination``), items as
  ``.news_text`` with a relative ``a`` and a ``p`` with ``16 Апреля 2021``.

About a third of the pages deviate: the rubric missing (no info-line category), the tags as a
``.article-tags`` block of links below the text instead of the info line, the date written
Yii-formatter style ``20.04.2023 11:20``, no view counter, the credit inside the ``figcaption``
after the caption text.

Truth calls: ``category`` None where no rubric is shown; ``views`` None where no counter is
shown; ``published_at`` is the first (published) stamp, never the ``Обновлено:`` one; the
clock is in the truth only where the page prints one (precision ``minute``), else midnight
(``day``); ``body`` holds the story's paragraphs without the dateline, the ``Читайте также:``
paragraphs, the embeds, the video block, the ``&nbsp;`` line, ``Источник:`` and the byline;
``photo_credit`` is what follows ``Фото:`` (``Ақорда``, ``пресс-служба акимата``);
``image_urls`` the article's own photo (not sidebar thumbnails).
"""
