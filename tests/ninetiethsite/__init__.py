"""A ninetieth copy of ic24.kz: the outlet as WordPress with the tagDiv "Newspaper" theme.

Written from SITE.md alone. Guesses: WordPress 6.4 with Newspaper 12 (a child theme), Yoast
SEO, Polylang (language from the content, no URL prefix) and the AMP plugin. A post lives at
``/news/<slug>-u<N>`` (its WordPress id is N): the breadcrumbs (Главная › Новости › rubric),
``ul.td-category`` of ``li.entry-category`` rubric links, ``h1.entry-title``, the meta line
(``td-author-by`` "Автор", ``td-post-author-name``, ``<time class="entry-date updated
td-module-date">`` whose ``datetime`` is the GMT stamp the theme prints on WordPress ≥ 5.3 and
whose text is "20 Апреля 2023" / "August 2, 2021" / "16 Сәуір 2021", ``td-post-views`` with
``td-nr-views-<N>``, the comment count), the share bar above and below, then
``div.td-post-content tagdiv-type`` with the featured photo first (``td-post-featured-image``:
a lightbox link to the uploaded file around the ``-696x464`` size with its ``srcset``, the
caption ``Фото:gov.kz`` in ``figcaption.wp-caption-text``), the dateline opening the first
paragraph, the theme's inline ad ("- Реклама -") after the second paragraph, a ``<p>&nbsp;</p>``
on the Russian seed, ``Источник: X``; the footer's ``td-post-source-tags`` (a
``ul.td-tags`` whose first item is the label "ТЕГИ"), next/previous posts, the author box; then
"ЕЩЁ ПО ТЕМЕ" (``td_block_related_posts`` cards with their rubric and date), the child theme's
"Лента новостей" (thirty headlines cut at 70 characters, each after its ``ru``/``en``/``kk``
badge) and the comments with the reply form. Around: the top bar with today's date and the
currency widget (``USD/KZT 0.0`` …), the header ad, the menu of rubric archives, "Популярное"
cards with dates, a sidebar ad, the footer and the counters. Yoast gives the canonical, og
tags, ``article:published_time`` (GMT) and the JSON-LD ``@graph`` (Article with GMT stamps,
keywords, articleSection, ImageObject with the caption, BreadcrumbList …); Polylang gives
``<html lang="ru-RU"/"en-US"/"kk">``, ``og:locale`` and, on the Russian seed and its English
twin, hreflang links and a switcher. The category archive ``/category/novosti/`` (the old
``/novosti`` redirects there) shows a big grid of the newest four on page 1, fifteen
``td_module_10`` cards (``item-details news_text``) a page and the ``page-nav`` (``page/2/``,
``td-icon-menu-right``); rubric and tag archives and a front page exist too.

Looks of their own (about a third of the generated posts, see ``site.LOOKS``): post template 8
(the title over a full-width photo, no caption), the date as text only, a lazy-loaded featured
photo, two rubrics, the source only in the theme's "ИСТОЧНИК" row, the tags label "TAGS", an AMP
twin, a Smart List, a second captioned photo in the text.

Truth calls: ``published_at`` is the post's local time (Almaty), midnight when the post has none
(imported posts); ``category`` is the first (primary) rubric; ``tags`` the ``ul.td-tags`` links;
``views`` the ``td-nr-views`` count; ``photo_credit`` the name after ``Фото:`` in the photo's
caption, None without a caption; ``source`` the ``Источник:`` line, the "ИСТОЧНИК" row, else the
source the lead names; ``body`` every paragraph of the text with the dateline cut off, a Smart
List's "N. heading" lines being paragraphs, and never the caption, the ad, the ``&nbsp;`` line,
the Smart List's Prev/Next controls or the source line; ``image_urls`` every photo of the post
(featured, then the one in the text) at its largest copy, the uploaded file without a size
suffix (the lightbox link, the largest ``srcset`` entry, template 8's background photo) — never
card thumbnails, the logo, ads, avatars or counters.
"""
