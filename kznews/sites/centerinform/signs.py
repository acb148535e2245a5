"""How a field of the outlet's pages announces itself: a label before its value, a date's
class, attribute or words, a count's shape, a link's class, an icon.

Part of the outlet's facts, with ``outlet.py`` and ``words.py``.
"""

from __future__ import annotations

import re

from lxml import etree

from kznews import processors as P
from kznews.sites.centerinform.words import (
    INFO_LABEL,
    RUBRIC_WORDS,
    TAGS_WORD,
    VIEWS_LINE,
    VIEWS_WORD,
    is_prose,
)

# --- labelled fields: a label, then its value(s) on the same line or in the next element ---
SOURCE_WORDS = (r"источник|source|дереккөзі|дереккөз|derekk(?:ö|ó|o['’ʼ]?)z[iı]?|ақпарат\s+көзі|"
                r"aqparat\s+k(?:ö|ó|o['’ʼ]?)z[iı]")
CREDIT_WORDS = (r"автор\s+фото|фото\s+автора|фотограф|photo\s+credit|photographer|photo|фото|сурет|"
                r"foto|s[uúý]ret")
CHANNEL_WORDS = r"телеканал|tv[\s-]*channel|телеарна|арна"
"""A TV channel's label (``Телеканал: КТК``): on a TV site's story page it names the source,
only as a label (a colon after it: ``арна`` is a word of any Kazakh sentence)."""
_CHANNEL_NAME = r"(?:\s*[^\s.!?…]+(?:\s+[^\s.!?…]+){0,3})?\s*$"
"""A channel's name after its label, or nothing (the name in the next element): a few words, no
sentence (``Телеканал: Хабар покажет матч в прямом эфире.`` is text)."""
FIELD_LABEL = re.compile(
    rf"^(?:(?P<category>{RUBRIC_WORDS})|(?P<tags>{TAGS_WORD})|"
    rf"(?P<source>{SOURCE_WORDS}|(?:{CHANNEL_WORDS})(?=\s*[:：]{_CHANNEL_NAME}))|"
    rf"(?P<credit>{CREDIT_WORDS})|(?P<views>{VIEWS_WORD}))(?![^\W\d_])", re.I)
"""``Рубрика:``, ``Tags``, ``Ключевые слова:``, ``Дереккөз:``, ``Фото:``, ``Просмотров:``
opening a line."""
SOURCE_LINE = re.compile(rf"^(?:{SOURCE_WORDS})\s*[:：]", re.I)
"""``Источник: КазТАГ``, ``Source: Kazinform``, ``Дереккөзі: …``: a source line, which is
never part of an info line (its rubric or tags)."""
FIELD_CLASS = re.compile(
    r"(?:field-{1,2}name-field-(?:[a-z0-9]+-)*?|(?=category-name$))(?:(?P<category>rubri[a-z]*|"
    r"categor[a-z]*(?:-name)?|section|razdel)|(?P<tags>tags?|keywords|metki)|(?P<source>source|istochnik)|"
    r"(?P<credit>(?:photo|image|foto)-?(?:author|credit|by)|credit|photographer))", re.I)
"""A field the CMS names by class (Drupal 7 ``field-name-field-tags``, Drupal 8
``field--name-field-photo-author``, Joomla's ``<dd class="category-name">``; its
``parent-category-name`` is the rubric above the article's own)."""
# --- when the page was published ---
PUBLISHED_PROPS = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:date",
                             "dcterms:created", "dcterms:issued", "schema:datepublished",
                             "datepublished", "article:published_time"})
"""RDFa ``property`` / microdata ``itemprop`` values (lower-cased) naming the publication."""
PUBLISHED_TIME = re.compile(r"published|entry-date|date-?published|pubdate|post-?date|created",
                            re.I)
MODIFIED_TIME = re.compile(r"updated|modified|date-?modified|changed|edited", re.I)
"""The class or ``itemprop`` of a ``<time>`` that is the publication / a later change."""
STAMP_ATTRS = ("data-timestamp", "data-time", "data-date", "data-unix", "data-published",
               "data-pubdate", "data-ts")
