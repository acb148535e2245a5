"""A sixty-third copy of ic24.kz: SITE.md read again as a HostCMS 6/7 site (XSL templates).

Guesses, each a HostCMS habit as remembered:

- Listing ``/novosti`` (HostCMS information system), ``.news_text`` items holding a thumbnail
  link, a title link (relative ``href``) and ``<p>16 Апреля 2021</p>`` (Russian months on
  every item, English ones too); pagination ``/novosti/page-2/`` with a trailing slash;
  ``/novosti/`` and ``/`` move to ``/novosti``; a page number past the last is a 404.
- Articles ``/news/<slug>-u<N>`` in ``<div class="hostcms_informationsystem
  informationsystem_item">``; the site-wide template prints ``<html lang="ru">`` on English
  and Kazakh pages too, and Russian labels (``Источник:``, ``Просмотров:``, ``Рубрика:``).
- No JSON-LD, no ``og:`` tags, no ``<time>``, no canonical link: the page's words only.
- Two layouts under the headline. ``line`` (two thirds): photo, then SITE.md's info line
  ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (spans and links; no time of day;
  English ``2 August 2021``, Kazakh ``20 Сәуір 2023``), then ``Комментарии (N)``.
  ``stat`` (a third): a weekday date with the time (``Четверг, 20 апреля 2023, 11:20``,
  ``Monday, 2 August 2021, 09:05``, ``Бейсенбі, …``), ``Просмотров: N | Комментарии (N)``
  (the counter left out on some pages), ``Рубрика: <a>X</a>``, ``Метки:`` links, then the
  photo whose credit runs straight into the text (no whitespace), the dateline in
  ``<strong>`` before `` - ``.
- Photo credits ``Фото:gov.kz`` in a span (no space) or ``Фото: gov.kz`` in a figcaption.
- Source after the text as ``Источник: <a>X</a>``, ``Источник: X`` or ``<p class="copyright">©
  X</p>``; else named by the lead only.
- Everywhere: currency widget (0.0), search form, menu, cookie banner, top and side banners,
  "Самое читаемое" (titles with ``12 345`` counts), a "Версия для печати" link and the
  "Нашли ошибку? … Ctrl+Enter" note, ``Рейтинг: 4.5 (голосов: 12)``, a comments block, the
  "Лента новостей" of badged cut headlines, a footer with contacts, Метрика and LiveInternet.
- A third of the pages carry inside the text container one of: an ``<p>&nbsp;</p>``, an
  in-text banner ("Реклама"), the italic Ctrl+Enter note as the last paragraph, or the share
  buttons' text ("Поделиться: ВКонтакте …"). The seeds keep their dumped hazards.
- HostCMS's typograph writes «», — and no-break spaces as entities.

Truth calls: ``published_at`` is the page's day at midnight on ``line`` pages (precision day)
and the printed minute on ``stat`` pages; ``views`` None where no counter is printed (the
rating, comment counts and "most read" numbers are not views); ``category`` None and ``tags``
[] where the page prints none; ``source`` the ``Источник:``/``©`` name or the lead's agency,
else None; ``photo_credit`` None without a photo; ``image_urls`` the one article photo
(thumbnails in the side blocks are not the article's); the body excludes the dateline, the
source line, banners, the Ctrl+Enter note, share text and empty paragraphs.
"""
