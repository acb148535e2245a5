"""A seventieth copy of ic24.kz: SITE.md's outlet as it would look on Ghost 5 with a
Casper-like Handlebars theme.

Guesses made here (none of them known of the live site):

- Ghost's markup: ``<html lang="ru">`` on every page, English and Kazakh ones too (Ghost has one
  site-wide locale, and no ``og:locale``); ``article-header`` with the primary tag as rubric
  (``/tag/<slug>/``), ``article-title`` ``h1``, a byline to ``/author/ic24/`` and Ghost's
  reading time ("2 мин чтения" / "2 min read"); the feature image as ``figure.article-image``
  whose ``img`` has ``src=/content/images/size/w600/YYYY/MM/<name>.jpg`` and a ``srcset`` of
  four widths, its ``figcaption`` the credit (``Фото:gov.kz``); the text in
  ``section.gh-content``; a second photo as ``kg-card kg-image-card kg-card-hascaption`` (src the
  original ``/content/images/YYYY/MM/<name>.jpg``); links to other stories as
  ``kg-bookmark-card``; ads as ``kg-html-card`` (``<!--kg-card-begin: html-->``).
- The info line SITE.md quotes sits in the header as its own ``div.ic-info``:
  ``<time datetime>`` (date only, "20 Апреля 2023", English months on English pages, Kazakh on
  Kazakh ones), the view count, the rubric link and the comma-separated tag links.
- Ghost's head: canonical, ``og:*``, ``article:published_time`` (UTC, ``Z``, milliseconds),
  one ``article:tag`` per tag *including the primary tag*, ``twitter:data2`` "Filed under" all
  tags, and JSON-LD ``@type: Article`` with ``publisher``, ``author`` a Person named after the
  site, ``datePublished`` in UTC and ``keywords`` = every tag, the rubric first.
- The listing ``/novosti`` is Ghost's collection of ``article.post-card`` entries whose content
  ``div`` also carries ``news_text`` (an ``a`` with a relative ``href`` and a ``p`` with the
  date); further pages ``/novosti/page/N/`` (trailing slash), the newer-posts link of page 2
  back to ``/novosti``, ``/novosti/`` answered as page 1, ``/novosti/page/1/`` moved there.
  Articles keep SITE.md's ``/news/<slug>-u<N>`` without a trailing slash (with one: 301).
- Around the story: currency widget, Ghost portal sign-up buttons and a members CTA, search
  button, share buttons, a cookie banner, counters, ads, a "most read" box, the ``ru``-badged
  "latest news" block with headlines cut at a word, Casper's "read more" cards, a footer with
  contacts. The 404 page lists three recent stories, as Ghost's error page does.

Truth calls: ``published_at`` is the page's moment (Ghost always stores a time: a clock for the
generated stories, midnight for the subbotnik); ``category`` is the primary tag, None on a page
without one; ``tags`` are the info line's tags, without the rubric; ``views`` None where the page
shows no count; ``image_urls`` each photo of the story once, at its original size (feature
image first: the ``og:image``/JSON-LD URL, not its ``size/wN`` renditions in ``src`` and
``srcset``; the body card's ``src``); ``photo_credit`` the credit without
"Фото:"; ``body`` the ``gh-content`` paragraphs less dateline, ads, bookmark cards, empty or
no-break-space paragraphs and the ``Источник:`` line.

About a third of the generated stories carry one deviation each (``Article.quirk``): no view
count, no tags, no primary tag, no dateline, no photo, a bookmark card inside the text, an ad
card inside the text, "Фото: X" with a space, an early-morning clock (the UTC date a day
earlier), the body image's caption naming the credit again.
"""
