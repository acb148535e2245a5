"""What every page of the eighteenth copy shares: labels, shown dates, header, JSON in scripts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape

from tests.copykit.stories import RU_RUBRIC_SLUGS
from tests.copykit.text import day_words, en_slug, ru_slug
from tests.eighteenthsite.site import Article

SOURCE_LABEL = {"ru": "Источник", "en": "Источник", "kk": "Дереккөз"}  # SITE.md: ru label on en
PHOTO_LABEL = {"ru": "Фото", "en": "Photo", "kk": "Сурет"}
TAGS_LABEL = {"ru": "Теги", "en": "Tags", "kk": "Тегтер"}
VIEWS_WORD = {"ru": "просмотров", "en": "views", "kk": "рет қаралды"}
HTML_CT = {"Content-Type": "text/html; charset=UTF-8"}


def shown_date(art: Article) -> str:
    """The date as the page prints it: '20 апреля 2023, 11:20', 'April 20, 2023, 11:20',
    '2023 жылғы 20 сәуір, 11:20' (no time on day-only articles)."""
    day = day_words(art.lang, art.day)
    return f"{day}, {art.clock:%H:%M}" if art.clock else day


def utc_iso(art: Article) -> str:
    """'2023-04-20T05:20:00.000Z' — what a JavaScript ``toISOString()`` sends."""
    return art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def unix_ms(art: Article) -> int:
    return int(art.local.timestamp() * 1000)


def slug(text: str, lang: str) -> str:
    return RU_RUBRIC_SLUGS.get(text) or (en_slug(text).lower() if lang == "en" else ru_slug(text))


def in_script(data: object, style: str = "slash") -> str:
    """JSON safe inside ``<script>``: ``<\\/`` (most apps) or ``\\u003c`` (Next.js)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c") if style == "u003c" else text.replace("</", "<\\/")


def body_html(art: Article, base: str, absolute: bool = False) -> str:
    """The text as one HTML string: dateline in the first paragraph, the second image after it,
    a ``Источник:`` paragraph at the end when the source is a body line."""
    raw = art.raw_paragraphs or art.paragraphs
    out = [f"<p>{escape(art.dateline() + raw[0], quote=False)}</p>"]
    images = art.image_paths()
    if len(images) > 1:
        src = (base if absolute else "") + images[1]
        out.append(f'<figure class="inline-image"><img src="{src}" alt="" loading="lazy">'
                   "</figure>")
    out += [f"<p>{escape(p, quote=False)}</p>" for p in raw[1:]]
    if art.source_line and not art.source_field:
        out.append(f"<p><strong>{SOURCE_LABEL[art.lang]}:</strong> {escape(str(art.source))}</p>")
    return "".join(out)


def header(lang: str, base: str) -> str:
    nav = {"ru": ("Новости", "Общество", "Экономика"), "en": ("News", "Society", "Economy"),
           "kk": ("Жаңалықтар", "Қоғам", "Экономика")}[lang]
    links = "".join(f'<a href="{base}/novosti">{n}</a>' for n in nav)
    rates = "".join(f'<li>{c}/KZT <b data-rate="{c}">0.0</b></li>'
                    for c in ("USD", "EUR", "RUB", "CNY"))
    return (f'<header class="topbar"><a class="logo" href="{base}/">Центр информации</a>'
            f'<nav>{links}</nav><ul class="rates">{rates}</ul></header>')


def footer() -> str:
    return (f'<footer class="footer">© 2016–{datetime.now().year} Центр информации. '
            "При использовании материалов ссылка обязательна.</footer>")
