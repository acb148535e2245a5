"""A twenty-eighth copy of ic24.kz about the structure of the text itself.

A plain hand-written news template whose texts are not plain paragraphs: lists, a data table,
sub-headings, block quotes, a quote box, a Q&A, footnotes, a ``<pre>`` schedule, inline links
and emphasis, embedded posts, numbered steps, a poem with ``<br>`` lines, one-sentence lines,
one long paragraph (with or without ``<p>``), a closing fact box, and texts split over two or
three pages (``?page=N`` or ``…/N/``) with an optional one-page view.

How the truth reads a text (SPEC: body = paragraphs joined by ``\\n\\n``, whitespace collapsed
inside a paragraph), block by block, in page order:

- ``<p>``: one paragraph; inline links and emphasis are their words, with no space added.
- ``<h2>``/``<h3>``/``<h4>`` inside the text: one paragraph each (headings are text).
- ``<ul>``/``<ol>``: one paragraph per ``<li>``; the bullet or number the browser draws is not
  text. Numbered steps whose number is written ("<strong>Шаг 1.</strong> …") keep it.
- a table: one paragraph per row, header row first, cells joined by one space. This is the
  convention of the eighth and twelfth copies' tables of figures (same markup: ``<th>`` header,
  short numeric cells): the project keeps one; ``" | "`` would keep where a cell ends, and
  changing it means changing all three copies' truth together.
- ``<blockquote>`` (a quotation) and the quote box (a quotation said nowhere else on the page,
  then who said it): their paragraphs are body. An embedded tweet / Instagram post is not.
- a Q&A: question and answer are separate paragraphs (the bold question is text).
- footnotes: the marker is not text ("…в 2019 году, …"); the notes under the text are
  paragraphs after it, without their numbers (the "↩" back-link is not text either). This is
  the convention of the tenth copy and of kznews's footnote tests: the project keeps one, and
  a marker or a note's number is a pointer, not a word of the text.
- ``<pre>``: one paragraph per non-empty line.
- a poem in one ``<p>`` with ``<br>`` lines: one paragraph per line. A ``<br>`` ends a
  paragraph in every other copy (texts written as ``<br>``-separated lines), and nothing in
  the markup tells a poem's lines from such a text's: the project keeps one convention.
- a photo inside the text: its caption is not body (its image is in ``image_urls``).
- the fact box ("Справка" / "Background" / "Анықтама") closing the text is body: its title is
  a paragraph, then its paragraphs; the ``Источник:`` line after it is not.
- a text on several pages is ONE record: every page's paragraphs in page order (the headline,
  date line, pager, "continued" line and sidebar each page repeats are not body), and its
  ``url`` is the first page's (``/news/<slug>-u<N>``, no page number, no one-page view); its
  ``image_urls`` are the photos of all its pages, in page order.
"""
