"""ic24.kz article pages: the rubric a CMS prints as a phrase and one link, often under the
story (K2's ``Опубликовано в <a>Общество</a>``, WordPress's ``Posted in <a>Sport</a>``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kznews import processors as P
from kznews.extract.chain import rule
from kznews.origin import rebase
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.page import ArticlePage as Page

FILED_IN = re.compile(
    r"^(?:опубликовано\s+в(?:\s+рубрике|\s+разделе)?|размещено\s+в|published\s+in|posted\s+in|"
    r"filed\s+in|рубрика|раздел|категория|category|section|жарияланды|айдар|санат)"
    r"\s*[:：]?\s+(?P<name>\S.{0,59})$", re.I)
"""A rubric's phrase or label before its name, the colon optional (``Опубликовано в
Общество``, ``Published in Sport``, ``Рубрика Спорт``, ``Жарияланды Саясат``)."""


@rule("text:filed-in", "`Опубликовано в X`, `Published in X`, `Posted in X`, `Filed in X`, "
      "`Рубрика X`, `Раздел X`, `Категория X`, `Жарияланды X` (a colon optional) on a line "
      "outside page furniture whose only link is X, a link within the site that is no "
      "article's nor a tag's (K2's `itemCategory` under the story)")
def filed_in(p: Page) -> str | None:
    for line, text in zip(p.lines, p.clean, strict=True):
        if not text or len(line.links) != 1:
            continue
        match = FILED_IN.match(text)
        if match is None:
            continue
        link = line.links[0]
        href = link.get("href") or ""
        name = P.clean_text(match["name"]).rstrip(" .")
        if p.text(link) != name or (urlsplit(href).netloc and rebase(href, p.url) is None) or \
                O.article_id(href) or W.TAG_HREF.search(href) or \
                (p.zone(line.element) is not None and not p.in_own_post(line.element)):
            continue
        return name
    return None
