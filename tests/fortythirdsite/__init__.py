"""A forty-third copy of ic24.kz where SITE.md's guesses turn out wrong (the pages stay true).

Every guess of SITE.md is plausibly different on some group of pages: the info line in another
order (views after the rubric, tags before it), with numeric, ISO, weekday-and-time dates,
labelled or eye-icon views, as ``<span>``s or ``<li>``s with rubric and tag links, or absent
(the date only in ``<time datetime>`` or ``<meta>``); datelines with a year, the agency in
capitals, other dashes, after a standfirst, or none; a card listing with ``<time>`` dates and
``/novosti/page/N/`` pagination; ``Источник:`` as a link, ``Source:``/``Дереккөз:``, a source
named only in the lead; "Читайте также" blocks instead of the badge sidebar; a currency widget
with real numbers; ``<html lang="ru">`` on every page whatever its language. The rules the
truth follows are in ``tests/test_fortythirdsite.py``.
"""
