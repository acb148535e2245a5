"""A forty-second copy of ic24.kz: SITE.md's article page taken literally, on an old CMS.

Currency widget, headline, ``Фото:gov.kz`` (on some pages run into the dateline), the info line
``20 Апреля 2023 683 Социум Алматы, аким, субботник`` as one text node in every variation
(multi-word, missing or English rubrics, no views, one tag or none), the dateline without a
year (or none), a no-break-space line, ``Источник: X``, the language-badged "latest news"
block; a rubric menu on most pages; the listing of ``.news_text`` blocks paged by ``?start=``.
The truth calls are in tests/test_fortysecondsite.py's docstring.
"""
