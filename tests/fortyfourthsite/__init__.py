"""A forty-fourth copy of ic24.kz: the outlet's English pages on a Russian-language CMS.

Most pages are English (30 en, 12 ru, 2 kk, ids in one sequence, 2019-2025): English
datelines in three forms, English dates in four forms next to the CMS's Russian ones
("02 Августа 2021" over English text), English rubrics of several words, capitalised tags,
"Источник:" and "Source:" lines and lead attributions, Cyrillic homoglyphs inside English
words, Russian ``<html lang>``, ``og:locale`` and ``<title>`` on English pages, English photo
credits, the ``ru``-badged "latest news" sidebar after every text and a Bitrix-style listing
(``/novosti?PAGEN_1=n``) mixing the languages. See ``site.py`` for the truth calls.
"""
