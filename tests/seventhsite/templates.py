"""What the seventh copy's three templates share: labels, date texts, the text's blocks, the
Drupal-views listing (``/novosti?page=N`` from 0), taxonomy term pages and the 404 page.

The article templates themselves are in ``drupal.py`` (Drupal 7 / 8 with RDFa), ``micro.py``
(schema.org microdata, nothing else) and ``table.py`` (a 2000s table layout).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, time, timedelta
from html import escape

from tests.copykit import routes
from tests.copykit.catalogue import ALMATY, CopyArticle, Response
from tests.copykit.text import EN_MONTHS, day_words
from tests.seventhsite import site

LABELS = {
    "ru": {"tags": "Теги", "rubric": "Рубрика", "photo": "Фото", "read": "Читайте также:",
           "share": "Поделиться:", "comments": "Комментарии", "latest": "Последние новости",
           "views": "Просмотров", "words": "Ключевые слова", "home": "Главная",
           "news": "Новости", "caption": "Участники мероприятия"},
    "en": {"tags": "Tags", "rubric": "Category", "photo": "Photo", "read": "Read also:",
           "share": "Share:", "comments": "Comments", "latest": "Latest news",
           "views": "Views", "words": "Keywords", "home": "Home", "news": "News",
           "caption": "Participants of the event"},
    "kk": {"tags": "Тегтер", "rubric": "Айдар", "photo": "Фото", "read": "Сондай-ақ оқыңыз:",
           "share": "Бөлісу:", "comments": "Пікірлер", "latest": "Соңғы жаңалықтар",
           "views": "Қаралды", "words": "Кілт сөздер", "home": "Басты бет",
           "news": "Жаңалықтар", "caption": "Іс-шара қатысушылары"},
}
COMMENTS = {"ru": ["Хорошая новость!", "А когда закончат работы? Обещали ещё в 2019 году."],
            "en": ["Great news!", "When will the work be finished?"],
            "kk": ["Жақсы жаңалық!", "Жұмыс қашан аяқталады?"]}
CURRENCY = ("<ul class=\"currency\"><li>USD/KZT <span>0.0</span></li><li>EUR/KZT <span>0.0"
            "</span></li><li>RUB/KZT <span>0.0</span></li><li>CNY/KZT <span>0.0</span></li></ul>")
SHARE_SITES = (("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
               ("ВКонтакте", "https://vk.com/share.php?url="),
               ("Telegram", "https://t.me/share/url?url="))


def e(text: str) -> str:
    return escape(text, quote=True)


def long_date(a: site.Article) -> str:
    """'16 апреля 2021, 15:40' / 'April 16, 2021 at 15:40' / '2021 жылғы 16 сәуір, 15:40'."""
    clock = f"{a.clock:%H:%M}" if a.clock else ""
    if a.lang == "en":
        return day_words(a.lang, a.day) + (f" at {clock}" if clock else "")
    return day_words(a.lang, a.day) + (f", {clock}" if clock else "")


def short_date(a: site.Article) -> str:
    """'16.04.2021 15:40' (Russian/Kazakh) or '16 Apr 2021' (English, day only)."""
    if a.lang == "en":
        text = f"{a.day.day} {EN_MONTHS[a.day.month - 1][:3]} {a.day.year}"
    else:
        text = f"{a.day:%d.%m.%Y}"
    return text + (f" {a.clock:%H:%M}" if a.clock else "")


def iso(moment: datetime) -> str:
    return moment.isoformat()


def comment_moments(a: site.Article) -> Iterator[datetime]:
    """The comments' moments: the days after the article."""
    for k in range(a.comments):
        yield datetime.combine(a.day + timedelta(days=k + 1), time(9, 12 + k), ALMATY)


def comment_texts(a: site.Article) -> list[str]:
    return COMMENTS[a.lang][: a.comments]


def read_also_target(a: site.Article) -> site.Article:
    """An older article (else the newest one) for the "read also" line."""
    arts = site.build()
    older = [b for b in arts if b.num < a.num and b.lang == a.lang]
    return older[0] if older else next(b for b in arts if b.num != a.num)


def caption(a: site.Article) -> str:
    """The figure's caption; it carries the credit when the figure holds the only photo."""
    text = LABELS[a.lang]["caption"]
    if a.photo_credit and a.images == 1:
        text += f". {LABELS[a.lang]['photo']}: {a.photo_credit}"
    return text


def credit_under_lead(a: site.Article) -> bool:
    """Whether the credit line goes under the lead photo (else in the figure's caption)."""
    return bool(a.photo_credit) and not (a.figure and a.images == 1)


def lead_images(a: site.Article) -> list[str]:
    paths = a.image_paths()
    return paths[:-1] if a.figure else paths


