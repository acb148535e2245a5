"""A ninth copy of ic24.kz in markup no other copy uses: a classic WordPress theme with no SEO
plugin (Jetpack related posts, comments, lazy images), Joomla 3/4 ``com_content`` articles
(``dl.article-info``, tag lists, a previous/next pager) and a Tilda-like page builder (no
semantic tags, ``<br><br>`` paragraphs, a CSS background lead image), with broken and
contradictory JSON-LD, ``og:title`` carrying the site name, and ru/en/kk pages, UTF-8 only.
"""
