"""How the twenty-ninth copy writes a publication moment: in the head and beside the headline.

Every function returns markup for one article; the moment itself is always ``Article.local``
(Asia/Almaty), written in the form the stamp's vocabulary uses.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS
from tests.twentyninthsite.site import Article

PUBLISHED = {"ru": "Опубликовано", "en": "Published", "kk": "Жарияланды"}
UPDATED = {"ru": "Обновлено", "en": "Updated", "kk": "Жаңартылды"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def meta(name: str, content: str, attr: str = "name") -> str:
    return f'<meta {attr}="{name}" content="{esc(content)}">'


def with_offset(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def utc_z(moment: datetime, millis: bool = False) -> str:
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if millis else "Z")


def local_naive(moment: datetime, sep: str = "T") -> str:
    return moment.strftime(f"%Y-%m-%d{sep}%H:%M:%S")


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def spelled(art: Article) -> str:
    """The day and time as a reader sees it in the page's language."""
    d, clock = art.day, f", {art.clock:%H:%M}" if art.clock else ""
    if art.lang == "en":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}{clock}"
    if art.lang == "kk":
        return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}{clock}"
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}{clock}"


def parsely_json(art: Article, base: str) -> str:
    """The ``parsely-page`` JSON, as the attribute's single-quoted value."""
    data = {"title": art.title, "link": base + art.path, "type": "post", "post_id": art.num,
            "pub_date": utc_z(art.local), "section": art.category or "",
            "authors": ["Центр информации"], "tags": art.tags}
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;")


def head(art: Article, base: str) -> str:
    """The head's date markup of every stamp (none for stamps shown only in the page)."""
    p, m = art.local, art.modified
    if art.stamp == "dc":
        return (meta("DCTERMS.modified", with_offset(m)) + meta("DC.date.issued", with_offset(p))
                + meta("DCTERMS.created", f"{art.day:%Y-%m-%d}") + meta("DC.language", art.lang)
                + meta("DC.publisher", "Центр информации"))
    if art.stamp == "citation":
        return (meta("citation_title", art.title) + meta("citation_publisher", "Центр информации")
                + meta("citation_publication_date", f"{art.day:%Y/%m/%d}"))
    if art.stamp == "parsely":
        return (f"<meta name=\"parsely-page\" content='{parsely_json(art, base)}'>"
                + meta("parsely-pub-date", utc_z(p)))
    if art.stamp == "sailthru":
        return (meta("sailthru.title", art.title) + meta("sailthru.date", local_naive(p, " ")))
    if art.stamp in ("itemprop", "time_text"):
        date_published = meta("datePublished", with_offset(p), "itemprop")
        return meta("dateModified", with_offset(m), "itemprop") + (
            date_published if art.stamp == "itemprop" else "")
    if art.stamp == "og_z":
        return (meta("article:modified_time", utc_z(m, millis=True), "property")
                + meta("article:published_time", utc_z(p, millis=True), "property"))
    if art.stamp == "og_local":
        return meta("article:published_time", local_naive(p), "property")
    return ""


def visible(art: Article) -> str:
    """What stands under the headline: a relative text, an hAtom abbr, a ``<time>``."""
    p = art.local
    ago = f'<span class="story__ago">{esc(art.ago_text)}</span>'
    if art.stamp == "epoch_s":
        attr = "data-timestamp" if art.num % 2 else "data-time"
        return f'<span class="story__date" {attr}="{epoch(p)}">{esc(art.ago_text)}</span>'
    if art.stamp == "epoch_ms":
        return f'<span class="story__date" data-ts="{epoch(p) * 1000}">{esc(art.ago_text)}</span>'
    if art.stamp == "abbr":
        return (f'<abbr class="published" title="{with_offset(p)}">{art.day:%d.%m.%Y}</abbr>'
                f' · {UPDATED[art.lang]}: <abbr class="updated" title="{with_offset(art.modified)}'
                f'">{art.modified:%d.%m.%Y}</abbr>')
    if art.stamp == "time_text":
        return f"<time>{esc(spelled(art))}</time>"
    if art.stamp in ("rel_abs", "rel_only"):
        return ago
    return ""


def footer_line(art: Article) -> str:
    """The absolute date under the text of a page whose headline carries a relative one."""
    if art.stamp != "rel_abs":
        return ""
    return (f'<div class="story__published">{PUBLISHED[art.lang]}: {art.day:%d.%m.%Y} '
            f"{art.clock:%H:%M}</div>")