def blocks(a: site.Article) -> Iterator[tuple[str, str]]:
    """The text in page order as (kind, text): p, h, quote, figure, read, share.

    The dateline goes in front of the first paragraph; the figure follows the first
    paragraph, the "read also" line the second to last one."""
    shown = a.raw_paragraphs or a.paragraphs
    read_at = max([k for k in range(len(shown) - 1) if k != a.heading_at], default=0)
    for k, para in enumerate(shown):
        if k == a.heading_at:
            yield "h", para
        else:
            text = a.dateline() + para if k == 0 else para
            yield ("quote" if k == a.quote_at else "p"), text
        if k == 0 and a.figure:
            yield "figure", a.image_paths()[-1]
        if a.read_also and k == read_at:
            yield "read", ""
    if a.share:
        yield "share", ""


Markup = dict[str, Callable[[str], str]]


def body(a: site.Article, markup: Markup) -> list[str]:
    """The text's blocks, each in a template's own markup for its kind (``blocks``)."""
    return [markup[kind](text) for kind, text in blocks(a)]


def share_links(a: site.Article, base: str, sep: str = " ") -> str:
    url = e(base + a.path)
    return sep.join(f'<a href="{href}{url}" rel="nofollow">{name}</a>'
                    for name, href in SHARE_SITES)


def term_link(name: str, extra: str = "") -> str:
    return f'<a href="/taxonomy/term/{site.terms()[name]}"{extra}>{e(name)}</a>'


def _rows(items: Sequence[CopyArticle]) -> str:
    return "\n".join(
        f'<div class="views-row views-row-{k + 1} views-row-{"odd" if k % 2 == 0 else "even"}">'
        f'<div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{a.path}">{e(a.title)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">'
        f'{a.day:%d.%m.%Y}</span></div></div>' for k, a in enumerate(items))


def _pager(page: int) -> str:
    last = site.page_count() - 1

    def href(n: int) -> str:
        return "/novosti" if n == 0 else f"/novosti?page={n}"

    items = []
    if page > 0:
        items += [f'<li class="pager-first first"><a href="{href(0)}">« первая</a></li>',
                  f'<li class="pager-previous"><a href="{href(page - 1)}">‹ предыдущая</a></li>']
    for n in range(max(0, page - 2), min(last, page + 2) + 1):
        items.append(f'<li class="pager-current">{n + 1}</li>' if n == page else
                     f'<li class="pager-item"><a title="На страницу номер {n + 1}" '
                     f'href="{href(n)}">{n + 1}</a></li>')
    if page < last:
        items += [f'<li class="pager-next"><a href="{href(page + 1)}">следующая ›</a></li>',
                  f'<li class="pager-last last"><a href="{href(last)}">последняя »</a></li>']
    return ('<h2 class="element-invisible">Страницы</h2><div class="item-list">'
            f'<ul class="pager">{"".join(items)}</ul></div>')


def _page(title: str, inner: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="ru" dir="ltr"><head><meta charset="utf-8" />'
            f"<title>{e(title)} | Центр информации</title></head>\n"
            f'<body class="html not-front page-novosti"><div id="page">{CURRENCY}'
            f'<h1 class="title" id="page-title">{e(title)}</h1>\n{inner}\n</div></body></html>'
            ).encode()


def listing(page: int, base: str) -> Response:
    """A Drupal view: ten rows, a pager; past the end an empty view."""
    items = site.page_items(page + 1)
    inner = (f'<div class="view view-novosti view-id-novosti"><div class="view-content">'
             f"{_rows(items)}</div>{_pager(page)}</div>" if items else
             '<div class="view view-novosti"><div class="view-empty">Материалов нет.</div></div>')
    return 200, {"Content-Type": "text/html; charset=utf-8"}, _page("Новости", inner)


def term_page(term: str, base: str) -> Response:
    """The articles filed under one rubric or tag (one page, newest first)."""
    names = {str(v): k for k, v in site.terms().items()}
    if term not in names:
        return routes.not_found(not_found())
    name = names[term]
    items = [a for a in site.build() if a.category == name or name in a.tags]
    inner = f'<div class="view view-taxonomy-term"><div class="view-content">{_rows(items)}</div>'
    return 200, {"Content-Type": "text/html; charset=utf-8"}, _page(name, inner + "</div>")


def not_found() -> bytes:
    return _page("Страница не найдена",
                 "<p>Запрашиваемая страница не найдена.</p>").replace(b"page-novosti", b"page-404")


def article(a: CopyArticle, base: str) -> Response:
    from tests.seventhsite import drupal, micro, table

    assert isinstance(a, site.Article)
    render = {"drupal": drupal.render, "micro": micro.render, "table": table.render}[a.cms]
    return render(a, base)
