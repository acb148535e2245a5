"""Article pages without class or id hooks: a classless HTML5 ``<article>``, ARIA-only divs and a
visual editor's inline styles, their facts written in words (``Рубрика — X``)."""

from __future__ import annotations

from kznews import article_from_html

URL = "http://h/news/v-karagande-postroyat-most-u50011"
H = "В Караганде построят новый мост"
P1 = "В Караганде начнут строить новый мост через реку в будущем году."
P2 = "Проект обойдётся городскому бюджету почти в три миллиарда тенге."
P3 = "Жители правобережья давно просили власти о второй переправе."


def _page(content: str, lang: str = "ru") -> str:
    return (f'<html lang="{lang}"><head><title>{H}</title></head><body>'
            f"<main>{content}</main><footer><p>© Редакция</p></footer></body></html>")


def test_classless_article_text_follows_its_header_of_details() -> None:
    head = ("<header><h1>" + H + '</h1><p><small>Дата публикации <time datetime="2024-05-06T10:20">'
            '6 мая 2024, 10:20</time> • Раздел – <a href="/razdel/gorod">Город</a> • Просмотров: '
            "1 312</small></p></header>")
    body = "".join(f"<p>{q}</p>" for q in (P1, P2, P3))
    rec = article_from_html(_page(f"<article>{head}<figure><img src='/i/1.jpg'></figure>{body}"
                                  "</article>"), URL)
    assert rec is not None
    assert rec["body"] == "\n\n".join((P1, P2, P3))
    assert rec["views"] == 1312


def test_rubric_written_with_a_dash_is_the_rubric_and_no_text() -> None:
    text = "".join(f'<div style="font-size:17px">{q}</div>' for q in (P1, P2, P3))
    for dash in ("—", "–", "-"):
        page = _page(f'<div style="overflow:hidden"><span style="font-weight:bold">{H}</span>'
                     f'<div style="color:#999">6 мая 2024, 10:20</div>{text}'
                     f'<div style="font-size:12px">Раздел {dash} Город<br>Теги: мост, бюджет'
                     "</div></div>")
        rec = article_from_html(page, URL)
        assert rec is not None, dash
        assert rec["category"] == "Город", dash
        assert rec["body"] == "\n\n".join((P1, P2, P3)), dash
        assert rec["tags"] == ["мост", "бюджет"], dash


def test_definition_list_of_facts_is_no_text_and_dates_the_page() -> None:
    facts = ("<dl><dt>Дата публикации</dt><dd><time>6 мая 2024 года, 10:20</time></dd>"
             '<dt>Раздел</dt><dd><a href="/razdel/gorod">Город</a></dd>'
             "<dt>Просмотров</dt><dd>1 312</dd></dl>")
    body = "".join(f"<p>{q}</p>" for q in (P1, P2, P3))
    rec = article_from_html(_page(f"<article><h1>{H}</h1>{facts}{body}</article>"), URL)
    assert rec is not None
    assert rec["body"] == "\n\n".join((P1, P2, P3))
    assert rec["published_at"] == "2024-05-06T10:20:00+05:00"
    assert rec["category"] == "Город"


def test_aria_labelled_facts_over_the_text_are_no_text() -> None:
    text = "".join(f"<div>{q}</div>" for q in (P1, P2, P3))
    page = _page('<div role="article"><div role="heading" aria-level="1">' + H + "</div>"
                 "<div>Posted 6 May 2024 at 10:20</div>"
                 '<div aria-label="Category"><a href="/c/city">City</a></div>'
                 '<div aria-label="Hits"><span aria-hidden="true">★</span> 1,312</div>'
                 f"{text}</div>")
    rec = article_from_html(page, URL)
    assert rec is not None
    assert rec["body"] == "\n\n".join((P1, P2, P3))
    assert rec["published_at"] == "2024-05-06T10:20:00+05:00"
    assert (rec["category"], rec["views"]) == ("City", 1312)


def test_labelled_count_alone_over_the_text_is_no_text() -> None:
    text = "".join(f"<div>{q}</div>" for q in (P1, P2, P3))
    page = _page('<div role="article"><div role="heading" aria-level="1">' + H + "</div>"
                 "<div>Опубликовано 6 мая 2024 года</div><div>Просмотров: 1 312</div>"
                 f"{text}</div>")
    rec = article_from_html(page, URL)
    assert rec is not None
    assert rec["body"] == "\n\n".join((P1, P2, P3))
    assert rec["views"] == 1312
