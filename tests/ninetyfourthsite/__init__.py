"""A ninety-fourth copy of ic24.kz: the outlet as a Substack publication on its own domain.

Written from SITE.md alone. Guesses: in autumn 2024 the information centre moved to Substack
(custom domain, publication language Russian, Substack's interface in English) and imported
its archive; a redirect rule in front of the domain keeps the old addresses alive
(``/news/<slug>-u<N>`` → ``/p/<slug>``, ``/novosti`` → ``/archive?sort=new``). A post lives at
``/p/<slug>`` with no id in its address: the outlet's ``u<N>`` survives in the JSON-LD
``NewsArticle`` ``@id`` (the story's old address) only. The page is Substack's:
``div.post-header`` with the section link (the rubric, ``/s/<section>``), ``h1.post-title``,
``h3.subtitle`` (the lead, without its dateline), the ``byline-wrapper`` of ``pencraft``
utility classes (avatars and names linked to ``substack.com/@handle``; imported posts are
signed by the publication's own account "Центр информации") with the date as "Apr 19, 2023"
text only — the UTC day, as Substack's server renders it — and like/comment/restack buttons;
the full moment only in the JSON-LD (``datePublished`` …``Z``) and in ``window._preloads =
JSON.parse("…")`` (``post_date`` in UTC). The text is ``div.available-content >
div.body.markup``: ``captioned-image-container`` figures (``substackcdn.com/image/fetch/
w_…,c_limit,f_webp…/<the S3 original, percent-encoded>`` in a ``<picture>`` of four widths,
linked to the full-size copy, the credit ``Фото:X`` as the caption), paragraphs with the
dateline in ``<strong>``, ``Источник: X`` last, editors' "Поделиться" buttons and the
publication's subscribe widget; after it the tags as ``post-tag`` pills (``/t/<tag>``),
``div.post-footer`` with the counts, "Ready for more?", the discussion and a "more from" list
of headlines with language badges. An imported post starts with the old page's info line as a
paragraph ("20 Апреля 2023 683 Социум Алматы, аким, субботник"); a post written on Substack
has none (no view count anywhere). The navbar carries the currency ticker (0.0). The
translated pair links each other by a button ("Read in English" / "Читать на русском").

Discovery: ``/archive?sort=new`` shows the twelve newest posts and loads the rest from
``/api/v1/archive?sort=new&offset=12&limit=12`` (JSON) as the reader scrolls — the HTML has no
link to older posts; robots.txt names ``/sitemap.xml``, an index of yearly sitemaps
(``/sitemap/2026`` …) listing every ``/p/`` address with its ``lastmod``; ``/feed`` is the RSS
of the twenty newest posts (full text). Section (``/s/``), tag (``/t/``), comments
(``/p/<slug>/comments``), home, about and subscribe pages answer too.

Looks of its own (about a third of the generated posts, see ``site.LOOKS``): a paywall after
two paragraphs, no subtitle, footnotes, an embedded tweet, a YouTube embed, a pull quote, a
button and subscribe widget in mid-text, the interface in Russian ("19 апр. 2023 г."), a post
published before 06:00 Almaty time, a second photo, an intertitle with Substack's anchor
widget, and, on imported posts, the old currency widget line or the credit as a paragraph.

Truth calls: ``id`` is the JSON-LD ``@id``'s ``u<N>``; ``url`` the ``/p/<slug>`` address;
``published_at`` the ``datePublished`` moment in Almaty time (imported posts the old site
dated by day only carry Almaty midnight, 18:00Z the day before); ``body`` the paragraphs the
page serves (a paywalled post's free part only), the dateline cut off, without the subtitle,
the info line, the widget line, captions, credits, buttons, widgets, embeds or the pull quote
(it repeats a sentence of the text); an intertitle is a paragraph and footnotes are paragraphs
after the text, without their numbers; ``category`` the section, ``tags`` the pills (both as
the info line has them on imported posts); ``views`` the info line's count, None on posts
without one (Substack shows likes, comments and restacks, never views); ``image_urls`` each
photo at its largest copy — the full-size CDN address its image links to — [] without a photo
(og:image then is the publication's card).
"""
