"""The twenty-fourth copy's markup: a DataLife-Engine-flavoured ``fullstory`` page and a
``/novosti/page/N/`` listing.

Under the headline: the photo block (one image, a figure with a figcaption, a gallery, or a
credit only in ``alt``/``title``), the date line (``20 Апреля 2023, 14:35``), views and rubric,
then a top byline or source line, the text (dateline bold or plain in the first paragraph;
bottom source and byline lines inside the text block or after it), tags, share buttons and a
"latest news" sidebar with language badges. Some pages carry a JSON-LD ``NewsArticle`` whose
author and publisher are not the printed source.
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote

from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.stories import RU_RUBRIC_SLUGS
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS
from tests.twentyfourthsite import site
from tests.twentyfourthsite.site import LISTING, Article

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_MONTHS = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}
_CAPTION = {"ru": "Во время мероприятия", "en": "During the event", "kk": "Іс-шара кезінде"}
_WORDS = {
    "ru": ("Теги:", "Поделиться:", "Последние новости", "Просмотров"),
    "en": ("Tags:", "Share:", "Latest news", "Views"),
    "kk": ("Тегтер:", "Бөлісу:", "Соңғы жаңалықтар", "Қаралды"),
}
_CURRENCY = ('<div class="currency">• USD/KZT <b>0.0</b> • EUR/KZT <b>0.0</b> • RUB/KZT '
             '<b>0.0</b> • CNY/KZT <b>0.0</b></div>')


def _shown_date(art: CopyArticle) -> str:
    month = _MONTHS[art.lang][art.day.month - 1]
    text = f"{art.day.day} {month[0].upper()}{month[1:]} {art.day.year}"
    return f"{text}, {art.clock:%H:%M}" if art.clock else text


def _page(lang: str, title: str, head: str, main: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n{head}"
            '<link rel="stylesheet" href="/templates/ic24/css/styles.css">\n</head>\n<body>\n'
            f'{_CURRENCY}\n<header class="header"><a class="logo" href="/"><img '
            'src="/templates/ic24/images/logo.png" alt="Центр информации"></a>'
            '<nav class="menu"><a href="/novosti/">Новости</a> <a href="/novosti/obshchestvo/">'
            'Общество</a> <a href="/novosti/ekonomika/">Экономика</a></nav></header>\n'
            f'<div class="wrap"><main id="dle-content">\n{main}\n</main>\n</div>\n'
            '<footer class="footer">© 2010-2026 Центр информации. При использовании материалов '
            "ссылка на ic24.kz обязательна.</footer>\n</body>\n</html>\n").encode()


def _img(src: str, alt: str, title: str = "") -> str:
    extra = f' title="{escape(title)}"' if title else ""
    return f'<img src="{src}" alt="{escape(alt)}"{extra} loading="lazy">'


def _media(art: Article, base: str) -> str:
    srcs = [base + p for p in art.image_paths()]
    if not srcs:
        return ""
    form, credit, title = art.photo_form, escape(art.credit_text), art.title
    if form == "gallery":
        links = "".join(f'<a href="{s}" class="highslide">{_img(s, title)}</a>' for s in srcs)
        return (f'<div class="fgallery">{links}</div>\n'
                f'<div class="fgallery__credit">{credit}</div>')
    if form == "figcaption":
        return (f'<figure class="fimage">{_img(srcs[0], title)}<figcaption>'
                f"{_CAPTION[art.lang]}. {credit}</figcaption></figure>")
    if form == "alt_only":
        return (f'<figure class="fimage">'
                f"{_img(srcs[0], f'{title}. {art.credit_text}', art.credit_text)}</figure>")
    figure = f'<figure class="fimage">{_img(srcs[0], title)}</figure>'
    return figure + (f'\n<div class="fimage__credit">{credit}</div>' if credit else "")


def _meta(art: Article) -> str:
    stamp = art.local.isoformat() if art.clock else art.day.isoformat()
    parts = [f'<time class="fullstory__date" datetime="{stamp}">{_shown_date(art)}</time>']
    if art.views is not None:
        parts.append(f'<span class="fullstory__views" title="{_WORDS[art.lang][3]}">'
                     f'<i class="icon-eye"></i> {art.views}</span>')
    if art.category:
        slug = RU_RUBRIC_SLUGS.get(art.category, quote(art.category.lower()))
        parts.append(f'<a class="fullstory__cat" href="/novosti/{slug}/">'
                     f"{escape(art.category)}</a>")
    return f'<div class="fullstory__meta">{" ".join(parts)}</div>'


def _text(art: Article) -> str:
    paras = [escape(p, quote=False) for p in (art.raw_paragraphs or art.paragraphs)]
    line = escape(art.printed_dateline(), quote=False)
    if line:
        paras[0] = (f"<strong>{line.rstrip()}</strong> {paras[0]}" if art.bold_line
                    else line + paras[0])
    rows = [f"<p>{p}</p>" for p in paras]
    tail = []
    if art.source_at == "bottom":
        tail.append(f'<p class="source">{art.source_html}</p>' if art.bottom_in_text
                    else f'<div class="fullstory__source">{art.source_html}</div>')
    if art.byline and art.byline[0] == "bottom":
        tail.append(f'<p style="text-align: right;"><em>{escape(art.byline[1])}</em></p>')
    inside = tail if art.bottom_in_text else []
    after = [] if art.bottom_in_text else tail
    return ('<div class="fullstory__text">\n' + "\n".join(rows + inside) + "\n</div>\n"
            + "\n".join(after))


def _top(art: Article) -> str:
    rows = []
    if art.byline and art.byline[0] == "top":
        rows.append(f'<div class="fullstory__author">{escape(art.byline[1])}</div>')
    if art.source_at == "top":
        rows.append(f'<div class="fullstory__source">{art.source_html}</div>')
    return "\n".join(rows)


def _json_ld(art: Article, base: str) -> str:
    if art.jsonld_author is None:
        return ""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "datePublished": art.local.isoformat() if art.clock else art.day.isoformat(),
            "inLanguage": art.lang, "mainEntityOfPage": base + art.path,
            "author": {"@type": "Organization", "name": art.jsonld_author},
            "publisher": {"@type": "Organization", "name": AGENCY[art.lang],
                          "logo": {"@type": "ImageObject",
                                   "url": base + "/templates/ic24/images/logo.png"}}}
    return ('<script type="application/ld+json">'
            f"{json.dumps(data, ensure_ascii=False)}</script>\n")


def _sidebar(art: Article) -> str:
    others = [a for a in site.build() if a.num != art.num][:8]
    items = "".join(f'<li><span class="badge">{a.lang}</span> <a href="{a.path}">'
                    f"{escape(a.title)}</a></li>" for a in others)
    return (f'<aside class="lastnews"><h3>{_WORDS[art.lang][2]}</h3><ul>{items}</ul>'
            "</aside>")


def article(art: CopyArticle, base: str) -> Response:
    assert isinstance(art, Article)
    words = _WORDS[art.lang]
    tags = ", ".join(f'<a href="/tags/{quote(t)}/">{escape(t)}</a>' for t in art.tags)
    images = art.image_paths()
    head = (f'<link rel="canonical" href="{base + art.path}">\n'
            f'<meta property="og:title" content="{escape(art.title)}">\n'
            + (f'<meta property="og:image" content="{base + images[0]}">\n' if images else "")
            + _json_ld(art, base))
    main = "\n".join(part for part in (
        f'<article class="fullstory" id="news-id-{art.num}">',
        f'<h1 class="fullstory__title">{escape(art.title)}</h1>',
        _media(art, base), _meta(art), _top(art), _text(art),
        f'<div class="fullstory__tags"><span>{words[0]}</span> {tags}</div>' if tags else "",
        f'<div class="share">{words[1]} <a href="#vk">VK</a> <a href="#fb">Facebook</a> '
        '<a href="#tg">Telegram</a> <a href="#wa">WhatsApp</a></div>',
        "</article>", _sidebar(art)) if part)
    return 200, _HTML, _page(art.lang, f"{art.title} » {AGENCY[art.lang]}", head, main)


def _pager(page: int) -> str:
    def href(n: int) -> str:
        return LISTING if n == 1 else f"{LISTING}page/{n}/"

    nums = " ".join(f"<span>{n}</span>" if n == page else f'<a href="{href(n)}">{n}</a>'
                    for n in range(1, site.page_count() + 1))
    prev = f'<a href="{href(page - 1)}">Назад</a>' if page > 1 else "<span>Назад</span>"
    nxt = (f'<a href="{href(page + 1)}">Далее</a>' if page < site.page_count()
           else "<span>Далее</span>")
    return (f'<div class="navigation"><span class="nav_prev">{prev}</span> '
            f'<span class="nav_num">{nums}</span> <span class="nav_next">{nxt}</span></div>')


def listing(page: int, base: str) -> Response:
    rows = "\n".join(
        f'<div class="shortstory"><div class="news_text"><a href="{a.path}">{escape(a.title)}'
        f"</a><p>{_shown_date(a).split(',')[0]}</p></div></div>"
        for a in site.page_items(page))
    head = f'<link rel="canonical" href="{base}{LISTING}">\n'
    return 200, _HTML, _page("ru", "Новости » Центр информации", head,
                             f"<h1>Новости</h1>\n{rows}\n{_pager(page)}")


def not_found() -> bytes:
    return _page("ru", "Ошибка 404 » Центр информации", "",
                 '<div class="berrors">К сожалению, запрашиваемая страница не найдена.</div>')
