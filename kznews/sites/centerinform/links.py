"""ic24.kz article pages: the fields that are URLs — images, related articles, canonical URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from kznews import processors as P
from kznews.extract import images, jsonld, variants
from kznews.extract.caseless import Words
from kznews.extract.chain import Field, Named, Rule, rule
from kznews.extract.index import MEMOS
from kznews.extract.layout import ancestors
from kznews.extract.text import is_inside
from kznews.origin import rebase
from kznews.sites.centerinform import linked as L
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import state as ST
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.alternates import declared, switcher_links
from kznews.sites.centerinform.page import ArticlePage as Page
from kznews.sites.centerinform.signs import SWITCHER_TOKEN


def _article_scope(p: Page) -> etree._Element | None:
    """The smallest element holding both the headline and the first body line (the dateline,
    else the first paragraph); on a page of one post or message, the post's box (its photos
    sit beside its text)."""
    start = p.dateline_idx if p.dateline_idx is not None else p.text_start
    if start is None:
        return None
    if p.own_post is not None:
        return p.own_post
    if p.post is not None:  # a wall post's page: its attachments sit beside its text box
        return _post_box(p.post)
    head = p.headline_element(p.fields.value("title"))
    target = p.lines[start].element
    if head is None:
        return target.getparent()
    for node in ancestors(head):
        if is_inside(target, node):
            # a long read's lead in the article's header: the text and its pictures follow it
            parent = node.getparent() if node.tag == "header" else None
            return node if parent is None else parent
    return None


def _post_box(text_box: etree._Element) -> etree._Element:
    """The box of the post whose text box is ``text_box``: the nearest box around it named a
    post or message (``S.POST_BOX_CLASS``: VK's ``_post post``, ``message``, a
    ``data-post-id``), else the text box's parent."""
    for node in islice(text_box.iterancestors(), S.POST_BOX_DEPTH):
        if node.get("data-post-id") is not None or node.get("data-post") is not None or any(
                S.POST_BOX_CLASS.fullmatch(t) for t in (node.get("class") or "").split()):
            return node
    parent = text_box.getparent()
    return parent if parent is not None else text_box


@rule("jsonld:image|meta:og:image|css:article img", "JSON-LD `image` + `og:image` (not the "
      "site's logo — the header's logo picture, the JSON-LD publisher's `logo` — nor a "
      "stand-in named `logo`/`default`/`placeholder`/`no-image`, or the outlet's name with "
      "only such words beside it: `og-ic24.jpg`, `<upload id>-ic24-card_1200x600.png`, not "
      "`ic24-2021-04-16-tokaev.jpg`; a fetching CDN's copy is named by its original's file) + "
      "images "
      "(`<img>`, AMP's `<amp-img>`, a custom element's own `src`/`data-src`/`srcset` "
      "(`<x-picture src=…>`) when it holds no `<img>`) from the headline (one a `<br>` breaks "
      "over lines too) to the body (and among its paragraphs after that box, when stray "
      "`</div>`s closed it), after "
      "those right before that box (a Bootstrap card's `img.card-img-top` over its "
      "`card-body`), on a page of one post the post's box (its attachments beside its "
      "text box: VK's `PhotoPrimaryAttachment`), and any whose `alt` is the headline "
      "outside page furniture (lazy "
      "`data-src` first, then `src`, the largest of a `srcset`, a `<picture>`'s `<source>`; a "
      "thumbnail's link to an image file gives the full picture, and the thumbnail's own "
      "file elsewhere, `og:image` too, is a copy of that picture; "
      "never a `data:` URL nor a `<noscript>` copy; a text-less box's CSS `background-image`, "
      "where a lazy loader's attribute — `data-original`, `data-bg`, `data-background-image` "
      "… — wins over the style's blur placeholder; a microdata `itemprop=image` `<meta>`'s "
      "`content` or `<link>`'s `href`, not an author's or publisher's item's); "
      "logos (an image linking to the home page), another story's thumbnail (a picture in a "
      "link to another article, or in a card or row a script links to one: `data-href`, "
      "`onclick`; one linking to the page itself stays), a writer's avatar (a picture in a "
      "link to a profile: `/author/x/`, `/@handle`), icons (declared 32 px or less on a side, "
      "or a glyph's file: `eye.gif`, `ico_views.png`, `calendar16.png`), counters (and wherever it "
      "stands a picture from an analytics counter's or tracker's host: Yandex.Metrika's "
      "`mc.yandex.ru/watch/…`, LiveInternet's `counter.yadro.ru`, `top-fwz1.mail.ru`, "
      "Rambler's Top100, Facebook's `/tr`, Google Tag Manager and Analytics, "
      "`bs.serving-sys.com`, a host named `pixel.…` — not `pixel` in a file's name —; a picture "
      "placed off-screen, `left:-9999px`), spacers, a player's stand-in (a picture in a "
      "`<video>`, `<amp-iframe>`, `<amp-youtube>` …, or an AMP component's `placeholder`), "
      "banners (wider than 4:1, a GIF above the headline), a hosted platform's badge (a "
      "picture in a link reading `Made on Tilda`) and an icon before a date or count "
      "(in an inline element, or in a row's cell holding a bare count or date) skipped), each "
      "once "
      "without "
      "its `#fragment`, and each photo once at its largest copy (the copies a resizer or a "
      "CMS makes of one file — `/resize/WxH/`, `/thumb/`, `-300x200.jpg`, `?w=800&q=75`, Drupal's "
      "`/styles/large/public/…?itok=…`, Wix's `…/a~mv2.jpg/v1/fill/w_740,h_493,…/a~mv2.jpg`, "
      "an Uploadcare-like `/<id>/-/resize/800x/-/format/webp/a.jpg`, Cloudinary's "
      "`/upload/w_800,c_fill/…`, a fetching CDN's `/image/fetch/w_1456,c_limit,f_webp/<the "
      "original's address>` of Substack or Cloudinary (options naming no size, `f_auto,"
      "q_auto`, are the full picture), Google's `…=s1600`, a resized copy on a thumbnail host "
      "beside "
      "the file's own (`thumbs.h.kz/<id>/-/resize/800x/a.jpg` of `static.h.kz/<id>/a.jpg`; two "
      "unsized files there stay two), Rails Active Storage's variants of one signed blob id "
      "(`/rails/active_storage/representations/redirect/<blob>/<variation>/a.jpg` of "
      "`/rails/active_storage/blobs/redirect/<blob>/a.jpg`, the original), a CMS's size "
      "presets of one upload in one folder (`small_`/`normal_`/`big_`, `thumb_`, `orig_`, "
      "`-thumb`, `_small`, `-large`) — are one photo, kept where its first copy stood; a blur "
      "placeholder sized 32 px or less by its resizer (`/-/resize/20x/`, `w_20`, `=s20`, "
      "`?w=20`) is no photo; a copy named by a query of only sizing "
      "parameters on an image file's own address — ImageProcessor's "
      "`/media/12/a.jpg?anchor=center&mode=crop&width=1200&rnd=…`, `?w=800&fit=crop&q=75`, "
      "`?resize=800,600` — is the file itself, `/media/12/a.jpg`, while an id, a cache key "
      "`?v=3`, a signature or Drupal's `itok` keeps the address as printed; an image "
      "optimiser's copy, Next.js's "
      "`/_next/image?url=…&w=1200`, is the photo its `url` names); "
      "named after the first that gave one")
