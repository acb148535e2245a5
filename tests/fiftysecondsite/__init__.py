"""A fifty-second copy of ic24.kz: a small newsroom's hand-typed pages with editors' slips.

One plain template follows SITE.md's furniture (currency widget, headline, ``Фото:gov.kz``
credit, the info line ``20 Апреля 2023 683 Социум Алматы, аким, субботник``, dateline and text,
``Источник: X``, the ``ru`` headline block). About half of the generated pages carry one or two
slips an editor made typing into the CMS's rich-text box, each slip on two to four pages:
source and photo labels typed differently (``Источник :``, ``ИСТОЧНИК:``, ``Источники:`` with
two names, ``Source:``, ``Фото -``, the credit on the next line, two credits, the credit in the
caption, an empty ``<img src="">``), loose datelines (no spaces, a comma, capitals and em dash,
a typo'd month, repeated in the second paragraph, bold in a paragraph of its own), the info
line with a lower-case month, ``1 683`` views, loose tag lists and a rubric with a trailing
space, text with ``<p>&nbsp;</p>`` spacers, ``<br><br>`` breaks, a paragraph pasted twice, Word
markup, messenger emoji and ``**asterisks**``, a paragraph in capitals, and headlines with a
trailing period, double spaces or homoglyphs, English pages marked ``lang="ru"``.

The truth is what a careful reader takes from the page; every call is stated in ``site``.
"""