"""Attributes a script-rendered page keeps a date in as a Unix timestamp, behind relative text
(``<time data-timestamp="1618566000">3 года назад</time>``)."""
STAMP_PUBLISHED = frozenset({"data-published", "data-pubdate"})
"""Timestamp attributes that name the publication themselves."""
DATE_CLASS = re.compile(r"date|time|publish|posted|created", re.I)
"""The class of an element that shows a date (``post-date``, ``publish-time``)."""
PUBLISHED_LABEL = re.compile(
    r"^(?:(?:this\s+(?:entry|post|article|story|item)\s+was\s+)?(?:submitted|posted|published)"
    r"(?:\s+by\s+.{1,60}?)?\s+on|(?:(?:запись|статья|новость|материал|публикация|пост)\s+)?"
    r"(?:опубликован[аоы]?|добавлен[аоы]?|размещен[аоы]?)|дата\s+публикации|дата|published|"
    r"posted|date|жарияланды|жарияланған\s+(?:күні|уақыты)|жарияланған|жарияланым)"
    r"(?![^\W\d_])\s*:?\s*", re.I)
"""``Submitted by editor on …``, ``Опубликовано: …``, ``Добавлено …``, a blog's ``Запись
опубликована …``/``This entry was posted on …``/``Жарияланған уақыты: …``: a date follows."""
PUBLISH_FIELD = frozenset({
    "publishtime", "publishdate", "publishedtime", "publisheddate", "publishedat", "publishedon",
    "datepublished", "datepublish", "timepublished", "publicationdate", "publicationtime",
    "pubdate", "pubtime", "postdate", "posttime", "postedon", "published", "dateofpublication"})
"""The name a CMS gives the publication's field in an attribute (UMI.CMS ``umi:field-name=
"publish_time"``, ``data-field="pubDate"``, ``itemprop="datePublished"``), lower-cased and
without ``_``/``-``: the element's text is the date."""
VIEWS_COUNT = re.compile(
    rf"^\W*(?:(?:количество\s+|число\s+)?{VIEWS_WORD}\s*:?\s*)?"
    r"(?P<n>[0-9][0-9\s.,]*(?:[KkКкMmМм]|тыс\.?|мың|млн\.?)?)\s*"
    rf"(?:{VIEWS_WORD}|рет\s+қаралды|ret\s+qaraldy)?\s*$", re.I)
"""Text that reads as a view count: ``683``, ``Просмотров: 683``, ``1 315 просмотров``, ``1.2K``."""
DATE_LIKE = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{1,2}:[0-9]{2}")
"""A date or a time of day, which a count never holds."""
_ROW_SEP = re.compile(r"\s[|•·]\s")


def is_details_row(text: str) -> bool:
    """A row of labelled details (``Категория: X | Просмотров: 5 | Добавил: admin | Дата:
    16.04.2021``): at least two parts open with a views/rubric/tags label or a date's label
    and its date. The CMS prints it under the text (uCoz, DLE): it ends a body, it is never
    text."""
    if " | " not in text and " • " not in text and " · " not in text:
        return False
    labelled = 0
    for part in _ROW_SEP.split(text):
        part = part.strip()
        dated = PUBLISHED_LABEL.match(part)
        if INFO_LABEL.match(part) or (dated and P.parse_date_text(part[dated.end():])):
            labelled += 1
    return labelled >= 2


FACT_DEPTH = 3
"""How far up from a line its fact list or labelled box may be (``dl`` > ``dd`` > ``time``)."""


def names_field(label: str | None) -> bool:
    """An ``aria-label`` or ``<dt>`` that is a field's label and nothing else (``Views``,
    ``Рубрика``, ``Теги``, ``Published``): read as a label element is."""
    label = (label or "").strip(" :：")
    found = FIELD_LABEL.match(label) or PUBLISHED_LABEL.match(label) if label else None
    return found is not None and found.end() >= len(label)


def is_fact_line(el: etree._Element, text: str) -> bool:
    """A line of the article's details over its text: a published label and its date
    (``Published 3 May 2024 at 10:00``, ``Жарияланды 2024 жылғы 3 мамыр``), a row of a
    definition list of labelled facts (``<dt>Рубрика</dt><dd>…``), a labelled count alone
    (``Просмотры: 1 204``), or a box whose
    ``aria-label`` names a field (``<div aria-label="Views">👁 7,192</div>``)."""
    dated = PUBLISHED_LABEL.match(text)
    if dated and dated.end() and P.date_stamp(text[dated.end():]) and not is_prose(text):
        return True  # ``Опубликовано 3 мая исследование, которое …`` is the text's lead
    if VIEWS_LINE.match(text) and VIEWS_COUNT.match(text):  # ``Views: 2,311`` alone
        return True
    node: etree._Element | None = el
    for _ in range(FACT_DEPTH):
        if node is None:
            return False
        if names_field(node.get("aria-label")):
            return True
        if node.tag == "dl":  # a glossary's terms are explained in sentences, facts are not
            return any(names_field("".join(dt.itertext())) for dt in node.iterchildren("dt")) \
                and not any(is_prose("".join(dd.itertext())) for dd in node.iterchildren("dd"))
        node = node.getparent()
    return False



