"""Which page links which: the link graph of the thirty-ninth copy and the ``related`` truth.

Every tier-1 article is linked from exactly one listed page, in one form (``FORMS1``), every
tier-2 article from exactly one tier-1 page (``FORMS2``), so a missed article names the form
that hid it. Around them each page carries the outlet's usual links to listed stories: the
latest-news block (five badge styles, seven ways to write the address, truncated headlines,
the page itself among them), previous/next navigation, related cards, "read also" lines, and
links that lead to no article of this outlet (tags, rubrics, other outlets, a look-alike host,
a dead id) or to a merged id that redirects.

``related`` truth: each article of this outlet the page links (itself excluded), once, as the
page links it: the id in the address, the address on the served host in its canonical form
(tracking query and fragment dropped, the path as written: an old slug stays), the headline
as the link shows it ("…" kept: the page shows no more) and the language its badge names
(else the headline's script). What the address answers is not on the page: a merged id that
redirects and a dead id are recorded as linked (a consumer joins them with the feed).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from tests.thirtyninthsite.site import Article, build, by_num, listed, tier

# (where, how the address is written) that hides each tier-1 / tier-2 article
FORMS1 = (("block:span", "rel"), ("block:bracket", "base?utm"), ("block:word", "rel#comments"),
          ("block:flag", "rel"), ("block:after", "rel"), ("also", "rel"), ("block:span", "www"),
          ("nav-next", "rel"), ("card", "rel"), ("mentions", "base"), ("block:span", "proto"),
          ("block:span", "m"), ("block:span", "http"))
FORMS2 = (("block:span", "rel"), ("also", "rel"), ("card", "rel"), ("nav-prev", "rel"),
          ("block:word", "base"))
STYLES = ("span", "bracket", "word", "flag", "after")
HOSTS = ("rel", "base", "www", "proto", "m", "http", "https", "rel?utm", "rel#comments",
         "oldslug", "slash")
BADGES = {"span": {"ru": "ru", "en": "en", "kk": "kk"},
          "bracket": {"ru": "[RU]", "en": "[EN]", "kk": "[KZ]"},
          "word": {"ru": "РУС", "en": "ENG", "kk": "ҚАЗ"},
          "flag": {"ru": "ru", "en": "en", "kk": "kk"},
          "after": {"ru": "ru", "en": "en", "kk": "kk"}}
UTM = "?utm_source=ic24&utm_medium=related&utm_campaign=block"


@dataclass(frozen=True)
class Link:
    place: str  # block:<style>, also, nav-prev, nav-next, card, card-onclick, mentions, ...
    path: str  # the path the link names (old slugs, dead and merged ids included)
    host: str  # how the address is written (HOSTS)
    text: str  # what the page shows ("" for JSON-LD relatedLink)
    target: int | None  # the article the link leads to (None: no article of this outlet)


def href(link: Link, base: str) -> str:
    """The address as the page writes it."""
    path, host = link.path, link.host
    written = {"rel": path, "base": base + path, "www": "https://www.ic24.kz" + path,
               "proto": "//ic24.kz" + path, "m": "https://m.ic24.kz" + path,
               "http": "http://ic24.kz" + path, "https": "https://ic24.kz" + path,
               "rel?utm": path + UTM, "rel#comments": path + "#comments",
               "base?utm": base + path + UTM, "slash": path + "/"}
    if host == "oldslug":
        return "/news/" + "novost-" + path.rsplit("-", 1)[-1]
    return written.get(host, path if host.startswith("/") else written["rel"])


def short(title: str, i: int) -> str:
    """Every third headline in the block is cut to 38 characters and an ellipsis."""
    return title[:38].rstrip(" ,.") + "…" if i % 3 == 0 and len(title) > 40 else title


@cache
def parents() -> dict[int, list[tuple[Article, str, str]]]:
    """Page num -> the hidden articles it alone links, with the form and address."""
    out: dict[int, list[tuple[Article, str, str]]] = {}
    shown, first = listed(), tier(1)
    for i, child in enumerate(first):
        place, host = FORMS1[i % len(FORMS1)]
        out.setdefault(shown[(2 * i + 1) % len(shown)].num, []).append((child, place, host))
    for j, child in enumerate(tier(2)):
        place, host = FORMS2[j % len(FORMS2)]
        out.setdefault(first[j].num, []).append((child, place, host))
    return out


@cache
def aliases() -> dict[int, int]:
    """Merged ids: the old id answers 301 to the surviving listed story."""
    taken = set(by_num())
    return {a.num + 1: a.num for a in listed()[2::7] if a.num + 1 not in taken}


@cache
def dead() -> tuple[int, ...]:
    taken = set(by_num()) | set(aliases())
    return tuple(n for n in (a.num + 2 for a in listed()[5::9]) if n not in taken)


def position(art: Article) -> int:
    return build().index(art)


def page_links(art: Article) -> list[Link]:
    """Every link of ``art``'s page to an /news/ address, in page order of the blocks."""
    out: list[Link] = []
    used = {art.num}
    for child, place, host in parents().get(art.num, []):
        out.append(Link(place, child.path, host, child.title, child.num))
        used.add(child.num)
    out += _nav(art, used) + _cards(art, used) + _block(art, used) + _also(art, used)
    return out


