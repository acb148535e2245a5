"""A seventy-fifth copy of ic24.kz: the outlet's news as the press-centre section of a larger
information portal on a commercial CMS template.

Guesses made for this copy (none of them known from the live site):

- Every page sits in the portal's frame: a "Версия для слабовидящих" switch, a search form, a
  mega-menu of several dozen links, a cookie banner, a left sidebar of services and documents
  (PDF links with a date and a size), a right sidebar of ``Объявления`` (a date and a short text
  each), an event calendar full of dates, "Полезные ссылки" banners, a "Самое читаемое" block
  with dates and view counts, a feedback form, counters' pixels and a footer with the agency's
  address and phones. The portal template says ``<html lang="ru">`` on every page, English and
  Kazakh ones too; the language is only in the text.
- Breadcrumbs ``Главная / Пресс-центр / Новости / <headline>``; the article in a central column:
  the headline with ``20.04.2023`` beside it, a photo with ``Фото:gov.kz`` under it, SITE.md's
  info line (``20 Апреля 2023 683 Социум Алматы, аким, субботник`` — date, views, rubric, tags;
  English months on English pages, Kazakh ones on Kazakh pages), then ``.detail-text`` with the
  dateline in the first paragraph, ``&nbsp;`` lines, ``Источник: X`` and share buttons, then the
  ``ru``-badged headline block of the newest stories (cut at a word).
- The listing ``/novosti`` (``?page=N``, ten a page) holds SITE.md's ``.news_text`` items: an
  ``a`` with a relative href and a ``p`` with ``16 Апреля 2021``; the sidebars hold more dates.
- A third of the pages deviate: a time of day beside the headline (``20.04.2023 14:30``), the
  views apart as ``Просмотров: 1 315`` (no-break space) instead of in the info line, the credit
  in a caption as ``Фото: gov.kz``, the credit glued to the dateline (``Фото:pixabayАлматы.``),
  the announcements sidebar before the article in the markup, an attached PDF block after the
  text, a homoglyph inside a word of the other script.

Truth calls: ``category`` is None on a page with no rubric, ``tags`` ``[]`` with none, ``views``
None when no count is shown; the body is the paragraphs without the dateline, the ``Источник:``
line, the attachment block and the share buttons; ``published_at`` carries the time only on the
pages that show one (else midnight, day precision); ``image_urls`` are the story's photos only
(banners, logo and counters are not); ``source`` is the ``Источник:`` line or the source the
lead names.
"""
