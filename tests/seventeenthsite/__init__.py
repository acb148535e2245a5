"""A seventeenth copy of ic24.kz that tries the crawler's transport and URLs: listing links that
redirect (trailing slash, ``.html`` paths, old slugs, an upper-case ``U`` id, ``utm_`` queries),
gzip, chunked bodies, charsets only in ``<meta>``, only in a BOM or only in the HTTP header
(windows-1251), a header and ``<meta>`` that disagree, one-off 503/429 answers, a listed article
that is gone (404) and HEAD refused; its pages are an ASP.NET MVC (Razor) news view and a plain
Bootstrap card theme.
"""