def _pick(pos: int, step: int, used: set[int]) -> Article | None:
    shown = listed()
    for k in range(len(shown)):
        cand = shown[(pos + step + k) % len(shown)]
        if cand.num not in used:
            used.add(cand.num)
            return cand
    return None


def _nav(art: Article, used: set[int]) -> list[Link]:
    taken = {ln for _, ln, _ in parents().get(art.num, [])}
    out = []
    for place, step in (("nav-prev", 1), ("nav-next", -1)):
        if place in taken:
            continue
        other = _pick(position(art), step, used)
        if other is not None:
            out.append(Link(place, other.path, "rel", other.title, other.num))
    return out


def _cards(art: Article, used: set[int]) -> list[Link]:
    out = []
    for k, step in enumerate((7, 11)):
        other = _pick(position(art), step, used)
        if other is not None:
            place = "card" if (position(art) + k) % 2 else "card-onclick"
            out.append(Link(place, other.path, "base" if k else "rel", other.title, other.num))
    return out


def _block(art: Article, used: set[int]) -> list[Link]:
    """The latest-news block: six listed stories (the page itself may be one), a dead id or a
    merged id on some pages."""
    pos, shown = position(art), listed()
    out = []
    for k in range(6):
        other = shown[(pos * 5 + k) % len(shown)]
        i = pos + k
        if other.num in used and other is not art:
            continue
        used.add(other.num)
        out.append(Link(f"block:{STYLES[i % len(STYLES)]}", other.path, HOSTS[i % len(HOSTS)],
                        short(other.title, i), other.num))
    if pos % 6 == 1 and dead():
        num = dead()[pos % len(dead())]
        out.append(Link("block:span", f"/news/udalennaya-novost-u{num}", "rel",
                        "Материал снят с публикации по просьбе автора", None))
    merged = [(old, new) for old, new in aliases().items() if new not in used]
    if pos % 6 == 4 and merged:
        old, new = merged[pos % len(merged)]
        used.add(new)
        out.append(Link("block:bracket", f"/news/staryy-adres-u{old}", "rel",
                        by_num()[new].title, new))
    return out


def _also(art: Article, used: set[int]) -> list[Link]:
    """A "read also" line to a listed story on every fourth page, by its old slug."""
    if position(art) % 4:
        return []
    other = _pick(position(art), 13, used)
    return [] if other is None else [Link("also", other.path, "oldslug", other.title, other.num)]


def related_truth(base: str) -> dict[str, list[dict[str, str]]]:
    """Per article id: the related records a careful reader takes from its page."""
    out = {}
    for art in build():
        seen: dict[int, dict[str, str]] = {}
        for link in page_links(art):
            path = urlsplit(href(link, "")).path.rstrip("/")
            num = int(path.rsplit("-u", 1)[-1])
            if num == art.num or num in seen:
                continue
            lang = by_num()[link.target].lang if link.target else "ru"
            seen[num] = {"id": f"u{num}", "url": base + path,
                         "title": link.text, "lang": lang}
        out[art.id] = list(seen.values())
    return out
