"""A sixty-ninth copy of ic24.kz: SITE.md's outlet as a uCoz site (tests/sixtyninthsite).

Guesses about uCoz: table layout (``#wrapper`` table, side column of informers), entries as
``table.eBlock`` with ``div.eTitle``, ``div.eMessage`` and ``div.eDetails`` rows; the site's
own ``/news/<slug>-u<N>`` addresses with uCoz's ``/news/2023-04-20-9120`` entry link beside
them (a 301 to the article); uploads as ``/_nw/<folder>/s<N>.jpg`` thumbnails linked to
``/_nw/<folder>/<N>.jpg``; a bottom details line ``Просмотров: 683 | Добавил: admin | Теги: …
| Рейтинг: 0.0/0``; a comments block; ``<div id="nativeroll_video_cont">``; uCoz's
copyright and counters; a Russian interface on English pages too; windows-1251 pages (Kazakh
letters as ``&#N;`` references), served with ``charset=windows-1251`` and, on every fourth
page, as bare ``text/html`` with only the ``<meta http-equiv>`` naming the charset; listing
``/novosti`` paged as ``/novosti/?page2``.

What SITE.md states is on every page: the currency widget (0.0), the headline, the photo
credit ``Фото:gov.kz``, the info line ``20 Апреля 2023 683 Социум Алматы, аким, субботник``
(English pages ``August 2, 2021``), the year-less dateline, ``Источник: X`` after the text, the
``ru``-badged latest-news block, ``.news_text`` listing items with a ``p`` date.

About a third of the generated pages deviate (``Article.dev``): the credit run into the
dateline, no rubric, the views or the tags only in the bottom details line, a body of
``<br>``-separated lines, a linked source followed by an empty paragraph, a page re-saved as
UTF-8 still served as windows-1251 (its meta says utf-8), the info line's date in uCoz's
``20.04.2023`` form.

Truth calls: ``category`` None where no rubric is shown; ``views`` None where no count is
shown (the English seed); ``image_urls`` the full-size photos only (the thumbnails are the
same photo); ``published_at`` carries the clock where the bottom details line shows
``16.04.2021, 11:20`` (precision minute), else midnight (precision day); ``photo_credit`` None
on pages without a photo.
"""
