"""A thirty-third copy of ic24.kz made of heavy, long pages: long reads of 100-300 paragraphs,
threads of 500-2,000 reader comments (some quoting the article), inline SVG sprites and charts,
base64 ``data:`` images, a 1-3 MB inline JSON state holding hundreds of other stories, the text
nested 100-200 ``div``s deep, big data tables, galleries of 50-100 ``<picture>`` images with
``srcset``, a 1,000-link mega-menu and a huge footer; pages of up to ~5 MB.
"""
