"""A twelfth copy of ic24.kz in markup no other copy uses: Nuxt/Vue server-rendered pages
(``data-v-*`` scoped attributes, BEM classes, a ``window.__NUXT__`` function-call state), Hugo
static pages (microformats ``h-entry``, UTC ``dt-published`` stamps, ``rel="tag"`` lists) and
Wix/Webflow builder pages (``data-hook`` attributes, ``<span>`` runs, ``w-richtext``, 15+ levels
of anonymous ``<div>``, day-only "16 апр. 2021 г." dates), with lazy images, sub-headings,
lists, tables and quotes inside the text, share bars, cookie banners, "Ещё по теме" blocks,
English "ASTANA, April 16 – Information Center" datelines and Kazakh labels; the listing is
paginated Hugo-style as ``/novosti/page/N/``.
"""
