"""One photo in many sizes: the copies a CDN's resizer or a CMS makes of one upload.

``/resize/1200x630/uploads/a.jpg``, ``/uploads/thumb/a.jpg``, ``/uploads/a-300x200.jpg`` (a
WordPress size), ``/files/styles/large/public/a.jpg?itok=…`` (a Drupal image style;
``…/public/a.jpg.webp`` when it converts) and ``/uploads/a.jpg?w=800&q=75`` all show
``/uploads/a.jpg``; a copy a resizer names by its query on the file's own address
(ImageProcessor's ``/media/12/a.jpg?anchor=center&mode=crop&width=800&rnd=1332…``, imgix's
``?w=800&fit=crop&auto=format``, Photon's ``?resize=800,600``) is the file itself when every
parameter only sizes it (``unsized``); Ghost's ``/content/images/size/w600/2021/08/a.jpg`` (or
``/size/w600h400/``, ``/format/webp/``) shows ``/content/images/2021/08/a.jpg``; Wix's
``/media/abc~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/abc~mv2.jpg`` shows ``/media/abc~mv2.jpg``.
A page names the photo once per size
(its ``og:image``, its lazy source, a gallery's thumbnail strip), a reader counts it once, at its
largest.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# a path segment naming a resizer's operation or its box: ``/resize/``, ``/thumb/``, ``/800x600/``
_OPERATION = re.compile(r"(?:resized?|thumbs?|thumbnails?|crop(?:ped)?|fit|fill|scaled?|cache"
                        r"|preview|small|medium|large|mini)", re.I)
_BOX_SEGMENT = re.compile(r"(\d{1,4})x(\d{1,4})|[wh]_?(\d{1,4})|(\d{1,4})x|x(\d{1,4})", re.I)
# a WordPress size before the extension: ``photo-1024x683.jpg``
_WP_SIZE = re.compile(r"-(\d{1,4})x(\d{1,4})(\.\w{2,5})$")
# Drupal's image styles: ``/sites/default/files/styles/large/public/2024-09/a.jpg?itok=…`` is
# a copy of ``/sites/default/files/2024-09/a.jpg`` (its token, ``itok``, only guards the copy)
_DRUPAL_STYLE = re.compile(r"/styles/[^/]+/(?:public|private)/")
# a style's conversion to another format appends its extension to the upload's name
_CONVERTED = re.compile(r"(\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?))\.(?:webp|avif|jpe?g|png)$",
                        re.I)
# a resizer's operation named with its argument in the next segment (Ghost's image sizes):
# ``/size/w1000/``, ``/size/w600h400/``, ``/format/webp/``
_NAMED_OPERATION = re.compile(r"/size/w(\d{1,4})(?:h(\d{1,4}))?(?=/)"
                              r"|/format/(?:webp|avif|jpe?g|png|gif)(?=/)", re.I)
# Wix's media server: the file's path, then ``/v1/<operation>/<its parameters>/<a name>``
# (``/media/abc~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/abc~mv2.jpg``) is a copy of the file
_WIX_COPY = re.compile(r"^(.*/[^/]+\.\w{2,5})/v1/[a-z_]+/([^/]*)/[^/]+$", re.I)
# query keys that only size or compress the picture
_SIZE_KEYS = frozenset({"w", "h", "width", "height", "q", "quality", "fit", "resize", "crop",
                        "dpr", "size", "auto", "fm", "itok"})
# ...and those of resizers that name a copy by its query on the file's own address: ImageProcessor's
# and ImageSharp's crop (``mode``, ``rmode``, ``anchor``, ``center``, ``heightratio``, the cache
# key ``rnd`` Umbraco adds) and a conversion (``format``); only where the path names an image file
_FILE_SIZE_KEYS = _SIZE_KEYS | {"mode", "rmode", "anchor", "center", "heightratio", "rnd",
                                "format"}
# the keys whose copy the file without its query shows: a token guarding the copy (Drupal's
# ``itok``) is not one — the copy is another address than the file
_RESIZER_KEYS = _FILE_SIZE_KEYS - {"itok"}
# a path naming an image file
_IMAGE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic)$", re.I)
_WIDTH_KEYS = frozenset({"w", "width"})
_HEIGHT_KEYS = frozenset({"h", "height"})

Rank = tuple[int, int]


def _area(width: str | None, height: str | None) -> int:
    w, h = int(width or 0), int(height or 0)
    return (w or h) * (h or w)


def _strip_path(path: str) -> tuple[str, int, bool]:
    """The path without resizer segments and a WordPress size, the area named, and whether
    anything was taken away."""
    area, changed = 0, False
    if "/v1/" in path:
        wix = _WIX_COPY.match(path)
        if wix is not None:
            params = dict(p.split("_", 1) for p in wix.group(2).split(",") if "_" in p)
            width, height = params.get("w", ""), params.get("h", "")
            return wix.group(1), _area(width if width.isdigit() else None,
                                       height if height.isdigit() else None), True
    if "/styles/" in path:
        path, styled = _DRUPAL_STYLE.subn("/", path, count=1)
        changed = bool(styled)
    styled_name = changed
    if "/size/" in path or "/format/" in path:
        for named in _NAMED_OPERATION.finditer(path):
            area = max(area, _area(named.group(1), named.group(2)))
        path, operated = _NAMED_OPERATION.subn("", path)
        changed = changed or bool(operated)
    head, _, name = path.rpartition("/")
    if styled_name:  # a style converting the upload keeps its name: ``a.jpg.webp`` of ``a.jpg``
        name = _CONVERTED.sub(r"\1", name)
    sized = _WP_SIZE.search(name)
    if sized:
        name = name[:sized.start()] + sized.group(3)
        area, changed = _area(sized.group(1), sized.group(2)), True
    kept: list[str] = []
    for segment in head.split("/"):
        box = _BOX_SEGMENT.fullmatch(segment) if segment else None
        if box is not None:
            g = box.groups()
            area = max(area, _area(g[0] or g[2] or g[3], g[1] or g[4]))
            changed = True
        elif segment and _OPERATION.fullmatch(segment):
            changed = True
        else:
            kept.append(segment)
    return "/".join(kept) + "/" + name, area, changed


def _strip_query(query: str, image_file: bool) -> tuple[str, int, bool]:
    if not query:
        return query, 0, False
    pairs = parse_qsl(query, keep_blank_values=True)
    keys = _FILE_SIZE_KEYS if image_file else _SIZE_KEYS
    kept = [(k, v) for k, v in pairs if k.lower() not in keys]
    if len(kept) == len(pairs):
        return query, 0, False
    sizes = {k.lower(): v for k, v in pairs if v.isdigit()}
    width = next((sizes[k] for k in _WIDTH_KEYS if k in sizes), None)
    height = next((sizes[k] for k in _HEIGHT_KEYS if k in sizes), None)
    return urlencode(kept), _area(width, height), True


_PROXY_PATH = re.compile(r"(?:^|/)_next/image/?$")
"""The path of Next.js's image optimiser (``/_next/image?url=<the photo>&w=1200&q=75``), which
serves a resized copy of the photo its ``url`` parameter names."""


def original(url: str) -> str:
    """The photo an image optimiser's URL serves (``/_next/image?url=%2Fmedia%2Fa.jpg&w=640``:
    ``/media/a.jpg``), else ``url`` itself."""
    if "_next/image" not in url:
        return url
    parts = urlsplit(url)
    if not _PROXY_PATH.search(parts.path):
        return url
    named = next((v for k, v in parse_qsl(parts.query) if k == "url"), "")
    return named.strip() or url


def photo_key(url: str) -> tuple[str, Rank]:
    """The photo ``url`` shows (the URL without its sizes) and how large this copy is: the
    unsized original ranks above every sized copy, a larger named box above a smaller."""
    parts = urlsplit(url)
    path, path_area, path_changed = _strip_path(parts.path)
    query, query_area, query_changed = _strip_query(parts.query,
                                                    bool(_IMAGE_NAME.search(parts.path)))
    key = urlunsplit(("", parts.netloc.lower(), path, query, ""))
    if not (path_changed or query_changed):
        return key, (2, 0)
    return key, (1, max(path_area, query_area))


def unsized(url: str) -> str:
    """The image file a resizer's copy named by a query of only sizing parameters shows:
    ``/media/12/a.jpg?anchor=center&mode=crop&width=1200&height=675&rnd=1332…`` and
    ``/a.jpg?w=800&q=75`` show ``/media/12/a.jpg`` and ``/a.jpg``, the file the resizer reads;
    ``url`` itself when its path names no image file (``/image.php?id=123&w=800``) or a parameter
    is more than a size (a cache key ``?v=3``, an id, a signature, Drupal's ``itok``)."""
    parts = urlsplit(url)
    if not parts.query or not _IMAGE_NAME.search(parts.path):
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not pairs or any(k.lower() not in _RESIZER_KEYS for k, _ in pairs):
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def same_photo(a: str, b: str) -> bool:
    return photo_key(a)[0] == photo_key(b)[0]


def larger(a: str, b: str) -> str:
    """The larger of two copies of one photo (``a`` on a tie)."""
    return b if photo_key(b)[1] > photo_key(a)[1] else a


def one_per_photo(urls: list[str]) -> list[str]:
    """``urls`` with each photo once, at its largest copy, where its first copy stood; a copy
    named by a sizing query as the file itself (``unsized``)."""
    if len(urls) < 2:  # most pages name one photo: nothing to compare it with
        return [unsized(url) for url in urls]
    best: dict[str, tuple[str, Rank]] = {}
    for url in urls:
        key, rank = photo_key(url)
        held = best.get(key)
        if held is None or rank > held[1]:
            best[key] = (url, rank)  # a dict keeps the key where it was first set
    return list(dict.fromkeys(unsized(url) for url, _ in best.values()))
