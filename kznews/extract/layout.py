"""Where a line of a page sits: article content, page furniture, or the edge of the article.

Generic for news pages: class names and tags that mark share bars, widgets, sidebars and
footers in most CMS templates, and small helpers over parsel/lxml shared by the site rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice

from lxml import etree
from parsel import Selector

from kznews import processors as P
from kznews.extract.tail import QUOTE_CLASS
from kznews.extract.text import element_text

# Blocks that hold page furniture rather than the article.
NOISE_CLASS = re.compile(
    r"(share|social|currency|exchange|rates|widget|banner|advert(?![\w-]*pusher)|adv\b|(?<!--)(?<!node-)promo|"
    r"promo(?!ted)|"
    r"subscribe|sign-?up|cookies?(?:[-_]?(?:consent|notice|banner|bar|policy|law))|consent|gdpr|"
    r"newsletter(?![-_]?(?:post|issue|article|entry|content|body|text|archive|page))|"
    r"mailing[-_]?list|"
    r"(?<!url-)breadcrumb|print|comment|twitter-tweet|instagram-media|tiktok-embed|telegram-post|"
    r"wp-block-embed|fb-post|vk[-_]post|addtoany|a2a_|(?<![a-z])(?:rating|votes?|voting|poll)(?![a-z])|"
    r"pull[-_]?quote|(?<![a-z0-9])(?:ads?|adfox\w*|adsense|adsbygoogle|adriver|yandex[-_]rtb\w*|"
    r"dfp|btn|buttons?|cta|seo)(?![a-z0-9])(?![-_]body)(?<!non-ad)(?<!no-ad)(?<!non-ads)(?<!no-ads)|(?:readers?|users?|visitors?)[-_]?(?:opinions?|"
    r"letters?|voices?)|w-dyn-empty|(?<![a-z])(?:empty[-_](?:state|list|message)|"
    r"no[-_](?:items|results)(?![a-z])))",
    re.I)
"""Embedded posts (a tweet's ``blockquote``, a video's wrapper) are third-party widgets too, and
so are a rating's stars and a poll (``con_rating_block``, ``post-rating``, ``poll-wrap``; not
``uStarRating`` inside a word). A pull quote repeats a sentence of the text (``pullquote``,
``pull-quote``); an ad slot is named by a whole class token or its ``-``/``_`` part (``ad``,
``amp-ad-wrap``, ``google-ad``, ``adfox_123``, ``yandex_rtb_R-A-1``; never ``head``,
``download``, ``road``, ``badge``); a button or call-to-action box (``button-wrapper``,
``btn-primary``, ``cta``) holds no text of the article, nor does a reader's opinion or letter
printed with it (``reader-opinion``, ``user_letters``), nor the site's blurb for search
engines (``seo-text``, ``seo_block``: "the latest news of Kazakhstan…" under every page), nor a
newsletter's sign-up box (``newsletter-box``, ``signup-form``, ``mailing-list``; a newsletter's
own post, Substack's ``newsletter-post``, is text), nor an empty list's message (Webflow's
``w-dyn-empty`` "No items found.", ``empty-state``, ``no-results``). A page's wrapper named for
the ads around it (``ad_body``) and a script's hook for the address bar (``url-breadcrumb`` on
the article's box: the URL follows the story scrolled to) are no furniture, nor is the page's
box an off-canvas ad pushes aside (``m-advertisement-off-canvas--pusher``). A cookie or privacy
consent box (``m-privacy-consent``, ``cookie-notice``, ``gdpr``) is furniture. Drupal's
``node--promoted`` (Drupal 7: ``node-promoted``) is the article's own node (promoted to the
front page), not a promo box."""
EMBED_CLASS = re.compile(r"(?<![a-z])embed(?![-_]responsive)|tgme_widget|twitter-tweet|"
                         r"instagram-media|tiktok-embed|telegram-post|fb-post|vk_post|vk-post",
                         re.I)
"""A post of another site pasted into the text (Telegram's ``tgme_widget_message``, a tweet's
``blockquote``): its date and counters are that post's, never the article's. WordPress'
``wp-embed-responsive`` on ``<body>`` states that the theme supports responsive embeds: the
page is no embedded post (else its sidebar's and footer's counters and pictures would be
the post's)."""
# Every match of EMBED_CLASS holds one of these, lower-cased; none of their characters has a
# case twin that lower-cases to something else, so the test is exact and spares the regex
# (case-insensitive, tried at every position) on the usual page without an embedded post.
_EMBED_NEEDLES = ("embed", "tgme_", "tweet", "agram", "telegram", "fb-po", "vk_po", "vk-po")


def has_embed_class(classes: str) -> bool:
    """``EMBED_CLASS`` finds a match in ``classes`` (a page's class tokens, say)."""
    low = classes.lower()
    return any(needle in low for needle in _EMBED_NEEDLES) and \
        EMBED_CLASS.search(classes) is not None


FIELD_AFTER = r"[-_]?(?:tags?|keywords|categor|rubric|topics?|themes?|tem[ayi])"
"""``news-related-tags``, ``related-categories``, ``related-topics``: the article's own field,
not other news."""
BOUNDARY_CLASS = re.compile(rf"(footer|sidebar|related(?!{FIELD_AFTER})|last-news|lastnews|popular|"
                            r"latest|more-news|read-also|readmore|other-news)", re.I)
# A class that states what a page or column *has* (Drupal's ``<body class="one-sidebar
# sidebar-second">``, ``layout-one-sidebar``, WordPress's ``has-sidebar``, ``no-sidebars``)
# describes the layout around the text, not furniture: read as no class at all.
LAYOUT_STATE = re.compile(r"(?<![\w-])(?:layout-)?(?:one|two|three|no|has|with|without)-"
                          r"[\w-]+", re.I)
WITH_STATE = re.compile(r"(?<![\w-])[\w-]*-(?:with|w|has)-[\w-]*sidebar[\w-]*", re.I)
"""The same inside a token: ``content-with-sidebar-wrp``, ``and-w-sidebar`` (a page with a
sidebar; ``footer-with-links`` is still a footer)."""
STICKY_COLUMN = re.compile(r"(?<![\w-])[\w-]*sticky-?sidebar[\w-]*", re.I)
"""A sticky-column script's wrapper (``theiaStickySidebar``, ``js-sticky-sidebar``) wraps
the text's column as well as the sidebar: a behaviour, not a place."""
MAIN_COLUMN = re.compile(r"(?<![\w-])(?![\w-]*sidebar)(?:container|wrapper|page-content|"
                         r"[\w-]*(?:article|post|entry|story)[-_]?(?:body|content)[\w-]*)"
                         r"(?![\w-])", re.I)
"""A box naming itself the page's container or the text's column beside a sidebar class
(``container container-single penci_sidebar``, ``l-sidebar-fixed l-article-body-segment``)
is the layout of a page with a sidebar, holding the text; not when a token names the box
the sidebar itself (``container sidebar``, ``wrapper`` with ``id="sidebar"``)."""
SIDEBAR_ITSELF = re.compile(r"(?<![\w-])(?:(?:left|right|main|primary|secondary)[-_])?sidebar"
                            r"(?:[-_](?:left|right|main|primary|secondary|[0-9]+))?(?![\w-])",
                            re.I)
POST_MARK = re.compile(r"(?<![\w-])(?:hentry|status-publish|type-post)(?![\w-])")
POST_TERMS = re.compile(r"(?<![\w-])(?:category|tag|[a-z0-9]+_[\w]+)-[\w-]+")
"""WordPress names a post's categories, tags and terms in the classes of the post's own box
(``category-jeongdong-promotion``, ``fact_check_rating-unproven``): what it is about, not
furniture (``promo``, ``rating``)."""
BUILDER_BLOCK = re.compile(r"(?<![\w-])elementor-widget(?=[-\s]|$)")
"""Elementor calls every block a widget (``elementor-widget-container``, the text's own
``elementor-widget-theme-post-content``); what follows says what the block is
(``elementor-widget-share-buttons``, ``…-wp-widget-recent-posts`` stay furniture)."""
BLOG_WIDGET = re.compile(r"(?<![\w-])widget\s+Blog(?![\w-])")
"""Blogger's ``widget Blog`` is the box of the blog's posts, not a sidebar widget."""
PULL_QUOTE = re.compile(r"pull[-_]?quote", re.I)
PAGE_TAGS = frozenset({"html", "body"})
"""Their classes name the page's template (``page-node``, ``sidebar-second``), never a block."""
NOISE_TAGS = frozenset({"header", "nav", "aside", "footer", "form"})
KIND_TAGS = NOISE_TAGS  # tags that are furniture whatever their class
SHARE_WORDS = frozenset({"поделиться", "share", "facebook", "telegram", "whatsapp", "twitter",
                         "vk", "вконтакте", "x", "instagram", "youtube", "ok", "одноклассники",
                         "e-mail", "email", "печать", "print", "копировать", "ссылку",
                         "в", "tg", "fb", "бөлісу", "бөлісіңіз", "поделитесь"})


_WORD = re.compile(r"\w[\w.-]*")


def is_share_line(text: str) -> bool:
    """``Поделиться: Facebook Telegram WhatsApp`` and the like."""
    # Word by word, stopping at the first that is not a share word: a paragraph is not. Its
    # first word is looked at before the whole text is lower-cased (a long paragraph's cost).
    head = text[:48].lower()
    first = _WORD.search(head)
    if first is not None and first.end() < len(head) and first.group() not in SHARE_WORDS:
        return False
    return all(w.group() in SHARE_WORDS for w in _WORD.finditer(text.lower()))


CAPTION_TAGS = frozenset({"figcaption", "caption"})
CAPTION_CLASS = re.compile(r"(caption|photo-?desc|image-?desc|img-?desc|photo-?text|"
                           r"photo-?title|podpis)", re.I)
"""``wp-caption-text``, ``image-caption``, ``photo-desc``, a table layout's ``td.caption``."""
_CAPTION_DEPTH = 3  # the line's block, and two boxes around it (figure > figcaption > span)
_CAPTION_ROWS = 3  # an image's own table: the photo's row and its caption's


@lru_cache(maxsize=4096)
def caption_class(cls: str) -> bool:
    """``CAPTION_CLASS`` finds a match in a ``class``: a site's pages repeat their classes,
    and the lines of a page their boxes (memoised)."""
    return CAPTION_CLASS.search(cls) is not None


def is_caption(el: etree._Element, text: Callable[[etree._Element], str]) -> bool:
    """The block of a line is a photo's caption, not article text: a ``<figcaption>``, a
    table's ``<caption>``, a box classed as one, or the only text of a small table that holds
    an image (a 2000s layout's caption cell under the photo). ``text`` gives an element's text.
    """
    node: etree._Element | None = el
    for _ in range(_CAPTION_DEPTH):
        if node is None or not isinstance(node.tag, str):
            break
        if node.tag in CAPTION_TAGS:
            return True
        cls = node.get("class")
        if cls and caption_class(cls):
            return True
        node = node.getparent()
    table = next(el.iterancestors("table"), None)
    if table is None or len(list(islice(table.iter("tr"), _CAPTION_ROWS + 1))) > _CAPTION_ROWS:
        return False  # no table, or a layout table rather than an image's box
    return next(table.iter("img"), None) is not None and text(table) == text(el)


def under_image(el: etree._Element, text: Callable[[etree._Element], str]) -> bool:
    """Nothing but an image comes right before the block (or the box it opens)."""
    node: etree._Element | None = el
    for _ in range(2):
        if node is None:
            return False
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):  # a comment
            before = before.getprevious()
        if before is not None:
            has_img = before.tag == "img" or next(before.iter("img"), None) is not None
            return has_img and not text(before) and not (before.tail or "").strip()
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        node = parent
    return False


