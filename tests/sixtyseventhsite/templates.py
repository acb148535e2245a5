"""SvelteKit server-rendered markup of the copy: layout, article, listing, 404."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC
from html import escape

from tests.copykit.catalogue import AGENCY, MONTHS, Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word

HTML = {"Content-Type": "text/html; charset=utf-8"}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
H = "svelte-1k9x2qa"  # layout scope
A = "svelte-8ks2ll"  # article scope
L = "svelte-q1w7zd"  # listing scope


def e(text: str) -> str:
    return escape(text, quote=True)


def info_date(art) -> str:  # type: ignore[no-untyped-def]
    """The info line's date: '20 Апреля 2023' (ru, kk), '2 August 2021' (en); the odd-date
    pages write '20 апреля 2023' / 'August 2, 2021'; the time pages add ', 14:35'."""
    d = art.day
    if art.lang == "en":
        month = EN_MONTHS[d.month - 1]
        text = (f"{month} {d.day}, {d.year}" if art.dev == "odd_date"
                else f"{d.day} {month} {d.year}")
    else:
        month = RU_MONTHS[d.month - 1]
        text = f"{d.day} {month if art.dev == 'odd_date' else month.capitalize()} {d.year}"
    if art.clock:
        text += f", {art.clock:%H:%M}"
    return text


def _rates() -> str:
    cells = "".join(f'<li class="{H}">• <b class="{H}">{c}/KZT</b> <span class="rate {H}">0.0'
                    f"</span></li>" for c in ("USD", "EUR", "RUB", "CNY"))
    return f'<ul class="rates {H}" aria-label="Курсы валют"><!--[-->{cells}<!--]--></ul>'


def _header() -> str:
    return (f'<header class="header {H}"><!---->{_rates()}'
            f'<a href="/" class="logo {H}" data-sveltekit-preload-data="hover">'
            f'<img src="/_app/immutable/assets/logo.D4kq1.svg" alt="Центр информации" '
            f'class="{H}"></a>'
            f'<nav class="{H}"><!--[--><a href="/novosti" class="{H}">Новости</a>'
            f'<a href="/novosti?rubric=obshchestvo" class="{H}">Общество</a>'
            f'<a href="/novosti?rubric=ekonomika" class="{H}">Экономика</a><!--]--></nav>'
            f'<form action="/search" method="get" role="search" class="{H}" '
            f'data-sveltekit-keepfocus><input type="search" name="q" placeholder="Поиск по сайту"'
            f' class="{H}"><button type="submit" class="{H}">Найти</button></form></header>')


def _footer() -> str:
    return (f'<footer class="footer {H}"><div class="contacts {H}"><p class="{H}">Центр '
            f'информации, г. Алматы, ул. Жибек Жолы, 50</p><p class="{H}">Тел.: +7 (727) '
            f'355-12-40, e-mail: info@ic24.kz</p><p class="{H}">© 2016–2026 ic24.kz. При '
            f'использовании материалов ссылка обязательна.</p></div>'
            f'<div class="counters {H}"><img src="https://mc.yandex.ru/watch/81234567" '
            f'width="1" height="1" alt=""><img src="https://www.zero.kz/c.php?id=76543" '
            f'width="1" height="1" alt=""></div></footer>'
            f'<div class="cookie {H}" role="dialog"><p class="{H}">Мы используем файлы cookie, '
            f'чтобы сайт работал лучше.</p><button class="{H}">Принять</button></div>')


def _popular(arts: Sequence) -> str:  # type: ignore[type-arg]
    top = sorted((a for a in arts if a.views), key=lambda a: -a.views)[:5]
    items = "".join(f'<li class="{H}"><a href="{a.path}" class="{H}">{e(a.title)}</a> '
                    f'<span class="count {H}">{a.views}</span></li>' for a in top)
    return (f'<aside class="popular {H}"><h3 class="{H}">Самое читаемое</h3>'
            f'<ol class="{H}"><!--[-->{items}<!--]--></ol></aside>')


def _page(title: str, lang: str, head: str, main: str, arts: Sequence,  # type: ignore[type-arg]
          extra_script: str = "") -> bytes:
    start = extra_script or ("{ __sveltekit_1xk2p0q = { base: new URL(\".\", location).pathname"
                             ".slice(0, -1) }; const element = document.currentScript"
                             ".parentElement; Promise.all([import(\"/_app/immutable/entry/"
                             "start.CkWq.js\"), import(\"/_app/immutable/entry/app.Bx3k.js\")])"
                             ".then(([kit, app]) => { kit.start(app, element, { node_ids: [0, "
                             "2], data: [null, null], form: null, error: null }); }); }")
    doc = (f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8" />\n'
           f'<link rel="icon" href="/favicon.png" />\n<meta name="viewport" '
           f'content="width=device-width, initial-scale=1" />\n'
           f'<link href="/_app/immutable/assets/0.Bx3k9.css" rel="stylesheet">\n'
           f'<link rel="modulepreload" href="/_app/immutable/entry/start.CkWq.js">\n'
           f'<!--[--><title>{e(title)}</title>{head}<!--]-->\n</head>\n'
           f'<body data-sveltekit-preload-data="hover">\n<div style="display: contents">'
           f'<!--[--><!--[-->{_header()}<div class="layout {H}"><main class="{H}">{main}</main>'
           f'{_popular(arts)}</div>'
           f'<div class="adv {H}"><span class="{H}">Реклама</span><a href="https://ads.example.kz/'
           f'c?b=17" rel="sponsored" class="{H}"><img src="https://ads.example.kz/b17.gif" '
           f'alt="" class="{H}"></a></div>{_footer()}<!--]--><!--]-->\n'
           f'<script>\n{start}\n</script>\n</div>\n</body>\n</html>\n')
    return doc.encode("utf-8")


def _api(art, base: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"id": art.num, "slug": art.path.rsplit("/", 1)[1], "locale": art.lang,
            "title": art.title,
            "published_at": art.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "rubric": None if art.category is None else {"name": art.category},
            "tags": [{"name": t} for t in art.tags], "views": art.views,
            "cover": ({"url": art.image_paths()[0], "credit": art.photo_credit}
                      if art.images else None)}


def _para(text: str, art) -> str:  # type: ignore[no-untyped-def]
    if art.dev == "hazards":
        words = text.split(" ")
        if len(words) > 3:
            words[1] = words[1] + "\u200b"
            text = " ".join(words[:2]) + "\u00a0" + " ".join(words[2:])
        return f"<p>{e(text)}</p><p>&nbsp;</p>"
    return f"<p>{e(text)}</p>"


def _homoglyph(text: str, lang: str) -> str:
    """One look-alike letter of the other script inside the first long word."""
    swap = {"en": {"E": "Е", "o": "о", "a": "а"}, "ru": {"о": "o", "а": "a", "е": "e"}}
    table = swap.get(lang, {})
    words = text.split(" ")
    for k, word in enumerate(words):
        if len(word) > 5 and word.isalpha():
            for c, d in table.items():
                if c in word[1:]:
                    words[k] = word[0] + word[1:].replace(c, d, 1)
                    return " ".join(words)
    return text


def _body(art) -> str:  # type: ignore[no-untyped-def]
    raw = list(art.raw_paragraphs or art.paragraphs)
    if art.dev == "hazards":
        raw[-1] = _homoglyph(raw[-1], art.lang)
    parts = [_para(p, art) for p in raw]
    line = art.dateline()
    if art.lang == "kk" and art.place:
        line = f"{art.place}. {art.day.day} {MONTHS['kk'][art.day.month - 1]}. {AGENCY['kk']} - "
    first = e(line) + e(raw[0])
    if art.dev == "glued_credit":
        first = f'<span class="credit">Фото:{e(art.photo_credit)}</span>{first}'
    parts[0] = f"<p>{first}</p>"
    if art.source_line and art.source:
        label = (f'<a href="https://{art.source.lower()}" target="_blank" rel="noopener">'
                 f"{e(art.source)}</a>" if art.dev == "linked_source" else e(art.source))
        parts.append(f"<p>Источник: {label}</p>")
    if art.raw_paragraphs and art.lang == "ru":
        parts.append("<p>\u00a0</p>")
    return "".join(parts)


def _info(art) -> str:  # type: ignore[no-untyped-def]
    stamp = art.local.isoformat() if art.clock else art.day.isoformat()
    bits = [f'<time datetime="{stamp}" class="{A}">{e(info_date(art))}</time>']
    if art.views is not None:
        bits.append(f'<span class="views {A}"><svg class="{A}" width="14" height="14" '
                    f'aria-hidden="true"><use href="#eye"></use></svg>{art.views}</span>')
    if art.category:
        bits.append(f'<a class="rubric {A}" href="/novosti?rubric={e(art.category.lower())}">'
                    f"{e(art.category)}</a>")
    if art.tags:
        tags = ", ".join(f'<a href="/tags/{e(t)}" class="{A}">{e(t)}</a>' for t in art.tags)
        bits.append(f'<span class="tags {A}"><!--[-->{tags}<!--]--></span>')
    return f'<div class="info {A}">' + " ".join(bits) + "</div>"


def _latest(art, arts: Sequence) -> str:  # type: ignore[no-untyped-def, type-arg]
    others = [a for a in arts if a.num != art.num][:30]
    items = "".join(f'<li class="{A}"><a href="{a.path}" class="{A}"><span class="badge {A}">'
                    f"{a.lang}</span> {e(cut_at_word(a.title, 60))}</a></li>" for a in others)
    return (f'<section class="latest {A}"><h2 class="{A}">Последние новости</h2>'
            f'<ul class="{A}"><!--[-->{items}<!--]--></ul></section>')


def article(art, base: str, arts: Sequence) -> Response:  # type: ignore[no-untyped-def, type-arg]
    url = base + art.path
    api = _api(art, base)
    data_url = f"/api/news/{art.id}?locale={art.lang}"
    fetched = json.dumps({"status": 200, "statusText": "OK", "headers": {},
                          "body": json.dumps(api, ensure_ascii=False)}, ensure_ascii=False)
    lang = "ru" if art.dev == "html_ru" else art.lang
    image = base + art.image_paths()[0] if art.images else base + "/og-default.png"
    head = (f'<meta name="description" content="{e(art.paragraphs[0][:150])}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{e(art.title)}">'
            f'<meta property="og:locale" content="{LOCALE[lang]}">'
            f'<meta property="og:image" content="{e(image)}">'
            f'<link rel="canonical" href="{e(url)}">')
    title = e(art.title)
    if art.dev == "hazards" and " " in art.title:
        title = title.replace(" ", "&nbsp;", 1)
    photo = ""
    if art.images:
        credit = ("" if art.dev == "glued_credit" or art.photo_credit is None
                  else f'<figcaption class="{A}">Фото:{e(art.photo_credit)}</figcaption>')
        photo = (f'<figure class="cover {A}"><img src="{art.image_paths()[0]}" alt="{title}" '
                 f'loading="eager" class="{A}">{credit}</figure>')
    share = (f'<div class="share {A}">Поделиться: <!--[--><a href="https://t.me/share/url?url='
             f'{e(url)}" class="{A}">Telegram</a> <a href="https://wa.me/?text={e(url)}" '
             f'class="{A}">WhatsApp</a> <a href="https://www.facebook.com/sharer.php?u={e(url)}"'
             f' class="{A}">Facebook</a><!--]--></div>')
    main = (f'<!--[--><article class="news {A}"><h1 class="title {A}">{title}</h1>{photo}'
            f'{_info(art)}<div class="news-body {A}"><!---->{_body(art)}<!----></div>{share}'
            f"</article>{_latest(art, arts)}<!--]-->")
    script = ""
    if art.dev == "start_script":
        payload = json.dumps({"article": api}, ensure_ascii=False)
        script = ("{ __sveltekit_1xk2p0q = { base: new URL(\".\", location).pathname.slice(0, -1)"
                  " }; const element = document.currentScript.parentElement; Promise.all(["
                  "import(\"/_app/immutable/entry/start.CkWq.js\"), import(\"/_app/immutable/"
                  "entry/app.Bx3k.js\")]).then(([kit, app]) => { kit.start(app, element, { "
                  f"node_ids: [0, 4], data: [null, {{type: \"data\", data: {payload}, uses: "
                  "{params: [\"slug\"]}}], form: null, error: null }); }); }")
    else:
        safe = fetched.replace("</", "<\\/")
        main += (f'<script type="application/json" data-sveltekit-fetched '
                 f'data-url="{e(data_url)}">{safe}</script>')
    return 200, dict(HTML), _page(f"{art.title} — Центр информации", lang, head, main, arts,
                                  script)


def listing(items: Sequence, page: int, count: int,  # type: ignore[type-arg]
            arts: Sequence) -> Response:  # type: ignore[type-arg]
    cards = "".join(
        f'<div class="news_text {L}"><a href="{a.path}" class="{L}" '
        f'data-sveltekit-preload-data="hover"><h3 class="{L}">{e(a.title)}</h3></a>'
        f'<p class="{L}">{e(_ru_list(a))}'
        f"</p></div>" for a in items)
    nav = []
    if page > 1:
        prev = "/novosti" if page == 2 else f"/novosti?page={page - 1}"
        nav.append(f'<a href="{prev}" rel="prev" class="{L}">← Назад</a>')
    nav.append(f'<span class="{L}">{page} / {count}</span>')
    if page < count:
        nav.append(f'<a href="/novosti?page={page + 1}" rel="next" class="{L}">Далее →</a>')
    main = (f'<!--[--><h1 class="{L}">Новости</h1><div class="list {L}"><!--[-->{cards}'
            f'<!--]--></div><nav class="pager {L}">{"".join(nav)}</nav><!--]-->')
    head = '<link rel="canonical" href="/novosti">' if page == 1 else ""
    return 200, dict(HTML), _page("Новости — Центр информации", "ru", head, main, arts)


def _ru_list(art) -> str:  # type: ignore[no-untyped-def]
    """The listing prints every story's day in the CMS's Russian form."""
    d = art.day
    return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"


def not_found() -> bytes:
    return _page("404", "ru", "", f'<div class="error {H}"><h1 class="{H}">404</h1><p '
                 f'class="{H}">Not Found</p></div>', [])