# --- marked by class or icon, not by a label (newsletter layouts, script-rendered portals) ---
SECTION_LINK_CLASS = re.compile(
    r"(?:[a-z0-9]+[-_]{1,2})*(?:section|categor(?:y|ies)|rubri[ck]a?|razdel)"
    r"(?:[-_]{1,2}(?:link|name|label|badge|chip|pill|list|item)){0,3}", re.I)
"""A link's class token naming it the rubric (``post-section``, ``article-category``,
``rubric-link``, BEM's ``article-channel__rubric``, Wix's ``category-label-list__item``), fully
matched: ``section-title`` (a block's heading) does not."""
TAG_LINK_CLASS = re.compile(
    r"(?:(?!primary)[a-z0-9]+[-_]{1,2})*(?:tags?|topics?|keywords?|metki|hashtags?)"
    r"(?:[-_]{1,2}(?:link|item|name|label|badge|chip|pill|list)){0,3}", re.I)
"""A link's class token naming it a tag (``post-tag``, ``tag-link``, ``topic``), fully
matched: ``tag-cloud-link`` (a sidebar's cloud) and Ghost's ``primary-tag`` (the kicker) do
not."""
BUILDER_ATTRS = ("data-hook", "data-testid", "data-qa", "data-test", "data-field")
"""Attributes a site builder or a script-rendered theme names its parts with instead of classes
(Wix's ``data-hook="tag"``, ``data-testid="views-count"``); read as class tokens are."""
VIEWS_HOOK = re.compile(
    r"(?:[a-z0-9]+[-_]{1,2})*(?:views?|view-?count|hits)(?:[-_]{1,2}(?:count(?:er)?|number|"
    r"total|label))?", re.I)
"""A builder attribute naming a view counter (``views-count``, ``post-views``, ``viewCount``)."""
_REACTIONS = (r"likes?|liked|heart|comments?|reactions?|votes?|upvotes?|repl(?:y|ies)|shares?|"
              r"bookmarks?|claps?|favou?rites?")
REACTION_MARK = re.compile(rf"(?<![a-z])(?:{_REACTIONS})(?![a-z])", re.I)
"""An icon (or its box) marked as likes, comments or reactions: its count is no view count."""
REACTION_CLASS = re.compile(
    rf"(?<!\S)(?:[a-z0-9]+[-_])*(?:{_REACTIONS})(?:[-_](?:button|btn|count|counter|link|icon|"
    r"number|num|total))?(?!\S)", re.I)
"""A class token of a like or comment counter (``like-button``, ``comment-count``), searched in
the page's tokens joined by spaces; ``comments-enabled`` (a state) is none."""
VIEWS_MARK = re.compile(r"(?<![a-z])(?:eye|views?|просмотр\w*|қаралым\w*|qaralym\w*)(?![a-z])",
                        re.I)
"""An icon marked as the view counter's (``icon-eye``, ``aria-label="Просмотры"``)."""

COUNTER_BOX = re.compile(
    r"(?<![a-z])(?:views?|view-?count|counters?|count|hits|footer|meta|"
    r"likes?|reactions?|actions?|engagement)(?![a-z])", re.I)
"""A box (class, id or builder attribute; ``_`` and ``-`` split words) of a post's counters or
footer: VK's ``like_views``, ``post-footer``, ``counters``. A bare count there is no text; a
``stats`` box may be a long read's key figures (``1200`` over "trees planted")."""
COUNTER_DEPTH = 3  # the count's element and two boxes around it (footer > views > span)
# --- a page that is one post or message (a Telegram channel's web preview, a VK wall post) ---
POST_TEXT_CLASS = re.compile(r"(?:message|post|tweet|status)(?:[-_]{1,2})?text(?![a-z])", re.I)
"""The class token of a post's or message's text box: Telegram's ``tgme_widget_message_text``,
VK's ``wall_post_text``, ``post-text``, BEM's ``post__text``, ``message-text``."""
POST_BOX_CLASS = re.compile(r"[-_]*(?:[a-z0-9]+[-_]{1,2})*(?:post|message|tweet|status)", re.I)
"""A class token naming the box of one post (VK's ``_post``/``post``, ``wall-post``,
``message``): its text box, photos and counters sit inside."""
POST_BOX_DEPTH = 6  # boxes between a post's text and its own box (VK nests five)
MAX_POST_HEADLINE = 200  # characters: a longer bold opening is a lead, not a headline
# --- other-language versions of a page ---
SWITCHER_TOKEN = re.compile(r"(?:.*[-_])?(?:langs?|languages?|locales?|lng|lang-?switch\w*|"
                            r"language-?switch\w*|i18n|polylang|wpml-ls)(?:[-_].*)?", re.I)
