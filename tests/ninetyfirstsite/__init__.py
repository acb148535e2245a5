"""A ninety-first copy of ic24.kz: the outlet as a Liferay DXP 7.4 portal.

Written from SITE.md alone. Guesses: the information centre runs on Liferay DXP 7.4 (Java), like
many Kazakh government and quasi-government sites, with an integrator's theme on two-column
widget pages. A news story is a web content article of a "Новость" structure; its template
prints a metadata row (``span.metadata-publish-date``: "20.04.2023", or "20.04.2023 16:07" when
the display date has a time), the headline in ``h1``, the photo, the outlet's info line
("20 Апреля 2023 683 Социум Алматы, аким, субботник": the template's ``dd MMMM yyyy`` in the
page's UI language, the view count, the rubric, the tags field as the editor typed it), the
rich text (dateline, ``Источник: X`` as its last paragraph) inside
``div.journal-content-article``, shown by a Web Content Display (``section.portlet`` inside
``div.portlet-boundary`` with generated ids) whose content metadata lists the asset's
categories (``Рубрика:`` — and on some stories ``Регион:`` before it, vocabularies in name
order) and its tags, lower-cased as Liferay stores them, each a link to ``/search?tag=…``.
Photos come from Documents and Media (``/documents/20142/<folder>/<file>/<uuid>?t=…``, Cyrillic
file names percent-encoded) through Adaptive Media: a ``<picture>`` whose sources are
``/o/adaptive-media/image/<fileEntryId>/Thumbnail-300x300/…`` and ``…/Preview-1000x0/…`` for
narrow screens and whose ``<img>`` is the original file; the credit ``Фото:gov.kz`` in the
``figcaption``. Articles answer at ``/news/<slug>-u<N>`` (a rewrite to the friendly URL, the
canonical), at ``/-/<slug>-u<N>``, ``/web/guest/-/…``, under the ``/ru/``, ``/en/`` and ``/kk/``
prefixes (the UI language, not the story's: ``<html lang>``, ``og:locale``, labels and months
follow the prefix) and in the ``/novosti`` Asset Publisher's full-content view; every page
carries Liferay's ``hreflang`` alternates of its own address in the three UI languages. The
listing ``/novosti`` is an Asset Publisher whose display template writes the outlet's
``.news_text`` items (a relative ``a``, a ``p`` date "16 Апреля 2021"), twenty a page, with
Liferay's pagination bar (``ul.pagination`` with "Предыдущий"/"Следующий", pages linked as
``?p_p_id=…&_…_delta=20&_…_resetCur=false&_…_cur=N``, page 1 too, an items-per-page menu of
other deltas); ``_cur`` past the last page shows the last page. Around the content:
``themeDisplay``, ``Liferay.authToken`` and a ``p_auth`` subscription form, Senna.js
attributes, the currency widget (0.0), a short-text language selector (``ru``/``en``/``kk``
linking ``/c/portal/update_language``, disallowed in robots.txt), a sign-in link, a search
bar, breadcrumbs, social bookmarks, the ``ru``-badged "Последние новости" publisher, a
"Популярное" one with view counts, a banner and a footer with contacts. The Russian seed and
its English twin name each other in a Related Assets portlet. robots.txt names the pages'
sitemap.

Looks of its own (about a third of the generated stories, see ``site.LOOKS``): linked to the
Asset Publisher's full content (``h3.asset-title`` with a back link, no template ``h1``, the
publisher's own metadata and ratings), linked with a percent-encoded ``?redirect=`` back-link,
linked as ``/web/guest/-/…``, as ``/ru/-/…``, as ``/kk/-/…`` (a page in the Kazakh UI:
``lang="kk-KZ"``, "20 Сәуір 2023", "Айдар:"), categories of two vocabularies, tags only as
the lower-cased tag links, a Documents and Media ``<img>`` with ``imagePreview=1`` (no
Adaptive Media), the count only in the metadata row ("Просмотров: 683"), the credit typed at
the start of the text before the dateline, and ``Источник:`` in a structure field of its own
with the name linked.

Truth calls: ``published_at`` is the display date, at its minute when the page prints one,
else midnight (day precision); ``title`` the headline (``h1`` or ``h3.asset-title``);
``category`` the "Рубрика" vocabulary's category, never the region, None without one; ``tags``
as the info line prints them, or — where only the tag links show them — lower-cased as the
links do, [] without; ``views`` the page's count (info line, metadata row or the publisher's
"683 Просмотров"), None where none is shown; ``photo_credit`` from ``Фото:``;
``image_urls`` the photo once at its largest copy: the original file of the ``<img>`` (with
its ``?t=`` stamp; Adaptive Media's sources are narrow-screen copies), or the Documents and
Media preview URL the page embeds, [] without a photo; ``body`` the text's paragraphs without
the credit, the dateline, empty paragraphs and the ``Источник:`` line.
"""