MEDIA_TAGS = frozenset({"img", "picture", "figure", "video", "iframe"})


def media_between(first: etree._Element, second: etree._Element) -> bool:
    """A picture (or a video) lies between two blocks in page order: an image, or a box with
    a CSS ``background-image``. ``second`` follows ``first``, outside it."""
    return any(el.tag in MEDIA_TAGS or "url(" in (el.get("style") or "")
               for box in between(first, second) for el in box.iter(etree.Element))


def between(first: etree._Element, second: etree._Element) -> list[etree._Element]:
    """The subtrees after ``first`` and before ``second`` in page order (empty when
    ``second`` is inside ``first`` or not after it)."""
    up = list(ancestors(first))
    above = set(up)
    branch: list[etree._Element] = []  # ``second`` and its ancestors below the common one
    node: etree._Element | None = second
    while node is not None and node not in above:
        branch.append(node)
        node = node.getparent()
    if node is None or not branch:
        return []
    top = branch[-1]
    found: list[etree._Element] = []
    for box in up[: up.index(node)]:
        for sib in box.itersiblings():
            if sib is top:
                break
            found.append(sib)
        else:
            continue
        break
    else:
        return []  # ``second`` comes before ``first``
    for box in branch[:-1]:
        found.extend(box.itersiblings(preceding=True))
    return found


