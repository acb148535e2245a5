"""A sixty-fourth copy of ic24.kz: one plain layout after SITE.md, many kinds of story text.

Every page has the same furniture: the currency widget (``USD/KZT 0.0``), the headline, a photo
with ``Фото:gov.kz`` under it, the info line (``20 Апреля 2023 683 Социум Алматы, аким,
субботник``, in five forms: full, without views, without tags, without rubric, date only), the
text column (dateline + body, an empty ``&nbsp;`` paragraph and ``Источник: X`` inside it),
share buttons and the ``ru``-badged headline block. The listing is ``/novosti?page=N`` of
``.news_text`` items (an ``a`` and a ``p`` with the date). Russian, English and Kazakh stories
share one id sequence; no ``<html lang>``; every date is a day (no clock on any page).

What changes is the text, as a Kazakh newsroom publishes it; what the feed's ``body`` holds
for each kind (the rule: everything a reader reads as the story is body, furniture is not):

- interview with bold questions (``<strong>``, own paragraph): questions and answers are body,
  one paragraph each, the bold question's text as written;
- interview as dialogue lines (``— Вопрос?`` / ``— Ответ.``): every line a paragraph, the dash
  kept;
- interview with the interviewee's name in bold before each answer: ``Name: answer`` is one
  paragraph (the bold name and the answer joined by the space the page has);
- official statement with numbered points (``1.``, ``2)`` written in the text): one paragraph
  per point, the number kept as written;
- press release with a contacts trailer (``Контакты для СМИ:``, phone, e-mail): kznews's rule
  (a release's contacts trailer is no body, like a site's contact lines) — not body, though
  inside the text column;
- op-ed: the author box above the text (photo, name, role) is furniture (not body, its photo
  not in ``image_urls``); the italic disclaimer ``Мнение автора может не совпадать с позицией
  редакции.``: kznews's rule (a column's disclaimer is the site's notice) — not body;
- court report: the verdict quoted in a ``<blockquote>`` is body (one paragraph);
- weather / traffic notices: short lines; a ``<p>`` per line, or ``<li>`` items (each item a
  paragraph), or lines split by ``<br>`` in one ``<p>`` (each line a paragraph);
- a table of figures (exchange rates, match results): each row one paragraph, its cells joined
  by one space, the header row included; the currency widget's ``0.0`` rates are never body;
- obituary: every paragraph, the condolence and the signature line included;
- correction note (``Уточнение:`` / ``Исправление:`` in bold) at the top or the bottom of the
  text: body; at the top the dateline follows it and opens the second paragraph
  (``dateline_place`` is still the dateline's place);
- a poem or a song: stanzas are ``<p>`` with lines split by ``<br>``; each line a paragraph;
- a Kazakh quote followed by its Russian translation: both paragraphs are body, the page is
  Russian (``lang`` "ru");
- a closing question to readers (``А вы как считаете? …``): body.

Other truth calls: ``category`` is None and ``tags`` [] when the info line has none, ``views``
None when it shows no count; ``source`` is the ``Источник:`` line's name when there is one, else
the name a lead gives (``сообщает КазТАГ``), else None; ``photo_credit`` the text after
``Фото:``; ``image_urls`` the article's one photo (not the author's portrait, not the logo).
"""
