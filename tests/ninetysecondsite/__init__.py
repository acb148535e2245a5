"""A ninety-second copy of ic24.kz: the outlet as a Squarespace 7.1 blog.

Written from SITE.md alone. Guesses: the information centre moved to Squarespace 7.1 and
kept its addresses through URL mappings: the blog collection is ``/news`` (the old
``/novosti`` answers 301), posts keep ``/news/<slug>-u<N>``. A post is ``article.entry.h-entry``
with ``h1.entry-title`` inside ``div.blog-item-title``, the category (``?category=`` link) and
``time.dt-published`` (``datetime`` the local day, text in the site's English UI "April 20,
2023") above the title, "Written By" and the author below it; the head carries og/itemprop/
twitter metadata, ``<meta itemprop="datePublished" content="2023-04-20T10:30:00+0600">`` (no
colon in the offset) and Squarespace's Article JSON-LD (``datePublished`` in the same form, the
author's name, the image at ``?format=1500w``). ``<html lang="en-US">`` on every page (the site
language is English), whatever the post's language. The post body is a ``sqs-layout`` of
blocks: the outlet's imported info line as a code block (``data-block-type="23"``: "20 Апреля
2023 683 Социум Алматы, аким, субботник"), the image block (``img`` with ``src=…?format=1000w``,
``data-src``/``data-image`` the original upload on ``images.squarespace-cdn.com/content/v1/…``,
``data-image-dimensions``, ``data-srcset`` from ``?format=100w`` to ``2500w``, a ``<noscript>``
copy, the credit "Фото:gov.kz" in the caption), then html blocks (``data-block-type="2"``,
``<p class="" style="white-space:pre-wrap;">``; dateline in ``<strong>``, ``Источник: X`` last)
and a line block. Below: ``?tag=`` links under "Tagged:", share buttons, a like count, "0
Comments" and the item pagination (Previous/Next with the neighbours' titles in ``h2``).
Header code injection puts the currency widget (0.0) on top of every page; the footer holds
the ``ru``-badged latest-news list (a code block), a newsletter block and the contacts. The
Russian seed and its English twin link each other by ``hreflang`` (per-post code injection).
The blog list shows twenty posts; "Older Posts" is ``/news?offset=<publishOn epoch ms>``,
"Newer Posts" ``?reversePaginate=true&offset=…`` (disallowed in Squarespace's stock robots.txt,
which also turns AI crawlers away). ``/sitemap.xml`` and ``/news?format=rss`` exist as on any
Squarespace site.

Looks of its own (one generated post in three, see ``site.LOOKS``): a quote block, the image
between two html blocks, the credit as small text on top, a summary block of other posts in
the text column, a longer caption, no info line, a second image, text hazards, a linked
source, a markdown block, a video block, a post published before five in the morning, a post
published live (seconds in every stamp), the 7.0-era lazy image (no ``src``), a button block.

Truth calls: ``published_at`` is datePublished (Squarespace always has a time; seconds when
the post has them) in Asia/Almaty; ``body`` every paragraph of the text blocks with the
dateline cut off, a quote block's paragraph with the marks the block shows (“…”), without
the info line, captions, summary/video/button blocks or the ``Источник:`` line; ``category``
the rubric, None without; ``tags`` the tags ([] without); ``views`` the info line's count
(None without one, and on posts without the info line); ``photo_credit`` the caption's (or
the small text's) credit; ``image_urls`` each picture once as its original upload (the URL
without ``?format=``, the largest copy: every ``?format=`` URL is a resized copy of it), the
summary block's thumbnails of other posts not counted.
"""
