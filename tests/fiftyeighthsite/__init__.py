"""A fifty-eighth copy of ic24.kz: SITE.md read again, guessed as a Django + Wagtail site.

Guesses (none seen on the live site):

- Wagtail ``NewsPage`` at ``/news/<slug>-u<N>`` (another slug or a trailing slash: 301 to
  it), a ``NewsIndexPage`` at ``/novosti`` paged by Django's paginator as ``?page=N`` (page 1
  linked as ``/novosti``), ``/`` a 302 to ``/novosti``; robots.txt disallows the admin and
  search; no sitemap (``/sitemap.xml`` is the 404 page, Django's production 404 template).
- The article page in SITE.md's order: the currency widget (``0.0`` until JavaScript),
  ``<h1>``, a hero image rendition (``/media/images/photo-N-0.width-800.jpg`` with a
  ``srcset`` of ``width-400``/``width-800``) whose caption is the credit ``Фото:gov.kz``, the
  info line (``20 Апреля 2023 683 Социум Алматы, аким, субботник`` as date, PageViews count,
  rubric link, django-taggit links; English pages ``2 August 2021``, Kazakh ``20 Сәуір
  2023``; counts from 1000 grouped by ``intcomma``: a no-break space on ru/kk pages, a comma
  on English ones), then StreamField blocks (``block-paragraph`` > ``rich-text``,
  ``block-image``, ``block-quote``, ``block-embed``) with the year-less dateline opening the
  first paragraph, ``Источник: X`` as the last block, share buttons and a "latest news" block
  of ``ru``-badged, cut headlines (links to other stories of the copy).
- Around it: a cookie banner, a GET search form, a "Самое читаемое" box with view counts,
  ad blocks, a newsletter form with ``csrfmiddlewaretoken``, a footer with contacts, counter
  pixels. ru/en/kk pages share one id sequence and no URL prefix; ``<html lang>`` and
  ``og:locale`` name the page's language (wagtail-localize).
- ``article:published_time`` (Almaty offset) only on pages whose story has a time of day.
- A third of the generated stories deviate in one way (``site.QUIRKS``): an ``&nbsp;``
  paragraph and zero-width spaces, a homoglyph, the credit typed into the first paragraph
  before the dateline (``<em>Фото:x</em><br>``), a linked source name, no rubric, no view
  count, a video embed plus an inline ad (with a banner image), a quote block, the time stamp
  in UTC, an English page under ``lang="ru"``, a bold dateline.

Truth calls: ``category`` is None when the page has no rubric; ``views`` None without a
count; ``published_at`` is the day at midnight in Almaty (precision ``day``) unless the page
has ``article:published_time`` (then that moment, in Almaty time, even when written in UTC);
``dateline_place`` None when the first paragraph has no dateline; ``image_urls`` the
``width-800`` rendition of each photo of the story (hero and body ``block-image``; not the
``srcset`` alternatives, ad banners, logos, counters or the default ``og:image`` of a story
without photos); ``source`` the ``Источник:`` name or the agency the lead names; the body is
the paragraphs and quote without dateline, credit, ad, embed, empty paragraph or source line.
"""
