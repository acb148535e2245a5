"""A card linking one other story inside the text (Ghost's ``kg-bookmark-card``, an embed
card of another CMS) interrupts the text, it does not end it; the related entry built from
the card is titled by the card's headline, not its headline, description and site name run
together."""

from __future__ import annotations

from kznews import article_from_html

URL = "https://h.kz/news/astanada-kysky-mausymga-dayyndyk-u40218"
H1 = "Астанада қысқы маусымға дайындық басталды"
P1 = "Астана. 20 қыркүйек. Астанада қысқы маусымға дайындық басталды, деп хабарлайды әкімдік."
P2 = "Қала көшелерін тазалауға үш жүзден астам арнайы техника жұмылдырылады."
P3 = "Жылу беру маусымы қазан айының ортасында басталады."
OTHER = "/news/v-kazakhstane-zapustili-novyy-tsifrovoy-servis-u57150"
OTHER_TITLE = "В Казахстане запустили новый цифровой сервис"
OTHER_LEAD = "Подробности можно узнать на официальном сайте ведомства и по телефону."

GHOST_CARD = (
    f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{OTHER}">'
    f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{OTHER_TITLE}</div>'
    f'<div class="kg-bookmark-description">{OTHER_LEAD}</div><div class="kg-bookmark-metadata">'
    '<img class="kg-bookmark-icon" src="/content/images/icon.png" alt="">'
    '<span class="kg-bookmark-author">Центр информации</span></div></div></a></figure>')
EMBED_CARD = (
    f'<div class="embed-card"><a href="{OTHER}"><div class="embed-card__title">{OTHER_TITLE}</div>'
    f'<div class="embed-card__lead">{OTHER_LEAD}</div>'
    '<span class="embed-site">ic24.kz</span></a></div>')
RELATED = (
    '<aside class="related"><h3>Похожие материалы</h3><ul>'
    '<li><a href="/news/almatyda-zhana-sayabak-ashyldy-u47335">Алматыда жаңа саябақ ашылды</a></li>'
    '<li><a href="/news/senate-passes-amnesty-law-u52627">Senate passes amnesty law</a></li>'
    '</ul></aside>')


def _page(content: str, after: str = "") -> str:
    return (f'<html lang="kk"><head><title>{H1}</title></head><body><main>'
            f'<article class="article post"><h1 class="article-title">{H1}</h1>'
            f'<section class="gh-content">{content}</section>'
            f'<div class="share-buttons"><a href="https://t.me/share">Telegram</a></div>'
            f'</article>{after}</main></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL, listing_date="2023-09-20", today="2023-10-01")
    assert rec is not None
    return rec


def _body(html: str) -> list[str]:
    return _record(html)["body"].split("\n\n")  # type: ignore[union-attr]


def test_a_bookmark_card_between_paragraphs_is_passed_over() -> None:
    html = _page(f"<p>{P1}</p><p>{P2}</p>{GHOST_CARD}<p>{P3}</p>")
    assert _body(html) == [P1.split(". ", 2)[2], P2, P3]


def test_an_embed_card_between_paragraphs_is_passed_over() -> None:
    html = _page(f"<p>{P1}</p><p>{P2}</p>{EMBED_CARD}<p>{P3}</p>", RELATED)
    assert _body(html)[1:] == [P2, P3]


def test_the_related_entry_of_a_card_is_titled_by_its_headline() -> None:
    for card in (GHOST_CARD, EMBED_CARD):
        rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>{card}<p>{P3}</p>"))
        entry = next(r for r in rec["related"] if r["id"] == "u57150")  # type: ignore[attr-defined]
        assert entry["title"] == OTHER_TITLE


def test_a_card_after_the_last_paragraph_ends_the_text() -> None:
    html = _page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{GHOST_CARD}", RELATED)
    assert _body(html)[1:] == [P2, P3]


def test_a_box_of_several_stories_between_paragraphs_still_ends_the_text() -> None:
    box = GHOST_CARD + GHOST_CARD.replace(OTHER, "/news/senate-passes-amnesty-law-u52627")
    html = _page(f"<p>{P1}</p><p>{P2}</p><div class='more'>{box}</div><p>{P3}</p>")
    assert _body(html)[1:] == [P2]


def test_a_plain_link_line_after_the_text_still_ends_it() -> None:
    html = _page(f'<p>{P1}</p><p>{P2}</p><p><a href="{OTHER}">{OTHER_TITLE}</a></p><p>{P3}</p>')
    assert _body(html)[1:] == [P2]
