"""One photo in many sizes: the copies a CDN's resizer or a CMS makes of one upload.

``/resize/1200x630/uploads/a.jpg``, ``/uploads/thumb/a.jpg``, ``/uploads/a-300x200.jpg`` (a
WordPress size), ``/files/styles/large/public/a.jpg?itok=…`` (a Drupal image style;
``…/public/a.jpg.webp`` when it converts) and ``/uploads/a.jpg?w=800&q=75`` all show
``/uploads/a.jpg``; a copy a resizer names by its query on the file's own address
(ImageProcessor's ``/media/12/a.jpg?anchor=center&mode=crop&width=800&rnd=1332…``, imgix's
``?w=800&fit=crop&auto=format``, Photon's ``?resize=800,600``) is the file itself when every
parameter only sizes it (``unsized``); Ghost's ``/content/images/size/w600/2021/08/a.jpg`` (or
``/size/w600h400/``, ``/format/webp/``) shows ``/content/images/2021/08/a.jpg``; Wix's
``/media/abc~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/abc~mv2.jpg`` shows ``/media/abc~mv2.jpg``;
an Uploadcare-like service's ``/<id>/-/resize/800x/-/format/webp/a.jpg`` shows ``/<id>/a.jpg``,
Cloudinary's ``/upload/w_800,c_fill/v1/a.jpg`` shows ``/upload/v1/a.jpg`` (as its
``/upload/f_auto,q_auto/v1/a.jpg`` does, options that name no size: the photo at its own size;
so does a fetching CDN's ``/image/fetch/w_1456,c_limit,f_webp/<the original's address>``, of
Cloudinary or Substack, show ``/image/fetch/<the original's address>``), Google's ``…/abc=s1600``
shows ``…/abc``; a resized copy on a thumbnail host beside the file's own host
(``thumbs.h.kz/<id>/-/resize/800x/a.jpg`` of ``static.h.kz/<id>/a.jpg``) is that file too;
Rails Active Storage's ``/rails/active_storage/representations/redirect/<blob>/<variation>/a.jpg``
shows the blob ``/rails/active_storage/blobs/redirect/<blob>/a.jpg``; a CMS's size presets of
one upload in one folder (``small_a.jpg``, ``normal_a.jpg``, ``big_a.jpg``, ``a-thumb.jpg``)
are that upload, the larger preset the larger copy.
A page names the photo once per size
(its ``og:image``, its lazy source, a gallery's thumbnail strip), a reader counts it once, at its
largest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# a path segment naming a resizer's operation or its box: ``/resize/``, ``/thumb/``, ``/800x600/``
_OPERATION = re.compile(r"(?:resized?|thumbs?|thumbnails?|crop(?:ped)?|fit|fill|scaled?|cache"
                        r"|preview|small|medium|large|mini)", re.I)
_BOX_SEGMENT = re.compile(r"(\d{1,4})x(\d{1,4})|[wh]_?(\d{1,4})|(\d{1,4})x|x(\d{1,4})", re.I)
# an Uploadcare-like service's operations between the file's id and its name:
# ``/<id>/-/resize/800x/-/format/webp/a.jpg``, ``/<id>/-/preview/-/quality/smart/``
_DASH_OPERATIONS = "/-/"
# a Cloudinary-like transformation segment: ``w_800,c_fill,q_auto`` (a width or height in it)
_TRANSFORM = re.compile(r"[a-z]{1,3}_[\w.:-]+(?:,[a-z]{1,3}_[\w.:-]+)*", re.I)
_TRANSFORM_SIDE = re.compile(r"(?:^|,)([wh])_(\d{1,4})(?=,|$)", re.I)
# Google's photo server sizes a copy after ``=`` at the end: ``…/abc=s1600``, ``=w640-h400-c``
_EQ_SIZE = re.compile(r"=(?:s(\d{1,4})|w(\d{1,4})(?:-h(\d{1,4}))?)(?:-[a-z0-9]+)*$", re.I)
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
# key ``rnd`` Umbraco adds), a conversion (``format``), and WordPress Photon's ``strip`` (drop
# the file's metadata) and ``ssl`` (read the file over https); only where the path names an image
# file
_FILE_SIZE_KEYS = _SIZE_KEYS | {"mode", "rmode", "anchor", "center", "heightratio", "rnd",
                                "format", "strip", "ssl"}
# the keys whose copy the file without its query shows: a token guarding the copy (Drupal's
# ``itok``) is not one — the copy is another address than the file
_RESIZER_KEYS = _FILE_SIZE_KEYS - {"itok"}
# a path naming an image file
IMAGE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic)$", re.I)
_WIDTH_KEYS = frozenset({"w", "width"})
_HEIGHT_KEYS = frozenset({"h", "height"})

# a CMS's size presets of one upload, each a file of its own in one folder: InstantCMS's
# ``small_photo1.jpg``/``normal_photo1.jpg``/``big_photo1.jpg``, ``a-thumb.jpg``,
# ``a_small.jpg``, ``a-large.jpg``; the rank of each among the others (an ``orig_`` file is
# the upload itself)
_PRESET_PREFIX = re.compile(r"^(mini|thumb|thumbnail|small|normal|middle|medium|big|large"
                            r"|orig|original)_(?=[^.]+\.\w{2,5}$)", re.I)
_PRESET_SUFFIX = re.compile(r"[_-](mini|thumb|thumbnail|small|middle|medium|big|large"
                            r"|orig|original)(\.\w{2,5})$", re.I)
_PRESET_RANK = {"mini": 10, "thumb": 10, "thumbnail": 10, "small": 10, "normal": 20,
                "middle": 20, "medium": 20, "big": 30, "large": 30}
_ORIGINAL_PRESET = 40
# Joomla K2's item images: one upload cached as ``<md5>_XS.jpg``, ``_S``, ``_M``, ``_L``, ``_XL``
# and ``_Generic`` (upper case as K2 writes them: a lower-case ``_s`` is part of a name)
_SIZE_CODE = re.compile(r"_(XS|S|M|L|XL|XXL|Generic)(\.\w{2,5})$")
_SIZE_CODE_RANK = {"XS": 10, "S": 15, "M": 20, "Generic": 20, "L": 30, "XL": 35, "XXL": 37}
# Rails Active Storage: ``/rails/active_storage/blobs/redirect/<signed blob id>/a.jpg`` (also
# ``/blobs/proxy/``, ``/blobs/<id>/``) is the upload; ``/representations/redirect/<id>/<signed
# variation>/a.jpg`` (``/representations/proxy/``, Rails 5's ``/variants/<id>/<variation>/``)
# a resized copy of it; the signed blob id names the photo
_ACTIVE_STORAGE = re.compile(r"^(.*/rails/active_storage/)(blobs|representations|variants)/"
                             r"(?:(?:redirect|proxy)/)?([^/]+)/")

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
    if _DASH_OPERATIONS in path:
        path, dash_area, dashed = _strip_dash_operations(path)
        area, changed = max(area, dash_area), changed or dashed
    head, _, name = path.rpartition("/")
    if "=" in name:
        eq = _EQ_SIZE.search(name)
        if eq is not None and eq.start() > 0:
            name = name[:eq.start()]
            # ``=s0`` asks for the file at its own size: the original, not a copy
            if any(side and int(side) for side in eq.groups()):
                area, changed = max(area, _area(eq.group(1) or eq.group(2), eq.group(3))), True
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
        elif "_" in segment and _TRANSFORM.fullmatch(segment) and \
                _TRANSFORM_SIDE.search(segment):
            sides = {m.group(1).lower(): m.group(2) for m in _TRANSFORM_SIDE.finditer(segment)}
            area, changed = max(area, _area(sides.get("w"), sides.get("h"))), True
        elif "," in segment and _TRANSFORM.fullmatch(segment):
            pass  # options naming no size (``f_auto,q_auto:good``): the photo at its own size
        else:
            kept.append(segment)
    return "/".join(kept) + "/" + name, area, changed


def _strip_dash_operations(path: str) -> tuple[str, int, bool]:
    """``/<id>/-/resize/800x/-/format/webp/a.jpg`` as ``/<id>/a.jpg``, with the area its
    boxes name."""
    head, _, name = path.rpartition("/")
    cut = head.find(_DASH_OPERATIONS)
    if cut < 0 and head.endswith("/-"):
        cut = len(head) - 2
    if cut < 0:
        return path, 0, False
    area = 0
    for operation in head[cut + 3:].split(_DASH_OPERATIONS):
        for argument in operation.split("/")[1:]:
            box = _BOX_SEGMENT.fullmatch(argument)
            if box is not None:
                g = box.groups()
                area = max(area, _area(g[0] or g[2] or g[3], g[1] or g[4]))
    return head[:cut] + "/" + name, area, True


MAX_PLACEHOLDER = 32  # pixels: a copy sized this small on its every named side is a blur stand-in
_DASH_BOX = re.compile(r"/-/(?:resize|preview|scale_crop|smart_resize)/(\d{0,4})x(\d{0,4})",
                       re.I)


def placeholder(url: str) -> bool:
    """A resizer's blur placeholder: a copy its resizer names at most ``MAX_PLACEHOLDER`` pixels
    on every side it names (``/-/resize/20x/``, Cloudinary's ``w_20``, Google's ``=s20``,
    ``?w=20``), shown until the photo loads; no photo of its own."""
    parts = urlsplit(url)
    sides: list[str] = []
    path = parts.path
    if _DASH_OPERATIONS in path:
        for box in _DASH_BOX.finditer(path):
            sides += box.groups()
    if "_" in path:
        for segment in path.split("/"):
            if _TRANSFORM.fullmatch(segment):
                sides += [m.group(2) for m in _TRANSFORM_SIDE.finditer(segment)]
    eq = _EQ_SIZE.search(path) if "=" in path else None
    if eq is not None:
        sides += eq.groups()
    if parts.query:
        sides += [v for k, v in parse_qsl(parts.query)
                  if k.lower() in _WIDTH_KEYS | _HEIGHT_KEYS and v.isdigit()]
    # a side of 0 asks for the file's own size (Google's ``=s0``, ``?w=0``): no placeholder
    numbers = [int(side) for side in sides if side and int(side) > 0]
    return bool(numbers) and max(numbers) <= MAX_PLACEHOLDER


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


# WordPress's image CDN (Photon): ``https://i0.wp.com/<the site's host>/<its path>?w=800&ssl=1``
# serves a copy of the file at ``<host>/<path>``, read over https when ``ssl=1`` says so
_PHOTON = re.compile(r"^i\d\.wp\.com$", re.I)
_HOST_SEGMENT = re.compile(r"^/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(/.+)$", re.I)


def original(url: str) -> str:
    """The photo an image optimiser's URL serves (``/_next/image?url=%2Fmedia%2Fa.jpg&w=640``:
    ``/media/a.jpg``; Photon's ``https://i0.wp.com/h.kz/up/a.jpg?w=800&ssl=1``:
    ``https://h.kz/up/a.jpg?w=800``, whose sizes :func:`unsized` then drops), else ``url``."""
    if ".wp.com/" in url:
        return _photon_original(url)
    if "_next/image" not in url:
        return url
    parts = urlsplit(url)
    if not _PROXY_PATH.search(parts.path):
        return url
    named = next((v for k, v in parse_qsl(parts.query) if k == "url"), "")
    return named.strip() or url


