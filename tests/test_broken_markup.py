"""Article pages whose markup a browser (and lxml) has to repair, and pages whose text is short.

Four shapes lost the text or took the wrong block: a stray ``</div>`` that closes the text's
container after its lead (the other paragraphs then follow the container as its siblings), a
``<p>`` of two ``<br>``-separated paragraphs taken for a whole text of ``<br>`` lines, an old
page's ``<font>`` wrapping its ``<P>``s, and a site's blurb for search engines read as the text.
"""

from __future__ import annotations

from kznews import article_from_html

URL = "https://ic24.kz/news/v-shymkente-otkryli-shkolu-u47311"
TITLE = "В Шымкенте открыли новую школу на 1200 мест"
PARAS = [
    "В Шымкенте в микрорайоне Нурсат открыли новую школу на 1200 учеников, сообщает "
    "пресс-служба акимата.",
    "Здание построено за полтора года по национальному проекту «Комфортная школа».",
    "В школе оборудованы 60 кабинетов, два спортивных зала, бассейн и столовая.",
    "Занятия в новой школе начнутся с первого сентября.",
]
BLURB = ("Центр информации — главные новости Шымкента, Алматы, Астаны и всех регионов "
         "Казахстана: политика, экономика, общество, спорт, культура и происшествия. Читайте "
         "свежие новости на русском, казахском и английском языках каждый день.")
RELATED = ('<div class="more-stories"><h3>Ещё новости</h3><ul>'
           '<li><a href="/news/v-almaty-otkryli-park-u47001">В Алматы открыли парк</a>'
           '<li><a href="/news/v-astane-poshel-sneg-u47002">В Астане пошёл снег</a></ul></div>')


def page(body: str, after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>{TITLE}</title></head><body>
<div class="page"><div class="story"><h1>{TITLE}</h1>
<div class="meta">14 мая 2022, 10:15</div>
{body}
</div></div>{after}</body></html>"""


def test_paragraphs_after_a_container_a_stray_close_cut_are_text() -> None:
    lead = f'<div class="intro"><p>{PARAS[0]}</p></div></div>'  # closes .article-text
    rest = f"<p>{PARAS[1]}</p>\n<figure><img src='/i/school.jpg'></figure>\n<div>{PARAS[2]}" \
           f"\n<p>{PARAS[3]}</p></div>"
    body = f'<div class="article-text">{lead}\n{rest}\n{RELATED}'
    record = article_from_html(page(body), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)
    assert record["extraction"]["body"] == "css:.article-text"


def test_a_full_container_keeps_the_blocks_after_it_out() -> None:
    body = ('<div class="article-text">' + "".join(f"<p>{p}</p>" for p in PARAS) +
            "</div><p>Мнение редакции может не совпадать с мнением читателей сайта.</p>")
    record = article_from_html(page(body), URL)
    assert record is not None and record["body"] == "\n\n".join(PARAS)


def test_a_paragraph_split_by_br_is_not_the_whole_text() -> None:
    blocks = [f"<p>{p}</p>" for p in PARAS[:2]] + [f"<p>{PARAS[2]}<br>\n<br>{PARAS[3]}</p>"]
    body = '<div class="story-body">' + "\n".join(blocks) + "</div>"
    record = article_from_html(page(body, RELATED), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)


def test_paragraphs_in_an_old_pages_font_are_its_text() -> None:
    old = "\n".join(f"<P>{p}" for p in PARAS[1:])
    body = f"""<TABLE><TR><TD class=main><FONT face=Verdana size=2>
<P>{PARAS[0]}
{old}
</FONT><TD class=side><P>{BLURB}</TABLE>"""
    record = article_from_html(page(body), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)


def test_a_blurb_for_search_engines_is_no_text() -> None:
    short = PARAS[:2]
    body = "<table><tr><td>" + "".join(f"<p>{p}</p>" for p in short) + "</td></tr></table>"
    after = f'<div class="seo_block"><h2>Новости Казахстана</h2><p>{BLURB}</p></div>'
    record = article_from_html(page(body, after), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(short)
