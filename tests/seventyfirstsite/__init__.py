"""A copy of ic24.kz as a NetCat 6 site would serve it (the article template's field classes).

Guesses, each one a guess about the outlet on NetCat 6 (not InstantCMS):

- Listing ``/novosti/`` (``/novosti`` answers 301 to it), ten items a page, NetCat's offset
  paging ``?curPos=10``, ``?curPos=20`` …; an offset past the end or not a multiple of ten
  answers 404. Items are ``.tpl-block-list-object.news_text`` blocks: a relative ``a`` and a
  ``p`` with the date ``16 Апреля 2021`` (Russian months on every item). ``/`` is a 301 to
  the listing.
- Articles at ``/news/<slug>-u<N>`` (ru and en in one id sequence); another slug is a 301.
  The page is ``tpl-block-full-object`` with ``tpl-field-*`` blocks: the currency widget in
  the header, ``h1.tpl-field-title``, the photo field (``tpl-field-image``) and its own credit
  field (``tpl-field-image-author``, ``Фото:gov.kz``), the info line
  (``20 Апреля 2023 683 Социум Алматы, аким, субботник``: date, views, rubric, ``tags_bar``
  links), a ``tpl-field-created`` field with ``d.m.Y H:i`` when the story has a clock, the
  ``tpl-field-text`` body (dateline at the start of its first ``p``), ``Источник:`` as a
  labelled field block, a labelled ``Рубрика:`` block under the text, "Похожие материалы"
  (three other articles with thumbnails), the ``ru``/``en``-badged latest-news block with cut
  headlines, a "версия для печати" link (``?print=1``, the same page in bare markup, disallowed
  in robots.txt), share buttons, a search form, a "most read" box, an ad, a cookie banner,
  Yandex.Metrika and a footer with contacts. ``<html lang="ru">`` on every page (the site
  template's, English pages included); no ``og:locale``.
- English pages: English month names in the info line (``2 August 2021``) and the dateline;
  Kazakh pages: Kazakh months. Ru pages from 2020 are served in windows-1251 (declared in the
  header and a meta tag).
- Text hazards: the seed pages' own raw text (homoglyph, no-break-space line), a no-break-space
  paragraph on some pages, a Latin look-alike inside a Russian word, zero-width spaces in a few
  headlines.
- About a third of the pages deviate (``Article.quirk``): ``Фото: X`` with a space, the credit
  in the image caption, the source as a link, views labelled ``Просмотров:``, no rubric in the
  info line (only the labelled block), the dateline in ``<strong>``, the date only in the
  ``d.m.Y H:i`` field, tags as ``#`` hashtags, empty paragraphs in the text.

Truth calls: ``category`` is None when the page names no rubric; ``views`` None when the info
line shows no count; ``photo_credit`` None without a credit; ``source`` from the ``Источник:``
field or the lead; ``image_urls`` only the article's own photos (not thumbnails of related
stories, not the ad); ``published_at`` with the clock when the ``d.m.Y H:i`` field is printed,
else midnight with day precision; ``tags`` without the ``#``.
"""
