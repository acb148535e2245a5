"""The twenty-seventh copy's markup: a hand-written Kazakh news portal.

No structured data, no CMS class names: transliterated Kazakh classes (``maqala-matini``,
``aidar``, ``tegter``), Kazakh labels on every page whatever its language ("Айдар:", "Санат:",
"Тегтер:", "Түйінді сөздер:", "Дереккөз:", "Фото:", "Суретті түсірген:", "Қаралды:",
"рет оқылды", "Пікірлер", "Автор:"), the date in one of nine Kazakh styles (relative ones with the
absolute date at the foot of the article), "Тағы оқыңыз" / "Жарнама" / "Толығырақ" blocks inside
the text, share buttons, a "Ең көп оқылған" box with other stories' counters, and
``<html lang="kk">`` on Russian and English pages too.
"""

from __future__ import annotations

from html import escape

from tests.copykit.catalogue import Response
from tests.twentyseventhsite import kkdates, site
from tests.twentyseventhsite.texts import disguise

HTML = {"Content-Type": "text/html; charset=utf-8"}
VALUTA = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
MENU = ("Жаңалықтар", "Қоғам", "Экономика", "Саясат", "Спорт", "Мәдениет")
LANG_NAMES = {"kk": ("Қазақ тілінде оқу", "ҚАЗ"), "ru": ("Орыс тілінде оқу", "РУС"),
              "en": ("Ағылшын тілінде оқу", "ENG")}


def _sep(n: int, k: int) -> str:
    """'1 234' with the thousands gap some counters print as a no-break space."""
    gap = ("\u00a0", " ", "\u202f")[k % 3]
    return f"{n:,}".replace(",", gap)


def _head(title: str, image: str, alternates: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="kk"><head><meta charset="utf-8">'
            f"<title>{escape(title)} | Ақпарат орталығы</title>"
            f'<meta property="og:locale" content="kk_KZ">'
            f'<meta property="og:title" content="{escape(title)}">'
            f'<meta property="og:image" content="{image}">{alternates}'
            f'<link rel="stylesheet" href="/static/portal.css?v=27"></head>\n'
            f'<body class="portal"><div class="valuta">{VALUTA}</div>'
            f'<header class="bas-panel"><a class="logo" href="/"><img src="/static/logo.png" '
            f'alt="Ақпарат орталығы"></a><nav class="menu">'
            + "".join(f'<a href="/novosti">{m}</a>' for m in MENU)
            + '</nav><div class="til"><a href="/">ҚАЗ</a> <a href="/">РУС</a> '
              '<a href="/">ENG</a></div></header>\n')


FOOT = ('<footer class="ayaq"><p>© 2020–2026 «Ақпарат орталығы». Барлық құқықтар қорғалған. '
        'Материалдарды пайдаланғанда сілтеме міндетті.</p></footer></body></html>\n')


def _meta_row(a: site.Article) -> str:
    """Category, date line, counters and author under the headline."""
    parts = []
    if a.category:
        parts.append(f'<span class="aidar">{a.cat_label}: <a href="/aidar/{a.num % 9}">'
                     f"{escape(a.category)}</a></span>")
    stamp = kkdates.header(a.style, a.local, a.clock is not None, a.updated)
    parts.append(f'<span class="uaqyt">{escape(stamp)}</span>')
    if a.views is not None:
        shown = _sep(a.views, a.num)
        parts.append({"qaraldy": f'<span class="qaraldy">Қаралды: {shown}</span>',
                      "ret": f'<span class="qaraldy">{shown} рет оқылды</span>',
                      "oqyldy": f'<span class="qaraldy">Оқылды: {shown}</span>'}[a.views_style])
    parts.append(f'<span class="pikir">Пікірлер: {a.comments}</span>')
    parts.append(f'<span class="avtor">Автор: {escape(a.author)}</span>')
    return '<div class="maqala-derek">' + " ".join(parts) + "</div>\n"


def _figure(a: site.Article, path: str, cls: str) -> str:
    caption = []
    if a.caption:
        caption.append(escape(a.caption))
    if a.photo_credit:
        caption.append(f"{a.credit_label}{escape(a.photo_credit)}")
    cap = f"<figcaption>{' '.join(caption)}</figcaption>" if caption else ""
    return f'<figure class="{cls}"><img src="{path}" alt="">{cap}</figure>\n'


def _neighbour(a: site.Article, step: int) -> site.Article:
    arts = site.build()
    return arts[(arts.index(a) + step) % len(arts)]


def _link(a: site.Article) -> str:
    return f'<a href="{a.path}">{escape(a.title)}</a>'


def _paragraphs(a: site.Article) -> list[str]:
    raw = a.raw_paragraphs or a.paragraphs
    paras = [escape(disguise(p, a.glyphs)) for p in raw]
    if a.place:
        paras[0] = f"<b>{escape(a.dateline().rstrip())}</b> {paras[0]}"
    return [f"<p>{p}</p>\n" for p in paras]


