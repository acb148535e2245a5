"""A Tilda-like page builder: records (``div.t-rec``) of ``div``s only, no ``h1``/``p``/
``article``/``time``/``figure``; the headline in ``div.t-title``, the date "16.04.2021" alone in
``div.t-descr``, a rubric kicker in ``div.t-uptitle`` on some pages, the text in ``div.t-text``
with ``<br><br>`` between paragraphs (split by an image record when there are two images), the
photo credit in a small ``div.t-text`` of its own, the lead photo as the cover's CSS
``background-image``, a later image lazy (``data-original``, a 20-pixel ``src``), the builder's
typograph putting no-break spaces after short words, and "other news" cards with their own
titles and dates.
"""

from __future__ import annotations

import re
from html import escape

from tests.ninthsite import site
from tests.ninthsite.templates import (
    CREDIT,
    SITE_NAME,
    WIDGET,
    jsonld,
    lead_paragraphs,
    og_tags,
)

_SHORT_WORD = re.compile(r"(?<=\s)(в|и|на|с|к|о|по|за|из|а|не|the|a|of|in|to|on|and) ",
                         re.IGNORECASE)


def _typo(text: str) -> str:
    """Escaped, with the builder's no-break spaces after short words."""
    return _SHORT_WORD.sub(lambda m: m.group(1) + "&nbsp;", escape(text))


def _rec(num: int, kind: int, inner: str, extra: str = "") -> str:
    return (f'<div id="rec{num}" class="r t-rec {extra}" data-record-type="{kind}">{inner}'
            "</div>\n")


def _text_rec(num: int, paras: list[str], size: str = "md") -> str:
    text = "<br /><br />".join(_typo(p) for p in paras)
    return _rec(num, 106, '<div class="t004"><div class="t-container"><div class="t-col t-col_8 '
                f't-prefix_2"><div class="t-text t-text_{size}" field="text">{text}</div></div>'
                "</div></div>")


def _cover(art: site.Article) -> str:
    paths = art.image_paths()
    if not paths:
        return ""
    cover = _rec(art.num * 10 + 2, 18, '<div class="t-cover" bgimgfield="img" style="height:60vh;">'
                 f'<div class="t-cover__carrier" data-content-cover-bg="{paths[0]}" '
                 f"style=\"height:60vh;background-image:url('{paths[0]}');\"></div>"
                 '<div class="t-cover__filter"></div></div>')
    if art.photo_credit:
        cover += _text_rec(art.num * 10 + 3, [CREDIT[art.lang].format(art.photo_credit)], "xs")
    return cover


def _heading(art: site.Article) -> str:
    kicker = (f'<div class="t-uptitle t-uptitle_md" field="subtitle">{escape(art.category)}'
              "</div>") if art.category else ""
    return _rec(art.num * 10 + 4, 30, '<div class="t017"><div class="t-container t-align_left">'
                f'<div class="t-col t-col_10 t-prefix_1">{kicker}<div class="t-title t-title_xs" '
                f'field="title">{_typo(art.title)}</div><div class="t-descr t-descr_xxs" '
                f'field="descr">{art.day:%d.%m.%Y}</div></div></div></div>', "t-rec_pt_60")


def _text(art: site.Article) -> str:
    paras, paths = lead_paragraphs(art), art.image_paths()
    if len(paths) < 2:
        return _text_rec(art.num * 10 + 5, paras)
    cut = max(1, len(paras) // 2)
    image = _rec(art.num * 10 + 6, 3, '<div class="t107"><div class="t-width t-width_8 '
                 f't-align_center"><img class="t-img t-width t107__widthauto" src="'
                 f'{paths[1].rsplit("/", 1)[0]}/-/resize/20x/{paths[1].rsplit("/", 1)[1]}" '
                 f'data-original="{paths[1]}" imgfield="img" alt="" /></div></div>')
    return _text_rec(art.num * 10 + 5, paras[:cut]) + image + _text_rec(art.num * 10 + 7,
                                                                        paras[cut:])


def _others(art: site.Article) -> str:
    cards = "".join(
        f'<div class="t-card__col t-col t-col_4"><a href="{a.path}" class="t-card__link"><div '
        f'class="t-card__title t-name t-name_md">{_typo(a.title)}</div><div '
        f'class="t-card__descr t-descr t-descr_xxs">{a.day:%d.%m.%Y}</div></a></div>'
        for a in site.build()[:3] if a.num != art.num)
    return _rec(art.num * 10 + 8, 777, '<div class="t-section__container t-container"><div '
                'class="t-section__title t-title t-title_xs">Другие новости</div></div>'
                f'<div class="t-card__container t-container">{cards}</div>')


def _chrome(art: site.Article, top: bool) -> str:
    if top:
        atoms = (f'<div class="tn-atom">{SITE_NAME["ru"]}</div>', f'<div class="tn-atom">{WIDGET}'
                 '</div>', '<a class="tn-atom" href="/novosti">Новости</a>')
    else:
        atoms = ('<div class="t-title t-title_xxs">Подпишитесь на рассылку</div>',
                 '<div class="t-descr t-descr_xs">Главные новости раз в неделю</div>',
                 f'<div class="tn-atom">© 2026 {SITE_NAME["ru"]}</div>')
    inner = "".join(f'<div class="t396__elem tn-elem" data-elem-type="text">{a}</div>'
                    for a in atoms)
    num = art.num * 10 + (1 if top else 9)
    return _rec(num, 396, f'<div class="t396"><div class="t396__artboard">{inner}</div></div>')


def page(art: site.Article, base: str) -> str:
    head = ('<!DOCTYPE html><html><head><meta charset="utf-8" /><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-'
            f'width, initial-scale=1.0" />\n<title>{escape(art.title)}</title>\n<meta '
            f'name="description" content="{escape(art.paragraphs[0][:150])}" />\n'
            f'{og_tags(art, base)}<link rel="canonical" href="{base}{art.path}">\n<link '
            'rel="stylesheet" href="/css/tilda-grid-3.0.min.css" type="text/css" media="all" />'
            f"\n{jsonld(art, base)}</head>\n")
    records = (_chrome(art, True) + _cover(art) + _heading(art) + _text(art) + _others(art)
               + _chrome(art, False))
    return (f'{head}<body class="t-body" style="margin:0;"><div id="allrecords" '
            f'class="t-records" data-tilda-project-id="4521" data-tilda-page-id="{art.num}" '
            f'data-tilda-lazy="yes">\n{records}</div>\n<script src="/js/tilda-scripts-3.0.min.js">'
            "</script></body></html>\n")
