"""Publication dates a page keeps under a name of its own: a ``<meta>`` or a hidden form field
whose name says "publish(ed) date" (``sn-post-date``, ``published_date``), and a byline's date
(``By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m.``)."""

from __future__ import annotations

import re

from kznews import processors as P
from kznews.extract.chain import Named, rule
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform.page import ArticlePage as Page

_CHANGE = re.compile(r"modif|updat|expir|edit|chang|last", re.I)
"""A name for a later change (``article_date_updated``, ``dateLastPubbed``): never the date."""
_FIELD_SHAPE = re.compile(r"pub|post", re.I)
"""The cheap test before a name is normalised: every publish field name holds one of these."""


def _names_publication(name: str) -> bool:
    """``sn-post-date``, ``pub_date``, ``article.published``, ``publish-date``: the name ends in a
    publish field (``S.PUBLISH_FIELD``) after any prefix of its site's, and names no change."""
    if not _FIELD_SHAPE.search(name) or _CHANGE.search(name):
        return False
    flat = re.sub(r"[\W_]", "", name).lower()
    return any(flat.endswith(field) for field in S.PUBLISH_FIELD)


@rule("meta:<publish name>", "a `<meta>` whose name ends in a publish field after a prefix "
      "of the site's (`sn-post-date`, `pub_date`, `article.published`, `publish-date`); one "
      "naming a change (`updated`, `modified`) never")
def named_meta_date(p: Page) -> Named | None:
    for name, values in p.meta.values.items():
        if _names_publication(name):
            when = P.parse_date_text(values[0])
            if when:
                return Named(when, f"meta:{name}")
    return None


@rule("input:<publish name>", "the `value` of a hidden form field classed or named as the "
      "publication (`<input type=\"hidden\" class=\"published_date\" value=\"2019-11-18 "
      "23:41:18\">`) outside a `<form>`; one naming a change never")
def hidden_field_date(p: Page) -> Named | None:
    for el in p.index.tag("input"):
        if (el.get("type") or "").lower() != "hidden" or not el.get("value") or \
                next(el.iterancestors("form"), None) is not None:
            continue  # a form's hidden field is what it sends (a filter's date), not the post's
        name = next((n for n in (el.get("name"), el.get("id"), el.get("class"))
                     if n and _names_publication(n)), None)
        when = P.parse_date_text(el.get("value") or "") if name else None
        if when:
            return Named(when, f"input:{name}")
    return None


_BYLINE_ON = re.compile(r"^(?:(?:by|автор:?|авторы:?)\s+[^\W\d_][^;|]{0,80}?\s+)?(?:on|от)\s+",
                        re.I)
"""``By Jane Doe on …``, ``By Jane Doe, John Roe on …``, ``on …``, ``Автор Иван Петров от …``:
a date follows and ends the line."""
_BYLINE_MAX = 160


@rule("text:byline-on", "a line that is a byline and its date, nothing after it (`By Jane Doe "
      "on Monday, November 18th, 2019 at 11:08 a.m.`, `on November 18, 2019`, `Автор Иван "
      "Петров от 18 ноября 2019`), outside page furniture or in the post's own footer")
def byline_date(p: Page) -> object:
    for i, text in enumerate(p.clean):
        if not text or len(text) > _BYLINE_MAX or text[:3].lower() not in _BYLINE_STARTS:
            continue
        match = _BYLINE_ON.match(text)
        if match is None:
            continue
        stamp = P.date_stamp(text[match.end():])
        if stamp and match.end() + stamp[1] >= len(text) and p.own_edge(p.lines[i].element):
            return stamp[0]
    return None


_BYLINE_STARTS = frozenset({"by ", "on ", "от ", "авт"})
"""The cheap test before the regex: a byline's first three characters, lower-cased."""
