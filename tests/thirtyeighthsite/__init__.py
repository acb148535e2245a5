"""A thirty-eighth copy of ic24.kz about what sits inside an article's text.

Between the paragraphs of every page: inline and boxed "Читайте также" lines, labelled ad slots,
messenger and newsletter prompts, polls and quizzes, the Ctrl+Enter typo prompt, share rows,
update stamps, embedded social posts, a ``Источник:`` line in the middle, author
bio boxes and hashtag lines (none of them text), and fact boxes, interviews in bold Q&A,
quotations, lists, tables of figures, footnotes and a closing correction note (all of them
text), pull quotes repeating a
sentence (no text). The listing is ``/novosti?page=N``.
"""