def _photon_original(url: str) -> str:
    parts = urlsplit(url)
    found = _HOST_SEGMENT.match(parts.path)
    if not _PHOTON.match(parts.netloc) or not found:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    scheme = "https" if ("ssl", "1") in pairs else "http"
    query = urlencode([(k, v) for k, v in pairs if k != "ssl"])
    return urlunsplit((scheme, found.group(1), found.group(2), query, ""))


def photo_key(url: str) -> tuple[str, Rank]:
    """The photo ``url`` shows (the URL without its sizes) and how large this copy is: the
    unsized original ranks above every sized copy, a larger named box above a smaller."""
    parts = urlsplit(url)
    stored = _ACTIVE_STORAGE.match(parts.path) if "/active_storage/" in parts.path else None
    if stored is not None:  # the blob's id names the photo, its original above every variant
        key = urlunsplit(("", parts.netloc.lower(), stored.group(1) + stored.group(3), "", ""))
        return key, (2, 0) if stored.group(2) == "blobs" else (1, 0)
    path, path_area, path_changed = _strip_path(parts.path)
    query, query_area, query_changed = _strip_query(parts.query,
                                                    bool(IMAGE_NAME.search(parts.path)))
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
    if not parts.query or not IMAGE_NAME.search(parts.path):
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


