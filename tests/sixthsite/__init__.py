"""A sixth copy of ic24.kz in the markup of today's CMSs: WordPress with a news theme and Yoast,
a newer Bitrix ``news.detail`` template, and a Next.js page (``__NEXT_DATA__`` plus server-rendered
HTML with hashed class names), with the mess real pages carry: JSON-LD that disagrees with the
page, lazy images, "Читайте также" blocks and embeds inside the text, share widgets, hashtags,
JS-only view counters, Kazakh and English pages, and a listing paginated as ``?PAGEN_1=N``.
"""
