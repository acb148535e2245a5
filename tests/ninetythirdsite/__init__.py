"""A ninety-third copy of ic24.kz: the outlet as a Drupal 7 site with Views.

Written from SITE.md alone. Guesses: the information centre has run Drupal 7 since 2012 with a
Bartik sub-theme (``ic24``), the RDF, statistics, translation, book, comment, print, Pathauto
and Views modules. A page is page.tpl's frame (XHTML+RDFa doctype, ``xml:lang`` of the
interface, ``Drupal.settings``) around ``h1.title#page-title`` and the node
``div.node.node-article.node-promoted.view-mode-full`` (``about``/``typeof`` RDFa, hidden
``dc:title`` and ``sioc:num_replies`` spans): ``div.meta.submitted`` "Опубликовано пользователем
admin в Чт, 20/04/2023 - 10:30" in the Russian interface or "Submitted by admin on Thu,
04/20/2023 - 10:30" in the English one (Drupal's default medium format, month first) inside
``property="dc:date dc:created" content="2023-04-20T10:30:00+06:00" datatype="xsd:dateTime"``;
the image field ``field-name-field-image`` showing the ``large`` style
(``/sites/default/files/styles/large/public/field/image/photo_N.jpg?itok=…``) linked to the
original upload, the credit field ``Фото:gov.kz``, the outlet's info line ("20 Апреля 2023
683 Социум Алматы, аким, субботник", rubric and tags as ``/taxonomy/term/N`` links), the body
``field-name-body field-type-text-with-summary`` (``div.field-items > div.field-item.even``,
the dateline "Алматы. 16 апреля. Центр информации - " on the first paragraph, ``Источник: X``
as its last), the tags field with ``div.field-label`` "Теги:&nbsp;", and ``ul.links.inline``
(translation link, "Добавить комментарий", "683 просмотра"/"683 reads", "Версия для печати").
Core's relative ``<link rel="canonical">`` and ``rel="shortlink"`` (``/node/N``), Metatag's
``og:`` tags (``og:image`` the original upload) and, for the translated pair, hreflang links.
Every node answers at ``/news/<slug>-u<nid>`` and at ``/node/<nid>``. After the node the
``latest_news`` view block lists headlines with language badges (``ru``); the
``region-sidebar-first`` holds search, rubrics, popular content and an ad; the header the
currency block (``• USD/KZT 0.0``). ``/novosti`` is a view page of ten ``.views-row >
.news_text`` rows (an ``a`` and a ``p`` date "16 Апреля 2021") with Drupal's zero-based full
pager (``?page=1`` is the second page; ``li.pager-next`` "следующая ›", ``li.pager-last``
"последняя »"); a page number past the end shows the last page, as Drupal's pager does.
Russian and Kazakh nodes are served in the Russian interface, English ones in the English
interface.

Looks of its own (about a third of the generated nodes, see ``site.LOOKS``): the other
interface language, an old content type without RDF mapping, the submitted line switched off,
the summary shown apart, the image after the body, tags as an inline comma list of ``/tags/…``
aliases, a node listed by ``/node/N``, a book page with book navigation, the source as a
labelled field, a comment thread, the view count only in the node links, the credit typed
into the body before the dateline.

Truth calls: ``published_at`` is the node's created minute (RDFa, or the submitted line read
in its interface's day/month order), midnight for nodes migrated from the old site;
``body`` every paragraph with the dateline cut off, the summary not counted again, without
the credit, the ``Источник:`` line, book navigation or comments; ``views`` the count the page
shows (None without one); ``category`` the rubric (None without); ``tags`` the tags field's
terms; ``image_urls`` the one photo at its largest copy, the original upload the image links
to (and og:image names), [] without a photo.
"""
