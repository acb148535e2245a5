"""An eighty-ninth copy of ic24.kz: the outlet as a Plone 6 (Classic UI) government portal.

Written from SITE.md alone. Guesses: the information centre runs Plone 6 with
plone.app.multilingual; an article is a News Item (``template-newsitem_view
portaltype-news-item``) in ``#portal-column-content`` with the headline in
``h1.documentFirstHeading``, the lead repeated in ``p.documentDescription`` (and the
description meta), the ``documentByLine`` viewlet in the English UI ("by admin — published
Apr 16, 2021 11:20 AM — last modified …") or, on some pages, the Russian UI ("автор: admin —
опубликовано 16.04.2021 11:20 — последнее изменение …"), the lead image in
``figure.newsImageContainer`` as the 800px scale ``@@images/image-800-<hash>.jpeg`` linked to
``@@images/image/large`` (legacy pages: ``/image_thumb`` linked to ``/image``) with the credit
``Фото:X`` in its caption, the site's own info-line viewlet ("20 Апреля 2023 683 Социум Алматы,
аким, субботник"), the text in ``#parent-fieldname-text`` (dateline in ``<strong>``, a ``<p>``
of a no-break space, ``Источник: X``) and the keywords under "Filed under:" as ``#category``
links to ``@@search?Subject%3Alist=…``. The ``/novosti`` collection batches twenty items
(``?b_start:int=20``, "Next 20 items »") and carries the outlet's ``.news_text`` blocks (a
relative ``a`` and a ``p`` date "16 Апреля 2021"). The Russian seed and its English twin link
each other by ``<link rel="alternate" hreflang>``. Around the content: a cookie banner, the
currency widget (0.0), a search box, ads, a "most read" portlet with view counts, the
``ru``-badged latest-news portlet, share buttons, Yandex.Metrika and LiveInternet counters and
a footer with contacts.

Looks of its own (about a third of the generated items, see ``site.LOOKS``): the lead only in
the description, the Russian UI, tags only under "Filed under:", a legacy thumbnail, the credit
glued to the dateline, a linked source, a homoglyph, ``<html lang="ru">`` on English/Kazakh
pages, an absolute listing link.

Truth calls: ``published_at`` is the publication day (the info line) at the byline's
"published" clock when the byline has one, else midnight (day precision) — the byline's "last
modified" stamp, always later, is never the publication; ``body`` is every paragraph with the
dateline cut off, the lead counted once (from the text, or from the description when the text
lacks it); ``category`` is the info line's rubric, None when it has none; ``tags`` are the
keywords ([] without); ``views`` the info line's count, None without one; ``image_urls`` the
one ``<img src>`` of the lead image (the scale the page shows), [] without a photo.
"""
