"""A copy of ic24.kz as SITE.md reads on a guessed Joomla 4/5 site with a commercial news template.

Guesses (none of them seen on the live site):

- Articles are ``com_content`` article views in a Helix-style template: ``h1[itemprop=headline]``,
  a ``figure.item-image`` whose caption carries ``Фото:gov.kz``, an ``dl.article-info`` with
  ``dd.published`` (``<time datetime>`` in ISO with the Almaty offset, shown as
  ``20 Апреля 2023``; English pages ``02 August 2021``, en-GB's ``d F Y``; Kazakh ``20 Сәуір
  2023``), ``dd.hits`` (a bare number behind an eye icon), ``dd.category-name`` and an
  ``ul.tags`` joined by commas, so the page text reads ``20 Апреля 2023 683 Социум Алматы, аким,
  субботник``; the text sits in ``div[itemprop=articleBody]`` starting with the year-less
  dateline, ending with an optional ``Источник: X`` paragraph.
- Around it: the currency module (``• USD/KZT 0.0 …``), a cookie banner, an off-canvas mobile
  menu, a smart-search module, ``#system-message-container``, Yandex share buttons, a
  ``pagenav`` prev/next pair, a ``mod_articles_latest`` block of ``ru``-badged truncated
  headlines, a ``mod_articles_popular`` "Самое читаемое" block showing other stories' hits,
  banners, counters (Metrika, LiveInternet) and a footer with contacts; a quarter of the
  pages carry Joomla 5's schemaorg ``@graph`` (BlogPosting ``datePublished`` in UTC).
- Multilingual associations: ru/en (and a few kk) articles in one id sequence without a
  language prefix; ``<html lang>`` and ``og:locale`` follow the article's language; the
  language switcher links the associated article (the seed and its English pair).
- The listing ``/novosti`` is a category blog: one ``items-leading`` item then ``items-row``
  items, each ``div.blog-item.news_text`` holding a relative ``a`` and a ``p`` with the date
  (``16 Апреля 2021``, always in the Russian site language), the intro text and a
  "Подробнее" readmore link; 20 per page, further pages at
  ``?start=20``, ``?start=40``; any other ``start`` is the 404.
- About a third of the pages carry an editor's TinyMCE formatting: a bold lead, ``<p>&nbsp;</p>``
  spacers, a blockquote, a list, a table, an embedded video, a ``{loadposition}`` module inside
  the text, a readmore split (``<hr id="system-readmore">``), the intro repeated above the full
  text, a "hits" label, an ``dd.modified`` date, a ``dd.createdby`` author before the date,
  the photo credit typed as the body's first paragraph, a hidden rubric, homoglyphs and
  no-break spaces in the raw text.

Truth calls: ``body`` is the article's paragraphs once (a repeated intro counted once), a
blockquote's paragraph is a body paragraph, each list item is one paragraph, each table row
is one paragraph of its cells joined by one space; the video, the loaded module, the spacers,
the credit and the ``Источник:`` line are not body. ``published_at`` is the ``<time datetime>``
moment (midnight and ``day`` precision when the article has no clock), never the modified date.
``category`` is None where the template hides the rubric; ``views`` is the article's own hits
(never a "most read" count); ``photo_credit`` None where no credit is printed; ``image_urls``
the article's own photo(s) under ``/images/news/``.
"""
