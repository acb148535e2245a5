"""The twenty-ninth copy's markup: one plain hand-written article template, a Nuxt 2 shell,
the listing (``/novosti``, ``?offset=N``) and the 404 page."""

from __future__ import annotations

import json

from tests.copykit.text import RU_MONTHS
from tests.twentyninthsite import stamps
from tests.twentyninthsite.site import Article, build, page_count, page_items
from tests.twentyninthsite.stamps import esc, meta

# the same list on every page: a decoy, never an article's tags
SITE_KEYWORDS = "Казахстан, новости, Алматы, Астана, Центр информации, ic24, экономика, общество"
LOCALES = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
RATES = " • ".join(f"{c}/KZT <b class=\"rate\">0.0</b>" for c in ("USD", "EUR", "RUB", "CNY"))
Response = tuple[int, dict[str, str], bytes]


def html_lang(art: Article) -> str:
    if not art.lying_lang:
        return "<html>"
    return '<html lang="kk">' if art.lang == "ru" else '<html lang="ru">'


def language(art: Article) -> str:
    if art.lang_vocab == "og_locale":
        return meta("og:locale", LOCALES[art.lang], "property")
    if art.lang_vocab == "http_equiv":
        return f'<meta http-equiv="Content-Language" content="{art.lang}">'
    return ""


def topics(art: Article) -> str:
    """Rubric and tags: ``article:section`` and ``news_keywords`` or repeated ``article:tag``
    (a Parse.ly page keeps both in its JSON)."""
    if art.stamp == "parsely":
        return ""
    out = meta("article:section", art.category, "property") if art.category else ""
    if art.tags and art.tag_vocab == "news_keywords":
        out += meta("news_keywords", ", ".join(art.tags))
    elif art.tags:
        out += "".join(meta("article:tag", t, "property") for t in art.tags)
    return out


