"""A forty-ninth copy of ic24.kz: every kind of story a news site publishes, and pages at
article addresses that are no story.

One template of its own (SITE.md's furniture: currency widget, headline, ``Фото:`` credit under
the lead photo, an info line ``date [HH:MM] views rubric tags`` in spans, dateline, text,
``Источник:`` line, ``ru``/``en``/``kk`` badge block of the 16 newest pages). 44 stories in one
id sequence (24 ru, 15 en, 5 kk; 2019-2025, on both sides of 2024-03-01, the two seed pages at
u45694 and u46768), each kind on 2-4 pages. What the body (``\\n\\n``-joined paragraphs, the
dateline cut off) of each kind is:

- flash ("Молния"): its one sentence; note: its one paragraph of two sentences;
- video story: its two paragraphs (the embedded player adds nothing);
- photo story: its one paragraph; the 10 gallery captions are NOT text (they are picture
  captions); its 10 photos are its ``image_urls``;
- infographic: the caption under the image (a ``<figcaption>`` carrying the dateline) is the
  whole body; the image is its ``image_urls``;
- live blog: the intro paragraph, then every update as ``"HH:MM text"``, in page order (newest
  first); ``published_at`` is the info line's time (minute precision);
- interview: intro, then each bold question and its answer as paragraphs, in order;
- long read: 30+ paragraphs, the ``<h2>`` subheadings as paragraphs in place, each list item a
  paragraph, each table row (header row too) a paragraph of its cells joined by a space (the
  project's convention); the pull quote (an ``<aside>`` repeating a paragraph of the text in
  «») is NOT text;
- official statement: the intro paragraph then every paragraph of the quoted statement
  (a ``<blockquote>``), the quotation being the story;
- press release: its paragraphs and then its contacts block at the end, each line a paragraph
  (the contacts are part of the release); ``Источник:`` never sits in the body;
- language versions: one story in ru/en/kk (the metro) and kk/en (a park), different ids,
  dated the same day, linked to each other by a ``.versions`` line (not text);
- plain stories, the seeds among them (raw seed hazards on the page, normalised in the truth).

Truth calls: ``category`` None when the info line has no rubric, ``tags`` [] when it has none,
``views`` None when it shows no count (one story shows 0); ``photo_credit`` None on the kinds
with no lead photo (flash, note, video, photo story, infographic); ``source`` from the
``Источник:`` line or the lead (", сообщает КазТАГ" / ", Kazinform reports"), else None;
``dateline_place`` None only on the English live blog (no dateline); ``published_at`` at
midnight Almaty (precision "day") unless the info line has a time; ``lang`` from the text.

Pages at article addresses (``/news/<slug>-u<N>`` in the same id sequence, listed on the
listing and in the badge block like stories) that are NOT stories and are never in the truth:
two soft 404s answered 200 ("Материал не найден"), a removed story with a generic headline
("Материал удалён по требованию Генеральной прокуратуры…"), a removed story keeping its
headline and date line ("Материал удалён по требованию правообладателя."), the rubric
"Происшествия"'s list of stories, and two redirect loops (``A`` → ``A?amp=1`` → ``A``).
"""