def one_per_photo(urls: list[str], full: Mapping[str, str] | None = None) -> list[str]:
    """``urls`` with each photo once, at its largest copy, where its first copy stood; a copy
    named by a sizing query as the file itself (``unsized``). ``full`` maps a picture to the
    full-size file the page links it to (a lightbox's ``<a href="big.jpg"><img
    src="a.jpg"></a>``): a copy of that file, whatever its name."""
    if full:
        urls = [full.get(url, url) for url in urls]
    urls = [url for url in urls if not placeholder(url)]
    if len(urls) < 2:  # most pages name one photo: nothing to compare it with
        return [unsized(url) for url in urls]
    best: dict[str, tuple[str, Rank]] = {}
    for url in urls:
        key, rank = photo_key(url)
        held = best.get(key)
        if held is None or rank > held[1]:
            best[key] = (url, rank)  # a dict keeps the key where it was first set
    _fold_sibling_hosts(best)
    _fold_presets(best)
    return list(dict.fromkeys(unsized(url) for url, _ in best.values()))


def _sibling_key(key: str) -> str:
    """A photo's key with its host's first label dropped (``//thumbs.h.kz/a.jpg`` and
    ``//static.h.kz/a.jpg``: ``h.kz/a.jpg``)."""
    host, _, rest = key[2:].partition("/")
    labels = host.split(".")
    return ".".join(labels[1:] if len(labels) > 2 else labels) + "/" + rest