def _images(p: Page) -> Named:
    ld = jsonld.image_urls(p.ld.get("image"))
    og = p.meta.get("og:image")
    urls = ld + [og] if og and og not in ld else ld
    urls = _article_pictures(p, urls) if urls else urls
    name = "" if not urls else "jsonld:image" if urls[0] in ld else "meta:og:image"
    scope = _article_scope(p)
    full: dict[str, str] = {}  # a linked thumbnail's picture: the file its link names
    if scope is not None:
        for img in _pictures(p, scope):
            if img.tag in ("img", "amp-img"):
                linked = images.linked_picture(img)
                src = linked or images.picture_of(img)
                if linked:
                    _link_copies(full, img, linked)
                if src and images.is_fallback(img) or images.is_banner(img) or \
                        images.is_player_still(img) or \
                        images.home_link(img) or _masthead_gif(p, img, src) or \
                        images.is_icon(img, src) or images.off_screen(img):
                    continue
            elif img.tag in ("meta", "link"):
                src = images.itemprop_picture(img)
            elif "-" in img.tag:
                src = images.custom_picture(img)
            else:
                src = images.background_of(img)
            if not src or W.IMG_SKIP.search(src) or _label_icon(p, img) or (
                    p.zone(img) and not _post_photo(p, img)) or p.in_person_card(img) or \
                    _portrait(img, src) or _other_story(p, img) or _platform_badge(p, img):
                continue
            urls.append(src)
            name = name or "css:article img"
    # a fragment names no other file (Joomla 4's ``….jpg#joomlaImage://…?width=1200``); an
    # image optimiser's copy is of the photo it names (Next.js's ``/_next/image?url=…``)
    join = _joiner(p.base)
    bare = (variants.original(u.partition("#")[0] if "#" in u else u) for u in urls
            if not images.is_tracker(u))  # a counter's pixel, whatever the markup said
    found = list(dict.fromkeys(join(u) for u in bare if u))
    return Named(variants.one_per_photo(found, {join(k): join(v) for k, v in full.items()
                                                if v}), name)


def _link_copies(full: dict[str, str], img: etree._Element, linked: str) -> None:
    """Note the pictures of ``img`` (its ``src``, the one it shows) as copies of ``linked``,
    the full-size file its link names; a picture linked to two files is a copy of neither (a
    shared stand-in)."""
    for shown in {images.picture_of(img), (img.get("src") or "").strip()}:
        if shown and shown != linked and not shown.startswith("data:"):
            full[shown] = linked if full.get(shown, linked) == linked else ""


SITE_PICTURE = re.compile(r"(?<![a-z])(?:logo\w*|default|placeholder|no[-_]?(?:image|photo|img)"
                          r"|fallback|(?:share|social|site)[-_]?(?:image|img|picture))(?![a-z])",
                          re.I)
"""The file name of a site's stand-in picture (``logo.png``, ``og-default.jpg``,
``placeholder.jpg``, ``no-image.png``, ``share-image.png``): what a page without a photo
declares as its image."""
_BRAND_PICTURE = re.compile(rf"(?<![a-z0-9])(?:{O.BRAND_TOKEN})(?![a-z0-9])", re.I)
_STAND_IN_WORD = re.compile(
    r"og|share|sharing|social|default|logo\w*|image|img|picture|pic|preview|cover|banner|main|card|"
    r"site|fb|facebook|twitter|tw|vk|ok|telegram|tg|big|small|white|black|dark|light|color|"
    r"colour|mono|\d{1,2}|v\d+|\d+x\d+|@\dx", re.I)
"""The words a stand-in picture named for the outlet holds beside its name (``og-ic24.jpg``,
``ic24-share-1200x630.png``, ``logo-ic24-white.svg``): no event, person, place or date."""


_UPLOAD_ID = re.compile(r"^(?=[a-z]*[0-9])(?=[0-9]*[a-f])[0-9a-f]{8,}(?:-[0-9a-f]{4,12})*[-_]",
                        re.I)
"""A random id an upload service puts before a file's name to keep it unique (``9e3a77d1-``,
a UUID): no word of the name."""


def _stand_in(name: str) -> bool:
    """A file name of the site's stand-in picture: ``SITE_PICTURE``'s words, or the outlet's
    name with nothing but stand-in words beside it (``og-ic24.jpg``, ``ic24.png``,
    ``ic24-card_1200x600.png`` after an upload's id); a photo named for its story with the
    outlet's name in it (``ic24-2021-04-16-tokaev.jpg``) is one."""
    if SITE_PICTURE.search(name):
        return True
    if _BRAND_PICTURE.search(name) is None:
        return False
    stem = _UPLOAD_ID.sub("", name.rpartition(".")[0] or name, count=1)
    words = [w for w in re.split(r"[-_.\s]+", _BRAND_PICTURE.sub(" ", stem)) if w]
    return all(_STAND_IN_WORD.fullmatch(w) for w in words)


