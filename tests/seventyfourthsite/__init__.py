"""A copy of ic24.kz as a Blogger blog on its own domain (classic layout, custom theme).

Guesses about the markup, each stated:

- Listing ``/novosti``: the blog's main page re-routed; ten posts a page, each a
  ``div.post-outer > div.news_text`` holding an ``a`` (relative href) and a ``p`` date
  (``16 Апреля 2021``, Russian for every post). Paged the Blogger way: the "Предыдущие
  сообщения" link is ``/novosti?updated-max=<ISO moment of the last post shown, + as
  %2B>&max-results=10``; pages after the first also carry a "Более новые сообщения" link
  (``?updated-min=…&reverse-paginate=true``), a query past the oldest post answers 200 with
  "Сообщений нет.", an unreadable one the blog's 404. ``/`` redirects to ``/novosti``.
- robots.txt is Blogger's: ``Disallow: /search`` (the label pages), no sitemap.
- Article ``/news/<slug>-u<N>`` (301 from another slug): ``<html lang="ru">`` on EVERY page
  (the blog's language, English and Kazakh posts included), ``<title>Центр информации:
  headline</title>``, og:title/og:url/og:image, a ``BlogPosting`` JSON-LD with
  ``datePublished``. Headline in ``h3.post-title.entry-title``; under it the info line
  ``abbr.published[title=ISO]`` (``20 Апреля 2023``; English posts ``August 2, 2021``),
  ``span.post-views`` (absent when views are unknown), the rubric as the first label
  (``span.post-labels.post-rubric`` link to ``/search/label/Социум``), then the tags
  (``span.post-labels.post-tags``, comma-separated links) — the text reads
  ``20 Апреля 2023 683 Социум Алматы, аким, субботник``.
- Body ``div.post-body.entry-content``: pictures first (``s320`` or ``w640-h400`` thumbnails
  on blogger.googleusercontent.com linked to the ``/s1600/`` original; the first one's credit
  ``Фото:gov.kz`` in Blogger's ``td.tr-caption``), then the paragraphs as
  ``<div style="text-align: justify;">`` separated by ``<div><br></div>`` — no ``<p>``; the
  dateline opens the first one; ``<div><b>Источник:</b> X</div>`` after the text. Post footer:
  ``Posted by Центр информации at HH:MM`` (``00:00`` when the time is unknown), share buttons;
  then comments with the comment form, an ad, the ``ru``-badged latest-headlines block (cut
  headlines of other Russian posts) and the pager's home link. Sidebar: search form,
  "Самое читаемое" PopularPosts with snippets, an ad, BlogArchive by year; a currency widget
  on top, a Google cookie notice, counters and a footer with contacts.
- Every third generated post deviates in one way: ``brs`` (one div, ``<br><br>`` between
  paragraphs), ``spans`` (paragraphs in ``<span style="font-family">`` with a trailing
  ``&nbsp;``, also the Russian seed), ``credit_inline`` (no caption; ``<i>Фото:x</i>`` in a
  div right before the dateline), ``footer_labels`` (Blogger's "Ярлыки:" line, every label
  alphabetically), ``comment`` (a reader's comment shown), ``nbsp_lines`` (``<div>&nbsp;</div>``
  gaps), ``homoglyph`` (one letter of the second paragraph in the other script),
  ``source_link`` (the source a link), ``no_labels``, ``two_photos``.

Truth calls: ``category`` is the first label (None on ``no_labels`` pages, ``tags`` []);
``image_urls`` are the ``/s1600/`` originals the pictures link to (Blogger's host, absolute);
``published_at`` is the ``abbr.published`` moment (Almaty midnight when the post has no time);
``photo_credit`` only the first picture's; ``views`` None where no counter is shown; the
comment, the snippets and the latest-headlines block are not the body.
"""