def head(art: Article, base: str, title: str) -> str:
    """The head; a Nuxt shell's holds only the site-wide parts (its facts are in the state)."""
    shell = art.stamp == "nuxt"
    views = (meta("views", str(art.views)) if art.views is not None
             and art.view_vocab == "meta_views" and not shell else "")
    facts = "" if shell else (meta("description", art.paragraphs[0][:150])
                              + stamps.head(art, base) + topics(art) + views)
    return (f'<head><meta charset="utf-8">{language(art)}<title>{esc(title)}</title>'
            f"{meta('keywords', SITE_KEYWORDS)}<link rel=\"canonical\" href=\"{base}{art.path}\">"
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{facts}</head>')


def paragraphs(art: Article) -> list[str]:
    """The text as ``<p>`` inner HTML: the dateline before the first, the source line last."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    out = [esc(art.dateline() + raw[0]), *(esc(p) for p in raw[1:])]
    if art.source and art.source_line:
        out.append(f"Источник: {esc(art.source)}")
    return out


def figure(src: str, credit: str | None) -> str:
    caption = f"<figcaption>Фото: {esc(credit)}</figcaption>" if credit else ""
    return f'<figure class="story__photo"><img src="{src}" alt="">{caption}</figure>'


def sidebar(current: Article) -> str:
    items = "".join(f'<li><span class="badge">{a.lang}</span> <a href="{a.path}">'
                    f"{esc(a.title[:48])}{'…' if len(a.title) > 48 else ''}</a></li>"
                    for a in [a for a in build() if a is not current][:8])
    return f'<aside class="latest"><h3>Последние новости</h3><ul>{items}</ul></aside>'


def chrome(body: str, current: Article | None) -> str:
    side = sidebar(current) if current else ""
    return (f'<body><div class="rates">• {RATES}</div><header class="top"><a class="logo" '
            'href="/">ic24.kz</a><nav><a href="/novosti">Новости</a> <a href="/about">О нас</a>'
            f"</nav></header>{body}{side}<footer><p>© 2012–2026 Центр информации</p></footer>"
            "</body></html>")


def plain(art: Article, base: str) -> str:
    imgs = art.image_paths()
    text = [f"<p>{p}</p>" for p in paragraphs(art)]
    if len(imgs) > 1:
        text.insert(1, figure(imgs[1], None))
    views = (f'<div class="story__views" data-views="{art.views}"><i class="i-eye"></i></div>'
             if art.views is not None and art.view_vocab == "data_views" else "")
    lead = figure(imgs[0], art.photo_credit) if imgs else ""
    main = (f'<main class="story"><h1 class="story__title">{esc(art.title)}</h1>'
            f'<div class="story__meta">{stamps.visible(art)}{views}</div>{lead}'
            f'<div class="story__text">{"".join(text)}</div>{stamps.footer_line(art)}</main>')
    return (f"<!DOCTYPE html>{html_lang(art)}{head(art, base, art.title + ' | Центр информации')}"
            + chrome(main, art))


def js_string(value: object) -> str:
    """A value as Nuxt's serialiser writes it into the page (``<``, ``>``, ``/`` escaped)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def nuxt_state(art: Article) -> str:
    imgs = art.image_paths()
    body = "".join(f"<p>{p}</p>" for p in paragraphs(art))
    if len(imgs) > 1:
        body += f'<p><img src="{imgs[1]}" alt=""></p>'
    cover = f"{{src:{js_string(imgs[0])},caption:null}}" if imgs else "null"
    tags = ",".join(f"{{name:{js_string(t)}}}" for t in art.tags)
    article = (f"{{id:{art.num},title:{js_string(art.title)},lang:a,published_at:"
               f"{js_string(stamps.utc_z(art.local, millis=True))},updated_at:"
               f"{js_string(stamps.utc_z(art.modified, millis=True))},rubric:"
               f"{'{name:b}' if art.category else 'null'},tags:[{tags}],views:c,cover:{cover},"
               f"body:{js_string(body)}}}")
    args = ",".join(js_string(v) for v in (art.lang, art.category, art.views))
    return (f"window.__NUXT__=(function(a,b,c,d){{return {{layout:\"default\",data:[{{article:"
            f"{article}}}],fetch:{{}},error:d,state:{{}},serverRendered:true,routePath:"
            f"{js_string(art.path)}}}}}({args},null));")


def nuxt(art: Article, base: str) -> str:
    shell = ('<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app">'
             '<div class="loader"></div></div></div></div>'
             f"<script>{nuxt_state(art)}</script>"
             '<script src="/_nuxt/runtime.js" defer></script>'
             '<script src="/_nuxt/app.js" defer></script>')
    return ('<!DOCTYPE html><html lang="ru" data-n-head-ssr>'
            + head(art, base, "Центр информации") + chrome(shell, None))


def article(art: Article, base: str) -> Response:
    headers = {"Content-Type": "text/html; charset=utf-8", "Date": art.date_header()}
    if art.lang_vocab == "header":
        headers["Content-Language"] = art.lang
    page = nuxt(art, base) if art.stamp == "nuxt" else plain(art, base)
    return 200, headers, page.encode()


def listing(n: int, base: str) -> Response:
    href = lambda k: "/novosti" if k == 1 else f"/novosti?offset={(k - 1) * 10}"  # noqa: E731
    cards = "".join(
        f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a><p>{a.day.day} '
        f"{RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}</p></div>"
        for a in page_items(n))
    pages = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{href(k)}">{k}</a>'
                     for k in range(1, page_count() + 1))
    nxt = (f'<a class="pager__next" rel="next" href="{href(n + 1)}">Следующая →</a>'
           if n < page_count() else "")
    link = f'<link rel="next" href="{href(n + 1)}">' if n < page_count() else ""
    page = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новости — '
            f"Центр информации</title>{meta('keywords', SITE_KEYWORDS)}{link}</head>"
            + chrome(f'<main><h1>Новости</h1><div class="news">{cards}</div><nav class="pager">'
                     f"{pages} {nxt}</nav></main>", None))
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><title>404 — Центр информации</title></head>'
            "<body><h1>Страница не найдена</h1></body></html>").encode()
