"""A page that is one post or message: a Telegram channel's web preview (``t.me/s/…``), a
VK wall post, a bare message box.

Its text sits in a widget's boxes (``tgme_widget_message``), which on an article's page
would be an embedded post, furniture; here it is the only text of the page, so it is the
article. The page's titles name the channel (og:title ``Центр информации``, ``<title>… –
Telegram``): the headline is the message's bold first line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from kznews.extract.chain import rule
from kznews.sites.centerinform import signs as S

if TYPE_CHECKING:
    from kznews.sites.centerinform.page import ArticlePage


def find_post(p: ArticlePage) -> etree._Element | None:
    """The text box of the page's one post (``S.POST_TEXT_CLASS``) when it holds more text
    than the rest of the page outside furniture, else None (a post embedded in an article)."""
    classes = p.class_text
    if "text" not in classes and "Text" not in classes:  # most pages: no such class at all
        return None
    token = next((t for t in p.index.class_tokens() if S.POST_TEXT_CLASS.search(t)), None)
    if token is None:
        return None
    box = p.index.with_class(token)[0]
    inside = set(p.index.within(box))
    own = sum(len(p.clean[i]) for i in inside)
    rest = sum(len(p.clean[line.index]) for line in p.lines
               if line.index not in inside and p.zone(line.element) is None)
    return box if own > rest else None


@rule("text:post-headline", "a page that is one post or message (its text box classed "
      "`tgme_widget_message_text`, `wall_post_text`, `post-text`, `message-text`, holding more "
      f"text than the rest of the page): its first line when it is wholly bold (`<b>`, "
      f"`<strong>`), at most {S.MAX_POST_HEADLINE} characters, with text after it, on a page "
      "that shows no headline of its own (an `h1` sharing a word with the bold line; an `h1` "
      "naming the channel is none): the page's titles name the channel")
def post_headline(p: ArticlePage) -> str | None:
    box = p.post
    if box is None or (box.text or "").strip() or not len(box):
        return None
    first = box[0]
    if not isinstance(first.tag, str) or first.tag not in {"b", "strong"}:
        return None
    lines = p.index.within(box)
    head = p.text(first)
    if len(lines) < 2 or not head or len(head) > S.MAX_POST_HEADLINE or \
            p.clean[lines[0]] != head:
        return None
    # a site publishing its channel's posts prints its own headline over them: the bold line
    # is then the post's lead, part of the text
    from kznews.sites.centerinform.rules import shown_h1  # rules reads pages: import late

    shown = shown_h1(p)
    return None if shown and _same_story(shown, head) else head


_WORD = re.compile(r"\w{4,}")
STEM = 4  # letters: ``школу`` and ``школа``, ``Кокшетау`` and ``Кокшетауе`` share theirs


def _same_story(h1: str, head: str) -> bool:
    """The ``h1`` tells the story the bold line heads (a word of four letters or more in
    common, by its first letters): a site's headline over its channel's post; the channel's
    name in an ``h1`` (``Акмола Медиа``) shares none."""
    stems = {w[:STEM] for w in _WORD.findall(head.casefold()) if not w.isdigit()}
    return any(w[:STEM] in stems for w in _WORD.findall(h1.casefold()) if not w.isdigit())
