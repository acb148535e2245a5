"""A twenty-fifth copy of ic24.kz in messy and hostile HTML: broken and mis-nested markup that a
browser repairs, text hidden from the reader (``display:none``, ``hidden``, ``.sr-only``,
``<template>``, ``<noscript>``, conditional comments), decoy metadata (two ``og:title``, a
related item's JSON-LD first, JSON-LD with entities or invalid), and text hazards inside words
(soft hyphens, ``<wbr>``, zero-width and bidi marks, numeric entities, ``&nbsp;``), a 300 KB blob
before the text and ``<br><br>`` paragraphs, on a listing paginated as ``?page=N``.
"""
