"""A builder's text cut into content blocks (Squarespace 7.1: ``sqs-block html-block``s in one
column) with other blocks between them (kznews.sites.centerinform.scan, .blocks, .dense): a
summary block of other posts under "Читайте также" between two text blocks is passed over
and the text goes on in the next text block; a quote block among the text blocks is a
paragraph of the text. Before, the summary block ended the text and the quote block was
lost when no dateline opened the text; a pull quote repeating a sentence with the full stop
inside its marks (``“… дорожки.”``) was taken for text (kznews.extract.tail). The guards: a
summary block after the last text block still ends it, and a pull quote repeating a sentence
without its full stop stays out."""

from __future__ import annotations

from kznews import article_from_html

URL = "http://h/news/v-almaty-otkryli-park-u50001"
HEAD = "В Алматы открыли новый парк"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
P4 = "Жители района давно ждали решения этого вопроса, отмечают в акимате."
QUOTE = "Мы хотим, чтобы в каждом районе был свой большой парк."
DATELINE = "Алматы. 20 апреля. Центр информации - "
LD = ('<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article",'
      f'"headline":"{HEAD}","datePublished":"2023-04-20T10:30:00+0600"}}</script>')


def _text(paras: list[str]) -> str:
    inner = "".join(f'<p class="" style="white-space:pre-wrap;">{q}</p>' for q in paras)
    return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2">'
            f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div>'
            f"</div>")


def _summary() -> str:
    items = "".join(
        f'<div class="summary-item"><div class="summary-content"><div class="summary-metadata">'
        f'<time class="summary-metadata-item--date">Apr {d}, 2023</time></div>'
        f'<div class="summary-title"><a href="/news/story-{d}-u4900{d}" '
        f'class="summary-title-link">Другая новость номер {d}</a></div>'
        f'<div class="summary-excerpt"><p>Короткий анонс другой новости номер {d}.</p></div>'
        f"</div></div>" for d in (1, 2, 3))
    return (f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55">'
            f'<div class="sqs-block-content"><div class="summary-block-header">'
            f'<h3 class="summary-heading"><span>Читайте также</span></h3></div>'
            f'<div class="summary-item-list">{items}</div></div></div>')


def _quote(text: str) -> str:
    return (f'<div class="sqs-block quote-block sqs-block-quote" data-block-type="31">'
            f'<div class="sqs-block-content"><figure class="block-animation-none"><blockquote '
            f'data-animation-role="quote"><span>“</span>{text}<span>”</span></blockquote>'
            f'<figcaption class="source"></figcaption></figure></div></div>')


def _page(blocks: str) -> str:
    return (f'<html lang="en-US"><head><title>{HEAD}</title>{LD}</head><body><main>'
            f'<article class="entry"><h1 class="entry-title">{HEAD}</h1>'
            f'<div class="blog-item-content e-content"><div class="sqs-layout"><div class="row">'
            f'<div class="col sqs-col-12 span-12">{blocks}</div></div></div></div></article>'
            f"</main></body></html>")


def _body(html: str) -> str:
    rec = article_from_html(html, URL)
    assert rec is not None
    return str(rec["body"])


def test_summary_block_between_two_text_blocks_is_passed_over() -> None:
    html = _page(_text([DATELINE + P1, P2]) + _summary() + _text([P3, P4]))
    assert _body(html) == "\n\n".join([P1, P2, P3, P4])


def test_summary_block_after_the_last_text_block_ends_the_text() -> None:
    html = _page(_text([DATELINE + P1, P2]) + _text([P3, P4]) + _summary())
    assert _body(html) == "\n\n".join([P1, P2, P3, P4])


def test_quote_block_among_the_text_blocks_is_text() -> None:
    html = _page(_text([P1, P2, P3]) + _quote(QUOTE))
    assert _body(html) == "\n\n".join([P1, P2, P3, f"“{QUOTE}”"])


def test_quote_block_repeating_a_sentence_is_a_pull_quote() -> None:
    html = _page(_text([P1, P2]) + _quote(P2.rstrip(".")) + _text([P3, P4]))
    assert _body(html) == "\n\n".join([P1, P2, P3, P4])


def test_pull_quote_with_its_full_stop_inside_the_marks() -> None:
    html = _page(_text([P1, P2]) + _quote(P2) + _text([P3, P4]))
    assert _body(html) == "\n\n".join([P1, P2, P3, P4])
