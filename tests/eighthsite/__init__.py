"""An eighth copy of ic24.kz in the markup of CMSs no other copy uses: a classic uCoz news
module (``eTitle``/``eMessage``/``eDetails``, cp1251 on some pages, a ``?page2`` listing), an
InstantCMS 1.x article (``con_heading``/``con_text``, breadcrumbs, an eye-icon counter) and a
Ghost blog post (``post-full``, ``gh-content``, Koenig cards, a primary tag, og/twitter meta).
"""
