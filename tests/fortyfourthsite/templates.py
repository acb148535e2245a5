"""The forty-fourth copy's markup: a Bitrix-like template of a Russian CMS carrying English
pages (``<html lang="ru">``, ``og:locale=ru_RU``, Russian furniture around English text)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, ru_slug

if TYPE_CHECKING:
    from tests.fortyfourthsite.site import Article

LOGO = "/local/templates/ic24/images/logo.svg"
LOGO_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
            b'<text x="0" y="30">IC24</text></svg>')
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
ROBOTS = (b"User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\nDisallow: /auth/\n"
          b"Disallow: /*?print=\n\nUser-agent: Yandex\nDisallow: /bitrix/\nHost: ic24.kz\n")

EN_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
      "Nov.", "Dec.")
RU_CAP = tuple(m.capitalize() for m in RU_MONTHS)
AGENCY_EN = "Information Center"
NAV = (("Главная", "/"), ("Новости", "/novosti"), ("Общество", "/category/obshchestvo/"),
       ("Экономика", "/category/ekonomika/"), ("Политика", "/category/politika/"),
       ("World", "/category/world/"), ("Контакты", "/contacts/"))


def esc(text: str) -> str:
    """Escaped text; no-break spaces as the CMS writes them."""
    return html.escape(text, quote=False).replace("\u00a0", "&nbsp;")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def thumb(path: str) -> str:
    """The listing's resized copy of an article photo."""
    head, _, name = path.rpartition("/")
    return head.replace("/upload/iblock/", "/upload/resize_cache/iblock/") + f"/360_240_2/{name}"


def ru_date(a: Article) -> str:
    """The CMS's own date: "02 Августа 2021" (listing items, Russian pages)."""
    return f"{a.day.day:02d} {RU_CAP[a.day.month - 1]} {a.day.year}"


def info_date(a: Article) -> str | None:
    d, m, form = a.day, a.day.month - 1, a.forms["date"]
    clock = a.clock.strftime("%H:%M") if a.clock else ""
    return {
        "dmy": f"{d.day} {EN_MONTHS[m]} {d.year}",
        "mdy": f"{EN_MONTHS[m]} {d.day}, {d.year}",
        "abbr": f"{EN_ABBR[m]} {d.day}, {d.year}",
        "ap": f"{AP[m]} {d.day}, {d.year}",
        "ru_cms": ru_date(a),
        "dmy_time": f"{d.day} {EN_MONTHS[m]} {d.year}, {clock}",
        "ampm": f"{EN_MONTHS[m]} {d.day}, {d.year} {_ampm(a)}",
        "ru_time": f"{ru_date(a)} {clock}",
        "kk": f"{d.day:02d} {KK_MONTHS[m]} {d.year}",
        "none": None,
    }[form]


def _ampm(a: Article) -> str:
    """The English template's clock: "2:35 pm", "12:40 am"."""
    if a.clock is None:
        return ""
    hour = a.clock.hour % 12 or 12
    return f"{hour}:{a.clock.minute:02d} {'am' if a.clock.hour < 12 else 'pm'}"


def dateline(a: Article) -> tuple[str, bool]:
    """(dateline text, printed in bold) before the first paragraph."""
    if not a.place:
        return "", False
    d, m, form = a.day, a.day.month - 1, a.forms["dateline"]
    gap = "\u00a0" if a.num % 3 == 0 else " "
    place = "\u0410" + a.place[1:] if a.forms.get("place_glyph") else a.place
    if form == "dot":
        return f"{place}. {EN_MONTHS[m]}{gap}{d.day}. {AGENCY_EN} - ", False
    if form == "caps":
        return f"{a.place.upper()}, {EN_MONTHS[m]} {d.day} ({AGENCY_EN}) \u2013", True
    if form == "dmy":
        return f"{place}, {d.day}{gap}{EN_MONTHS[m]} \u2013 {AGENCY_EN}. ", False
    if form == "kk":
        return f"{a.place}. {d.day} {KK_MONTHS[m]}. Ақпарат орталығы - ", False
    return f"{a.place}. {d.day} {RU_MONTHS[m]}. Центр информации - ", False


def _views(v: int) -> str:
    return f"{v:,}".replace(",", "&nbsp;")


def _rubric_href(name: str) -> str:
    if name.isascii():
        return "/category/" + "-".join(name.lower().split()) + "/"
    return f"/category/{ru_slug(name)}/"


