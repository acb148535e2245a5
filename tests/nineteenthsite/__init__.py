"""A nineteenth copy of ic24.kz where language is the hard part: a third of the pages are Kazakh,
some in the Latin alphabets (2021 with ä ğ ı ñ ö ū ü ş, the apostrophe spelling), with Kazakh
labels, month names and date forms ("2021 жылғы 16 сәуір", "16.04.2021 ж.", "16 säuır 2021 j."),
short Cyrillic pages without the Kazakh-only letters, Russian pages full of Kazakh names and a
Kazakh quote, English pages quoting Russian, and ``<html lang>`` that is right, wrong or missing.
Two templates: plain semantic HTML5 and a Bitrix-like ``news-item-detail`` one; the listing mixes
the languages behind badges (ҚАЗ/РУС/ENG/QAZ) and pages as ``/novosti/page/N/``.
"""
