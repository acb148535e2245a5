"""A fifth copy of ic24.kz in the markup of a 2005-2012 Russian CMS (DLE / Bitrix / Joomla 1.5).

Written from SITE.md and the seed dumps only: table layouts, ``<br>``-separated text in one
container, rubrics only in breadcrumbs, "Теги:" lines, "Просмотров:" counters, windows-1251
on a few old pages and a DLE listing paginated as ``/novosti/page/N/``.
"""