def _article_pictures(p: Page, urls: list[str]) -> list[str]:
    """The declared images (JSON-LD ``image``, ``og:image``) that are the article's: not a
    stand-in a CMS declares for a page without a photo (``_stand_in``) nor the site's
    logo (the JSON-LD publisher's, or the page's own logo picture showing that URL)."""
    join = _joiner(p.base)
    kept = {join(u): u for u in urls if not _stand_in(images.file_name(u))}
    publisher = p.ld.get("publisher")
    logo = publisher.get("logo") if isinstance(publisher, dict) else None
    for url in jsonld.image_urls(logo) if logo else ():
        kept.pop(join(url), None)
    for img in p.index.tag("img") if kept else ():
        # the URL compared first: the logo test walks up the tree
        shown = images.picture_of(img)
        if shown and join(shown) in kept and _logo(img):
            kept.pop(join(shown))
    return [u for u in urls if join(u) in kept]


def _logo(img: etree._Element) -> bool:
    """A picture linking home or in a logo/brand box: the site's logo."""
    return images.home_link(img) or any(O.MASTHEAD_CLASS.search(a.get("class") or "")
                                        for a in islice(ancestors(img), 4))


_SPACER = frozenset({"0", "1", "1px"})


def _pictures(p: Page, scope: etree._Element) -> list[etree._Element]:
    """The pictures of the article: those from the headline to the body, after those printed
    right before that box (a Bootstrap card's ``img.card-img-top`` over its ``card-body``: only
    picture boxes between) and those whose ``alt`` is the headline outside page furniture."""
    before: list[etree._Element] = []
    only_img = images.img_only(p.index)
    node = scope.getprevious()
    while node is not None and (not isinstance(node.tag, str) or _textless(node)):
        if isinstance(node.tag, str):  # a layout's 1-pixel spacer is no photo
            before[:0] = [img for img in images.pictures(node, only_img)
                          if img.get("width") not in _SPACER and img.get("height") not in _SPACER]
        node = node.getprevious()
    inside = images.pictures(scope, only_img) + _pictures_after(p, scope)
    title = p.fields.value("title")
    named = [img for img in p.index.tag("img") if title and _alt_is(p, img, title)]
    if not before and not named:
        return inside
    seen = set(before) | set(inside)
    return before + inside + [img for img in named if img not in seen and not p.zone(img)]


def _pictures_after(p: Page, scope: etree._Element) -> list[etree._Element]:
    """The pictures among the text's paragraphs that follow ``scope``: stray ``</div>``s closed
    the article's box after the lead, and the rest of the text (its pictures too) follows it
    at a higher level, up to the text's last line."""
    scan = p.body_scan()
    if scan.start is None or not scan.paras:
        return []
    last = min(scan.end if scan.end is not None else len(p.lines), len(p.lines)) - 1
    while last > scan.start and not p.clean[last]:
        last -= 1
    end = p.lines[last].element
    if is_inside(end, scope):
        return []
    box = next((a for a in ancestors(scope) if is_inside(end, a)), None)
    found: list[etree._Element] = []
    after = False
    for el in box.iter() if box is not None else ():
        if el is end:
            break
        if after and el.tag in ("img", "amp-img") and not is_inside(el, scope):
            found.append(el)
        after = after or el is scope
    return found


BADGE_REACH = 4  # ancestors of a picture looked at for the platform's badge link around it


def _platform_badge(p: Page, img: etree._Element) -> bool:
    """A picture in a link whose text is a hosted site's platform line (Tilda's ``<a
    href="https://tilda.cc/…">Made on <img> Tilda</a>`` closing every page it hosts): the
    platform's badge, no photo."""
    for node in islice(ancestors(img), BADGE_REACH):
        if node.tag == "a":
            return W.is_site_footer(p.text(node))
    return False


CARD_REACH = 3  # ancestors of a picture looked at: its link (in a span), the card or row
_CARD_LINK = ("href", "data-href", "data-url", "data-link", "onclick")
_QUOTED = re.compile(r"""['"]([^'"\s]+)['"]""")


def _other_story(p: Page, img: etree._Element) -> bool:
    """A picture in a link to another story, or in a card or row a script makes a link of
    (``data-href``, ``onclick="location.href='…'"``): that story's thumbnail, not the page's
    photo; a picture linking to the page itself (or to its own file) stays."""
    node = img.getparent()
    for _ in range(CARD_REACH):
        if node is None:
            return False
        for attr in _CARD_LINK:
            value = node.get(attr)
            if not value or not O.ID_HINT.search(value):  # the cheap test first
                continue
            url = value if attr != "onclick" else next(
                (m for m in _QUOTED.findall(value) if O.ID_HINT.search(m)), "")
            story = O.article_id(url.strip())
            if story and story != p.id and story != O.article_id(p.index.canonical() or ""):
                return True
        node = node.getparent()
    return False


def _masthead_gif(p: Page, img: etree._Element, src: str) -> bool:
    """A GIF printed above the headline (an old site's ``<img src=/img/shapka.gif>`` over its
    breadcrumb): the site's masthead, never an article's photo."""
    if not src.lower().partition("?")[0].endswith(".gif"):
        return False
    head = p.headline_element(p.fields.value("title"))
    return head is not None and (img.sourceline or 0) < (head.sourceline or 0)


def _textless(el: etree._Element) -> bool:
    # the first bit of text decides: a box before the article's may be the whole header
    return not any(t.strip() for t in el.itertext())


def _alt_is(p: Page, img: etree._Element, title: str) -> bool:
    alt = img.get("alt")
    return bool(alt) and abs(len(alt) - len(title)) < 20 and p.index.clean(alt) == title


def _portrait(img: etree._Element, src: str) -> bool:
    """A writer's portrait by its folder or class (``W.PORTRAIT``), or by the link around it
    to a person's profile page (``W.PROFILE_LINK``: a byline's avatar linked to ``/@handle``)."""
    folder = urlsplit(src).path.rpartition("/")[0]
    if W.PORTRAIT.search(folder) is not None or \
            W.PORTRAIT.search(img.get("class") or "") is not None:
        return True
    link = next((a for a in islice(img.iterancestors(), PORTRAIT_LINK_REACH) if a.tag == "a"),
                None)
    return link is not None and W.PROFILE_LINK.search(link.get("href") or "") is not None


