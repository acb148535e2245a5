"""Where an ``<img>`` keeps its picture: lazy-loading attributes, ``srcset`` and ``<picture>``.

A lazy loader leaves ``src`` empty or a placeholder (a ``data:`` pixel) and puts the picture
in ``data-src`` and its kin; a responsive image may have no ``src`` at all, only a ``srcset``
(``a.jpg 640w, b.jpg 1200w``) or the ``<source>``s of the ``<picture>`` around it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from lxml import etree

from kznews.extract import variants
from kznews.extract.index import PageIndex, list_attrs

# a lazy loader's own attribute, in the order the loaders are common
# a lightbox's or zoom's full-size picture beside a resized ``src``
FULL_SRC = ("data-full", "data-full-src", "data-full-url", "data-orig-file", "data-zoom",
            "data-zoom-image", "data-zoom-src", "data-hires", "data-large", "data-large-file")
LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-lazy")
LAZY_SRCSET = ("data-srcset", "data-lazy-srcset", "srcset")
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wx])$", re.I)


def _usable(url: str | None) -> str:
    url = (url or "").strip()
    return "" if not url or url.startswith("data:") else url


def file_name(url: str) -> str:
    """The last path segment of ``url`` (``a.jpg`` of ``/x/a.jpg?format=750w#f``); of a
    fetching CDN's copy, its original's
    (``…/image/fetch/w_1200,c_fill/https%3A%2F%2Fh.kz%2Fog-ic24.png``: ``og-ic24.png``)."""
    name = url.partition("?")[0].partition("#")[0].rstrip("/").rpartition("/")[2]
    if "%2F" in name or "%2f" in name:
        name = unquote(name).partition("?")[0].rpartition("/")[2]
    return name


def srcset_candidates(value: str) -> list[tuple[str, str]]:
    """The ``(url, descriptor)`` pairs of a ``srcset``, as the HTML standard splits them: a
    URL is a run without whitespace (commas inside it stay: ``w_400,h_300``; trailing ones end
    it), its descriptor runs to the next comma."""
    out: list[tuple[str, str]] = []
    pos, n = 0, len(value)
    while pos < n:
        while pos < n and (value[pos].isspace() or value[pos] == ","):
            pos += 1
        start = pos
        while pos < n and not value[pos].isspace():
            pos += 1
        url, descriptor = value[start:pos], ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            end = value.find(",", pos)
            end = n if end < 0 else end
            descriptor, pos = value[pos:end].strip(), end + 1
        if url:
            out.append((url, descriptor))
    return out


def largest(value: str | None) -> str:
    """The largest picture of a ``srcset``: by width (``1200w``), else by density (``2x``),
    else the first; never a ``data:`` URL."""
    best, best_key = "", (-1, -1.0)
    for rank, (url, descriptor) in enumerate(srcset_candidates(value or "")):
        if not _usable(url):
            continue
        m = _DESCRIPTOR.match(descriptor)
        # width beats density beats none; among equals, the first listed wins
        key = (2 if m.group(2).lower() == "w" else 1, float(m.group(1))) if m else (0, -rank)
        if key > best_key:
            best, best_key = url, key
    return best


def _from_srcset(el: etree._Element) -> str:
    for attr in LAZY_SRCSET:
        url = largest(el.get(attr))
        if url:
            return url
    return ""


def _widest(el: etree._Element) -> str:
    """The widest candidate of a ``srcset`` that declares sizes (``800w``, ``2x``), or ``""``."""
    for attr in LAZY_SRCSET:
        value = el.get(attr)
        if value and any(_DESCRIPTOR.match(d) for _, d in srcset_candidates(value)):
            return largest(value)
    return ""


def picture_of(img: etree._Element) -> str:
    """The URL of the picture an ``<img>`` (or ``<amp-img>``) shows at its largest, or ``""``:
    a full-size attribute (``data-full``, ``data-zoom``…), else a lazy loader's attribute or
    a real ``src`` unless the widest candidate of its ``srcset`` is a larger copy of that
    photo (or it is itself a resized copy), then the ``<source>``s of its ``<picture>``."""
    for attr in FULL_SRC:
        url = _usable(img.get(attr))
        if "/" in url or _IMAGE_FILE.search(url):  # a flag (``data-zoom="true"``) names none
            return url
    shown = next((u for u in (_usable(img.get(a)) for a in (*LAZY_SRC, "src")) if u), "")
    widest = _widest(img)
    if shown and widest:
        if variants.same_photo(shown, widest):
            return variants.larger(shown, widest)
        return widest if variants.photo_key(shown)[1] < (2, 0) else shown
    url = shown or _from_srcset(img)
    if url:
        return url
    parent = img.getparent()
    while parent is not None and parent.tag == "source":
        # libxml2 knows no void ``<source>``: the next ``<source>`` and the ``<img>`` nest in it
        parent = parent.getparent()
    if parent is not None and parent.tag == "picture":
        for source in parent.iter("source"):
            url = _from_srcset(source) or _usable(source.get("src"))
            if url:
                return url
    return ""


def is_fallback(img: etree._Element) -> bool:
    """An ``<img>`` in a ``<noscript>`` right after an image that shows a picture (a lazy
    loader's fallback; AMP's inside ``<amp-img>``) is that picture again, maybe in another
    size."""
    parent = img.getparent()
    if parent is None or parent.tag not in ("noscript", "amp-img"):
        return False
    outer = parent.getparent() if parent.tag == "noscript" else parent
    if outer is not None and outer.tag == "amp-img":
        return True
    prev = parent.getprevious()
    if prev is None or (prev.tail or "").strip():
        return False
    if prev.tag == "picture":
        prev = next(prev.iter("img"), None)
    return prev is not None and prev.tag in ("img", "amp-img") and bool(picture_of(prev))


# A player a page embeds: the pictures inside stand for it until it plays (AMP's placeholder, a
# ``<video>``'s fallback), a still of the video, not a photo of the story.
PLAYERS = frozenset({"video", "audio", "object", "amp-video", "amp-iframe", "amp-youtube",
                     "amp-vimeo", "amp-video-iframe", "amp-dailymotion", "amp-brightcove",
                     "amp-jwplayer", "amp-ima-video", "amp-soundcloud"})
PLAYER_REACH = 3  # ancestors of a picture looked at
# AMP components showing pictures themselves: a placeholder there is the picture's own first
# look (an ``<amp-anim>``'s still, a carousel's first slide), a photo of the story.
PICTURE_COMPONENTS = frozenset({"amp-img", "amp-anim", "amp-carousel", "amp-base-carousel",
                                "amp-image-slider", "amp-inline-gallery",
                                "amp-stream-gallery", "amp-image-lightbox"})


def is_player_still(img: etree._Element) -> bool:
    """A picture standing in for an embedded player: in a player element (``PLAYERS``), or
    an AMP component's ``placeholder`` child (``<amp-iframe …><amp-img placeholder …>``)
    other than the first look of a component showing pictures (``PICTURE_COMPONENTS``: an
    ``<amp-img>``'s low-resolution copy, an ``<amp-anim>``'s still, a carousel's slide)."""
    parent = img.getparent()
    if img.get("placeholder") is not None and parent is not None and \
            str(parent.tag).startswith("amp-") and parent.tag not in PICTURE_COMPONENTS:
        return True
    for _ in range(PLAYER_REACH):
        if parent is None:
            return False
        if parent.tag in PLAYERS:
            return True
        parent = parent.getparent()
    return False


# ``background-image: url('a.jpg')``, ``background: #000 url(a.jpg) center``
_BACKGROUND_URL = re.compile(r"background(?:-image)?\s*:[^;]*?url\(\s*(['\"]?)([^'\")]*)\1\s*\)",
                             re.I)
# a lazy loader's attribute on a box it fills with a background picture (its ``style`` holds
# none yet, or a blur placeholder): lazysizes' and vanilla-lazyload's ``data-bg``, Tilda's and
# jQuery Lazy's ``data-original``, a theme's ``data-background-image``; full size first
LAZY_BACKGROUND = (*FULL_SRC, "data-original", "data-bg", "data-background-image",
                   "data-background", "data-bg-src", "data-bg-image", "data-image", "data-src",
                   "data-lazy-src", "data-lazy")
PICTURES = etree.XPath("descendant-or-self::*[self::img or self::amp-img or "
                       "(@style and contains(@style, 'url(')) or "
                       "((@src or @data-src or @srcset or @data-srcset) and "
                       "contains(local-name(), '-')) or "
                       "@data-original or @data-bg or @data-background-image or "
                       "@data-background or @data-bg-src or @data-bg-image or "
                       "((self::meta or self::link) and "
                       "contains(concat(' ', normalize-space(@itemprop), ' '), ' image '))]")
"""Under an element, in page order: its ``<img>``/``<amp-img>``, the elements whose style
names a picture or a lazy loader's attribute does (``LAZY_BACKGROUND``), custom elements (a
tag with a hyphen) with a picture's attribute, and the ``<meta>``/``<link>`` a microdata
``itemprop="image"`` names a picture by."""
_PICTURE_ONLY_ATTRS = ("data-original", "data-bg", "data-background-image", "data-background",
                       "data-bg-src", "data-bg-image")
_CUSTOM_SRC_ATTRS = ("src", "data-src", "srcset", "data-srcset")
list_attrs(("style", *_CUSTOM_SRC_ATTRS, *_PICTURE_ONLY_ATTRS))


def img_only(ix: PageIndex) -> bool:
    """Whether nothing on the page but an ``<img>``/``<amp-img>`` can be one of ``PICTURES``:
    no element holds a lazy loader's attribute, a style naming ``url(``, a custom element
    (a tag with a hyphen) a picture's attribute, nor a ``<meta>``/``<link>`` an ``itemprop``
    with ``image`` in it. The index lists each attribute's holders, so this is a few looks
    where the XPath tests a dozen attributes on every element."""
    return not (any(ix.with_attr(name) for name in _PICTURE_ONLY_ATTRS) or
                any("url(" in (el.get("style") or "") for el in ix.with_attr("style")) or
                any("-" in el.tag for name in _CUSTOM_SRC_ATTRS for el in ix.with_attr(name)) or
                any(el.tag in ("meta", "link") and "image" in (el.get("itemprop") or "")
                    for el in ix.with_attr("itemprop")))


def pictures(node: etree._Element, only_img: bool) -> list[etree._Element]:
    """``PICTURES(node)``; with ``only_img`` (``img_only`` of the page) its images alone,
    listed by libxml2's iteration."""
    return list(node.iter("img", "amp-img")) if only_img else PICTURES(node)


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|bmp|tiff?)(?:$|[?#])", re.I)
_PICTURE_TAG = re.compile(r"img|image|picture|photo|figure", re.I)


def custom_picture(el: etree._Element) -> str:
    """The picture a custom element shows by its own attribute (``<x-picture src="a.jpg">``,
    a web component's ``data-src``/``srcset``), as an ``<img>``'s is read; none when it holds
    an ``<img>`` (that one is the picture) or names no image (a video's ``src``): an image
    file's URL, or a tag named as a picture."""
    if el.tag == "amp-img" or next(el.iter("img", "amp-img"), None) is not None:
        return ""
    url = picture_of(el)
    return url if _IMAGE_FILE.search(url) or _PICTURE_TAG.search(el.tag) else ""


_CSS_URL = re.compile(r"""^\s*url\(\s*(['"]?)([^'")]*)\1\s*\)\s*$""", re.I)
# what a lazy attribute on a box names when the box is a player or a frame: a video host, an
# embed or watch page, a video or page file (``data-original="https://youtube.com/watch?v=…"``)
_NO_PICTURE = re.compile(r"(?:youtube\.com|youtu\.be|vimeo\.com|rutube\.ru|dzen\.ru/video|"
                         r"vk\.com/video|/embed/|/watch\b|/player/"
                         r"|\.(?:mp4|webm|m3u8|mov|ogv|html?|php|aspx?)(?:$|[?#]))", re.I)


def _lazy_background(el: etree._Element, stand_in: bool = False) -> list[str]:
    """The pictures a lazy loader's attributes name on a box (``LAZY_BACKGROUND``; a value in
    CSS form, ``url('a.jpg')``, read inside), in that order. ``stand_in``: the box's style
    shows a blur placeholder, so its ``data-src`` and kin name the photo even without a file
    name (an Uploadcare ``https://ucarecdn.com/<id>/-/resize/1200x/``)."""
    found: list[str] = []
    for attr in LAZY_BACKGROUND:
        value = el.get(attr)
        if not value:
            continue
        css = _CSS_URL.match(value)
        url = _usable(css.group(2) if css else value)
        # a flag (``data-bg="true"``) or a colour names no picture; ``data-src`` and kin on a
        # box may be a player's or a frame's: only an image file there
        if url and ("/" in url or _IMAGE_FILE.search(url)) and not (
                _NO_PICTURE.search(url) and not _IMAGE_FILE.search(url)) and (
                attr in ("data-original", "data-bg", "data-background-image",
                         "data-background", "data-bg-src", "data-bg-image") or
                attr in FULL_SRC or stand_in or _IMAGE_FILE.search(url)):
            found.append(url)
    return found


def background_of(el: etree._Element) -> str:
    """The picture a box shows as its CSS background when the box has no text of its own (a
    messenger's photo bubble, a theme's cover box): a photo, not a texture behind words. A lazy
    loader's attribute naming the picture (``data-original``, ``data-bg``…) wins over the
    style's placeholder (a blur copy, ``-/resize/20x/``), and of the copies of one photo its
    attributes and style name, the largest (the unsized file above a resized copy)."""
    if "".join(el.itertext()).strip():
        return ""
    found = _BACKGROUND_URL.search(el.get("style") or "")
    # a wrapper's lazy attribute around an ``<img>`` names that picture again (Vox's
    # ``<span data-original=…><picture><img …>``): the ``<img>`` is the one read
    holds_img = next(el.iter("img", "amp-img", "picture"), None) is not None
    styled = _usable(found.group(2)) if found is not None else ""
    candidates = [] if holds_img else _lazy_background(
        el, stand_in=bool(styled) and variants.placeholder(styled))
    if styled:
        candidates.append(styled)
    if len(candidates) < 2:
        return candidates[0] if candidates else ""
    best = candidates[0]
    for url in candidates[1:]:
        if variants.same_photo(best, url):
            best = variants.larger(best, url)
    return best


_ITEM_OWNERS = frozenset({"author", "creator", "publisher", "editor", "contributor",
                          "sourceorganization", "provider", "copyrightholder", "logo"})


def itemprop_picture(el: etree._Element) -> str:
    """The picture a microdata ``itemprop="image"`` names (a ``<meta>``'s ``content``, a
    ``<link>``'s ``href``), or ``""`` when its item is a person's or an organisation's (an
    author's portrait, a publisher's logo: ``itemprop="author"`` on an item around it)."""
    url = _usable(el.get("content") if el.tag == "meta" else el.get("href"))
    if not url:
        return ""
    for node in el.iterancestors():
        if node.get("itemscope") is not None:
            props = set((node.get("itemprop") or "").lower().split())
            kind = (node.get("itemtype") or "").rstrip("/").rpartition("/")[2].lower()
            if props & _ITEM_OWNERS or kind in ("person", "organization", "newsmediaorganization"):
                return ""
    return url


LINK_DEPTH = 2  # an ``<img>`` in a link, maybe in a ``<span>``/``<picture>`` of its own
# a full-size picture's link may hold the ``<picture>`` in a box of its own (Substack's
# ``<a class="image-link"><div class="image2-inset"><picture><img>``)
FULL_LINK_DEPTH = 3


def _link_around(img: etree._Element, depth: int = LINK_DEPTH) -> etree._Element | None:
    """The link ``depth`` levels up at most around ``img``; a ``<source>`` counts no level
    (the HTML parser nests a ``<picture>``'s ``<img>`` in the ``<source>`` before it)."""
    node = img.getparent()
    while node is not None and depth > 0:
        if node.tag == "a":
            return node
        depth -= node.tag != "source"
        node = node.getparent()
    return None


_HOME = re.compile(r"(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w{2,5})?(?:[?#].*)?")


def home_link(img: etree._Element) -> bool:
    """An image in a link to the site's home page (``<a href="/"><img src="top.png">``): the
    site's logo, whatever its file is called."""
    link = _link_around(img)
    return link is not None and _HOME.fullmatch((link.get("href") or "x").strip()) is not None


def linked_picture(img: etree._Element) -> str:
    """The full-size picture a thumbnail links to (``<a href="/big/1.jpg"><img src="/sm/1.jpg">
    </a>``: a WAP page's, a gallery's or a lightbox's), or ``""``: a link around the image,
    with no text of its own, whose ``href`` names an image file."""
    link = _link_around(img, FULL_LINK_DEPTH)
    if link is None:
        return ""
    href = _usable(link.get("href"))
    if not _IMAGE_FILE.search(href) or "".join(link.itertext()).strip():
        return ""
    return href


BANNER_RATIO = 4  # width to height: a wider strip is a banner or masthead, no photo


def is_banner(img: etree._Element) -> bool:
    """An image declared far wider than high (``width=760 height=90``): a site's masthead or
    an ad's strip, not the article's photo."""
    width, height = img.get("width") or "", img.get("height") or ""
    if not (width.isdigit() and height.isdigit()) or int(height) == 0:
        return False
    return int(width) > BANNER_RATIO * int(height)


MAX_ICON = 32  # pixels: a picture declared this small on a side is a glyph, no photo
_SIZE = re.compile(r"\s*([0-9]{1,4})\s*(?:px)?\s*", re.I)
# The file of a glyph printed beside a count or a date: ``eye.gif``, ``ico_views.png``,
# ``icon-clock.svg``, ``calendar16.png`` (a photo's file is named after its story or a number).
_GLYPH_FILE = re.compile(
    r"(?:^|[_.-])(?:eye|views?|watch|clock|time|calendar|date|comments?|ico|icons?|glyph)"
    r"(?:[_.-]?[0-9]*)\.(?:gif|png|svg|ico|webp|bmp)$", re.I)


def is_icon(img: etree._Element, src: str) -> bool:
    """A glyph, not a photo: declared at most ``MAX_ICON`` pixels wide or high (``width=12``,
    ``height="16px"``), or its file named as one (``/i/eye.gif``, ``ico-date.png``)."""
    for value in (img.get("width"), img.get("height")):
        size = _SIZE.fullmatch(value) if value else None
        if size is not None and int(size[1]) <= MAX_ICON:
            return True
    name = src.partition("?")[0].rpartition("/")[2]
    return bool(name) and _GLYPH_FILE.search(name) is not None


# An analytics or ad counter's host: its picture is a hit counter or a tracking pixel whatever
# the markup around it (Yandex.Metrika's ``mc.yandex.ru/watch/N`` in ``<noscript>``,
# LiveInternet's ``counter.yadro.ru/hit``, Mail.ru's and Rambler's Top100, Facebook's ``/tr``,
# Google Tag Manager and Analytics, Sizmek's ``bs.serving-sys.com``).
_TRACKER_HOSTS = ("yadro.ru", "top-fwz1.mail.ru", "top100.rambler.ru", "counter.rambler.ru",
                  "googletagmanager.com", "google-analytics.com", "serving-sys.com")
_TRACKER_PATHS = {"mc.yandex": re.compile(r"/(?:watch|informer)(?:/|$)"),
                  "facebook.com": re.compile(r"/tr/?$")}
# a host whose own name is a pixel's (``pixel.mathtag.com``, ``pixel.wp.com``, ``pixel-a.…``);
# ``pixel`` in a path or inside a longer name (``/uploads/pixel-art.jpg``, ``pixelmedia.kz``)
# says nothing
_PIXEL_LABEL = re.compile(r"pixels?(?:[-0-9][a-z0-9-]*)?", re.I)
_OFF_SCREEN = re.compile(r"(?:^|;)\s*(?:left|top|right)\s*:\s*-\s*\d{4,}(?:\.\d+)?px", re.I)


def is_tracker(url: str) -> bool:
    """``url`` is an analytics counter's or a tracking pixel's (by its host, and for a host
    that also serves pages, its path): never a photo."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host:
        return False
    if any(host == h or host.endswith("." + h) for h in _TRACKER_HOSTS):
        return True
    for name, path in _TRACKER_PATHS.items():
        if (host.startswith(name + ".") or f".{name}." in f".{host}.") and path.match(
                parts.path):
            return True
    return any(_PIXEL_LABEL.fullmatch(label) for label in host.split(".")[:-2])


def off_screen(img: etree._Element) -> bool:
    """A picture its style puts far off the page (``position:absolute; left:-9999px``): a
    counter's pixel shown to no one, never a photo."""
    style = img.get("style") or ""
    return "-" in style and _OFF_SCREEN.search(style) is not None
