"""A seventy-eighth copy of ic24.kz: SITE.md read again as WordPress built with Elementor.

Guesses, each stated:

- One WordPress install with Elementor Pro's theme builder: a header template (a currency
  widget ``• USD/KZT 0.0 …`` filled by JavaScript, logo, nav menu, search form), a single-post
  template and a footer (contacts, Yandex.Metrika and LiveInternet counters) plus a cookie
  banner. Every piece is a widget in ``elementor-section > elementor-container >
  elementor-column > elementor-widget-wrap`` with ``data-settings`` JSON on sections.
- The single post, in order: ``theme-post-title`` (the h1); a ``text-editor`` widget with the
  photo credit ``Фото:gov.kz`` (no space); ``post-info`` with ``elementor-icon-list-items``
  for the date (``<time>`` without ``datetime``: ``20 Апреля 2023``, ``2 August 2021``,
  ``16 Сәуір 2021``), the views (a bare number), the rubric and the tags (terms links), which
  reads as ``20 Апреля 2023 683 Социум Алматы, аким, субботник``; ``theme-post-featured-image``;
  ``theme-post-content`` (block-editor ``wp-block-paragraph``; the dateline opens the first
  paragraph; ``Источник:`` in a last paragraph with a ``<strong>`` label); ``share-buttons``;
  a sidebar with "Самое читаемое" (titles with their view counts) and an ad banner; below, a
  ``posts`` widget of 30 ``ru``-badged latest headlines cut at 60 characters.
- ``<html lang="ru-RU">``, ``og:locale ru_RU`` and Yoast's ``inLanguage`` are the site's
  setting on every page, English and Kazakh ones too: the language is only in the text.
- Yoast's JSON-LD ``@graph`` (Article with ``datePublished`` in Almaty time, ``keywords`` =
  tags, ``articleSection`` = rubric, ImageObject, WebPage, BreadcrumbList, WebSite,
  Organization) and ``article:published_time``: the only places with a time of day.
- Images lazy-loaded by WP Rocket: an SVG placeholder ``src``, the photo in ``data-lazy-src``
  (content images also ``data-lazy-srcset`` with ``-300x200`` sizes), a ``<noscript>`` copy;
  uploads at ``/wp-content/uploads/YYYY/MM/u<N>-<k>.jpg``.
- ``/novosti`` is an Elementor archive whose cards hold ``.news_text`` (relative ``a`` and a
  ``p`` date); its pages are ``/novosti/page/N/``; ``/`` redirects to ``/novosti``; an
  article under another slug (or with a trailing slash) is a 301 to its address.

Deviations, one on about a third of the pages: ``no_yoast`` (no JSON-LD or
``article:published_time``: only the day is known), ``utc_ld`` (JSON-LD stamps in UTC),
``no_views`` (no views item), ``credit_caption`` (the credit is the featured image's
``figcaption``), ``source_link`` (the source is a link, no ``<strong>``), ``quote`` (the second
paragraph in a ``wp-block-quote``), ``embed`` (a YouTube ``wp-block-embed`` after the second
paragraph), ``ad_inside`` (an Ad Inserter block saying "Реклама" after the lead),
``empty_paras`` (``<p>&nbsp;</p>`` after each paragraph), ``no_rubric``, ``dateline_strong``
(the dateline in ``<strong>`` without its trailing space), and on the subbotnik page
``credit_in_lead`` (``<em>Фото:pixabay</em>Алматы. 20 апреля. …`` opening the body).
Written paragraphs carry hazards: a look-alike letter of the other script, a zero-width
space or a no-break space in the second paragraph; every fifth id an empty ``&nbsp;``
paragraph after the lead.

Truth calls: ``category`` None where no rubric is shown; ``views`` None without a views item;
``published_at`` at the Yoast minute when JSON-LD is there, else midnight (precision
``day``); ``photo_credit`` the name after ``Фото:`` wherever it stands; the body holds the
quote's text as a paragraph and never the dateline, the caption, the ad, the embed or the
``Источник:`` line; ``image_urls`` the full-size uploads in page order (never placeholders,
the logo, the banner, ``-300x200`` sizes or sidebar photos).
"""