_PAGE_CONTENT = ("h1", "h2", "h3", "article", "main")


def page_form(el: etree._Element) -> bool:
    """A ``<form>`` that wraps the page rather than sitting in it: a child of ``<body>``
    holding a heading or the main content (ASP.NET WebForms print every page of SharePoint,
    DNN or Sitefinity inside one ``<form>``). A search or comment form is furniture."""
    parent = el.getparent()
    return parent is not None and parent.tag == "body" and \
        next(el.iter(*_PAGE_CONTENT), None) is not None


def in_embed(el: etree._Element) -> bool:
    """``el`` lies in an embedded post (``EMBED_CLASS``)."""
    return any(EMBED_CLASS.search(node.get("class") or "") for node in ancestors(el))


BUILDER_NAMES = ("data-hook", "data-testid")
"""Attributes a site builder names its parts with instead of classes (Wix's
``data-hook="post-footer"``): their values are read as class tokens are."""


def classes(el: etree._Element) -> str:
    named = " ".join(v for v in map(el.get, BUILDER_NAMES) if v)
    return f"{el.get('class', '')} {el.get('id', '')} {named}" if named else \
        f"{el.get('class', '')} {el.get('id', '')}"


def ancestors(el: etree._Element) -> Iterator[etree._Element]:
    node = el
    while node is not None:
        yield node
        node = node.getparent()


