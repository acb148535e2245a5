"""A seventy-third copy of ic24.kz: article pages served as AMP, listings as plain HTML.

Guesses this copy makes (SITE.md read again, as an AMP-first site):

- Articles live at ``/news/<slug>-u<N>`` and are AMP documents (``<html ⚡ lang="ru">``,
  ``<style amp-custom>``, ``amp-img layout="responsive"`` with an ``<img>`` only inside
  ``<noscript>``, ``amp-carousel`` for galleries, ``amp-social-share``, ``amp-analytics`` with
  its JSON config, ``amp-ad``, ``amp-iframe`` video embeds, ``amp-accordion`` holding the
  ``ru``-badged headline block, a NewsArticle JSON-LD, ``<link rel="canonical">`` to itself).
- About one article in six is older: its canonical page at ``/news/<slug>-u<N>`` is plain
  HTML (``<img>``, no ⚡) that links ``<link rel="amphtml">`` to an AMP twin at
  ``/news/<slug>-u<N>/amp``; the twin's canonical is the plain page (the record's URL is the
  plain page, the twin is never in the listing).
- Page order: currency widget (static ``0.0``), headline, ``Фото:gov.kz`` credit line, the info
  line ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (date · views · rubric · tags,
  English pages ``2 August 2021``), dateline ``Алматы. 16 апреля. Центр информации - `` running
  into the lead, body, ``Источник: X``, share buttons, then the ``ru`` headline block. Around
  it: a cookie banner, a search form, ads, counters, a "most read" box, a footer with contacts.
- The listing ``/novosti`` (``?page=N``) holds ``.news_text`` items (``a`` with a relative
  href, ``p`` with ``16 Апреля 2021``), ten per page, newest first, ru/en/kk in one id sequence.
- About a third of the pages deviate: a time of day after the date, no view counter, no rubric
  or tags, the credit in the photo's ``figcaption``, the source as a link, a video embed or
  an ad between paragraphs, empty ``&nbsp;`` paragraphs, no-break spaces and a Cyrillic
  homoglyph in an English word, a dateline in ``<strong>``.

Truth calls: ``category`` None and ``tags`` [] when the page shows none; ``views`` None when
no counter is shown; ``photo_credit`` None on pages without a photo; ``dateline_place`` None
without a dateline; ``source`` from ``Источник:`` or, failing that, the lead (``сообщает
КазТАГ``); ``published_at`` the info line's day (and time when shown) in Asia/Almaty;
``image_urls`` the article's own photos in page order (no icons, ads or embed posters).
"""
