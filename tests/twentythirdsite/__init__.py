"""A twenty-third copy of ic24.kz whose listings take shapes no other copy has: a date archive
(``/novosti`` holds the newest day and a calendar, older days only at ``/novosti/YYYY/MM/DD/``),
a feed whose rows carry their link in ``onclick``/``data-href`` with a ``<select>`` pager, an
oldest-first archive with a "Новые →" link and a JSON API behind a one-page HTML listing.
"""
