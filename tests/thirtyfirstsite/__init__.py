"""A thirty-first copy of ic24.kz about URL shapes and crawler traps: links written in every legal
way (percent-encoded and raw Cyrillic slugs, protocol-relative, ``./``/``../``, whitespace in
``href``, ``&amp;amp;`` queries, ``;jsessionid``, fragments, the live host, an image-map
``<area>``, a pager only in ``<link rel="next">``), a session id in every link, sort/view
variants of each listing page, an endless calendar, a self-link with a growing query, relative
links that nest when ``<base href>`` is ignored, and one article under many URL shapes.
"""
