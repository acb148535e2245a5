"""The thirty-fourth copy's pages: no class, no id as a hook, facts in a person's words.

``plain`` is a hand-written classless HTML5 page, ``aria`` a div page whose only structure is
ARIA, ``styled`` a visual editor's export (see ``editor.py`` for the last two). The listing,
topic pages and the 404 are classless too. Every page carries the static currency widget.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from tests.copykit.catalogue import MONTHS, Response
from tests.copykit.text import RU_MONTHS
from tests.thirtyfourthsite import site

HTML = {"Content-Type": "text/html; charset=UTF-8"}
WIDGET = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
LABELS = {
    "ru": {"pub": "Опубликовано", "cat": "Рубрика", "tags": "Метки", "views": "Просмотры",
           "photo": "Автор фото —", "related": "Читайте также", "latest": "Последние новости"},
    "en": {"pub": "Published", "cat": "Section", "tags": "Tags", "views": "Views",
           "photo": "Photo by", "related": "Related stories", "latest": "Latest news"},
    "kk": {"pub": "Жарияланды", "cat": "Айдар", "tags": "Тегтер", "views": "Қаралым",
           "photo": "Фото:", "related": "Тағы оқыңыз", "latest": "Соңғы жаңалықтар"},
}
e = html.escape


def date_text(a: site.Article) -> str:
    """'3 марта 2024 года в 14:05' / '3 March 2024 at 14:05' / '2024 жылғы 3 наурыз, 14:05'."""
    month, d = MONTHS[a.lang][a.day.month - 1], a.day
    clock = f"{a.clock:%H:%M}" if a.clock else ""
    if a.lang == "ru":
        return f"{d.day} {month} {d.year} года" + (f" в {clock}" if clock else "")
    if a.lang == "en":
        return f"{d.day} {month} {d.year}" + (f" at {clock}" if clock else "")
    return f"{d.year} жылғы {d.day} {month}" + (f", {clock}" if clock else "")


def views_text(a: site.Article) -> str:
    """'1 204' with a no-break space (ru, kk) or '1,204' (en)."""
    return f"{a.views:,}".replace(",", "," if a.lang == "en" else "\u00a0")


def iso(a: site.Article) -> str:
    return a.local.isoformat() if a.clock else a.day.isoformat()


def paragraphs(a: site.Article) -> list[str]:
    """The text as the page prints it: seed hazards kept, the dateline before the lead."""
    paras = list(a.raw_paragraphs or a.paragraphs)
    return [a.dateline() + paras[0], *paras[1:]]


def related(a: site.Article, count: int = 3) -> list[site.Article]:
    arts = list(site.build())
    i = arts.index(a)
    return [arts[(i + k) % len(arts)] for k in range(1, count + 1)]


def link_list(arts: Sequence[site.Article], style: str = "") -> str:
    items = "".join(f'<li><a href="{x.path}">{e(x.title)}</a></li>' for x in arts)
    return f"<ul{style}>{items}</ul>"


def tag_links(a: site.Article) -> str:
    return ", ".join(f'<a href="/tag/{site.slug(t)}">{e(t)}</a>' for t in a.tags)


def page(lang: str | None, title: str, body: str, head: str = "") -> bytes:
    lang_attr = f' lang="{lang}"' if lang else ""
    return (f'<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{e(title)}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
            ).encode()


def chrome_header() -> str:
    return ('<header>\n<p><a href="/"><img src="/logo.png" alt=""> Центр информации</a></p>\n'
            '<nav><a href="/novosti">Новости</a> <a href="/rubric/ekonomika">Экономика</a> '
            '<a href="/rubric/obshchestvo">Общество</a></nav>\n'
            f"<p><small>{WIDGET}</small></p>\n</header>")


def chrome_footer() -> str:
    return ("<footer>\n<address>050000, Алматы, пр. Абая, 10 · "
            '<a href="mailto:info@ic24.kz">info@ic24.kz</a></address>\n'
            "<p><small>© 2020–2026 Центр информации. При цитировании ссылка обязательна. "
            "Обновлено 1 ноября 2026 года в 09:00</small></p>\n</footer>")


def _plain_facts(a: site.Article) -> str:
    lab = LABELS[a.lang]
    cat = (f'<a href="/rubric/{site.slug(a.category)}">{e(a.category)}</a>'
           if a.category else "")
    if a.variant:  # a definition list, the printed date only
        rows = [(lab["pub"], f"<time>{date_text(a)}</time>")]
        rows += [(lab["cat"], cat)] if cat else []
        rows += [(lab["views"], views_text(a))] if a.views is not None else []
        return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"
    parts = [f'{lab["pub"]} <time datetime="{iso(a)}">{date_text(a)}</time>']
    parts += [f'{lab["cat"]} — {cat}'] if cat else []
    parts += [f'{lab["views"]}: {views_text(a)}'] if a.views is not None else []
    return f"<p><small>{' · '.join(parts)}</small></p>"


def _figure(a: site.Article, k: int, src: str) -> str:
    cap = ""
    if k == 0 and a.photo_credit:
        cap = f"<figcaption>{LABELS[a.lang]['photo']} {e(a.photo_credit)}</figcaption>"
    return f'<figure><img src="{src}" alt="{e(a.title)}">{cap}</figure>'


def _plain(a: site.Article, base: str) -> bytes:
    lab, paras = LABELS[a.lang], paragraphs(a)
    imgs = [_figure(a, k, p) for k, p in enumerate(a.image_paths())]
    text = [f"<p>{e(p)}</p>" for p in paras]
    if len(imgs) > 1:
        text.insert(1, imgs.pop())
    if a.source_line:
        text.append(f"<p>Источник: {e(a.source or '')}</p>")
    text.append("<p></p>")
    tags = f"<footer><p>{lab['tags']}: {tag_links(a)}</p></footer>" if a.tags else ""
    body = (f"{chrome_header()}\n<main>\n<article>\n<header>\n<h1>{e(a.title)}</h1>\n"
            f"{_plain_facts(a)}\n</header>\n{''.join(imgs)}\n" + "\n".join(text)
            + f"\n{tags}\n</article>\n<aside>\n<h2>{lab['related']}</h2>\n"
            f"{link_list(related(a))}\n</aside>\n</main>\n{chrome_footer()}")
    return page(a.lang, f"{a.title} — Центр информации", body)


def article(a: site.Article, base: str) -> Response:
    from tests.thirtyfourthsite import editor

    render = {"plain": _plain, "aria": editor.aria, "styled": editor.styled}[a.cms]
    return 200, HTML, render(a, base)


def _item(a: site.Article) -> str:
    d = a.day
    shown = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}"
    return (f'<article>\n<h2><a href="{a.path}">{e(a.title)}</a></h2>\n'
            f'<p><time datetime="{d.isoformat()}">{shown}</time></p>\n</article>')


def listing(n: int, base: str) -> Response:
    """A classless listing page; its pager links page 1 as ``?page=1`` too."""
    items = "\n".join(_item(a) for a in site.page_items(n))
    pager = " ".join(str(k) if k == n else f'<a href="/novosti?page={k}">{k}</a>'
                     for k in range(1, site.page_count() + 1))
    if n < site.page_count():
        pager += f' <a href="/novosti?page={n + 1}" rel="next">Дальше →</a>'
    body = (f"{chrome_header()}\n<main>\n<h1>Новости</h1>\n{items}\n"
            f'<nav aria-label="Страницы">{pager}</nav>\n</main>\n{chrome_footer()}')
    return 200, HTML, page("ru", f"Новости — страница {n}", body)


def topic(path: str, base: str) -> Response:
    """``/tag/<word>`` and ``/rubric/<word>``: the articles carrying it, no pager."""
    kind, _, word = path.strip("/").partition("/")
    arts = [a for a in site.build()
            if (word in {site.slug(t) for t in a.tags} if kind == "tag"
                else a.category is not None and site.slug(a.category) == word)]
    if not arts:
        return 404, HTML, not_found()
    body = (f"{chrome_header()}\n<main>\n<h1>{e(word)}</h1>\n"
            + "\n".join(_item(a) for a in arts) + f"\n</main>\n{chrome_footer()}")
    return 200, HTML, page("ru", word, body)


def not_found() -> bytes:
    return page("ru", "Страница не найдена", f"{chrome_header()}\n<main>\n<h1>Страница не "
                "найдена</h1>\n<p>Такой страницы нет. <a href=\"/novosti\">Все новости</a></p>\n"
                f"</main>\n{chrome_footer()}")
