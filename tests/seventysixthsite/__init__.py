"""A copy of ic24.kz as Cloudflare serves it with its optimisations on (tests/seventysixthsite).

The outlet's pages as SITE.md describes them (``/novosti`` listing of ``.news_text`` items with
a ``p`` date, ``/news/<slug>-u<N>`` articles in one ru/en/kk id sequence), passed through
Cloudflare: Auto Minify (no whitespace between block tags, ``</p>``/``</li>``/``</td>``
dropped, plain-word attributes unquoted while URLs keep their quotes), Rocket Loader (every
inline script typed ``a1b2c3-text/javascript``, ``data-cf-settings``, the loader under
``/cdn-cgi/scripts/``), email obfuscation (``__cf_email__`` links holding
``[email&#160;protected]``), Mirage/Polish lazy images (``data-cfsrc`` on a hidden ``<img>``
plus a ``<noscript>`` copy), the ``cf-beacon`` analytics JSON, a ``__cf_bm`` cookie and
``Server: cloudflare`` / ``CF-RAY`` headers. Some article pages answer their first request
with the "Checking your browser" interstitial (HTTP 503, ``cf-mitigated: challenge``, a
``cf-chl`` page); the next request for the same page passes. ``site.route`` keeps that state
per (host, target); ``site.calm_route`` is the same site without interstitials (the bench and
the page checks read it).

Guesses made here: ``<html lang=ru>`` on every page, English ones included (one site template);
the info line ``20 Апреля 2023 683 Социум Алматы, аким, субботник`` keeps single spaces
between its inline spans, English pages write ``2 August 2021`` there; the listing writes its
dates in the Russian form for every language; the photo credit ``Фото:gov.kz`` sits in a block
right before the info line and the body, so minified text runs it into the next block; the
``ru``/``en``-badged "latest news" block follows the body; the sidebar has a "most read" list
with view counts, banners, a cookie banner, a search form, share buttons and a footer whose
contact email is obfuscated.

About a third of the generated pages deviate (``Art.dev``): ``email`` (a body paragraph ends
with an obfuscated address), ``noviews`` (no view counter), ``norubric`` (no rubric link),
``numdate`` (the info-line date as ``20.04.2023``, English ``August 2, 2021``), ``zwsp``
(zero-width spaces in the headline), ``caption`` (the credit at the end of a figcaption after
the photo's caption), ``nbsp`` (paragraphs holding only a no-break space).

Truth calls: ``body`` holds the decoded address where the page obfuscates one (what a reader's
browser shows; the static text says ``[email protected]``); ``category`` None and ``views``
None where the page has none; ``published_at`` is the info line's day at 00:00 Almaty time
(no time of day is printed, precision ``day``); ``image_urls`` are the article photos' real
addresses (the ``data-cfsrc``/``noscript`` one), never banners or listing thumbnails;
``source`` is the ``Источник:`` line, else the source the lead names; the title has no
zero-width characters.
"""