def _kind(node: etree._Element) -> str | None:
    """What a node's own tag/class say: ``noise``, ``boundary``, ``header`` or nothing."""
    tag = node.tag if isinstance(node.tag, str) else ""
    kind = kind_of(tag, classes(node))
    if tag == "aside" and kind == "boundary" and is_details_aside(node):
        return None
    return kind


FACT_LABEL = re.compile(
    r"(?:date|published|updated|views?|hits|category|rubric|section|tags?|topics?|author|source|"
    r"дата|опубликовано|обновлено|просмотр\w*|рубрик\w*|категори\w*|раздел|тег\w*|метки|"
    r"автор|источник|күні|жарияланды|қаралым\w*|қаралды|айдар|санат|тегтер|дереккөз\w*)"
    r"\s*[:：]?", re.I)
"""A ``<dt>`` naming one of the article's own facts (ru/en/kk)."""
FACTS_CLASS = re.compile(r"(?<![\w-])(?:[\w-]*[-_])?(?:facts?|meta|details|info)(?:[-_][\w-]*)?"
                         r"(?![\w-])", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MAX_DETAILS_TEXT = 400  # characters: a date, a count, a rubric, tags; a sidebar holds more


def is_details_aside(node: etree._Element) -> bool:
    """An ``<aside>`` of the article's own facts (its date, views, rubric, tags) set beside the
    text rather than a sidebar: a definition list whose terms name such facts
    (``<dt>Date</dt><dd>…</dd><dt>Views</dt>…``), or a box classed as the details
    (``facts``, ``post-meta``, ``info``) holding a date; short either way. Other stories,
    a popular list or a newsletter box stay furniture."""
    # a sidebar's text runs long: read only until it is past the limit (what strip() leaves
    # of a part of the text is never longer than what it leaves of the whole)
    parts: list[str] = []
    size, limit = 0, MAX_DETAILS_TEXT
    for piece in node.itertext():
        parts.append(piece)
        size += len(piece)
        if size > limit:
            if len("".join(parts).strip()) > MAX_DETAILS_TEXT:
                return False
            limit = 2 * size  # spaces: look again once as much more has been read
    text = "".join(parts)
    if len(text.strip()) > MAX_DETAILS_TEXT:
        return False
    for dl in node.iter("dl"):
        terms = ["".join(dt.itertext()).strip() for dt in dl.iterchildren("dt")]
        named = sum(1 for t in terms if FACT_LABEL.fullmatch(t))
        if named >= 2 and named * 2 > len(terms):
            return True
    return FACTS_CLASS.search(node.get("class", "")) is not None and \
        _YEAR.search(text) is not None


def kind_of(tag: str, cls: str) -> str | None:
    """``_kind`` from the tag and the ``class id`` string alone."""
    if tag in {"header", "footer"}:
        return tag
    if tag in NOISE_TAGS:
        if tag != "aside":
            return "noise"
        # a pull quote printed as an ``<aside>`` sits inside the text: skipped, not its end;
        # a quotation boxed in one (said nowhere else) is text, a repeating one is dropped as
        # a pull quote by the body scan (``tail.drop_pull_quotes``)
        if PULL_QUOTE.search(cls):
            return "noise"
        return None if QUOTE_CLASS.search(cls) else "boundary"
    if tag in PAGE_TAGS:
        return None
    cls = _as_content(cls)
    found = None
    for token in cls.split():
        kind = TOKEN_KINDS.get(token, _UNKNOWN)
        if kind is _UNKNOWN:
            kind = _token_kind(token)
        if kind == "boundary":
            return kind
        found = found or kind
    return found


_UNKNOWN = "?"
TOKEN_KINDS: dict[str, str | None] = {}
"""``_token_kind`` memo: a class or id token is read once, however many elements and pages
carry it (utility-class pages give every element a long, different mix of the same tokens,
and a regular-expression search over each whole string cost a fifth of their walk)."""
TOKEN_KINDS_MEMO = 16_384


def _token_kind(token: str) -> str | None:
    """``boundary``, ``noise`` or None for one class or id token. No pattern of the class
    vocabulary spans whitespace, so a class string's verdict is its tokens' (a boundary token
    first, then a noise one)."""
    plain = WITH_STATE.sub(" ", LAYOUT_STATE.sub(" ", token)) if "-" in token else token
    kind = ("boundary" if BOUNDARY_CLASS.search(plain) else
            "noise" if NOISE_CLASS.search(plain) else None)
    if len(TOKEN_KINDS) >= TOKEN_KINDS_MEMO:
        TOKEN_KINDS.clear()
    TOKEN_KINDS[token] = kind
    return kind


def _as_content(cls: str) -> str:
    """``cls`` without the tokens that name no furniture though they hold its words, as the
    tokens around them tell: a post's terms, a page builder's block, a sticky column, the
    text's column beside a sidebar, Blogger's posts box."""
    if "-" in cls:
        if ("hentry" in cls or "-publish" in cls or "type-" in cls) and POST_MARK.search(cls):
            cls = POST_TERMS.sub(" ", cls)
        if "elementor-widget" in cls:
            cls = BUILDER_BLOCK.sub("elementor", cls)
    low = cls.lower()
    if "sidebar" in low:
        if "sticky" in low:
            cls = STICKY_COLUMN.sub(" ", cls)
        if MAIN_COLUMN.search(cls) and not SIDEBAR_ITSELF.search(cls):
            cls = re.sub(r"\S*sidebar\S*", " ", cls, flags=re.I)
    if "Blog" in cls:
        cls = BLOG_WIDGET.sub(" ", cls)
    return cls


def zone(el: etree._Element, cache: dict[etree._Element, str | None] | None = None
         ) -> str | None:
    """``noise`` or ``boundary`` when ``el`` lies in page furniture, else None.

    ``cache`` (one dict per page) keeps each node's own verdict: lxml hands out one proxy per
    node while a reference to it lives, and the dict holds that reference.
    """
    nodes = list(ancestors(el))
    in_article = any(n.tag == "article" for n in nodes)
    found = None
    for node in nodes:
        if cache is None:
            kind = _kind(node)
        elif node in cache:
            kind = cache[node]
        else:
            kind = cache[node] = _kind(node)
        if kind in {"header", "footer"}:
            if in_article:
                continue  # an article's own header (headline, date) or footer (tags, source)
            kind = "boundary" if kind == "footer" else "noise"
        if kind == "noise":
            return kind  # a widget's own footer (an embedded post's) is the widget's, no edge
        found = found or kind
    return found


def css_first(sel: Selector, selectors: tuple[str, ...]) -> tuple[Selector, str] | None:
    for css in selectors:
        found = sel.css(css)
        if found:
            return found[0], css
    return None


def text_of(el: Selector) -> str:
    return P.clean_text(element_text(el.root))
