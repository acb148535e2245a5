"""A sixty-sixth copy of ic24.kz: SITE.md read as a legacy ASP.NET WebForms portal.

Guesses (none seen on the live site):

- Every page is one master page: ``<form id="aspnetForm" method="post">`` around everything,
  ``__VIEWSTATE`` / ``__EVENTVALIDATION`` hidden fields, ``__doPostBack``, ``WebResource.axd``,
  ``ctl00_ContentPlaceHolder1_…`` ids on the labels (``lblTitle``, ``lblDate``, ``lblViews``,
  ``hlRubric``, ``lblTags``, ``lblPhotoAuthor``, ``pnlText``), a cookie banner, banners, a
  search box, a currency widget showing ``• USD/KZT 0.0`` (filled by JavaScript), a "most
  read" block linking legacy ``/news.aspx?id=N`` addresses (302 to the article), share
  buttons, a footer with contacts, Yandex.Metrika and LiveInternet counters and a trailing
  ``<!-- Page generated in 0.123 s -->`` comment. No ``<html lang>``; every page says
  ``Content-Language: ru`` in a meta tag (the master page's), so the language must come from
  the text. No ``<link rel=canonical>``; ``og:title``/``og:url``/``og:image``.
- The listing ``/novosti`` shows the 15 newest items as ``.news_text`` blocks (an ``a`` with a
  relative href and a ``p`` with ``16 Апреля 2021``); its pager and archive calendar are
  ``javascript:__doPostBack(...)`` links a crawler cannot follow. Any other query (``?page=2``)
  is ignored and answers page 1 again; ``/novosti?date=YYYY-MM-DD`` is the day's archive (a bad
  date: 302 to ``/Error.aspx``, which is a 404).
- The ways in that reach every article: ``/sitemap.xml`` (named in robots.txt, every article
  with its day as ``lastmod``) and the previous/next links on every article (a chain through
  all of them in id order). ``/rss.aspx`` (linked from every head) has the 20 newest.
- ``.aspx`` for everything but articles; ``/``, ``/Default.aspx``, ``/novosti.aspx`` answer a
  ``Response.Redirect`` 302 (IIS's "Object moved" body) to ``/novosti``; an article under
  another slug is a 301 to its own address; every HTML answer sets ``ASP.NET_SessionId``.
- Article page order: headline ``<h1><span id=…lblTitle>``, photo with ``Фото:gov.kz``, the info
  line ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` (date label, views label, rubric
  link, tag links joined by ", "), the text in ``<p>`` (dateline ``Алматы. 20 апреля. Центр
  информации - `` before the lead, no year), a ``<p>&nbsp;</p>``, ``Источник: X``, share
  buttons, previous/next, the "latest news" block of badged (``ru``/``en``/``kk``) cut
  headlines. English pages say ``2 August 2021``, Kazakh ``20 Сәуір 2023``. Paragraphs carry
  no-break spaces, zero-width spaces and Latin look-alikes inside Cyrillic words.
- A third of the generated pages deviate, one way each: ``glued_photo`` (the credit glued to
  the dateline inside the first paragraph: ``Фото:pixabayАлматы. 20 апреля.``), ``clock``
  (``20 Апреля 2023 14:35`` in the date label), ``br_body`` (one ``lblText`` span with
  ``<br /><br />`` between paragraphs), ``no_rubric``, ``source_link`` (``<strong>Источник:
  </strong> <a>КазТАГ</a>``), ``cp1251`` (an old Russian page served as windows-1251, zero-width
  spaces as ``&#8203;``), ``no_views`` (no views label), ``logo_h1`` (the logo is the page's
  ``<h1>``, the headline an ``<h2>``), ``kk_like_ru`` (a Kazakh page with a Russian date label).

Truth calls: ``published_at`` is the day at midnight in Asia/Almaty (``day`` precision) unless
the page prints a clock; the known stories print none. ``category`` is None without a rubric
link, ``views`` None without a views label, ``tags`` [] without tag links, ``photo_credit`` None
without a credit; ``source`` is the ``Источник:`` line or the source the lead names;
``image_urls`` the main photo (thumbnails and banners are not the article's).
"""
