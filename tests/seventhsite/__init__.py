"""A seventh copy of ic24.kz in markup the other copies do not use: Drupal 7/8 with RDFa
(``dc:date dc:created``, ``field-name-body``, taxonomy terms under labelled fields), schema.org
microdata with no JSON-LD and no ``og:`` tags, and a 2000s table layout (some pages in
windows-1251), with figures, blockquotes, sub-headings, "Читайте также" lines, share blocks and
dated comments around the text, and a Drupal-views listing paginated as ``?page=N`` from 0.
"""
