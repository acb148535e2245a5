"""An eightieth copy of ic24.kz: SITE.md read again as an Angular 16 app rendered on the server
(Angular Universal / @angular/ssr).

Guesses about such a site, each one made here:

- Every page is the app shell ``<app-root ng-version="16.2.0" ng-server-context="ssr">`` with
  ``_nghost-ng-c…`` / ``_ngcontent-ng-c…`` attributes on every element, component tags
  (``<app-header>``, ``<app-currency>``, ``<app-news-page>``, ``<app-info-line>``,
  ``<app-news-body>``, ``<app-share>``, ``<app-related>``, ``<app-most-read>``, ``<app-pager>``,
  ``<app-footer>``, ``<app-cookie-banner>``), ``<!--container-->`` and ``<!--bindings={…}-->``
  comments where ``*ngIf`` / ``*ngFor`` blocks stand, text nodes padded with newlines and
  spaces, ``<html lang="ru">`` on every page (the static index.html; only ``og:locale`` is set
  per page by the Meta service).
- The article's data repeated in the TransferState script
  ``<script id="serverApp-state" type="application/json">`` as Angular escapes it
  (``&q;`` for quotes, ``&l;``/``&g;`` for angle brackets, ``&a;`` for ampersands): the API's
  record with ``publishedAt`` in UTC (``…T18:00:00.000Z`` for an Almaty midnight) and the
  content as HTML.
- The info line ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` as spans of
  ``<app-info-line>`` (date, eye + count, rubric link, tag links joined by ", "); English
  pages print ``2 August 2021``, Kazakh ones ``16 Сәуір 2021``.
- The photo with ``ngSrc`` (served as ``ngsrc``) plus ``src``, ``loading="lazy"`` and
  ``ng-img``, its credit ``Фото:gov.kz`` in the figcaption; the body in ``.news_body`` of
  ``<app-news-body>``: dateline in the first paragraph, ``<p>&nbsp;</p>`` lines, an optional
  ``Источник: X`` paragraph; then share buttons and ``<app-related>``: the ``ru``-badge block
  of the newest headlines, cut at a word.
- The listing ``/novosti``: ``.news_text`` items (a relative ``routerLink`` anchor and a
  ``p`` with ``16 Апреля 2021``), 8 a page, ``?page=N`` links rendered by ``<app-pager>``.
- Around it: a search form, the currency widget (0.0 on the server), an ad slot, a Yandex
  counter, a cookie banner, a "most read" aside with view counts, a footer with contacts.

About a third of the pages deviate in one way of their own (``Art.deviation``):
``client_related`` (``<app-related>`` empty on the server, rendered only in the browser),
``no_rubric`` (the rubric span is an ``*ngIf`` left false), ``credit_inline`` (the credit is an
``<em>`` run into the first paragraph before the dateline, no figcaption), ``clock`` (the
info line prints ``, 11:20`` after the date), ``no_views`` (the counter is an empty span
filled in the browser), ``tags_text`` (tags as one plain text span, not links).

Truth calls: ``category`` is None on a ``no_rubric`` page; ``views`` is None where no count is
printed; ``published_at`` is the Almaty midnight of the printed date (``day`` precision)
except on ``clock`` pages (minute precision); ``photo_credit`` is the text after ``Фото:``;
``source`` is the ``Источник:`` line or the agency the lead names; the body excludes the
dateline, the credit, the ``Источник:`` line and the ``&nbsp;`` lines; ``image_urls`` is the
article's one photo (the related and most-read blocks carry no photos).
"""