PORTRAIT_LINK_REACH = 3  # levels from a picture up to the profile link around it


def _post_photo(p: Page, el: etree._Element) -> bool:
    """A photo of the page's own post (its box is a widget's, furniture elsewhere); not the
    channel's or author's picture beside it."""
    if not p.in_own_post(el):
        return False
    parent = el.getparent()
    marks = f"{el.get('class') or ''} {parent.get('class') or '' if parent is not None else ''}"
    return W.PERSON_PICTURE.search(marks) is None


def _joiner(base: str) -> Any:
    """``urljoin(base, u)`` for the image URLs of one page: a plain site-relative path is the
    base's ``scheme://host`` plus the path, and an absolute ``http(s)`` URL comes out the same
    on every page of the scheme (memoised); anything else is joined in full."""
    key = _ORIGIN_KEY.match(base)
    scheme, sep, rest = key.group().partition("://") if key else ("", "", "")
    prefix = scheme.lower() + sep + rest if key else ""

    def join(u: str) -> str:
        if prefix and _plain_path(u):
            return prefix + u
        if prefix and u.startswith(("http://", "https://")):
            return _join_absolute(scheme.lower(), u)
        return urljoin(base, u)
    return join


@lru_cache(maxsize=8192)
def _join_absolute(scheme: str, url: str) -> str:
    return urljoin(f"{scheme}://site/", url)


MEMOS.append(_join_absolute.cache_clear)


MAX_CELL_TEXT = 40  # characters: a count or a date beside its icon in a row's cell
MAX_CELL_PARTS = 3  # elements of such a cell: the icon, the count's, a label's
_DIGIT = re.compile("[0-9]")


def _label_icon(p: Page, img: etree._Element) -> bool:
    """``<span><img src="eye.png"> 1 234</span>``: an icon before a date, a count or a rubric
    link (a photo with its ``Фото:`` credit in one inline element stays); in a block of its
    own (an info row's ``<td>``, ``<li>``, ``<div>``) only beside a bare count or date."""
    parent = img.getparent()
    if parent is None:
        return False
    if parent.tag in W.INLINE_TAGS:
        text = p.text(parent)
        return bool(text) and len(text) < 60 and not W.PHOTO_LABEL.match(text)
    width = img.get("width") or ""
    if len(parent) > MAX_CELL_PARTS or (width.isdigit() and int(width) > 2 * images.MAX_ICON):
        return False  # a box of many parts, or a photo with its date below
    text = p.text(parent)
    return 0 < len(text) < MAX_CELL_TEXT and _DIGIT.search(text) is not None and (
        S.VIEWS_COUNT.match(text) is not None or P.parse_date_text(text) is not None)


def _unmarked(word: str) -> str:
    """A badge without what prints around it: ``[KZ]``, ``(ENG)``, ``ru:``."""
    return word.strip(":|•[]()")


def _badge_inside(link: etree._Element, text: Any) -> str:
    """The language badge a link opens with in an element of its own (``<a><span
    class="badge">en</span> <span>Title</span></a>``), as printed; else ``""``."""
    first = link[0]
    tail = first.tail or " "
    if (link.text or "").strip() or not isinstance(first.tag, str) or len(first) or \
            tail[0].isalnum():  # ``<b>EN</b>glish``: a word's part
        return ""
    word = text(first)
    if _unmarked(word.lower()) not in O.LANG_BADGES or len(word) >= len(text(link)):
        return ""
    rest = text(link)[len(word):].lstrip()
    # a badge is classed as one or printed in one case (``en``, ``ҚАЗ``), and the title after
    # it opens as a title does: ``<b>Kaz</b> Minerals …``, ``<b>EN</b> <span>+ Group …``,
    # ``<span>рус</span> <span>язык …`` open the title
    bare = _unmarked(word)
    if not rest or _JOINED.match(rest) or not (
            _BADGE_CLASS.search(first.get("class") or "") or bare.islower() or bare.isupper()):
        return ""
    return word


_BADGE_CLASS = re.compile(r"badge|lang|label|flag", re.I)


# a title's continuation, not its start: a joining sign, or a lower-case word (not ``iPhone``)
_JOINED = re.compile(r"[-+–—&/.,:;)\]]|[a-zа-яёәғқңөұүһі][a-zа-яёәғқңөұүһі\s]")


def _badge_before(link: etree._Element, parent: etree._Element | None) -> str:
    """The word printed just before a link (``<span>ru</span> <a>``, ``ru <a>``), lower-case."""
    prev = link.getprevious()
    before = ((prev.text or "") + (prev.tail or "")) if prev is not None else \
        (parent.text or "" if parent is not None else "")
    if not before:
        return ""
    words = before.rsplit(None, 1)  # the last word only: a paragraph's text may precede
    return _unmarked(words[-1].lower()) if words else ""


@rule("css:a[href*=-u]", "every link to another article of the crawled site (its outlet "
      "host names — `www.`, `m.`, either scheme — read as the crawled origin; another outlet's "
      "or a look-alike host's `-u<N>` address is none; an image map's `<area>` too, titled "
      "by its `alt`) outside header/nav — the text's own links too (`ранее <a>сообщалось</a>`:"
      " a linked article, titled by its words; a language switcher's label — `ENG`, `Read in "
      "English`, a language named as a whole word: not `In Kazakhstan` — is none: the "
      "`translations` field pairs versions) — and, wherever they "
      "stand, a translation's "
      "`<a hreflang>`, the parts a series box lists (`nav.series`) and the previous/next story "
      "links (`<a rel=next>`, or any link reading only a previous/next label: `← Предыдущая "
      "новость`, titled by its `title`/`aria-label`, never by the label); each with its "
      "language badge "
      "(`ru`/`en`/`kk`/`kz`, `РУС`/`ENG`/`ҚАЗ`/`QAZ`, bracketed too) unless its headline is "
      "of another language (a `ru` printed before every item of a block); else its address's "
      "slug: "
      "capitals or English words are English, lower-case transliteration Russian unless its "
      "text is Kazakh (a text of no language: transliteration's marks and prepositions "
      "against English function words); else the language of its text); a picture link is "
      "titled by its card's headline box, else the card's text link to the same story; "
      "then the head's "
      "`<link rel=prev/next>`, rows clickable as a whole (`data-href`, `onclick` setting "
      "`location`) and JSON-LD `relatedLink`/`mentions`/`hasPart`/`isPartOf` (titled by "
      "their `headline`/`name`, in their `inLanguage`)")
