"""An eighty-seventh copy of ic24.kz: the outlet as an InstantCMS 2.x site (Russian PHP CMS).

Guesses, each stated here:

- Articles are ``news`` content items rendered by ``content/item_view``: ``<div
  class="content_item news_item">`` holding field blocks (``ft_caption f_title`` headline in
  ``<h1>``, ``ft_image f_photo`` photo, ``ft_html f_content`` text, ``ft_string f_source``
  source on some pages), an ``info_bar`` of ``bar_item`` blocks (``bi_date_pub``, ``bi_hits``,
  ``bi_parent`` rubric, ``bi_tags``, then ``bi_user`` author and ``bi_comments``), a
  ``tags_bar``, breadcrumbs ``<ul class="breadcrumb">`` and a left widget column
  ``#widget_pos_left-top`` ("Последние новости" with ``ru``/``en``/``kk`` badges, truncated
  headlines) plus a "Самое читаемое" block with view counts.
- The install is single-language: ``<html lang="ru">`` and Russian interface labels
  (``Фото:``, ``Источник:``, ``в`` in dates) on English and Kazakh pages too; the language is
  only in the content.
- Photos are uploads ``/upload/000/u1/<a>/<b>/<preset>_photo<N>.jpg`` with ``small``,
  ``normal`` and ``big`` presets as separate files; the page shows ``normal`` and links
  ``big`` (an ``ajax-modal`` lightbox link around the picture); ``og:image`` is the ``normal``
  file. Truth ``image_urls``: the ``big`` file, each photo at its largest copy.
- Dates: the info bar prints ``20 Апреля 2023`` (English pages ``2 August 2021``, Kazakh
  ``16 сәуір 2021``) for day-only items, ``20.04.2023 в 16:07`` when the item has a time; the
  two newest items print relative forms (``сегодня в 12:30``, ``вчера в 09:15``) against the
  copy's fixed "now" (the newest item's day, 18:00 Almaty) and carry
  ``article:published_time`` in a ``<meta>``. Truth: the item's moment; precision "minute"
  when a time exists, else "day". The listing ``.news_text p`` prints the words form.
- The listing ``/novosti`` is a ``content_list`` of ``.news_text`` items (``a`` + ``p``
  date), 8 a page, ``?page=N`` with InstantCMS's ``<div class="pagebar">`` (page 1 linked as
  ``/novosti``, ``pagebar_current``, ``Следующая``); a page past the end is a 404.

Truth calls: ``category`` None on pages with no rubric (breadcrumb ends at "Новости");
``views`` None when the item has no ``bi_hits``; the comment count and author are not views;
``source`` the ``Источник:`` value or the name the lead gives; ``photo_credit`` the text after
``Фото:``; ``tags`` in page order.

About a third of pages deviate: tags only in the ``tags_bar`` (not in the info line), rubric
only in the breadcrumb, the source in a separate ``f_source`` field, ``<p>&nbsp;</p>`` and
zero-width characters between paragraphs, view counts with a thin space ("1 315"), the
widget column before the item in the markup, a Cyrillic homoglyph inside a Latin word.
"""
