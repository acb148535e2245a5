"""The seventeenth copy's markup: an ASP.NET MVC (Razor) news view and a Bootstrap card theme,
a numbered listing (``/novosti?page=N``) and the bytes each page goes out as.

Razor: ``div.news-view`` with ``h1.news-view__title``, a ``span.news-view__date`` showing
``16.04.2021 15:40:00`` whose ``data-date`` holds the ISO moment (UTC on some pages), a view count
and rubric link in the meta row, a figure with ``figcaption`` credit, ``div.news-view__body`` and
a tag row; image paths relative to the page (``../../Content/…``). Bootstrap: the site name in the
navbar's ``h1``, the headline an ``h2.card-title``, ``small.text-muted`` with a written-out date
(12-hour clock on English pages, ``2021 жылғы 16 сәуір`` on Kazakh ones), ``p.card-text`` paragraphs
and badge tags in the card footer.
"""

from __future__ import annotations

import gzip
import html
from datetime import UTC

from tests.copykit.catalogue import Response
from tests.copykit.text import day_words
from tests.seventeenthsite.site import AGENCY, Article, build, page_count, page_items

LABELS = {
    "ru": {"views": "Просмотров", "tags": "Теги", "photo": "Фото", "source": "Источник",
           "home": "Главная", "news": "Новости", "latest": "Последние новости"},
    "en": {"views": "Views", "tags": "Tags", "photo": "Фото", "source": "Источник",
           "home": "Home", "news": "News", "latest": "Latest news"},
    "kk": {"views": "Қаралды", "tags": "Тегтер", "photo": "Сурет", "source": "Дереккөз",
           "home": "Басты бет", "news": "Жаңалықтар", "latest": "Соңғы жаңалықтар"},
}
CURRENCY = ('<div class="rates">• USD/KZT <span data-rate="usd">0.0</span> • EUR/KZT 0.0 '
            "• RUB/KZT 0.0 • CNY/KZT 0.0</div>")
_e = html.escape


def _paragraphs(a: Article) -> list[str]:
    raw = list(a.raw_paragraphs or a.paragraphs)
    raw[0] = a.dateline() + raw[0]
    if a.source_line:
        raw.append(f"{LABELS[a.lang]['source']}: {a.source}")
    return raw


def _latest(a: Article) -> str:
    others = [o for o in build() if o.num != a.num][:5]
    items = "".join(f'<li><span class="lang">{o.lang}</span> <a href="{_e(o.listed)}">'
                    f"{_e(o.title[:40])}…</a></li>" for o in others)
    return f'<aside class="latest"><h4>{LABELS[a.lang]["latest"]}</h4><ul>{items}</ul></aside>'


def _head(a: Article, meta: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{a.lang}"><head>{meta}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
            f"<title>{_e(a.title)} - {AGENCY[a.lang]}</title>"
            f'<link rel="canonical" href="https://ic24.kz/news/{a.slug}-{a.id}" />'
            f'<link href="/Content/site.css?v=4.2.1" rel="stylesheet"/></head>')


def _razor_date(a: Article, i: int) -> str:
    stamp = a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if i % 2 else \
        a.local.isoformat()
    return (f'<span class="news-view__date" data-date="{stamp}">'
            f"{a.local:%d.%m.%Y %H:%M:%S}</span>")


def razor(a: Article, meta: str) -> str:
    words = LABELS[a.lang]
    views = (f'<span class="news-view__views" title="{words["views"]}">'
             f'<i class="fa fa-eye"></i> {words["views"]}: {a.views}</span>'
             if a.views is not None else "")
    rubric = (f'<a class="news-view__rubric" href="/Rubric/Index/{len(a.category)}">'
              f"{_e(a.category)}</a>" if a.category else "")
    figure = "".join(f'<figure class="news-view__photo"><img src="../..{p}" alt="" />'
                     + (f"<figcaption>{words['photo']}: {_e(a.photo_credit)}</figcaption>"
                        if a.photo_credit and k == 0 else "") + "</figure>"
                     for k, p in enumerate(a.image_paths()))
    body = "".join(f"<p>{_e(p)}</p>\r\n" for p in _paragraphs(a))
    tags = (f'<div class="news-view__tags">{words["tags"]}: '
            + " ".join(f'<a href="/Tag/Index?name={_e(t)}">{_e(t)}</a>' for t in a.tags)
            + "</div>" if a.tags else "")
    return (_head(a, meta) + "<body><header class=\"navbar\"><a class=\"navbar-brand\" "
            f'href="/">{AGENCY[a.lang]}</a></header>{CURRENCY}'
            '<div class="container body-content">'
            '<input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq1x" />'
            f'<div class="news-view" data-id="{a.num}">'
            f'<h1 class="news-view__title">{_e(a.title)}</h1>'
            f'<div class="news-view__meta">{_razor_date(a, a.num)} {views} {rubric}</div>'
            f'{figure}<div class="news-view__body">\r\n{body}</div>{tags}</div>'
            f"{_latest(a)}</div><footer><p>&copy; 2026 - {AGENCY[a.lang]}</p></footer>"
            '<script src="/bundles/jquery?v=Fq2x"></script></body></html>')


def _written_date(a: Article) -> str:
    text = day_words(a.lang, a.day)
    if a.lang == "en":
        return text + (f" {a.local:%I:%M %p}".replace(" 0", " ") if a.clock else "")
    return text + (f", {a.clock:%H:%M}" if a.clock else "")


