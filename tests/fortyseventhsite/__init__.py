"""A forty-seventh copy of ic24.kz: the outlet's Kazakh pages (tests/fortyseventhsite).

Kazakh pages are the majority here (20 kk, 16 ru, 8 en, ids in one sequence, 2019-2025 on
both sides of 2024-03-01), written as a Russian-language outlet's Kazakh pages look: Kazakh
datelines ("Алматы. 16 сәуір. Ақпарат орталығы - ", "Астана қаласы, 2 тамыз. ", in capitals,
with a Russian month left by the CMS), Kazakh months in the info line ("16 Сәуір 2021",
"02 Тамыз 2021", "2022 жылғы 25 тамыз", "12 қыркүйек 2019 ж.", "02 Қыркүйек 2024, 11:30")
next to Russian ones ("20 Апреля 2023") and "12.11.2021"; five pages in the Latin alphabet
(2018 acute spelling "Almaty. 16 sáýir. Aqparat ortalyǵy - ", 2017 apostrophe spelling
"sa'uir", "ortalyg'y"); Kazakh rubrics and tags, "Қаралды: 683"/"Qaraldy: 312"; sources
"Дереккөз:", "Ақпарат көзі:", "Источник:" on a Kazakh page, "…, деп хабарлайды Kazinform.",
"Бұл туралы ҚазАқпарат хабарлады."; credits "Сурет: gov.kz", "Фото:pixabay",
"Фото: ашық дереккөзден", "Sýret: pixabay"; old pages in windows-1251 with the Kazakh letters
as decimal entities, a UTF-8 editor's hex entities, a Latin "i" typed for the Kazakh "і",
look-alike letters of the other script; language switches to the ru/en versions of a story;
a "latest news" block with kk/қаз/ru/рус/en/eng badges; the listing /novosti
(``.news_text``: link + date ``p``, Russian or Kazakh month) paged by ``?page=N`` with
"Келесі »".

Truth calls:
- ``lang`` is "kk" for a Kazakh page in either Latin alphabet; ``<html lang="ru">`` and
  ``og:locale ru_RU`` of the 2021-2023 template say nothing about it.
- ``title``, ``body``, ``category``, ``tags`` and ``dateline_place`` are what the page
  shows, in its alphabet ("Qoǵam", "Almaty", "S'ymkent" on Latin pages), SPEC-normalised: a
  Latin "i" inside a Cyrillic word is the Kazakh "і", look-alike letters are repaired.
- ``dateline_place`` is the town alone: "Астана" for "Астана қаласы, …", "Алматы" for
  "АЛМАТЫ. …" (capitals read as the name), "Нұр-Сұлтан" as written in 2019-2022; None
  without a dateline.
- ``body``: the paragraphs without the dateline, empty paragraphs, the "Дереккөз:",
  "Ақпарат көзі:", "Источник:" line, photo credit, share buttons, badges block; a lead that
  names its source ("…, деп хабарлайды Kazinform.", "… Бұл туралы ҚазАқпарат хабарлады.")
  stays in the text.
- ``source``: the name after the label, or the name in the lead ("Kazinform", "ҚазАқпарат");
  None when neither; a multi-word name is kept whole ("Түркістан облысы әкімдігі").
- ``photo_credit``: the text after "Сурет:", "Фото:", "Sýret:" ("Алматы хайуанаттар бағы";
  "ашық дереккөзден", "from open sources", is a credit like any other).
- ``published_at``: the info line's date (any month language, "12.11.2021", "… 2019 ж.") at
  midnight Almaty time, or its time where one is shown; on the two pages whose info line has
  no date, the dateline's Kazakh day and month with the listing's year.
- ``category`` None on a page without a rubric, ``tags`` [] without tags, ``views`` None
  without a counter.
- ``image_urls``: the article's photos (uploads under /upload/iblock/), not the logo, flags,
  eye icon or listing thumbnails elsewhere.
"""
