"""The twenty-first copy's markup: one plain custom template (class names of its own) whose
text section takes the shape of each format (see ``site.py`` for what each format's truth is)."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import RU_MONTHS, en_slug
from tests.twentyfirstsite import site
from tests.twentyfirstsite.labels import KIND, WORDS

HTML = {"Content-Type": "text/html; charset=utf-8"}
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан")


def _stamp(a: site.Article) -> str:
    """The date as the info row prints it: '20.04.2023, 11:20', '20 April 2023, 11:20',
    '20 сәуір 2023, 11:20' (no time on day-only pages)."""
    d = a.day
    day = {"ru": f"{d:%d.%m.%Y}", "en": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
           "kk": f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}"}[a.lang]
    return f"{day}, {a.clock:%H:%M}" if a.clock else day


def _when(a: site.Article) -> str:
    w = WORDS[a.lang]
    if a.kind == "live":
        last = a.updates[0][0]
        start = f"{a.day}T{a.clock:%H:%M}" if a.clock else f"{a.day}"
        return (f'<span class="bcast-since">{w["started"]}: <time datetime="{start}">'
                f'{_stamp(a)}</time></span> <span class="bcast-fresh">{w["updated"]}: '
                f'<time datetime="{a.day}T{last:%H:%M}">{last:%H:%M}</time></span>')
    if a.num % 2:
        return f'<span class="inforow__date">{_stamp(a)}</span>'
    stamp = f"{a.day}T{a.clock:%H:%M}" if a.clock else f"{a.day}"
    return f'<time class="inforow__date" datetime="{stamp}">{_stamp(a)}</time>'


def _head(a: site.Article) -> str:
    w = WORDS[a.lang]
    trail = (f'<nav class="trail"><a href="/">{w["home"]}</a> <span>/</span> '
             f'<a href="/rubric/{quote(a.category)}">{escape(a.category)}</a></nav>'
             if a.category else "")
    badge = f'<div class="fmt-badge">{KIND[a.lang][a.kind]}</div>' if a.kind in KIND[a.lang] else ""
    seen = (f' <span class="inforow__seen">{w["views"]}: {a.views}</span>'
            if a.views is not None else "")
    return (f'{trail}{badge}<h1 class="doc-title">{escape(a.title)}</h1>'
            f'<div class="inforow">{_when(a)}{seen}</div>')


def _paras(a: site.Article, texts: list[str]) -> str:
    out = []
    for i, text in enumerate(texts):
        lead = a.dateline() if i == 0 else ""
        out.append(f"<p>{escape(lead + text)}</p>")
    return "\n".join(out)


def _pic(a: site.Article) -> str:
    if not a.images:
        return ""
    credit = (f'<figcaption>{WORDS[a.lang]["pic"]}: {escape(a.photo_credit)}</figcaption>'
              if a.photo_credit else "")
    return f'<figure class="topic-pic"><img src="{a.image_paths()[0]}" alt="">{credit}</figure>'


def _source(a: site.Article) -> str:
    if not (a.source and a.source_line):
        return ""
    return f'<p class="src-line">{WORDS[a.lang]["source"]}: {escape(a.source)}</p>'


def _gallery(a: site.Article) -> str:
    w, total = WORDS[a.lang], len(a.captions)
    shots = [
        f'<figure class="shot"><img src="{path}" alt="{escape(cap)}" loading="lazy">'
        f'<figcaption><span class="shot__no">{w["shot"].format(n=n, total=total)}</span> '
        f'{escape(cap)}. <span class="shot__by">{w["photo"]}: {escape(str(a.photo_credit))}'
        f'</span></figcaption></figure>'
        for n, (path, cap) in enumerate(zip(a.image_paths(), a.captions, strict=True), 1)]
    return '<div class="shots">' + "\n".join(shots) + "</div>"


def _video(a: site.Article) -> str:
    player = (f'<iframe class="player" src="https://www.youtube.com/embed/ic{a.num}" '
              f'width="640" height="360" allowfullscreen></iframe>' if a.player == "iframe" else
              f'<video class="player" controls preload="none">'
              f'<source src="/media/video/{a.num}.mp4" type="video/mp4"></video>')
    script = "".join(f"<p>{escape(t)}</p>" for t in a.extra)
    return (f'{player}<details class="transcript"><summary>{WORDS[a.lang]["transcript"]}'
            f"</summary>{script}</details>")


def _interview(a: site.Article) -> str:
    out = [_pic(a), f'<p class="intro"><i>{escape(a.paragraphs[0])}</i></p>']
    for q, ans in a.qa:
        if a.lang == "en":
            out += [f"<p><strong>Q:</strong> {escape(q)}</p>",
                    f"<p><strong>A:</strong> {escape(ans)}</p>"]
        else:
            out += [f"<p><b>— {escape(q)}</b></p>", f"<p>— {escape(ans)}</p>"]
    name, bio = a.person or ("", "")
    out.append(f'<aside class="bio-box"><h4>{WORDS[a.lang]["bio"]}</h4>'
               f"<p><b>{escape(name)}</b> — {escape(bio)}</p></aside>")
    return "\n".join(out)


def _column(a: site.Article) -> str:
    from tests.twentyfirstsite.pools import DISCLAIMER

    name, job = a.person or ("", "")
    box = (f'<div class="columnist"><img class="columnist__pic" src="/files/authors/'
           f'{en_slug(name) or a.num}.jpg" alt="{escape(name)}"><div><b class="columnist__name">'
           f'{escape(name)}</b><br><span class="columnist__job">{escape(job)}</span></div></div>')
    return f'{box}\n{_paras(a, a.paragraphs)}\n<p class="note"><em>{DISCLAIMER[a.lang]}</em></p>'


def _live(a: site.Article) -> str:
    return "\n".join(f'<div class="update"><time>{t:%H:%M}</time><p>{escape(text)}</p></div>'
                     for t, text in a.updates)


def _digest(a: site.Article) -> str:
    items = []
    for item in a.extra:
        head, _, rest = item.partition(". ")
        items.append(f"<li><b>{escape(head)}.</b> {escape(rest)}</li>")
    return f"<p>{escape(a.paragraphs[0])}</p>\n<ol class=\"brief\">{''.join(items)}</ol>"


def _release(a: site.Article) -> str:
    name, phone, mail = a.press or ("", "", "")
    footer = f'{escape(name)}, {WORDS[a.lang]["phone"]}: {phone}, e-mail: {mail}'
    return f"{_paras(a, a.paragraphs)}\n<p><i>{footer}</i></p>"


def _text(a: site.Article) -> str:
    if a.kind == "photo":
        return _paras(a, a.paragraphs) + "\n" + _gallery(a)
    if a.kind == "video":
        return _paras(a, a.paragraphs) + "\n" + _video(a) + _source(a)
    if a.kind == "infographic":
        return _pic(a).replace(f"{WORDS[a.lang]['pic']}:", f"{WORDS[a.lang]['infographic']}:") \
            + _paras(a, a.paragraphs)
    shaped = {"interview": _interview, "opinion": _column, "live": _live, "digest": _digest,
              "release": _release}.get(a.kind)
    if shaped:
        return shaped(a)
    return _pic(a) + _paras(a, a.raw_paragraphs or a.paragraphs) + _source(a)


def _tags(a: site.Article) -> str:
    if not a.tags:
        return ""
    links = ", ".join(f'<a href="/tag/{quote(t)}">{escape(t)}</a>' for t in a.tags)
    return f'<div class="labels"><span>{WORDS[a.lang]["tags"]}:</span> {links}</div>'


def _more(a: site.Article) -> str:
    arts = site.build()
    i = arts.index(a)
    near = [arts[k % len(arts)] for k in (i + 1, i + 2, i + 3)]
    rows = "".join(f'<li><span class="lng">{o.lang}</span> <a href="{o.path}">{escape(o.title)}'
                   f"</a></li>" for o in near)
    return f'<section class="more"><h3>{WORDS[a.lang]["more"]}</h3><ul>{rows}</ul></section>'


def _page(lang: str, title: str, base: str, canonical: str, main: str) -> bytes:
    rates = "".join(f"<li>{c}/KZT <b>0.0</b></li>" for c in ("USD", "EUR", "RUB", "CNY"))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{escape(title)} — {AGENCY[lang]}</title>"
            f'<link rel="canonical" href="{base}{canonical}">'
            f'<meta property="og:title" content="{escape(title)}">'
            f'<meta property="og:type" content="article"></head>\n<body>'
            f'<header class="top"><a class="logo" href="/">{AGENCY[lang]}</a>'
            f'<ul class="rates">{rates}</ul>'
            f'<a href="/novosti/">{WORDS[lang]["news"]}</a></header>\n'
            f'<main class="sheet">{main}</main>\n'
            f'<footer class="bottom">© 2014–2026 {AGENCY[lang]}</footer></body></html>').encode()


def article(a: site.Article, base: str) -> Response:
    main = (f'{_head(a)}\n<section class="doc-text">\n{_text(a)}\n</section>\n{_tags(a)}'
            f"{_more(a)}")
    return 200, HTML, _page(a.lang, a.title, base, a.path, main)


def _page_path(n: int) -> str:
    return "/novosti/" if n == 1 else f"/novosti/page-{n}/"


def listing(n: int, base: str) -> Response:
    rows = "".join(
        f'<div class="feed-row"><a class="feed-row__title" href="{a.path}">{escape(a.title)}</a>'
        f'<p class="feed-row__date">{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} '
        f"{a.day.year}</p></div>\n" for a in site.page_items(n))
    pages = "".join(f'<a href="{_page_path(k)}">{k}</a> ' if k != n else f"<b>{k}</b> "
                    for k in range(1, site.page_count() + 1))
    if n < site.page_count():
        pages += f'<a class="pages__next" href="{_page_path(n + 1)}">Далее →</a>'
    main = f'<h1>Новости</h1><div class="feed">{rows}</div><nav class="pages">{pages}</nav>'
    return 200, HTML, _page("ru", "Новости", base, _page_path(n), main)


def not_found() -> bytes:
    return _page("ru", WORDS["ru"]["missing"], "", "/404", f"<h1>{WORDS['ru']['missing']}</h1>")