def info_line(a: Article) -> str:
    parts = []
    shown = info_date(a)
    if shown:
        parts.append(f'<span class="news-detail__date">{esc(shown)}</span>')
    if a.views is not None:
        parts.append(f'<span class="news-detail__views"><i class="icon-eye"></i> '
                     f"{_views(a.views)}</span>")
    if a.category:
        parts.append(f'<a class="news-detail__section" href="{_rubric_href(a.category)}">'
                     f"{esc(a.category)}</a>")
    if a.tags:
        links = ", ".join(f'<a href="/search/?tags={quote(t)}">{esc(_tag_raw(a, t))}</a>'
                          for t in a.tags)
        parts.append(f'<span class="news-detail__tags">{links}</span>')
    return '<div class="news-detail__info">\n  ' + "\n  ".join(parts) + "\n</div>"


def _tag_raw(a: Article, tag: str) -> str:
    """A tag on some pages keeps the Cyrillic "а" an editor typed into "Kazakhstan"."""
    if a.lang == "en" and tag == "Kazakhstan" and a.num % 2 == 0:
        return "Kazakhst\u0430n"
    return tag


def currency() -> str:
    rows = "".join(f'<li class="currency__item">\u2022 {c}/KZT <span class="currency__value">'
                   f"0.0</span></li>" for c in ("USD", "EUR", "RUB", "CNY"))
    return f'<ul class="currency">{rows}</ul>'


def photo(a: Article, base: str) -> str:
    paths = a.image_paths()
    if not paths:
        return ""
    img = f'<img src="{paths[0]}" alt="{attr(a.title)}" title="{attr(a.title)}">'
    kind = a.forms["photo"]
    if kind in ("photo_colon", "photo_by", "foto_ru"):
        credit = f'<div class="news-detail__img-author">{esc(a.credit_text or "")}</div>'
        return f'<div class="news-detail__img">{img}\n{credit}</div>'
    if kind == "foto_glued":  # the credit's span runs straight into the text
        return (f'<div class="news-detail__img">{img}</div>'
                f'<span class="news-detail__img-author">{esc(a.credit_text or "")}</span>')
    return f'<div class="news-detail__img">{img}</div>'


def _paragraph(a: Article, text: str) -> str:
    out = esc(text)
    if a.link and a.link[1] in text:
        from tests.fortyfourthsite.site import by_num  # the copy's own lookups

        target = by_num()[a.link[0]]
        out = out.replace(esc(a.link[1]),
                          f'<a href="{target.path}">{esc(a.link[1])}</a>', 1)
    if a.lang == "ru":
        out = out.replace("\u00ab", "&laquo;").replace("\u00bb", "&raquo;")
    return out


def text(a: Article) -> str:
    raw = a.raw_paragraphs or a.paragraphs
    line, bold = dateline(a)
    head = f"<b>{esc(line)}</b> " if bold else esc(line)
    paras = [f"<p>{head}{_paragraph(a, raw[0])}</p>"]
    for i, p in enumerate(raw[1:]):
        paras.append(f"<p>{_paragraph(a, p)}</p>")
        if i == 0 and a.num % 4 == 1:
            paras.append("<p><br></p>")
    if a.forms["photo"] == "photo_end":
        paras.append(f"<p><em>{esc(a.credit_text or '')}</em></p>")
    kind = a.forms["source"]
    if a.source_line and a.source and kind == "line_br":  # pasted under the last sentence
        paras[-1] = paras[-1].removesuffix("</p>") + f"<br>Source: {esc(a.source)}</p>"
    elif a.source_line and a.source:
        paras.append("<p>&nbsp;</p>")
        if kind == "line_en":
            paras.append(f"<p>Source: {esc(a.source)}</p>")
        elif kind == "line_link":
            href = "https://" + "".join(a.source.lower().split()) + ".kz/"
            paras.append(f'<p>Источник: <a href="{href}" target="_blank" rel="nofollow">'
                         f"{esc(a.source)}</a></p>")
        else:
            paras.append(f"<p>Источник: {esc(a.source)}</p>")
    body = "\n".join(paras)
    return f'<div class="news-detail__text">\n{body}\n</div>'


def share() -> str:
    return ('<div class="share"><span>Поделиться:</span> '
            '<a href="https://www.facebook.com/sharer.php" class="share__fb">Facebook</a> '
            '<a href="https://t.me/share/url" class="share__tg">Telegram</a> '
            '<a href="https://wa.me/" class="share__wa">WhatsApp</a></div>')


def _cut(title: str, limit: int = 48) -> str:
    """The sidebar's headline, cut at a word before ``limit`` characters (no ellipsis)."""
    return cut_at_word(title, limit)


def latest(items: Sequence[Article]) -> str:
    rows = "\n".join(f'<li><span class="last-news__lang">{b.lang}</span> '
                     f'<a href="{b.path}">{esc(_cut(b.title))}</a></li>' for b in items)
    return (f'<div class="last-news"><div class="last-news__head">Последние новости</div>\n'
            f"<ul>\n{rows}\n</ul></div>")