def bootstrap(a: Article, meta: str) -> str:
    words = LABELS[a.lang]
    views = (f' · <i class="bi bi-eye"></i> {a.views}' if a.views is not None else "")
    rubric = (f'<span class="badge bg-secondary">{_e(a.category)}</span>' if a.category else "")
    images = "".join(f'<img class="card-img-top" src="{p}" alt="{_e(a.title)}">'
                     for p in a.image_paths())
    credit = (f'<p class="card-text"><small class="text-muted">{words["photo"]}:'
              f"{_e(a.photo_credit)}</small></p>" if a.photo_credit else "")
    body = "".join(f'<p class="card-text">{_e(p)}</p>' for p in _paragraphs(a))
    tags = "".join(f'<a class="badge rounded-pill bg-light text-dark" href="/tag/{_e(t)}">'
                   f"{_e(t)}</a> " for t in a.tags)
    return (_head(a, meta) + '<body><nav class="navbar navbar-expand-lg navbar-dark bg-dark">'
            f'<div class="container"><h1 class="navbar-brand h4">{AGENCY[a.lang]}</h1></div></nav>'
            f'{CURRENCY}<div class="container"><div class="row"><div class="col-lg-8">'
            f'<div class="card mb-4">{images}<div class="card-body">{credit}'
            f'<h2 class="card-title">{_e(a.title)}</h2>'
            f'<p><small class="text-muted">{_written_date(a)}{views}</small> {rubric}</p>'
            f'{body}</div><div class="card-footer">{tags}</div></div></div>'
            f'<div class="col-lg-4">{_latest(a)}</div></div></div>'
            '<script src="/js/bootstrap.bundle.min.js"></script></body></html>')


def encode(a: Article, render: str) -> Response:
    """The page as bytes, its charset declared the way this article's server does it."""
    meta = {"meta": '<meta charset="utf-8" />',
            "liar": '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
            }.get(a.charset, "")
    page = razor(a, meta) if render == "razor" else bootstrap(a, meta)
    label = {"header": "; charset=utf-8", "liar": "; charset=utf-8",
             "cp1251": "; charset=windows-1251"}.get(a.charset, "")
    body = page.encode("cp1251") if a.charset == "cp1251" else page.encode("utf-8")
    if a.charset == "bom":
        body = b"\xef\xbb\xbf" + body
    headers = {"Content-Type": "text/html" + label, "X-AspNetMvc-Version": "5.2",
               "Cache-Control": "private"}
    return _packed(headers, body, a.gzip, a.chunked)


def _packed(headers: dict[str, str], body: bytes, zipped: bool, chunked: bool) -> Response:
    if zipped:
        body = gzip.compress(body, mtime=0)
        headers = {**headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
    if chunked:
        headers = {**headers, "X-Copy-Chunked": "1"}  # the copy's server sends it in chunks
    return 200, headers, body


def article(a: Article, base: str) -> Response:
    return encode(a, a.cms)


def listing(page: int, base: str) -> Response:
    items = "".join(
        f'<div class="news-list__item"><a class="news-list__link" href="{_e(a.listed)}">'
        f'{_e(a.title)}</a><span class="news-list__date" data-date="{a.local.isoformat()}">'
        f"{a.day:%d.%m.%Y}</span></div>" for a in page_items(page))
    if page == 1:  # a deleted article the listing still shows
        items += ('<div class="news-list__item"><a class="news-list__link" '
                  'href="/news/Udalennaya-novost-o-remonte-dorog-u47301">Удалённая новость о '
                  'ремонте дорог</a><span class="news-list__date">03.11.2021</span></div>')
    pages = "".join(f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" '
                    f'href="{"/novosti" if n == 1 else f"?page={n}"}">{n}</a></li>'
                    for n in range(1, page_count() + 1))
    nxt = (f'<li class="page-item"><a class="page-link" rel="next" href="?page={page + 1}">'
           "Следующая &raquo;</a></li>" if page < page_count() else "")
    popular = "".join(f'<li><a href="{_e(a.listed)}{"&" if "?" in a.listed else "?"}'
                      f'utm_source=popular">{_e(a.title)}</a></li>'
                      for a in build()[-3:]) if page == 1 else ""
    doc = ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8" />'
           f"<title>Новости - {AGENCY['ru']}</title></head><body>{CURRENCY}"
           f'<div class="container"><h1>Новости</h1><div class="news-list">{items}</div>'
           f'<nav><ul class="pagination">{pages}{nxt}</ul></nav>'
           f'<aside class="popular"><h4>Популярное</h4><ul>{popular}</ul></aside></div>'
           "</body></html>")
    return _packed({"Content-Type": "text/html; charset=utf-8"}, doc.encode("utf-8"),
                   page == 1, page == 3)


def busy() -> bytes:
    return (b"<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>"
            b"<h2>Service Unavailable</h2><p>HTTP Error 503. The service is unavailable.</p>"
            b"</body></html>")


def not_found() -> Response:
    return 404, {"Content-Type": "text/html; charset=utf-8"}, (
        "<!DOCTYPE html><html lang=\"ru\"><head><title>Страница не найдена</title></head>"
        "<body><h1>404</h1><p>Запрашиваемая страница не найдена.</p>"
        '<p><a href="/novosti">Все новости</a></p></body></html>').encode()
