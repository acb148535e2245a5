"""What the thirty-second copy's templates share: date and counter wording, the text pieces
(dateline, source, photo credit, hashtags), the listing and the 404 page.

Every date is printed as plain text in the shape the platform uses ("01.12.2026 • 14:05",
"1 дек. 2026 г.", "Dec 1, 2026", "1 декабря 2026 в 14:05", "Published: December 1, 2026 at
2:05 PM"); counters as "1.2K", "12,4 тыс.", "1 234 просмотра".
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import quote

from tests.copykit.catalogue import AGENCY, MONTHS
from tests.thirtysecondsite.site import Article, page_count, page_items

RU_ABBR = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
           "нояб.", "дек.")
SHARE = {"ru": "Поделиться", "en": "Share", "kk": "Бөлісу"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def raw(art: Article) -> list[str]:
    """The paragraphs as the page holds them (the seed dumps' hazards kept)."""
    return list(art.raw_paragraphs or art.paragraphs)


def numeric(art: Article, sep: str = " • ") -> str:
    stamp = f"{art.day:%d.%m.%Y}"
    return stamp + (f"{sep}{art.clock:%H:%M}" if art.clock else "")


def ru_long(art: Article) -> str:
    text = f"{art.day.day} {MONTHS['ru'][art.day.month - 1]} {art.day.year}"
    return text + (f" в {art.clock:%H:%M}" if art.clock else "")


def ru_abbr(art: Article) -> str:
    return f"{art.day.day} {RU_ABBR[art.day.month - 1]} {art.day.year} г."


def en_short(art: Article) -> str:
    return f"{art.day:%b} {art.day.day}, {art.day.year}"


def en_long(art: Article) -> str:
    return f"{art.day:%B} {art.day.day}, {art.day.year}"


def twelve_hour(art: Article) -> str:
    assert art.clock is not None
    hour = art.clock.hour % 12 or 12
    return f"{hour}:{art.clock:%M} {'AM' if art.clock.hour < 12 else 'PM'}"


def short_count(views: int, lang: str) -> str:
    """'845', '1.2K', '12.4K' (Telegram, VK in English) or '1,2 тыс.' (VK in Russian)."""
    if views < 1000:
        return str(views)
    whole, tenth = divmod(views // 100, 10)
    number = f"{whole}" if tenth == 0 else f"{whole}{',' if lang != 'en' else '.'}{tenth}"
    return f"{number} тыс." if lang != "en" else f"{number}K"


def ru_views(views: int) -> str:
    """'1 234 просмотра': Russian plural, thin groups as Wix prints them."""
    tail = views % 100
    word = ("просмотров" if 11 <= tail <= 14 else
            {1: "просмотр", 2: "просмотра", 3: "просмотра", 4: "просмотра"}.get(views % 10,
                                                                                 "просмотров"))
    return f"{views:,}".replace(",", "\u00a0") + f" {word}"


def dateline_parts(art: Article) -> tuple[str, str]:
    """('Алматы. 16 апреля.', 'Центр информации - ') or ('', '')."""
    line = art.dateline()
    if not line:
        return "", ""
    head = line.removesuffix(f" {AGENCY[art.lang]} - ")
    return head, f"{AGENCY[art.lang]} - "


def typograph(text: str) -> str:
    """Tilda's typograph: a no-break space after one- and two-letter words (escaped)."""
    words = esc(text).split(" ")
    return "".join(w + ("&nbsp;" if len(w) <= 2 and w.isalpha() else " ")
                   for w in words[:-1]) + words[-1]


def hashtag_links(art: Article, href: str) -> str:
    return " ".join(f'<a href="{href}{quote("#" + t)}">#{esc(t)}</a>' for t in art.tags)


def listing(n: int, base: str, picked: Sequence[Article] | None = None
            ) -> tuple[int, dict[str, str], bytes]:
    """A Tilda Feeds listing: cards with the date line, numbered pages, 'load more' (or one
    page of ``picked`` articles, a filtered view)."""
    items = page_items(n) if picked is None else picked
    last = page_count() if picked is None else 1
    cards = "".join(
        f'<div class="t-feed__post t-item" data-post-uid="{a.num}"><a class="t-feed__link" '
        f'href="{a.path}"><div class="t-feed__post-bgimg t-bgimg" data-original="'
        f'{(a.image_paths() or ["/tilda/placeholder.png"])[0]}"></div><div class="t-feed__'
        f'post-title t-name t-name_xs">{esc(a.title)}</div></a><span class="t-feed__post-date '
        f't-uptitle">{a.day.day:02d}.{a.day.month:02d}.{a.day.year}</span>'
        f'<div class="t-feed__post-descr t-descr">{esc(a.paragraphs[0][:120])}…</div></div>'
        for a in items)
    href = lambda k: "/novosti" if k == 1 else f"/novosti?page={k}"  # noqa: E731
    nums = "".join(f'<span class="t-feed__pag-item t-feed__pag-item_active">{k}</span>' if k == n
                   else f'<a class="t-feed__pag-item" href="{href(k)}">{k}</a>'
                   for k in range(1, last + 1))
    more = (f'<a class="t-feed__showmore-btn t-btn" href="{href(n + 1)}">Загрузить ещё</a>'
            if n < last else "")
    page = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новости</title>'
            f'<link rel="canonical" href="{base}/novosti"><meta name="generator" content="Tilda">'
            '</head><body class="t-body"><div id="allrecords" class="t-records" data-tilda-'
            'project-id="3232"><div class="t-rec" data-record-type="915"><div class="t-feed">'
            f'<div class="t-feed__container">{cards}</div>{more}<div class="t-feed__pag">{nums}'
            "</div></div></div></div></body></html>")
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    from tests.thirtysecondsite import builders, hosted, social

    render = {"tilda": builders.tilda, "wix": builders.wix, "webflow": hosted.webflow,
              "squarespace": hosted.squarespace, "gsites": social.gsites,
              "telegram": social.telegram, "vk": social.vk}[art.cms]
    return 200, {"Content-Type": "text/html; charset=utf-8"}, render(art, base).encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><title>404</title></head><body><div '
            'class="t-rec"><div class="t-title">Страница не найдена</div></div></body>'
            "</html>").encode()
