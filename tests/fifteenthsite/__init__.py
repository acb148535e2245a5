"""A fifteenth copy of ic24.kz in the custom markup of big Kazakh/Russian news portals, with
language sections on their own paths (``/novosti``, ``/en/news``, ``/kz/zhanalyqtar``),
translations linked by ``hreflang``, dates relative to today ("Сегодня, 15:40", "Бүгін 15:40",
"Yesterday, 9:05 AM") and paragraphs full of inline markup and invisible characters.
"""
