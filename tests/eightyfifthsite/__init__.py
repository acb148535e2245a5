"""An eighty-fifth copy of ic24.kz: SITE.md read as a Gatsby static site built from a headless
Strapi CMS.

Guesses this copy makes about such a site (each one may be wrong about the live outlet):

- Every page is Gatsby's SSR output: ``<div id="___gatsby"><div id="gatsby-focus-wrapper"
  tabindex="-1">``, CSS-module class names (``article-module--body--3kJ9d``), React's ``<!-- -->``
  markers between adjacent text parts, ``window.pagePath`` and ``<script
  id="gatsby-script-loader">``; ``<html lang="ru">`` is set once for the whole site, so English
  and Kazakh pages carry it too (the language must come from the text).
- Articles live at ``/news/<slug>-u<N>`` (``trailingSlash: "ignore"``: a trailing slash or
  another slug answers 301 to the page); each has its
  ``/page-data/news/<slug>-u<N>/page-data.json`` with the Strapi entry (``publishedAt`` in UTC
  with ``Z``, ``content`` in Markdown, ``cover`` with an ``/uploads/`` URL).
- The listing is ``/novosti/`` with static pages ``/novosti/2/``…; ``/novosti`` answers 301 to
  ``/novosti/``; misses answer ``404.html``'s markup with status 404.
- The info line under the headline is React components: ``20 Апреля 2023<!-- --> <!-- -->683
  <!-- --> <!-- -->Социум<!-- --> <!-- -->Алматы<!-- -->, <!-- -->аким…`` (English pages
  ``2 August 2021``, Kazakh ``16 Сәуір 2021``); a story with a clock also has ``<time
  dateTime="…Z">`` in UTC (a story published before 06:00 Almaty time falls a day earlier in
  UTC) and, except on deviating pages, a JSON-LD ``NewsArticle`` with ``datePublished`` in UTC.
- The cover is a ``gatsby-image-wrapper``: a base64 placeholder ``<img aria-hidden>``, a
  ``<picture>`` with ``/static/<hash>/<w>x<h>/photo.webp`` sources and a main ``<img>`` whose
  ``src`` is the 1200x675 JPEG; the credit ``Фото:gov.kz`` sits under it.
- The body is Markdown rendered to ``<p>``, ``<blockquote>`` and ``<ul>``; the dateline
  (``Алматы. 16 апреля. Центр информации - ``) opens the first paragraph, the ``Источник: X``
  line closes the body, then share buttons, the ``ru``-badged latest-news block, a most-read
  block, ads, a cookie banner, a search form, counters and a footer with contacts.

About a third of the generated pages deviate (``Article.forms``): the dateline in ``<strong>``,
two paragraphs as a Markdown list, an inline Strapi ``/uploads/`` photo in the body, no JSON-LD,
the credit inside the caption after a caption text, the source line linked, the view count in
its own component behind an eye icon, no-break spaces inside paragraphs.

Truth calls: ``category`` is None on a page with no rubric, ``views`` None when no count is
shown, ``tags`` empty when none; a Markdown list's items are paragraphs of the body, a
blockquote's paragraph is a paragraph of the body; ``image_urls`` are the cover's main
``<img src>`` (1200x675 JPEG) then the body's inline ``/uploads/`` photos, absolute on the
crawled host; ``published_at`` is the Almaty moment (midnight when the story has no clock).
"""
