"""Lines that read like a page's details but are the article's text, and boxes around the
text that are not its parts: a definition written with a dash (``Категория — это …``), a lead
opening with a published date, a glossary in a definition list, the next story after an ad
slot, a form's hidden date field."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from tests.foreign_story import TEXT, TITLE, URL

META = '<meta property="article:published_time" content="2024-03-12T10:00:00+05:00">'


def _page(lang: str, inner: str, head: str = META) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE[lang]}</title>'
            f'{head}</head><body><header class="site-header"><a href="/">Site</a></header>'
            f"<article><h1>{TITLE[lang]}</h1>{inner}</article><footer>© 2026</footer>"
            "</body></html>")


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{q}</p>" for q in lines)


DEFINITIONS = {"ru": "Категория — это группа товаров одного назначения.",
               "en": "Section – the third part of the new law sets the fines.",
               "kk": "Санаты — бұл бір мақсаттағы тауарлар тобы."}


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
@pytest.mark.parametrize("where", ["first", "last"])
def test_a_definition_with_a_dash_is_text_not_a_rubric(lang: str, where: str) -> None:
    lines = [DEFINITIONS[lang], *TEXT[lang]] if where == "first" else \
        [*TEXT[lang], DEFINITIONS[lang].rstrip(".")]
    rec = article_from_html(_page(lang, f'<div class="content">{_paras(lines)}</div>'), URL)
    assert rec is not None
    assert rec["body"] == "\n\n".join(lines)
    assert rec["category"] is None


@pytest.mark.parametrize("lang, lead", [
    ("ru", "Опубликовано 3 мая 2024 года исследование, которое показало рост числа посетителей "
           "музеев."),
    ("en", "Published on 3 May 2024, the report shows a rise of visitors to the museums of the "
           "region."),
    ("kk", "Жарияланды 3 мамыр 2024 жылы зерттеу мұражайларға келушілер саны өскенін көрсетті."),
], ids=["ru", "en", "kk"])
def test_a_lead_opening_with_a_published_date_is_text(lang: str, lead: str) -> None:
    lines = [lead, *TEXT[lang]]
    rec = article_from_html(_page(lang, f'<div class="content">{_paras(lines)}</div>'), URL)
    assert rec is not None
    assert rec["body"] == "\n\n".join(lines)


def test_a_glossary_over_the_text_is_text() -> None:
    glossary = ("<dl><dt>Источник</dt><dd>Место, откуда город берёт воду для своих жителей.</dd>"
                "<dt>Тег</dt><dd>Метка на карте водоканала.</dd></dl>")
    rec = article_from_html(_page("ru", f'<div class="content">{glossary}'
                                        f'{_paras(TEXT["ru"])}</div>'), URL)
    assert rec is not None
    assert rec["body"].startswith("Источник\n\nМесто, откуда город берёт воду")
    assert rec["body"].endswith("\n\n".join(TEXT["ru"]))


@pytest.mark.parametrize("lang, other", [
    ("ru", ("В Темиртау отремонтируют дороги",
            "В Темиртау в этом году отремонтируют двадцать улиц, сообщил аким города.")),
    ("en", ("Roads to be repaired in Temirtau",
            "Twenty streets of Temirtau will be repaired this year, the mayor said.")),
])
def test_the_next_story_after_an_ad_slot_is_no_part_of_the_text(
        lang: str, other: tuple[str, str]) -> None:
    # the text's parts, each in a classless <div>, an ad slot between them; then another
    # story under its own headline in a <div> of the same kind
    first, second, third = TEXT[lang]
    inner = (f"<div><p>{first}</p><p>{second}</p></div><div class=\"ad-slot\"></div>"
             f"<div><p>{third}</p></div><div class=\"ad-slot\"></div>"
             f"<div><h2>{other[0]}</h2><p>{other[1]}</p></div>")
    rec = article_from_html(_page(lang, inner), URL)
    assert rec is not None
    assert rec["body"] == "\n\n".join(TEXT[lang])


def test_a_forms_hidden_date_is_not_the_publication() -> None:
    # an archive filter's field; the page's own date is printed over the text
    form = ('<form action="/search"><input type="hidden" name="post_date" '
            'value="2020-01-01 00:00:00"><input name="q"></form>')
    inner = f'{form}<div class="date">12 марта 2024, 10:00</div>' \
            f'<div class="content">{_paras(TEXT["ru"])}</div>'
    rec = article_from_html(_page("ru", inner, head=""), URL)
    assert rec is not None
    assert rec["published_at"] == "2024-03-12T10:00:00+05:00"
