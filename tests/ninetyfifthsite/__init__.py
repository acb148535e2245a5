"""A ninety-fifth copy of ic24.kz: the outlet as the site of a daily print newspaper.

Written from SITE.md alone. Guesses: the information centre publishes a daily paper and its site
runs on the paper's own PHP CMS. Every story belongs to an issue and the page says so above the
headline: ``№ 72 (29 876) от 20.04.2023 | Полоса 3 | PDF-версия номера`` (the issue's page
``/archive/2023/04/20/`` lists its stories by "Полоса N"; the PDF lies under ``/upload/pdf/``,
closed to robots). The web publication is printed in the outlet's info line ("20 Апреля 2023,
11:20 683 Социум Алматы, аким, субботник": day, time, views, rubric, tag links); stories
brought over from the print archive print the day only. The masthead names the latest issue
("Свежий номер: № 141 (30 705) от 15.07.2026"). The text column holds the dateline, the
paragraphs, the seed's no-break-space line and ``Источник: X``; after it come share links, the
``ru``-badged "Последние новости" block, a "Свежий номер" box, "Самое читаемое" with counts, a
subscription line and the paper's registration in the footer. ``/novosti`` pages by
``?page=N`` (fifteen a page, ``.news_text`` items with "16 Апреля 2021, 11:20" and the issue
beside them). The Russian seed and its English version link each other by hreflang.

Looks of its own (about a third of the generated stories, see ``site.LOOKS``): an online-only
story ("Только на сайте", no issue), a story posted the evening before its issue's date, the
time of day printed only on the listing, print signatures after the text ("Айгуль САРСЕНОВА,
Алматы", "Ербол ТАСЫМОВ, «Центр информации»"), "Фото автора" or "Фото из архива" after the
signature, a print interview (bold questions, kicker ИНТЕРВЬЮ), a kicker (АКТУАЛЬНО), a
subheadline, the rubric line naming the page ("Общество | Полоса 5"), the issue as labelled
lines ("Номер: 72", "Дата выхода: 20.04.2023", "Полоса 3", a PDF link), a "Подпишитесь на
газету" box between the paragraphs.

Truth calls:

- ``published_at`` is the web publication: the info line's day at its time, or the listing's
  time when only the listing prints one, else the day (day precision). Never the issue's date
  (the evening-before story is published the day before its issue) nor the masthead's.
- ``title`` is the headline alone: no kicker, no subheadline.
- ``body`` is the story's paragraphs with the dateline cut off; an interview's questions and
  answers are one paragraph each, as written (the dash kept). Not body: the issue line, kicker,
  subheadline, the signature, the "Фото автора" / "Фото из архива" line, the subscription box,
  ``Источник:``.
- ``photo_credit``: ``Фото:X`` gives X; "Фото автора" names the author who signed the story, so
  the credit is the signature's name, as a name ("Айгуль САРСЕНОВА" -> "Айгуль Сарсенова");
  "Фото из архива" gives "архив" ("Photo from the archive": "archive"), like "Фото из открытых
  источников" gives "открытые источники"; None without a photo or a credit.
- ``source`` is the ``Источник:`` line's name or the one the lead names; a signature naming the
  paper ("«Центр информации»") is the outlet itself: no source.
- ``dateline_place`` is the dateline's place; a signature's city is not a dateline (signed
  stories have none): None.
- ``category`` is the rubric without the page ("Общество | Полоса 5" -> "Общество"), None
  without one; ``tags`` the tag links ([] without); ``views`` the info line's count (None
  without one); ``image_urls`` the story's one photo, [] without.
"""
