"""An eighty-eighth copy of ic24.kz: the outlet as a Joomla 3 site with the K2 component.

Written from SITE.md alone, with these guesses about a Joomla 3 + K2 install:

- Pages: a Gantry-style template (``rt-page-surround``, ``rt-container``, ``rt-block``), module
  positions as ``<div class="moduletable">`` (currency rates on top, "Самое читаемое" and a
  banner in the sidebar, the ``ru``-badged "Лента новостей" under the article, a footer with
  contacts, a Yandex counter, a cookie banner, a search form), ``<meta name="generator"
  content="Joomla! - Open Source Content Management">``, ``<html lang="ru-ru">`` on every page
  (one template for the whole site, English and Kazakh items included) and K2's Open Graph tags
  (``og:image`` the item's ``_M`` size).
- Article (K2 item view): ``<div id="k2Container" class="itemView">`` with ``itemHeader`` /
  ``h2.itemTitle``, ``itemImageBlock`` (the photo in K2's cache: ``<md5>_L.jpg`` shown, a
  ``modal`` link to ``_XL.jpg``, ``itemImageCaption`` and ``itemImageCredits``), the body split
  into ``itemIntroText`` (the first paragraph, with the dateline) and ``itemFullText`` (the
  rest, an ``&nbsp;`` paragraph, ``Источник: X``), ``itemNavigation`` previous/next,
  ``itemRelated`` "Похожие материалы" and social sharing.
- Two layouts of the item's info: most pages carry the template override SITE.md's text shows,
  one line under the photo ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (date without
  a time, hits, category, comma-separated ``ul.itemTags``); every third page keeps K2's stock
  layout: ``itemDateCreated`` "Четверг, 20 Апреля 2023 11:20" (weekday, zero-padded day, a
  clock) above the title, "Прочитано 683 раз" in ``itemHits``, "Опубликовано в Социум" and
  "Теги" in ``itemLinks`` after the text (English items: "Read 683 times", "Published in",
  "Tagged under"; Kazakh: "Оқылды 683 рет", "Жарияланды", "Тегтер").
- Small deviations of their own on about a third of the pages: the whole text in
  ``itemIntroText`` (no full text), no photo, hits hidden (views null), a paragraph with
  no-break spaces and a homoglyph, the source as a K2 extra field ("Источник:" label and value
  in ``itemExtraFields``) instead of a paragraph, a stock-layout credit without "Фото:".
- Listing: the K2 category ``/novosti``, 10 items a page, Joomla offsets ``?start=10``,
  ``ul.pagination-list`` ("В начало", "Назад", numbers, "Следующая", "В конец"); each item a
  ``.news_text`` block (``h3.catItemTitle a`` relative, a ``p`` with "16 Апреля 2021", Russian
  months for every item since the category view speaks the site language). An offset that is
  not a listing page is a 404; ``/`` redirects to ``/novosti``.

Truth calls: ``published_at`` carries a clock only where the page shows one (stock layout),
else midnight at day precision; ``image_urls`` is the one photo at its largest copy (the
``_XL`` file the ``modal`` link opens; the ``_L`` shown and the ``_M`` og:image are smaller
sizes of the same photo, not more photos); ``photo_credit`` is the name after "Фото:" (or the
bare credit); views null where hits are hidden; the category is K2's category of every item
(never null here).
"""