def _related(p: Page) -> list[dict[str, Any]]:
    seen = {p.id} if p.id else set()
    links: list[dict[str, Any]] = []
    untitled: dict[str, dict[str, Any]] = {}  # a card's picture link, its headline's below
    base, origin, page = p.base, _site_origin(p.base), L.page_origin(p.url)
    # Bound once: this loop runs for every link of every page.
    hint, article_id, zone, text = O.ID_HINT.search, O.article_id, p.index.zone, p.index.text
    badges, memo, on_site = O.LANG_BADGES, _HREFS, L.on_site
    # The markup's needle (``may_have_nav``) is read only once a link looks like one: most
    # pages have none, and the index's rel values and class tokens tell there is none.
    is_nav = L.is_nav if _nav_possible(p) else None
    may_nav: bool | None = None
    nav: list[etree._Element] = []
    for a in _link_elements(p):
        raw = a.get("href") or ""
        if not hint(raw):  # most links are not articles: no URL parsing for them
            continue
        known = memo.get(raw)
        if known is None:
            known = _href_facts(raw)
        aid = known[0]
        if not aid:
            continue
        if aid in seen:
            if aid in untitled and zone(a) != "noise":
                _title_later(untitled, aid, a, text)
            continue
        if is_nav is not None and is_nav(a):  # a label, or a headline linked elsewhere too
            if may_nav is None:
                may_nav = L.may_have_nav(p.index.source)
            if may_nav:
                nav.append(a)
                continue
        if L.only_nav_label(text(a)):  # ``Следующая новость →`` whatever its markup
            nav.append(a)
            continue
        parent = a.getparent()
        if (zone(a) == "noise" and not _linked_story(a, text)) or _switch_label(a, text):
            continue
        url = on_site(known[1] or (origin + known[2] if origin and known[2] else
                                   _link_url(origin, base, raw)), page)
        if url is None:  # another server's address that happens to end in -u<N>
            continue
        seen.add(aid)
        title = text(a) if a.tag == "a" else P.clean_text(a.get("alt") or "")
        if not title and a.tag == "a":
            title = L.card_title(a, text)
        badge = _badge_inside(a, text) if len(a) else ""
        if badge:
            title = title[len(badge):].lstrip()
        else:
            badge = _badge_before(a, parent)
            if len(a) and title and a.tag == "a":  # a card the link wraps: its headline
                title = L.title_inside(a, text) or title
        told = badges.get(_unmarked(badge.lower()))
        lang = _badged_lang(title, told) if told else _link_lang(url, title)
        links.append({"url": url, "id": aid, "title": title, "lang": lang})
        if not title:
            untitled[aid] = links[-1]
    for raw, title, lang in _other_links(p, nav, text):
        url = on_site(_link_url(origin, base, raw), page) if hint(raw) else None
        aid = article_id(url) if url else None
        if aid and aid not in seen:
            seen.add(aid)
            links.append({"url": url, "id": aid, "title": title,
                          "lang": lang or _link_lang(url, title)})
    return links


def _title_later(untitled: dict[str, dict[str, Any]], aid: str, a: etree._Element,
                 text: Any) -> None:
    """A story first linked with no title (a card's picture, whose box also links its rubric)
    takes the text of a later link to it (the card's headline)."""
    title = text(a) if a.tag == "a" and L.headline_link(a) else ""
    if not title:
        return
    entry = untitled.pop(aid)
    entry["title"] = title
    if entry["lang"] is None:
        entry["lang"] = _link_lang(entry["url"], title)


def _nav_possible(p: Page) -> bool:
    """Whether ``L.is_nav`` can hold for any link of the page: an element's ``rel`` names a
    neighbour, or a class holds ``prev``/``next`` (the index lists every element's; not
    those of the boxes set aside, whose links are asked about all the same)."""
    if p.index.aside:
        return True
    if any(L.NAV_REL.intersection((el.get("rel") or "").lower().split())
           for el in p.index.with_attr("rel")):
        return True
    names = p.class_text
    return "prev" in names or "next" in names or "Prev" in names or "Next" in names


def _other_links(p: Page, nav: list[etree._Element], text: Any
                 ) -> Iterator[tuple[str, str, str | None]]:
    """(href, title, language) of the article links after the page's text links: the
    previous/next links ``nav`` (their label dropped), the head's, rows clickable as a whole,
    JSON-LD references."""
    for a in nav:
        yield a.get("href") or "", L.nav_title(text(a)) or L.nav_said_title(a) or \
            L.card_title(a, text), None
    for href in L.head_nav(p.index.tag("link")):
        yield href, "", None
    for el, href in L.clickable_rows(p.index.top, p.index.source):
        if p.index.zone(el) != "noise":
            yield href, L.card_title(el, text) or text(el)[:L.MAX_CARD_TITLE], None
    if p.ld:
        yield from L.ld_links(p.ld)


_SERIES_BOX = re.compile(r"(?:^|[_-])(?:series|serial|cycle|parts|chapters|special-?project|"
                         r"spec-?project|story-?line|timeline|chronology)(?:$|[_-])", re.I)
SERIES_REACH = 4  # ancestors of a link looked at: a list item, its list, the box


# A language switcher's label, not a headline: ``РУС``, ``English``, ``Read in English``,
# ``Читать на русском``, ``Қазақша оқу``, ``Русская версия``, ``English version``.
_LANG_LABEL = re.compile(
    r"(?i)^\W*(?:(?:read|view|see|читать|смотреть|открыть)\b.{0,30}|[^\W\d_]{2,3}|english|"
    r"русский|қазақша|орысша|ағылшынша|kazakh|russian|на\s+\w+(?:\s+языке)?|in\s+\w+|.{0,20}\bоқу|"
    r"[^\W\d_]+\s+(?:версия|version|нұсқа(?:сы)?)|(?:версия|version)\s+\w+(?:\s+\w+)?)\W*$")


