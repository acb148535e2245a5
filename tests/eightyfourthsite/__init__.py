"""An eighty-fourth copy of ic24.kz: SITE.md read again as a Tilda Publishing site.

Guesses, each stated once (SITE.md says nothing of Tilda; all of this is this copy's reading):

- Every page is a stack of ``t-records`` blocks (``<div id="rec…" class="r t-rec"
  data-record-type="…">``): a ``t396`` Zero block for the header (logo, the currency widget
  with 0.0 values, a search form), the Feeds post block, a "Последние новости" block with
  ``ru``/``en`` badges and cut headlines, a "Самое читаемое" block with other stories' view
  counts, a footer with contacts, a cookie banner and Yandex.Metrika/Tilda stat counters.
- The post: headline in ``h1.t-feed__post-popup__title.t-title`` (inline ``font-size``), the
  photo as a lazy ``t-bgimg`` whose ``data-original`` is ``https://static.tildacdn.com/
  tild<hex>-<hex>/photo.jpg`` (that absolute URL is the truth's ``image_urls``; the style and
  ``data-lazy`` carry the ``thb.tildacdn.com/…/-/resize/800x/-/format/webp/`` thumbnail), the
  credit ``Фото:gov.kz`` in a ``t-descr`` under it, then the info line as four absolute
  ``tn-elem`` atoms of a second Zero block (date ``20 Апреля 2023``, views, rubric, comma tags
  as ``t-feed__post-tag`` links), then the ``t-redactor__text`` body: the dateline opens the
  first paragraph; paragraphs are ``<br /><br />``-separated on even ids and ``<p>`` on odd ones;
  a line holding only a no-break space precedes ``Источник: X``; ``t-share`` buttons follow.
- URLs: the post lives at ``/news/<slug>-u<N>`` and the listing card's photo links the Feeds
  twin ``/tpost/<hash>-<slug>``, which serves the same page; the canonical of both is the
  ``/news/`` address. ``/novosti`` lists 10 cards (``.news_text`` holding ``a`` and ``p`` date)
  and its only pager is a ``Загрузить ещё`` link to ``?page=N``.
- JSON-LD ``NewsArticle`` (with ``datePublished`` carrying the time) is on most pages; pages
  with no JSON-LD (the ``nojsonld`` ones, the Kazakh ones, u45713) show no time of day, so
  their truth is midnight in Almaty with precision ``day``. ``<html lang="ru">`` on every page
  (Tilda's project language), no ``og:locale``.
- English pages: ``20 April 2023`` in the info line, ``Almaty. August 2. Information Center -``
  datelines, ``Источник:`` kept Russian. Kazakh pages: ``16 сәуір 2021`` and Kazakh datelines.

A third of the stories deviate, each in one way (``Article.dev``):
``glued`` — the credit is a grey span opening the ``t-redactor__text``, straight
before the dateline (``Фото:pixabayАлматы. 20 апреля. …``), with no caption under the photo;
``oneline`` — the info line is a single ``tn-atom`` text; ``nojsonld`` — no
JSON-LD and no ``og:`` tags; ``tagsbelow`` — tags only as ``t-feed__post-tag`` links after the
text (none in the info line); ``spaced`` — views written ``1 315`` with a no-break space;
``popup`` — the body in a ``t-feed__post-popup__text`` wrapper with ``<div>`` lines and an
empty paragraph.

Truth calls: no rubric on a page → ``category`` None; no counter → ``views`` None; no tags →
``[]``; ``source`` is the ``Источник:`` line or the source the lead names; ``dateline_place``
None on pages without a dateline; ``photo_credit`` None without a ``Фото:`` line.
"""
