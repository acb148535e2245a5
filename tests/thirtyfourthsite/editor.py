"""The two hook-less article templates besides the classless one.

``aria``: every element a ``div``; the only structure is ``role`` and ``aria-*`` (ids exist
only as ARIA references). ``styled``: a visual editor's export, held together by inline
``style=""`` alone — the headline a bold span, the date a small grey line, the text in
``font-size:18px`` divs, the "latest news" sidebar floated right before the article in source
order.
"""

from __future__ import annotations

from tests.thirtyfourthsite import site
from tests.thirtyfourthsite.templates import (
    LABELS,
    WIDGET,
    date_text,
    e,
    link_list,
    page,
    paragraphs,
    related,
    views_text,
)

PAD = ' style="padding-left:18px"'


def _aria_facts(a: site.Article) -> str:
    lab = LABELS[a.lang]
    out = [f'<div id="published">{lab["pub"]} {date_text(a)}</div>']
    if a.category:
        link = f'<a href="/rubric/{site.slug(a.category)}">{e(a.category)}</a>'
        out.append(f'<div aria-label="{lab["cat"]}">{link}</div>' if a.variant
                   else f"<div>{lab['cat']} — {link}</div>")
    if a.views is not None:  # the second form: an icon read out by its label
        out.append(f'<div aria-label="{lab["views"]}"><span aria-hidden="true">👁</span> '
                   f"{views_text(a)}</div>" if a.variant
                   else f"<div>{lab['views']}: {views_text(a)}</div>")
    return "\n".join(out)


def aria(a: site.Article, base: str) -> bytes:
    lab = LABELS[a.lang]
    imgs = [f'<div role="img" aria-label="{e(a.title)}"><img src="{p}" alt=""></div>'
            for p in a.image_paths()]
    if imgs and a.photo_credit:
        imgs[0] += (f'<div aria-describedby="headline">{lab["photo"]} '
                    f"{e(a.photo_credit)}</div>")
    text = [f"<div>{e(p)}</div>" for p in paragraphs(a)]
    if len(imgs) > 1:
        text.insert(2, imgs.pop())
    if a.source_line:
        text.append(f'<div role="note">Источник: {e(a.source or "")}</div>')
    tags = "".join(f'<div role="listitem"><a href="/tag/{site.slug(t)}">{e(t)}</a></div>'
                   for t in a.tags)
    body = ('<div role="banner">\n<div><a href="/">Центр информации</a></div>\n'
            '<div role="navigation" aria-label="Меню"><a href="/novosti">Новости</a></div>\n'
            f'<div aria-label="Курсы валют">{WIDGET}</div>\n</div>\n<div role="main">\n'
            '<div role="article" aria-labelledby="headline" aria-describedby="published">\n'
            f'<div role="heading" aria-level="1" id="headline">{e(a.title)}</div>\n'
            f"{_aria_facts(a)}\n{''.join(imgs)}\n" + "\n".join(text)
            + (f'\n<div role="list" aria-label="Теги">{tags}</div>' if tags else "")
            + '\n</div>\n<div role="complementary" aria-label="Related">\n'
            f'<div role="heading" aria-level="2">{lab["related"]}</div>\n'
            f"{link_list(related(a))}\n</div>\n</div>\n"
            '<div role="contentinfo">© 2020–2026 Центр информации</div>')
    return page(None, a.title, body)


def _sidebar(a: site.Article) -> str:
    lab = LABELS[a.lang]
    latest = [x for x in site.build() if x is not a][:5]
    rows = "".join(f'<div style="font-size:13px;margin:8px 0"><a href="{x.path}" '
                   f'style="color:#222;text-decoration:none">{e(x.title)}</a><br>'
                   f'<span style="color:#999;font-size:11px">{date_text(x)}</span></div>'
                   for x in latest)
    return ('<div style="float:right;width:300px;margin-left:30px;padding-left:15px;'
            'border-left:1px solid #ddd"><span style="display:block;font-weight:bold;'
            f'font-size:16px">{lab["latest"]}</span>{rows}</div>')


def _styled_date(a: site.Article) -> str:
    if a.variant:
        return f"{a.day:%d.%m.%Y}" + (f" {a.clock:%H:%M}" if a.clock else "")
    return date_text(a)


def _styled_text(a: site.Article) -> list[str]:
    para = '<div style="font-size:18px;line-height:1.6;margin-bottom:12px">{}</div>'
    paras = [e(p) for p in paragraphs(a)]
    if a.variant:  # one block, paragraphs split by blank lines
        return [para.format("<br><br>".join(paras))]
    return [para.format(p) for p in paras]


def styled(a: site.Article, base: str) -> bytes:
    lab = LABELS[a.lang]
    line = [_styled_date(a)]
    line += [f"{lab['views']}: {views_text(a)}"] if a.views is not None else []
    imgs = [f'<img src="{p}" style="max-width:100%;display:block;margin:10px 0">'
            for p in a.image_paths()]
    if imgs and a.photo_credit:
        imgs[0] += ('<div style="color:#888;font-size:11px;font-style:italic">'
                    f"{lab['photo']} {e(a.photo_credit)}</div>")
    text = _styled_text(a)
    if a.source_line:
        text.append('<div style="font-size:18px"><span style="font-weight:bold">Источник:'
                    f"</span> {e(a.source or '')}</div>")
    facts = [f"{lab['cat']} — {e(a.category)}"] if a.category else []
    facts += [f"{lab['tags']}: {', '.join(e(t) for t in a.tags)}"] if a.tags else []
    body = ('<div style="background:#0b3d6e;color:#fff;padding:12px 20px"><span style="'
            'font-size:22px;font-weight:bold">Центр информации</span> <a href="/novosti" '
            f'style="color:#fff">Новости</a><div style="font-size:11px">{WIDGET}</div></div>\n'
            '<div style="max-width:1100px;margin:0 auto;padding:20px">\n'
            f"{_sidebar(a)}\n"
            '<div style="overflow:hidden">\n<span style="display:block;font-size:30px;'
            f'font-weight:bold;line-height:1.2">{e(a.title)}</span>\n'
            '<div style="color:#999;font-size:12px;margin:6px 0 14px">'
            f"{' · '.join(line)}</div>\n{''.join(imgs)}\n" + "\n".join(text)
            + ('\n<div style="font-size:13px;color:#555;margin-top:20px">'
               f"{'<br>'.join(facts)}</div>" if facts else "")
            + f'\n<h2 style="font-size:20px;margin-top:30px">{lab["related"]}</h2>\n'
            f"{link_list(related(a), PAD)}\n</div>\n</div>\n"
            '<div style="clear:both;background:#f2f2f2;padding:20px;font-size:12px;'
            'color:#777">© 2020–2026 Центр информации. Все права защищены.</div>')
    return page("ru", f"{a.title} | Центр информации", body)
