"""An eighty-sixth copy of ic24.kz: the outlet as a Ruby on Rails 7 application of a local studio.

Guesses this copy makes about such a site (each one a guess, not knowledge of ic24.kz):

- Hotwire: the listing ``/novosti`` pages through lazy ``<turbo-frame id="news_page_N"
  loading="lazy" src="/novosti?page=N">`` frames, each holding a "Показать ещё" fallback link;
  every page answers as a full layout. Stimulus ``data-controller``/``data-action`` attributes
  everywhere, ``<meta name="csrf-token">`` and ``<meta name="turbo-cache-control">``.
- Active Storage: a photo is shown as a resized variant (``/rails/active_storage/
  representations/redirect/<signed blob id>--<digest>/<signed variation key>--<digest>/
  photo.jpg``) in ``src``, another variant in ``srcset``; the original blob
  (``/rails/active_storage/blobs/redirect/...``) in ``og:image`` on some pages only. Both
  answer 302 to a storage host.
- Action Text bodies: ``<div class="trix-content"><div>text<br><br>text</div></div>`` with the
  dateline at the start of the text, ``Источник: X`` as its last block, and
  ``<action-text-attachment>`` figures (``figure.attachment--preview`` with a
  ``figcaption.attachment__caption``) inside.
- ``local_time``: ``<time datetime="...Z" data-local="time" data-format="%-d %B %Y">`` with the
  UTC instant in the attribute and the Almaty day (Rails ``config.time_zone``) in the text,
  the capitalised genitive month of SITE.md on Russian pages (``20 Апреля 2023``), English
  month names on English pages, the Kazakh form on Kazakh ones.
- The info line SITE.md saw (``20 Апреля 2023 683 Социум Алматы, аким, субботник``): the time
  tag, the view count (``number_with_delimiter``: a no-break space on Russian pages, a comma
  on English ones past 999), the rubric link and ``/tags/<name>`` links joined by commas.
- The photo credit under the headline (``Фото:gov.kz``), the currency widget, the ``ru``-badged
  "latest news" block, a "most read" block, ads, counters, share buttons, a cookie banner, a
  search form and a footer with contacts.

About a third of the pages deviate in a small way of their own (``Article.dev``): the body in
one ``<div>`` per paragraph, a bold ``Источник:`` label, a date with no ``<time>`` tag (day
precision), the credit run straight into the dateline, no rubric, an English page under the
layout's ``<html lang="ru">``, an attachment with a caption inside the body, no-break spaces
and a homoglyph in the text, a "Читайте также" link inside the body, and an evening-before
UTC stamp (a time before 06:00 in Almaty).

Truth calls: ``category`` is None on a page with no rubric; ``published_at`` is the
``<time datetime>`` instant in Almaty time (minute precision), the day at midnight when the
page has no time tag; ``image_urls`` holds one URL per photo at its largest copy the page
names: the original blob of ``og:image`` where the page has one, else the variant its ``src``
shows (not the ``srcset`` one: a signed variation names no size), absolute on the copy's host;
attachment captions, "Читайте также" links, share buttons and the ``Источник:`` line are not
body text; ``source`` is the ``Источник:`` name, else the source the lead names.
"""
