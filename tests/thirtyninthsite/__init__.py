"""A thirty-ninth copy of ic24.kz about the links between articles: a third of the stories are
reachable only through other article pages (headline blocks with every kind of language badge,
"Читайте также" lines, previous/next navigation, related cards clickable as rows, JSON-LD
``mentions``), written on the outlet's other host names, with tracking queries, fragments, old
slugs, self links, dead ids, merged ids and other outlets' look-alike addresses among them.
"""
