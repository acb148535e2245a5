"""An independently written copy of the ic24.kz outlet, used to measure the kznews spider.

Only SPEC.md and SITE.md knowledge went into it: the markup, class names, pagination and
date formats are this copy's own inventions, so the spider cannot be tuned to them.
"""
