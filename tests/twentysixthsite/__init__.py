"""A twenty-sixth copy of ic24.kz as an English-first news portal: most stories in English in
an international-wire style (AP and British dates, "ALMATY, Nov. 30 (IC) —" datelines, dates
shown in UTC or with "Updated:" before "Published:"), English labels for every field ("Filed
under:", "Topics:", "Reads: 1.2k", "Image credit:", bylines, "Read more:", newsletter boxes and
"Advertisement" slots inside the text), Russian and Kazakh stories in the same frame, and
English/Russian pairs linked both ways (``hreflang`` or a visible "Читать на русском" link).
"""
