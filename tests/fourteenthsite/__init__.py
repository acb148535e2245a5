"""A fourteenth copy of ic24.kz built around discovery as well as article markup: a listing
paginated only by a "Загрузить ещё" button (``data-url``) whose later pages are bare HTML chunks,
items grouped under "Сегодня"/"Вчера"/"16 апреля" headings with times only, relative dates
("2 часа назад", "3 күн бұрын"), duplicate links per item, a sitemap index and an RSS feed, old
articles reachable only from the sitemap; article pages in a Dzen-like layout
(``article-render__block``), a Medium-like one (hashed classes, ``pw-post-body-paragraph``) and
a CMS putting the whole text in one ``itemprop="articleBody"`` with ``<br><br>`` breaks and an
ad ``<script>`` inside.
"""
