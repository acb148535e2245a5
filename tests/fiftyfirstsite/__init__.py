"""A fifty-first copy of ic24.kz: SITE.md read again, the gaps filled with a DLE 15 site.

The guess: ic24.kz runs DataLife Engine 15 with a home-made theme ("ic24"), as many small
Almaty and Russian-language regional outlets do. What follows from that guess (each one a
guess, nothing here was seen on the live site):

- URLs: articles at ``/news/<slug>-u<N>`` (SITE.md), one id sequence for ru/en/kk; the
  listing ``/novosti`` paged DLE's way, ``/novosti/page/N/`` (10 items a page, ``/`` and
  ``/novosti/`` and ``/novosti/page/1/`` moved to ``/novosti``); an old slug moves (301) to
  the article; DLE's robots.txt (``/engine/``, ``/user/``, ``/tags/`` … disallowed), no
  sitemap, no feed served (404).
- Listing items are DLE short stories: ``.news_item`` with a thumbnail link and a
  ``.news_text`` holding the headline ``a`` and a ``p`` with the date in the site's Russian
  form (``16 Апреля 2021``) for every language.
- Every page (``main.tpl``): ``<html lang="ru">`` also on English pages (a Russian CMS), DLE's
  generator meta, Yandex.Metrika, a liveinternet and a zero.kz counter, the currency widget
  (``• USD/KZT 0.0 …``, filled by JavaScript), a search form, the menu and a mobile menu, a
  top banner, a sidebar (a banner, a "Лента новостей" block of 15 links with ``ru``/``en``/
  ``kk`` badges and headlines cut at 70 characters, "Самое читаемое" with thumbnails and
  view counts of other stories, a Telegram widget), a footer with address, phone and e-mail, a
  cookie banner.
- The article (``fullstory.tpl``): a speedbar, ``h1``, the photo (``/uploads/posts/YYYY-MM/
  <N>_main.jpg``) with its credit ``Фото:gov.kz`` (no space), the info line ``20 Апреля 2023
  683 Социум Алматы, аким, субботник`` as spans (date, views behind an eye icon, the rubric
  link, the tag links joined by ", "); each part only when known. On a quarter of the pages
  the photo and credit come after the info line, straight before the text with no break, so
  a text extraction reads ``Фото:pixabayАлматы. 20 апреля.``. Then the text (dateline inside
  the first paragraph, ``Алматы. 16 апреля. Центр информации - ``; English pages
  ``Almaty. August 2. Information Center - ``, Kazakh ``… Ақпарат орталығы - ``), sometimes a
  paragraph holding only a no-break space, ``Источник: X`` (Russian label on every page), a
  highslide gallery, an in-article banner, Yandex share buttons, DLE comments (dated a day
  later, with a time) and the comment form. Meta: description, DLE's keywords made of text
  words (not the tags), canonical, og:title/url/image; no JSON-LD, no published time.
- Dates: the info line's ``20 Апреля 2023`` (English pages ``2 August 2021``, Kazakh
  ``16 Сәуір 2021``), no time of day on any page.
- Hazards in the text: no-break spaces, a zero-width space, a Latin letter inside a Russian
  word (and the seed's ``Еmbassies``), entities from escaping.
- About a third of the stories carry an editor's formatting: a bold lead (the dateline inside
  the ``strong``), a quotation in a ``blockquote``, an intro line and a ``ul`` list, a table,
  a YouTube ``iframe``, an Instagram embed, a gallery, an "Обновлено в 16:40: …" note at the
  end, a "Читайте также: <link>" line in the middle, a "Справка: …" paragraph with a bold
  label in the middle, a source line written as ``<strong>Источник:</strong> <a>КазТАГ</a>``
  (on a story whose lead may name another agency: the source line wins).

Truth calls: ``published_at`` is the info line's day at midnight in Asia/Almaty (precision
"day"; the update note's 16:40 and the comments' times are not publication times); ``category``
None and ``tags`` [] when the info line has none; ``views`` None when the page shows no
counter, 0 when it shows 0; ``photo_credit`` None when the photo has no credit or there is no
photo; ``source`` the ``Источник:`` line's name, else the one the lead names, else None;
``dateline_place`` None on pages without a dateline. The body: every paragraph, the bold lead,
the quotation, the "Справка: …" paragraph (label included), the list intro and each list item
(its own paragraph), each table row (its own paragraph, cells joined by one space, the header
row too), the update note; not the video, the Instagram embed, the "Читайте также" line, the
no-break-space line, the source line, the gallery, the banner, share buttons or comments.
``image_urls``: the main photo and the gallery's full-size pictures (the ``href`` of each
highslide link, not its thumbnail) — not thumbnails, banners, logos or counters.
"""
