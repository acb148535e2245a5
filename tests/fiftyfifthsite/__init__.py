"""A fifty-fifth copy of ic24.kz: SITE.md read again, on a guessed custom PHP site of a local
Almaty web studio (built around 2012, patched since).

Guesses, where SITE.md is silent:

- Markup: XHTML 1.0 Transitional, the studio's own transliterated class names (``novost``,
  ``zagolovok nws-ttl``, ``foto_avtor``, ``info_stroka`` holding ``data_publikacii dt``,
  ``prosmotry vw``, ``rubrika``, ``tegi``; ``tekst_novosti nws-txt``, ``istochnik``,
  ``poslednie_novosti``, ``samoe_chitaemoe``), jQuery 1.8 with fancybox, jquery.cookie and the
  "bvi" plug-in behind a "Версия для слабовидящих" link; no JSON-LD, no ``article:*`` meta, no
  ``og:locale``; ``og:title``/``og:image``/``og:url``, ``keywords`` (the tags) and
  ``description``.
- ``<html lang>``: "en" on English pages, "ru" on Russian and Kazakh ones (the template never
  learnt Kazakh).
- Page order as SITE.md has it: currency widget (0.0 values) with the Kazakh/Russian/English
  links (``/?lang=xx``, a 302 to the listing), search form, mobile menu and a top banner;
  headline; the photo with its credit ``Фото:gov.kz`` (no space, only when a photo is shown);
  the info line ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (spans, views after an
  eye icon, rubric and tags linked; each part left out when the story has none); the text
  with the year-less dateline in ``<b>`` before the lead, an ``&nbsp;`` paragraph and
  ``Источник: X`` (label Russian on every page); print link (``/print.php?id=N``, robots
  disallows it), share links, comments (one on every fourth page, with its own date and
  time), the ``ru``-badged block of the twelve newest Russian headlines cut at 70 characters;
  a sidebar "Самое читаемое" (five most viewed stories with "12 345" counts) linking their old
  address ``/news.php?id=N``, which serves the same page with the pretty URL as canonical; an
  ad, social links and a Facebook page iframe; a footer with contacts, copyright, the studio
  credit and a LiveInternet counter; a Yandex.Metrika counter with its noscript image; a
  cookie banner. Every other page has an ad banner between the second and third paragraph.
- Dates: under the headline ``20 Апреля 2023`` / ``2 August 2021`` / ``16 Сәуір 2021``; no
  time of day anywhere on the story (a comment's time is the reader's, an "Обновлено в 14:25"
  note is the editor's): every story's truth is day precision, midnight in Almaty.
- Listing ``/novosti`` (page 1) and ``/novosti?page=N``, ten ``.news_text`` items a page with
  a relative ``href`` and a ``p`` date in the info line's form; numbered pager.
- Text hazards: the seeds' raw text (homoglyph, no-break spaces), a look-alike letter of the
  other script in one word on every fifth generated story, «» written as entities.

A third of the generated stories carry an editor's formatting: a bold lead (dateline inside
the ``<strong>``), a blockquote, a list, a table, a YouTube video, a photo gallery, an
"(Обновлено в 14:25)" note, a "Читайте также:" line in the middle, a "Источник данных: …"
line in the middle.

Truth calls: ``category`` is None when no rubric is shown, ``tags`` [] when none, ``views``
None when no count is shown (0 when it shows 0); ``photo_credit`` None without a credit;
``source`` is the ``Источник:`` line's name, else the lead's agency, else None; ``body`` keeps
the blockquote's paragraph, each list item as a paragraph, each table row as a paragraph of its
cells joined by one space, and the "Источник данных: …" line in its place (a data note inside
the text is text a reader reads; ``source`` stays the end line's); it leaves out the update
note, the "Читайте также:" line, ads, video, gallery, the nbsp line and the ``Источник:``
line. ``image_urls``: the story's photo,
then the gallery's full-size photos (the ``href`` of each fancybox thumbnail; the ``_mini``
thumbnails are previews of them), never banners, counters or icons.
"""
