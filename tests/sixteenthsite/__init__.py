"""A sixteenth copy of ic24.kz in markup none of the other copies uses: infinite-scroll article
pages (the requested story followed by the next one or two in full), reader content (long
comments, a "Мнение читателя" block, a poll, a "Самое читаемое" block between the paragraphs),
metadata that disagrees with the page (two JSON-LD blocks, a stale ``og:title``, UTC and
modified dates, a lead-only ``articleBody``) and paywalled text hidden in the HTML; the listing
is paginated by a keyset cursor (``/novosti?before=u<N>``).
"""