_LANG_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:english|eng|англ(?:ийск[^\W\d_]*)?|ағылшын(?:ша)?|russian|rus|"
    r"рус(?:ск[^\W\d_]*)?|орыс(?:ша)?|kazakh|kaz|qaz|каз(?:ахск[^\W\d_]*)?|қаз|"
    r"қазақ(?:ша)?)(?![^\W\d_])|^\W*(?:ru|en|kk|kz)\W*$")
"""A language's name, code or label as a whole word (``English``, ``ENG``, ``русском``,
``РУС``, ``Қазақша``, ``на казахском``); never a word it opens (``Kazakhstan``, ``Руси``)."""


def _switch_label(a: etree._Element, text: Any) -> bool:
    """A language switcher's link (``ENG``, ``Read in English``, ``Қазақ тілінде оқу``, or
    any label with ``hreflang``): the story in another language, no story linked."""
    label = text(a)
    shaped = _LABEL_SHAPED.get(label)
    if shaped is None:
        if len(_LABEL_SHAPED) >= LABEL_MEMO:
            _LABEL_SHAPED.clear()
        shaped = _LABEL_SHAPED[label] = _LANG_LABEL.match(label) is not None
    return shaped and (a.get("hreflang") is not None or _LANG_WORD.search(label) is not None)


_LABEL_SHAPED: dict[str, bool] = {}
"""Whether a link's text is shaped as a switcher's label (``_LANG_LABEL``): sidebars and the
headline block print the same headlines on every page."""
LABEL_MEMO = 8192
MEMOS.append(_LABEL_SHAPED.clear)


def _linked_story(a: etree._Element, text: Any) -> bool:
    """A link the page makes to a story of its own even from the text's neighbourhood or a
    navigation box: the story's translation under its headline (``This story is also
    available in Russian: <a hreflang=ru>Арал: жизнь после моря</a>``; a switcher's ``РУС``
    or ``Read in English`` is a language's label) or another part of its series (``<nav
    class="series"><li><a>Часть 1</a>``)."""
    if a.get("hreflang"):
        return not _LANG_LABEL.match(text(a))
    node = a.getparent()
    for _ in range(SERIES_REACH):
        if node is None:
            return False
        cls = node.get("class")
        if cls and any(_SERIES_BOX.search(t) for t in cls.split()):
            return True
        node = node.getparent()
    return False


def _link_elements(p: Page) -> list[etree._Element]:
    """The page's links in page order (the set-aside boxes' after), then its image maps'
    areas: a picture whose parts lead to other stories."""
    links = [*p.index.links, *p.index.aside_links] if p.index.aside else p.index.links
    areas = [el for el in p.index.tag("area") if el.get("href") is not None]
    return [*links, *areas] if areas else links


_TITLE_LANGS: dict[str, str | None] = {}
"""``P.detect_lang`` of a link's title: the headline block and sidebars repeat theirs."""
TITLE_LANG_MEMO = 8192
MEMOS.append(_TITLE_LANGS.clear)


_TRANSLIT = re.compile(r"zh|kh|ts(?!$)|shch|(?:yy|iy|oy|aya|oye|ogo|ego|ykh|ikh|ov|ev|yu|ya|"
                       r"nyn|nin|ldy|ldi)$")
"""What Russian or Kazakh words transliterated look like (``zhiteli``, ``tsifrovoy``,
``novyy``, ``kazakhstantsev``, ``metronyn``, ``ashyldy``), English ones rarely."""


def _transliterated(words: list[str]) -> bool:
    """Slug ``words`` read as transliterated Russian or Kazakh: two words or more, and a
    third of them, look it."""
    alpha = [w for w in words if w.isalpha()]
    marked = sum(1 for w in alpha if _TRANSLIT.search(w))
    return marked >= 2 and 3 * marked >= len(alpha)
_SLUG = re.compile(r"/(?P<slug>[^/?#]*?)-?[uU][0-9]+(?:\.html?)?(?:[?#].*)?$")


def _link_lang(url: str | None, title: str) -> str | None:
    """A linked article's language where no badge gives it: its address's slug first, as
    the outlet writes them (an English one keeps capitals, a Russian or Kazakh one is
    lower-case transliteration: ``Artwork-of-young-Kazakhstanis-…`` / ``u-kazakhstantsev-v-
    yaponii-…``), the title's language telling Russian from Kazakh; else the title's. The
    words of a link in the text are the page's language, not the article's
    (``reported on the founding …`` linking ``u-kazakhstantsev-…-u45694`` is Russian); a
    lower-case slug of English words is English all the same."""
    by_title = _title_lang(title)
    found = _SLUG.search(url or "")
    slug = found["slug"] if found else ""
    if "-" not in slug or not any(c.isalpha() for c in slug) or not slug.isascii():
        return by_title
    if any(c.isupper() for c in slug):
        return "en"
    if by_title is None:  # a title of no language (``Часть 2``, ``сообщалось``) or none
        return _slug_lang(slug.split("-"))
    if by_title != "en":
        return by_title
    # a lower-case slug of English words (``national-bank-keeps-base-rate``) is English
    return "ru" if _transliterated(slug.split("-")) else "en"


_RU_SLUG_WORDS = frozenset({"v", "vo", "na", "s", "so", "k", "po", "o", "ob", "za", "iz", "ot",
                            "do", "dlya", "pri", "i", "ne", "kak", "chto", "posle", "ili"})
_EN_SLUG_WORDS = frozenset({"the", "of", "in", "to", "for", "and", "on", "at", "with", "from",
                            "by", "is", "are", "a", "an", "new", "after", "over"})


def _slug_lang(words: list[str]) -> str:
    """A lower-case slug's language where no title tells it: transliterated Russian (its
    prepositions ``v``/``na``/``dlya``, or words shaped as ``_TRANSLIT`` says) outweighing
    English function words is Russian (the outlet's Kazakh slugs read alike: Russian is
    the likelier), else English."""
    alpha = [w for w in words if w.isalpha()]
    russian = sum(1 for w in alpha if w in _RU_SLUG_WORDS or _TRANSLIT.search(w))
    english = sum(1 for w in alpha if w in _EN_SLUG_WORDS)
    return "ru" if russian > english else "en"