def _text(a: site.Article) -> str:
    """The article text with its inserts: a second image, read-also, advert, more-link."""
    out = _paragraphs(a)
    paths = a.image_paths()
    if len(paths) > 1:
        out.insert(2, _figure(a, paths[1], "ishki-suret"))
    if a.read_also:
        out.insert(1, f'<div class="tagy-oqynyz">Тағы оқыңыз: {_link(_neighbour(a, 2))}</div>\n')
    if a.advert:
        out.insert(len(out) - 1, '<div class="zharnama"><span>Жарнама</span> <a href="/ad?b=3">'
                                 '<img src="/media/zharnama/banner-27.gif" alt="Жарнама"></a>'
                                 "</div>\n")
    if a.more_link:
        out.append(f'<p class="tolygyraq">Толығырақ: {_link(_neighbour(a, 3))}</p>\n')
    return '<div class="maqala-matini">\n' + "".join(out) + "</div>\n"


def _after_text(a: site.Article) -> str:
    out = []
    if a.source_line:
        out.append(f'<p class="derekkoz">Дереккөз: {escape(a.source or "")}</p>')
    if a.tags:
        shown = (" ".join(f'<a href="/teg/{k}">#{escape(t)}</a>' for k, t in enumerate(a.tags))
                 if a.hashtags else
                 ", ".join(f'<a href="/teg/{k}">{escape(t)}</a>' for k, t in enumerate(a.tags)))
        label = "Тегтер" if a.hashtags else "Түйінді сөздер"
        out.append(f'<div class="tegter">{label}: {shown}</div>')
    out.append('<div class="bolisu">Бөлісу: <a href="#fb">Facebook</a> <a href="#tg">Telegram'
               '</a> <a href="#wa">WhatsApp</a> <a href="#copy">Сілтемені көшіру</a></div>')
    if a.pair:
        other = site.by_num()[a.pair]
        out.append(f'<div class="audarma"><a href="{other.path}" hreflang="{other.lang}">'
                   f"{LANG_NAMES[other.lang][0]}</a></div>")
    foot = kkdates.footer(a.style, a.local)
    if foot:
        out.append(f'<p class="zhariyalandy">{escape(foot)}</p>')
    return "\n".join(out) + "\n"


def _most_read(a: site.Article) -> str:
    """Five other stories with their own counters and dates."""
    others = sorted((o for o in site.build() if o is not a and o.views),
                    key=lambda o: -(o.views or 0))[:5]
    items = "".join(f"<li>{_link(o)} <span>{_sep(o.views or 0, o.num)} рет оқылды</span> "
                    f"<span>{kkdates.listing_date(o.local, o.clock is not None)}</span></li>"
                    for o in others)
    return f'<aside class="en-kop"><h3>Ең көп оқылған</h3><ul>{items}</ul></aside>\n'


def _page(a: site.Article, base: str) -> str:
    paths = a.image_paths()
    image = base + (paths[0] if paths else "/static/logo.png")
    alternates = ""
    if a.pair:
        other = site.by_num()[a.pair]
        alternates = f'<link rel="alternate" hreflang="{other.lang}" href="{base}{other.path}">'
    title = escape(disguise(a.title, a.glyphs))
    return (_head(disguise(a.title, a.glyphs), image, alternates)
            + '<main class="negizgi"><div class="zholdar"><a href="/">Басты бет</a> › '
              '<a href="/novosti">Жаңалықтар</a></div>\n'
            + f'<article class="maqala" data-id="{a.id}">\n'
            + f'<h1 class="maqala-taqyryby">{title}</h1>\n' + _meta_row(a)
            + (_figure(a, paths[0], "basty-suret") if paths else "")
            + _text(a) + _after_text(a) + "</article>\n" + _most_read(a) + "</main>\n" + FOOT)


def article(a: site.Article, base: str) -> Response:
    return 200, HTML, _page(a, base).encode("utf-8")


def listing(page: int, base: str) -> Response:
    """Listing page ``page``: rows of badge, headline, date; numbered pages and "Келесі"."""
    rows = "".join(
        f'<li class="zh"><span class="zh-til">{LANG_NAMES[a.lang][1]}</span> '
        f'<a class="zh-taqyryp" href="{a.path}">{escape(a.title)}</a> '
        f'<span class="zh-kun">{kkdates.listing_date(a.local, a.clock is not None)}</span></li>\n'
        for a in site.page_items(page))
    links = []
    if page > 1:
        prev = site.LISTING + (f"?bet={page - 1}" if page > 2 else "")
        links.append(f'<a class="aldyngy" href="{prev}">« Алдыңғы</a>')
    for n in range(1, site.page_count() + 1):
        href = site.LISTING + (f"?bet={n}" if n > 1 else "")
        links.append(f"<b>{n}</b>" if n == page else f'<a href="{href}">{n}</a>')
    if page < site.page_count():
        links.append(f'<a class="kelesi" href="{site.LISTING}?bet={page + 1}">Келесі »</a>')
    html_ = (_head("Жаңалықтар", base + "/static/logo.png")
             + '<main class="negizgi"><h1>Жаңалықтар</h1>\n<ul class="zhanalyqtar">\n' + rows
             + '</ul>\n<nav class="better">' + " ".join(links) + "</nav></main>\n" + FOOT)
    return 200, HTML, html_.encode("utf-8")


def not_found() -> bytes:
    return (_head("Бет табылмады", "/static/logo.png")
            + '<main class="negizgi"><h1>404 — Бет табылмады</h1><p>Сұраған бетіңіз жоқ немесе '
              'жойылған. <a href="/novosti">Жаңалықтарға оралу</a></p></main>' + FOOT
            ).encode("utf-8")
