"""The fourteenth copy's article pages: a Dzen-like channel post, a Medium-like story and a CMS
news item whose whole text sits in one ``itemprop="articleBody"`` split by ``<br><br>``.

What a reader sees is the truth: the headline without the rubric the CMS prefixes it with
("Экономика | …"), the date as the page shows it (day first on ru/kk pages, month first on en
pages, a 12-hour clock on English CMS pages), tags without their ``#``, views as a number.
"""

from __future__ import annotations

from html import escape

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import day_words, translit
from tests.fourteenthsite.site import Article, build

HTML = {"Content-Type": "text/html; charset=UTF-8"}
WIDGET = ('<div class="currency"><span>• USD/KZT 0.0</span> <span>• EUR/KZT 0.0</span> '
          '<span>• RUB/KZT 0.0</span> <span>• CNY/KZT 0.0</span></div>')
PHOTO = {"ru": "Фото", "en": "Photo", "kk": "Сурет"}
SOURCE = {"ru": "Источник", "en": "Источник", "kk": "Дереккөз"}  # SITE: ru label on en pages
VIEWS = {"ru": "просмотров", "en": "views", "kk": "рет қаралды"}
TAGS = {"ru": "Теги", "en": "Tags", "kk": "Тегтер"}
AD = ("<script>window.yaContextCb=window.yaContextCb||[];window.yaContextCb.push(()=>{"
      "Ya.Context.AdvManager.render({renderTo:'yandex_rtb_R-A-714-3',blockId:'R-A-714-3'})})"
      "</script><div id=\"yandex_rtb_R-A-714-3\"></div>")
COUNTER = ('<noscript><div><img src="https://mc.yandex.ru/watch/71400000" '
           'style="position:absolute; left:-9999px;" alt=""></div></noscript>')


def t(text: str) -> str:
    return escape(text, quote=False)


def number(n: int, lang: str) -> str:
    """1234 as the page prints it: "1 234" (no-break space) in ru/kk, "1,234" in en."""
    return f"{n:,}".replace(",", "," if lang == "en" else "\u00a0")


def numeric_date(a: Article) -> str:
    """"16/04/2021 15:40" on ru/kk pages, "04/16/2021 15:40" on en pages."""
    d = a.day
    day = f"{d:%m/%d/%Y}" if a.lang == "en" else f"{d:%d/%m/%Y}"
    return f"{day} {a.clock:%H:%M}" if a.clock else day


def worded_date(a: Article) -> str:
    """The CMS's date line: "16 апреля 2021, 15:40", "2021 жылғы 16 сәуір, 15:40" and, on
    English pages, "04/16/2021, 3:40 PM"."""
    d, clock = a.day, a.clock
    if a.lang == "en":
        hour = f"{(clock.hour % 12) or 12}:{clock:%M} {'AM' if clock.hour < 12 else 'PM'}" \
            if clock else ""
        return f"{d:%m/%d/%Y}" + (f", {hour}" if clock else "")
    return day_words(a.lang, d) + (f", {clock:%H:%M}" if clock else "")


def views(a: Article) -> str:
    if a.views is None:
        return ""
    if a.view_style == "eye":
        return f"👁 {number(a.views, a.lang)}"
    return f"{number(a.views, a.lang)} {VIEWS[a.lang]}"


def paragraphs(a: Article) -> list[str]:
    """The text as the page writes it: the dateline before the first paragraph."""
    paras = list(a.raw_paragraphs or a.paragraphs)
    paras[0] = a.dateline() + paras[0]
    return paras


def slug(word: str) -> str:
    return "-".join(translit(word).split())


def page(a: Article, base: str, body: str, html_lang: str, extra_head: str = "") -> Response:
    head = (f'<meta charset="utf-8"><title>{t(a.title)} — {AGENCY[a.lang]}</title>'
            f'<link rel="canonical" href="{base}{a.path}">'
            f'<meta property="og:title" content="{escape(a.title)}">'
            f'<link rel="alternate" type="application/rss+xml" href="/rss.xml">{extra_head}')
    aside = "".join(f'<li><a href="{o.path}">{t(o.title)}</a></li>'
                    for o in build()[:4] if o.num != a.num)
    doc = (f'<!DOCTYPE html><html lang="{html_lang}"><head>{head}</head><body>'
           f'<header><a href="/"><img src="/static/logo.svg" alt="ic24"></a>{WIDGET}</header>'
           f'<main>{body}</main><aside class="sidebar"><h4>Новости дня</h4><ul>{aside}</ul>'
           f'</aside><footer>© {AGENCY["ru"]}</footer>{COUNTER}</body></html>')
    return 200, dict(HTML), doc.encode("utf-8")


def article(a: Article, base: str) -> Response:
    from tests.fourteenthsite import cms, medium, zen

    render = {"zen": zen.render, "medium": medium.render, "cms": cms.render}[a.cms]
    return render(a, base)


def not_found() -> bytes:
    return ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
            "<title>Страница не найдена</title></head><body><h1>404</h1>"
            "<p>Страница не найдена</p></body></html>").encode()