def _title_lang(title: str) -> str | None:
    found = _TITLE_LANGS.get(title, _UNSEEN)
    if found is _UNSEEN:
        if len(_TITLE_LANGS) >= TITLE_LANG_MEMO:
            _TITLE_LANGS.clear()
        found = _TITLE_LANGS[title] = P.detect_lang(title)
    return found  # type: ignore[return-value]


_UNSEEN = object()


# A word of Cyrillic small letters (a verb, a preposition: ``представила``, ``и``), outside
# quotes; a name is capitalised, a homoglyph (``Еmbassies``) is one letter of a Latin word.
_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[а-яёәғқңөұүһі]+(?![^\W\d_])")
_QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")


def _badged_lang(title: str, told: str) -> str:
    """The language of a headline printed after the badge ``told``: the headline's own
    where its words tell another (a ``ru`` printed before every item of a block), the badge
    deciding what they leave even (``Президент Токаев жастарды марапаттады`` under ``kk``);
    a headline with Cyrillic words is never English (``Apple представила iPhone 16 Pro Max
    и Apple Watch`` under ``ru``)."""
    found = _title_lang(title)
    if found is None or found == told:
        return told
    key = (title, told)
    said = _BADGED_LANGS.get(key)
    if said is None:
        if len(_BADGED_LANGS) >= TITLE_LANG_MEMO:
            _BADGED_LANGS.clear()
        said = P.detect_lang(title, told) or told
        if said == "en" and told != "en" and _CYRILLIC_WORD.search(_QUOTATION.sub(" ", title)):
            said = told
        _BADGED_LANGS[key] = said
    return said


_BADGED_LANGS: dict[tuple[str, str], str] = {}
"""``_badged_lang`` of the headlines whose words contradict their badge: a sidebar's recur."""
MEMOS.append(_BADGED_LANGS.clear)


def _plain_path(raw: str) -> bool:
    """A site-relative path that joining to any page of the site leaves as it is and whose
    canonical form it is: no query, fragment, space, backslash, dot segment or ``;``
    parameter (a session id the canonical URL drops)."""
    # substring tests, not a regex: this runs for most links of every page (str.split and
    # the regex \s agree on what is a space)
    return raw.startswith("/") and not raw.startswith("//") and "?" not in raw and \
        "#" not in raw and "\\" not in raw and "/." not in raw and ";" not in raw and \
        raw.split(None, 1) == [raw]
_ORIGIN_KEY = L.ORIGIN_KEY


def _site_origin(url: str) -> str:
    """``scheme://host[:port]`` of ``url`` as canonical URLs of the site start, else "".
    Every page of a site shares it: worked out once per scheme and host."""
    key = _ORIGIN_KEY.match(url)
    return _origin_of(key.group() + "/") if key else _origin_of(url)


@lru_cache(maxsize=256)
def _origin_of(url: str) -> str:
    origin = O.canonical_url(urljoin(url, "/"))
    return origin[:-1] if "://" in origin and origin.endswith("/") else ""


MEMOS.append(_origin_of.cache_clear)


def _link_url(origin: str, base: str, raw: str) -> str:
    """The canonical URL of an article link. A plain site-relative path needs no URL parsing:
    joined and canonicalised it is the origin plus the path without its trailing slash. An
    absolute URL depends only on the page's scheme: the same sidebar links recur on every
    page, so those are worked out once."""
    if origin and _plain_path(raw):
        return origin + raw.rstrip("/")
    simple = _SIMPLE_ABSOLUTE.fullmatch(raw)
    if simple:
        return _simple_canonical(simple)
    if origin and _ABSOLUTE.match(raw):
        return _canonical_absolute(origin.partition(":")[0], raw)
    return O.canonical_url(urljoin(base, raw))


_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s]")
# ``https://ic24.kz/news/slug-u50337?utm_source=ic24``: lower-case scheme and host, no port,
# userinfo, dot segment, trailing slash, parameters, escapes or fragment. Joining such a URL
# to any page leaves it as it is, so its canonical form is worked out without URL parsing.
_SIMPLE_ABSOLUTE = re.compile(
    r"(?P<site>https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?P<path>(?:/[A-Za-z0-9_~-]+)+)"
    r"(?:\?(?P<query>[A-Za-z0-9_=&-]*))?")


_PLAIN_LINKS: dict[str, tuple[str | None, str]] = {}
"""Plain absolute href -> (article id, canonical URL): the same for every page, and the
headline block and sidebars link the same articles from many pages."""
PLAIN_LINK_MEMO = 8192
MEMOS.append(_PLAIN_LINKS.clear)


def _plain_link(raw: str) -> tuple[str | None, str] | None:
    """(article id, canonical URL) of a plain absolute URL, memoised; None for other hrefs.
    Its path is what URL parsing would find, so neither needs parsing."""
    found = _plain_absolute(raw)
    if found is None:
        return None
    if len(_PLAIN_LINKS) >= PLAIN_LINK_MEMO:
        _PLAIN_LINKS.clear()
    _PLAIN_LINKS[raw] = found
    return found


_HREFS: dict[str, tuple[str | None, str, str]] = {}
"""An article link's href -> (its article id, its canonical URL when it is a plain absolute
URL, its path without a trailing slash when it is a plain site-relative one; else ""): what
``_link_url`` makes of it depends on the page only by the site's origin."""
HREF_MEMO = 8192
MEMOS.append(_HREFS.clear)


def _href_facts(raw: str) -> tuple[str | None, str, str]:
    """``_HREFS``'s entry for ``raw``, memoised."""
    plain = _plain_link(raw)
    if plain is not None:
        facts = (plain[0], plain[1], "")
    else:
        facts = (O.article_id(raw), "", raw.rstrip("/") if _plain_path(raw) else "")
    if len(_HREFS) >= HREF_MEMO:
        _HREFS.clear()
    _HREFS[raw] = facts
    return facts


def _plain_absolute(raw: str) -> tuple[str | None, str] | None:
    """(article id, canonical URL) of a plain absolute URL (``_SIMPLE_ABSOLUTE``), else None:
    joined to any page it stays as it is, and its path is what URL parsing would find."""
    simple = _SIMPLE_ABSOLUTE.fullmatch(raw)
    return None if simple is None else (O.article_id(simple["path"]), _simple_canonical(simple))