def _fold_sibling_hosts(best: dict[str, tuple[str, Rank]]) -> None:
    """Fold into one the photos of one path on sibling hosts (a thumbnail host beside the
    file's own) where at most one of them is an unsized file: a resized copy on one host is
    a copy of the file on the other; two unsized files stay two."""
    groups: dict[str, list[str]] = {}
    for key in best:
        groups.setdefault(_sibling_key(key), []).append(key)
    for keys in groups.values():
        if len(keys) < 2 or sum(best[k][1] == (2, 0) for k in keys) > 1:
            continue
        first, winner = keys[0], max(keys, key=lambda k: best[k][1])
        best[first] = best[winner]  # the first copy's place, the largest copy's address
        for key in keys[1:]:
            del best[key]


def _strip_preset(name: str) -> tuple[str, int]:
    """A file name without a size preset's prefix or suffix (``big_photo1.jpg``,
    ``a-thumb.jpg``: ``photo1.jpg``, ``a.jpg``) and the preset's rank among the others: the
    name with none, or the original's (``orig_a.jpg``), above every preset."""
    found = _PRESET_PREFIX.match(name)
    if found is not None:
        return name[found.end():], _PRESET_RANK.get(found.group(1).lower(), _ORIGINAL_PRESET)
    found = _PRESET_SUFFIX.search(name)
    if found is not None and found.start() > 0:
        return (name[:found.start()] + found.group(2),
                _PRESET_RANK.get(found.group(1).lower(), _ORIGINAL_PRESET))
    found = _SIZE_CODE.search(name)
    if found is not None and found.start() > 0:
        return name[:found.start()] + found.group(2), _SIZE_CODE_RANK[found.group(1)]
    return name, _ORIGINAL_PRESET


def _fold_presets(best: dict[str, tuple[str, Rank]]) -> None:
    """Fold into one the photos of one folder whose file names differ only by a size preset
    (``normal_photo1.jpg`` and ``big_photo1.jpg``, ``a-thumb.jpg`` and ``a.jpg``): the copies
    a CMS makes of one upload, kept at the largest preset where the first stood."""
    if len(best) < 2:
        return
    groups: dict[str, list[tuple[int, str]]] = {}
    for key in best:
        head, _, name = key.rpartition("/")
        bare, preset = _strip_preset(name) if "_" in name or "-" in name else \
            (name, _ORIGINAL_PRESET)
        groups.setdefault(head + "/" + bare, []).append((preset, key))
    for ranked in groups.values():
        if len(ranked) < 2:
            continue
        first = ranked[0][1]
        winner = max(ranked, key=lambda pk: (pk[0], best[pk[1]][1]))[1]
        best[first] = best[winner]  # the first copy's place, the largest preset's address
        for _, key in ranked[1:]:
            del best[key]