def _title_tags(a: Article) -> tuple[str, str]:
    """(<title>, og:title): English pages of this CMS often keep the Russian ones."""
    kind = a.forms["title_tag"]
    if kind == "ru" and a.ru_title:
        return f"{a.ru_title} | Центр информации", a.raw_title
    if kind == "ru_both" and a.ru_title:
        return f"{a.ru_title} | Центр информации", a.ru_title
    return f"{a.raw_title} | Центр информации", a.raw_title


def _frame(head: str, main: str, lang: str = "ru", widget: bool = True) -> bytes:
    nav = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in NAV)
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/local/templates/ic24/template_styles.css">
</head>
<body>
<header class="header">
<a class="header__logo" href="/"><img src="{LOGO}" alt="Центр информации"></a>
<nav class="header__menu"><ul>{nav}</ul></nav>
{currency() if widget else ""}
</header>
<main class="content">
{main}
</main>
<footer class="footer">
<p>&copy; 2019&ndash;2025 Центр информации. Все права защищены.</p>
<p>При использовании материалов ссылка на ic24.kz обязательна.</p>
</footer>
</body>
</html>
"""
    return page.encode("utf-8")


def article(a: Article, base: str, sidebar: Sequence[Article]) -> bytes:
    title, og_title = _title_tags(a)
    english = a.forms["locale"] == "en"
    paths = a.image_paths()
    keywords = ", ".join(a.tags) if a.tags else "новости, Казахстан, Алматы, Центр информации"
    description = (a.raw_paragraphs or a.paragraphs)[0][:160]
    meta = [f"<title>{esc(title)}</title>",
            f'<meta name="description" content="{attr(description)}">',
            f'<meta name="keywords" content="{attr(keywords)}">',
            f'<meta property="og:locale" content="{"en_US" if english else "ru_RU"}">',
            '<meta property="og:type" content="article">',
            '<meta property="og:site_name" content="Центр информации">',
            f'<meta property="og:title" content="{attr(og_title)}">',
            f'<meta property="og:url" content="{base}{a.path}">',
            f'<link rel="canonical" href="{base}{a.path}">']
    if paths:
        meta.append(f'<meta property="og:image" content="{base}{paths[0]}">')
    in_article = a.forms["widget"] == "article"
    h1 = f'<h1 class="news-detail__title">{esc(a.raw_title)}</h1>'
    pic, info = photo(a, base), info_line(a)
    if a.forms["photo"] == "foto_glued":
        top = f"{h1}\n{info}\n{pic}"  # the credit runs into the dateline
        glue = ""
    else:
        top = f"{h1}\n{pic}\n{info}"
        glue = "\n"
    main = (f'<div class="news-detail">\n{currency() if in_article else ""}\n{top}{glue}'
            f"{text(a)}\n{share()}\n</div>\n{latest(sidebar)}")
    return _frame("\n".join(meta), main, "en" if english else "ru", widget=not in_article)


def _pager(n: int, count: int) -> str:
    def href(k: int) -> str:
        return "/novosti" if k == 1 else f"/novosti?PAGEN_1={k}"

    shown = sorted({1, count, *range(max(1, n - 1), min(count, n + 1) + 1)})
    items, last = [], 0
    if n > 1:
        items.append(f'<li class="bx-pag-prev"><a href="{href(n - 1)}">Назад</a></li>')
    for k in shown:
        if k > last + 1:
            items.append('<li class="bx-pag-dots"><span>...</span></li>')
        if k == n:
            items.append(f'<li class="bx-active"><span>{k}</span></li>')
        else:
            items.append(f'<li><a href="{href(k)}"><span>{k}</span></a></li>')
        last = k
    if n < count:
        items.append(f'<li class="bx-pag-next"><a href="{href(n + 1)}">Вперед</a></li>')
    return '<div class="bx-pagination"><ul>' + "".join(items) + "</ul></div>"


def listing(items: Sequence[Article], n: int, count: int) -> bytes:
    rows = []
    for a in items:
        paths = a.image_paths()
        pic = (f'<a class="news_img" href="{a.path}"><img src="{thumb(paths[0])}" alt=""></a>'
               if paths else "")
        rows.append(f'<div class="news_item">{pic}<div class="news_text">'
                    f'<span class="news_lang">{a.lang}</span> '
                    f'<a href="{a.path}">{esc(a.raw_title)}</a>'
                    f"<p>{ru_date(a)}</p></div></div>")
    head = ("<title>Новости | Центр информации</title>\n"
            + ('<meta property="og:locale" content="ru_RU">'))
    main = ('<h1 class="page-title">Новости</h1>\n<div class="news-list">\n'
            + "\n".join(rows) + "\n</div>\n" + _pager(n, count))
    return _frame(head, main)


def not_found() -> bytes:
    return _frame("<title>404 Not Found | Центр информации</title>",
                  '<h1 class="page-title">Страница не найдена</h1>'
                  '<p>Ошибка 404. <a href="/novosti">Перейти к новостям</a></p>')