def _simple_canonical(match: re.Match[str]) -> str:
    """``O.canonical_url`` of a ``_SIMPLE_ABSOLUTE`` URL: tracking parameters dropped."""
    url = match["site"] + match["path"]
    query = match["query"]
    if query:
        kept = "&".join(pair for pair in query.split("&")
                        if pair and not P.TRACKING_PARAM.fullmatch(pair.partition("=")[0]))
        if kept:
            url += "?" + kept
    return url


@lru_cache(maxsize=8192)
def _canonical_absolute(scheme: str, raw: str) -> str:
    return O.canonical_url(_join_absolute(scheme, raw))


MEMOS.append(_canonical_absolute.cache_clear)


def _same_article(read: Any) -> Any:
    def check(p: Page) -> str | None:
        value = read(p)
        if not value:
            return None
        plain = _plain_absolute(value)  # the usual ``https://host/path``: no URL parsing
        if plain is not None:
            return plain[1] if plain[0] == (p.id or None) else None
        absolute = urljoin(p.base, value)
        return O.canonical_url(absolute) if O.article_id(absolute) == (p.id or None) else None
    return check


def _versions(p: Page, pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    """``{url, id, lang}`` of the other articles among ``pairs`` (lang, href) on the page's
    site, each once."""
    seen = {p.id} if p.id else set()
    out = []
    for lang, href in pairs:
        same = rebase(urljoin(p.base, href), p.url)
        aid = O.article_id(same or "")
        if same and aid and aid not in seen:
            seen.add(aid)
            out.append({"url": O.canonical_url(same), "id": aid, "lang": lang})
    return out


MAX_VERSION_LINKS = 2  # other-language versions a story has at most (of ru, en, kk)


@rule("html:hreflang", "`<link rel=\"alternate\" hreflang>` (or `<a hreflang>`) naming "
      "another article of the site; `x-default` and languages other than ru/en/kk name none; "
      f"`<a hreflang>` to more than {MAX_VERSION_LINKS} articles is a CMS marking every "
      "link with its target's language (Drupal), no versions")
def _hreflang(p: Page) -> list[dict[str, str]]:
    versions = _versions(p, declared(p.index.with_attr("hreflang"), ()))
    if len(versions) <= MAX_VERSION_LINKS:
        return versions
    heads = [el for el in p.index.with_attr("hreflang") if el.tag == "link"]
    return _versions(p, declared(heads, ())) if heads else []


_SWITCHER_NEEDLE = Words("lang", "lng", "locale", "i18n", "wpml")


@rule("css:lang-switcher", "links of a box classed as a language switcher (`lang-switcher`, "
      "`header__langs`, `language-select`, `wpml-ls`) labelled with a language (`РУС`, `ҚАЗ`, "
      "`ENG`, `Қазақша`, `English`) or carrying `lang`, naming another article")
def _switcher(p: Page) -> list[dict[str, str]]:
    # a substring needle first: the pattern runs only on the few tokens that may match, and
    # the page's tokens are looked at one by one only when their joined text holds it
    if not _SWITCHER_NEEDLE.search(p.class_text):
        return []
    tokens = [t for t in p.index.class_tokens() if _SWITCHER_NEEDLE.search(t)
              and SWITCHER_TOKEN.fullmatch(t)]
    return _versions(p, [pair for t in tokens for box in p.index.with_class(t)
                         for pair in switcher_links(box)]) if tokens else []


IMAGES: Field[Page] = Field("image_urls", (_images, ST.IMAGES))
ALTERNATES: Field[Page] = Field("alternates", (_hreflang, _switcher),
                                "The article's other-language versions (not a feed field): "
                                "followed as translation candidates, and what pairs "
                                "`translations`.")
@rule("state:related", "the stories the page's embedded JSON state lists as related "
      "(`related`/`relatedArticles`/`readAlso` of the article's record or of the object "
      "holding it: Next.js's `props.pageProps.related[]`), each by its `url`/`href`/`path` "
      "or `slug` (beside the page's own address) and `title`; when the markup links none")
def _state_related(p: Page) -> list[dict[str, Any]]:
    art = p.state
    if art is None or not art.related:
        return []
    seen = {p.id} if p.id else set()
    links: list[dict[str, Any]] = []
    for raw, title in art.related:
        url = L.on_site(O.canonical_url(urljoin(p.url, raw)), L.page_origin(p.url))
        aid = O.article_id(url) if url else None
        if url and aid and aid not in seen:
            seen.add(aid)
            title = P.clean_text(title)
            links.append({"url": url, "id": aid, "title": title,
                          "lang": _link_lang(url, title)})
    return links


RELATED: Field[Page] = Field("related", (_related, _state_related))
_OFF_SITE_PAGE = re.compile(r"https?://[^/?#\s]+\.[a-z]{2,}(?::\d+)?/[^?#\s]*[^\W_][^?#\s]*",
                            re.IGNORECASE)


@rule("meta:canonical-syndicated", "a `<link rel=canonical>` naming a page on another "
      "server than the outlet's (a republished agency story's canonical names the agency's "
      "page): the page stays the outlet's article, and the canonical is what the page says "
      "it is; a canonical naming another server's home page names no article")
def _syndicated_canonical(p: Page) -> str | None:
    href = p.index.canonical()
    if not href or not _OFF_SITE_PAGE.match(href.strip()) or rebase(href.strip(), p.url):
        return None
    return P.safe_url(href)


CANONICAL: Field[Page] = Field("canonical_url", (
    Rule("meta:canonical", _same_article(lambda p: p.index.canonical())),
    _syndicated_canonical,
    Rule("meta:og:url", _same_article(lambda p: p.meta.get("og:url"))),
    Rule("jsonld:url", _same_article(lambda p: jsonld.text_of(p.ld.get("url")))),
    Rule("url", lambda p: O.canonical_url(p.url).partition("?")[0],
         "the page's URL without its query: the id in the path names the article, and a "
         "`?from=lenta` must not make two canonical URLs of one article"),
), "`meta:canonical`, `meta:og:url` and `jsonld:url` only if they name the page's own article "
   "id; a `<link rel=canonical>` "
   "naming another article of the site drops the page (`drop/canonical_elsewhere`, "
   "`decoys.py`).")
