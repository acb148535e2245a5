"""A twentieth copy of ic24.kz in markup from before today's CMSs: a mobile/WAP page (XHTML-MP,
``<div>`` + ``<br/>``, "16.04.21 15:40 (345)", thumbnails linking to the full photo), an e-mail
newsletter archive (nested tables, ``<font>``, a ``<td>`` per paragraph, "Отписаться") and an old
static-HTML archive (``/news/2021/04/16/u45694.html``, ``<center>``, unclosed ``<p align=justify>``,
the date in bold as the first line, the source in brackets after the last paragraph), with
uppercase tags, unquoted attributes, comments between paragraphs, entities, counters in
``<noscript>``, a ``<marquee>`` ticker, Kazakh labels and windows-1251 pages.
"""