"""The class or id of a language switcher's box (``lang-switcher``, ``header__langs``,
``language-select``, ``b-lang``, WordPress's ``wpml-ls``)."""
PERSON_WORDS = ("author", "columnist", "kolumnist", "avtor", "expert", "speaker", "avatar",
                "profile", "person")
PERSON_BOX = re.compile(rf"[\w-]*(?:{'|'.join(PERSON_WORDS[:-1])}|person(?!al))[\w-]*", re.I)
"""The class of a person's card beside a text (``columnist``, ``author-box``, ``post-author``,
``expert-card``, ``avatar``): with a portrait and a few words it is no text of the article."""
MAX_PERSON_CARD = 200  # characters: a name and a position; more is a text
# --- a breadcrumb trail ---
CRUMB_CLASS = re.compile(r"crumb|kroshk|(?:^|(?<!active)[-_])(?:trail|path|pathway|nav-?path)"
                         r"(?:$|[-_])", re.I)
"""A class or id token of a breadcrumb block: ``breadcrumb(s)``, ``crumbs``, ``c-crumb``,
``kroshki``, ``trail``, ``page-path``, ``nav-path``, Joomla's ``pathway`` (``path`` and
``trail`` only as a whole part of the token, not ``xpath`` or ``trailer``). A menu's item on
the way to the page (Drupal's ``active-trail``, ``menu-item--active-trail``) is no trail."""
CRUMB_LABEL = re.compile(r"breadcrumb|crumb|хлебн\w*\s+крош|крошк|навигационн\w*\s+цепоч|"
                         r"you\s+are\s+here|вы\s+здесь", re.I)
"""An ``aria-label`` naming a breadcrumb trail (``breadcrumb``, ``Хлебные крошки``)."""
NAV_LABEL = re.compile(r"(?:site\s+|page\s+)?(?:навигация|navigation|nav)", re.I)
"""An ``aria-label`` that only says "navigation" (fully matched): a trail when it is shaped as
one, a home link first and one to three more."""
CRUMB_TYPE = "breadcrumblist"
"""Schema.org's type of a trail, in a microdata ``itemtype`` or an RDFa ``typeof``."""
MAX_CRUMB_LINKS = 6  # a trail's links (home, a rubric or two, the article); a menu has more
MAX_CRUMB_TEXT = 300  # characters of a trail
# --- a press release's contacts footer ---
PRESS_SERVICE = (r"(?:пресс-служб\w*|пресс-центр\w*|пресс-секретариат\w*|пресс-бюро|"
                 r"press[-\s](?:service|office|centre|center|secretariat|desk)|media\s+office|"
                 r"баспасөз\s+(?:қызмет\w*|орталығ\w*|хатшылығ\w*))")
_CONTACT = r"(?:тел\b|телефон|tel\b|phone|факс|fax|e-?mail|эл\.\s*почта|\+\s?\d|\S+@\S+)"
PRESS_FOOTER = re.compile(
    rf"^(?P<name>[^,;:!?()]{{0,120}}?{PRESS_SERVICE}[^,;:!?()]{{0,120}}?)\s*(?:[,;]\s*{_CONTACT}|$)",
    re.I)
"""A press release's contacts footer (``Пресс-служба Министерства …, тел.: …, e-mail: …``,
``Press service of …, phone …``, ``… әкімдігінің баспасөз қызметі, тел.: …``), or the press
service's name alone on the line: the name is the release's source."""
MAX_PRESS_NAME_WORDS = 12  # a longer line naming a press service is a sentence of the text
PRESS_NEEDLES = ("пресс", "press", "баспасөз", "Пресс", "Press", "Баспасөз", "ПРЕСС", "PRESS")
"""One of them is in every ``PRESS_FOOTER``: a cheap look before the pattern's."""
_SENTENCE_END_INSIDE = re.compile(r"[.!?…]\s+\S")  # a sentence, then more: no footer


def press_signature(text: str) -> str | None:
    """The press service a release's footer line names (``PRESS_FOOTER``: its name alone, or
    its contacts after it), not a sentence of the text that names one."""
    if not any(n in text for n in PRESS_NEEDLES):
        return None
    match = PRESS_FOOTER.match(text)
    name = match["name"].strip(" .") if match else ""
    if name and not _SENTENCE_END_INSIDE.search(name) and \
            len(name.split()) <= MAX_PRESS_NAME_WORDS and \
            match and (match.end() < len(text) or not text.endswith(".")):
        return name
    return None
