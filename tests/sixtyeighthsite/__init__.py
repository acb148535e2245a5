"""A sixty-eighth copy of ic24.kz: SITE.md's outlet guessed as a TYPO3 11/12 site with tx_news.

Guesses about the markup (each one unconfirmed):

- Every page is a TYPO3 page: ``<!-- This website is powered by TYPO3 -->`` comment in the head,
  ``<html lang="ru-RU">`` for the whole site tree (English and Kazakh stories live in the
  Russian tree, so ``lang`` and ``og:locale`` say Russian on them too, except a few English
  records translated into a second site language with ``lang="en-GB"``), a language menu with
  ``hreflang`` (the unavailable language a ``<span>``), ``<link rel="alternate" hreflang>``
  between the one story told in both languages (u45694/u45713).
- Articles use the news extension's detail template: ``div.news.news-single`` holding
  ``article itemscope itemtype="http://schema.org/Article"``, the headline in
  ``h1[itemprop=headline]``, the info line (``time`` with the capitalised genitive month
  "20 Апреля 2023", English month names on English pages, a view counter, the category, the
  comma-separated tag links) in ``div.news-list-date-cat``, the photo as a processed image
  ``/fileadmin/_processed_/a/b/csm_<name>_<hash>.jpg`` with the credit ``Фото:gov.kz`` in a
  caption that touches the text (no whitespace between them), the text in
  ``div.news-text-wrap[itemprop=articleBody]`` whose first ``p`` starts with the year-less
  dateline, ``Источник: X`` as the last paragraph, then a ``news-related`` box of the newest
  headlines cut short, each with a ``ru``/``en`` badge.
- Around it: the currency widget (values 0.0 before JavaScript), a cookie banner, an indexed
  search form, a "most read" box, ad slots with banner images, share buttons, Yandex/LiveInternet
  counters and a footer with the editors' contacts.
- The listing ``/novosti`` is ``div.news-list-view`` of ``.news_text`` items (an ``a`` with a
  root-relative ``href`` and a ``p`` with "16 Апреля 2021"); its pages are the paginate widget's
  ``/novosti?tx_news_pi1%5BcurrentPage%5D=N&cHash=<hash>`` (a wrong or missing cHash, or a page
  out of range, is TYPO3's 404); ``/`` redirects (307) to ``/novosti``.

About a third of the stories have a quirk of their own (``QUIRKS``): no view counter, no
category, no tags, a Russian date line on an English page, the photo credit written in bold at
the start of the first paragraph, the source linked, an empty ``&nbsp;`` paragraph, no
dateline, the source named only in the lead, a zero-width space in the headline.

Truth calls: the published moment is the date line's day at 00:00 Asia/Almaty (no clock is
shown, precision "day"); ``category`` None where no category is shown; ``tags`` [] without
tags; ``views`` None without a counter; ``photo_credit`` without the "Фото:" label;
``dateline_place`` None without a dateline; ``source`` the ``Источник:`` name, else the
agency the lead names, else None; ``lang`` the language of the text whatever ``<html lang>``
says; ``image_urls`` the article photo only (no banner, logo or counter pixel).
"""
