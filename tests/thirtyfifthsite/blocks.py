"""What the thirty-fifth copy's templates share: the text of each block and the ways of writing
it (plain, named entities, numeric entities), the decoy draft, the sidebar, the listing.

The text is the same in every template; only how it is written differs, so the page of every
article carries the truth whatever template serves it.
"""

from __future__ import annotations

import base64
import html
import random
from functools import cache

from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, ru_slug
from tests.thirtyfifthsite.site import Article, build, page_count, page_items

RATES = " ".join(f"• {c}/KZT <B>0.0</B>" for c in ("USD", "EUR", "RUB", "CNY"))
VIEWS = {"ru": "Просмотров", "en": "Views", "kk": "Қаралды"}
TAGS = {"ru": "Теги", "en": "Tags", "kk": "Тегтер"}
LATEST = {"ru": "Последние новости", "en": "Latest news", "kk": "Соңғы жаңалықтар"}
DRAFT = {"ru": "Черновик: текст новости будет дополнен редакцией.",
         "en": "Draft: the story will be completed by the editors.",
         "kk": "Жоба: жаңалық мәтінін редакция толықтырады."}
DECOY_SOURCE = "Архив редакции"
# HTML5-only named references (libxml2's HTML4 table lacks them; browsers decode them)
HTML5_ONLY = {",": "&comma;", "о": "&ocy;", "(": "&lpar;"}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def named(text: str, html5: bool = False) -> str:
    """Text with its typographic characters as named references (&laquo; &nbsp;&mdash; …);
    ``html5``: the first comma / Cyrillic o / bracket as HTML5-only references too."""
    out = esc(text)
    if html5:
        for char, ref in HTML5_ONLY.items():
            out = out.replace(char, ref, 1)
    for char, ref in (("«", "&laquo;"), ("»", "&raquo;"), ("\u00a0", "&nbsp;"),
                      ("–", "&ndash;"), ("’", "&rsquo;"), ("№", "&#8470;")):
        out = out.replace(char, ref)
    return out.replace(" — ", "&nbsp;&mdash; ").replace("—", "&mdash;")


def numeric(text: str) -> str:
    """Every letter as a numeric reference: Cyrillic in decimal, Latin in hex (``&#x41;``)."""
    out = []
    for char in text:
        if char.isascii() and char.isalpha():
            out.append(f"&#x{ord(char):X};")
        elif not char.isascii():
            out.append(f"&#{ord(char)};")
        else:
            out.append(esc(char))
    return "".join(out)


def date_text(art: Article) -> str:
    """'20 Апреля 2023, 11:20' / '2 August 2021, 09:05' / '3 сәуір 2024' as the page prints it."""
    d, m = art.day, art.day.month - 1
    month = {"ru": RU_MONTHS[m].capitalize(), "en": EN_MONTHS[m], "kk": KK_MONTHS[m]}[art.lang]
    return f"{d.day} {month} {d.year}" + (f", {art.clock:%H:%M}" if art.clock else "")


def paragraphs(art: Article) -> list[str]:
    """The text as the page shows it: dateline run into the first paragraph, seed hazards kept."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    return [art.dateline() + raw[0], *raw[1:]]


def source_line(art: Article) -> str | None:
    return f"Источник: {art.source}" if art.source and art.source_line else None


def other(art: Article, step: int = 1) -> Article:
    """Another article of the copy (the next older one, wrapping round)."""
    arts = build()
    return arts[(arts.index(art) + step) % len(arts)]


def category_href(art: Article) -> str:
    return f"/category/{ru_slug(art.category or '') or 'news'}"


def tag_href(tag: str) -> str:
    return f"/tag/{ru_slug(tag) or 'x'}"


def draft(art: Article) -> str:
    """An older draft of the story, kept by the CMS in a comment: a title, text and source
    nobody sees."""
    return (f"<h1>{esc(art.title)} (черновик)</h1><p class=date>01 Января 2019</p>"
            f"<p>{esc(DRAFT[art.lang])}</p><p>Источник: {DECOY_SOURCE}</p>")


def latest(art: Article, relative: bool = False, item: str = "<LI>{}") -> str:
    """Six newest other headlines with their language badges (cut like the outlet's block);
    ``relative``: links relative to the page's ``<base href>``."""
    rows = []
    for a in [x for x in build() if x is not art][:6]:
        title = a.title[:48] + ("…" if len(a.title) > 48 else "")
        href = a.path.lstrip("/") if relative else a.path
        rows.append(item.format(f'<SPAN CLASS=lang>{a.lang}</SPAN> <A HREF="{href}">'
                                f"{esc(title)}</A>"))
    return "".join(rows)


@cache
def blob(size: int = 96_000) -> str:
    """A base64 run for a very long line (an inlined sprite or spacer)."""
    return base64.b64encode(random.Random(size).randbytes(size * 3 // 4)).decode()


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    """One listing page: ``.news_text`` items (link + date) in minified upper-case markup."""
    items = "".join(
        f'<DIV CLASS=news_text><A href="{a.path}">{esc(a.title)}</A><P>'
        f"{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}</DIV>"
        for a in page_items(n))
    href = lambda k: "/novosti" if k == 1 else f"/novosti?page={k}"  # noqa: E731
    pages = " ".join(f"<B>{k}</B>" if k == n else f'<A href="{href(k)}">{k}</A>'
                     for k in range(1, page_count() + 1))
    nxt = f' <A REL=next href="{href(n + 1)}">Далее &raquo;</A>' if n < page_count() else ""
    page = (f"<!DOCTYPE html><HTML LANG=ru><HEAD><META CHARSET=utf-8><TITLE>Новости &mdash; "
            f"Центр информации</TITLE></HEAD><BODY><DIV CLASS=rates>{RATES}</DIV><H1>Новости</H1>"
            f"<DIV CLASS=news_list>{items}</DIV><DIV CLASS=pager>{pages}{nxt}</DIV></BODY>"
            "</HTML>")
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()


def not_found() -> bytes:
    return ("<!DOCTYPE html><HTML><HEAD><TITLE>404</TITLE></HEAD><BODY><H1>Страница не найдена"
            "</H1></BODY></HTML>").encode()
