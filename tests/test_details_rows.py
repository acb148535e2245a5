"""The headline next to a site-name heading, a labelled details row anywhere on the page,
a primary tag above the headline, reading times and time zones next to the date: the rules
behind the eighth copy's titles, rubrics, tags, views and times, each on a small page."""

from __future__ import annotations

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/v-almaty-otkryli-park-u50001"
H = "В Алматы открыли новый парк"
P1 = "Алматы. 20 апреля. Центр информации - В Алматы открыли новый парк площадью 12 гектаров."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
BODY = f"{P1.split(' - ', 1)[1]}\n\n{P2}\n\n{P3}"
TEXT = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL, today="2024-06-01")
    assert rec is not None
    return rec


def _page(top: str, middle: str, bottom: str = "", title: str = H) -> str:
    return (f"<html><head><title>{title}</title></head><body>{top}<div class=\"main\">"
            f"{middle}<div class=\"story\">{TEXT}</div>{bottom}</div>"
            '<div class="sidebar"><div class="blocktitle">Архив</div></div></body></html>')


# --------------------------------------------------------------------------- the headline

def test_a_heading_holding_the_site_name_is_not_the_headline() -> None:
    mastheads = ('<div id="top"><h1>Ақпарат орталығы</h1></div>',
                 '<div class="site-branding"><h1><a href="/">Новости региона</a></h1></div>',
                 '<h1><a class="navbar-brand" href="/">IC24</a></h1>')
    for masthead in mastheads:
        for heading, rule in ((f'<div class="material-title">{H}</div>', "css:.material-title"),
                              (f'<span class="entry-heading">{H}</span>', "css:.entry-heading"),
                              (f"<h2>{H}</h2>", "text:h2-before-dateline")):
            rec = _record(_page(masthead, heading, title="Новости"))
            assert rec["title"] == H, (masthead, heading)
            assert rec["extraction"]["title"] == rule  # type: ignore[index]
        # no headline element at all: the <title> without the site's name
        rec = _record(_page(masthead, "", title=f"{H} | Центр информации"))
        assert rec["title"] == H and rec["extraction"]["title"] == "text:title-tag"  # type: ignore[index]


def test_a_block_title_is_not_the_headline() -> None:
    page = _page('<h1 class="logo">Центр информации</h1>',
                 '<div class="related_title">Похожие материалы о городе</div>',
                 title=f"{H} - Центр информации")
    assert _record(page)["title"] == H
