"""Info lines, credit lines and footers as ordinary sites print them, read right.

An info line whose fields are parted by slashes or bullets (``16 Апреля 2021 / 1315 / Социум /
Алматы, аким``), a rubric in quotes or in an element of its own, a page whose tags are a
list of search links; a credit named in camel case or capitals (``Фото:iStockPhoto``,
``Фото:KazTAG``), alone on its line or run into the text's first sentence; a footer of an old
table layout with its disclaimer and registration lines.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.processors import photo_credit
from kznews.processors.info import parse_info_line, split_rubric
from tests.test_info_line_rubric import BODY, EN_BODY, URL, info_page

MENU = ('<div class="top"><ul class="menu"><li><a href="/rubric/1">Социум</a></li>'
        '<li><a href="/rubric/2">В мире</a></li><li><a href="/rubric/3">Экономика</a></li></ul>'
        "</div>")
DATELINE = "Алматы. 16 апреля. Центр информации - "


def _record(html: str) -> dict[str, object]:
    record = article_from_html(html, URL)
    assert record is not None
    return record


# ----------------------------------------------------------------------- info line


@pytest.mark.parametrize(("info", "want"), [
    ("16 Апреля 2021 / 1315 / Социум / Алматы, аким", ("Социум", ["Алматы", "аким"])),
    ("16.04.2021 / Социум / Алматы, аким", ("Социум", ["Алматы", "аким"])),
    ("16 Апреля 2021 • 1315 • В мире • Япония, диаспора", ("В мире", ["Япония", "диаспора"])),
    ("16 Апреля 2021 · 1315 · Социум · Алматы, аким", ("Социум", ["Алматы", "аким"])),
])
@pytest.mark.parametrize("menu", ["", MENU])
def test_separators_between_the_fields_part_rubric_and_tags(
        info: str, want: tuple[str, list[str]], menu: str) -> None:
    """A slash or a bullet between all the line's fields ends the rubric (it joins no two of
    its words) and opens none of the tags."""
    record = _record(info_page(info, menu))
    assert (record["category"], record["tags"]) == want


def test_a_slash_inside_a_rubric_of_a_line_without_slashes_still_joins() -> None:
    info = parse_info_line("16 Апреля 2021 1315 Наука / Образование школа, учитель")
    assert info is not None
    assert (info.category, info.tags) == ("Наука / Образование", ["школа", "учитель"])


@pytest.mark.parametrize(("rest", "want"), [
    ("«Рухани жаңғыру» Алматы, әкім", ("«Рухани жаңғыру»", "Алматы, әкім")),
    ('"Без цензуры" Алматы, аким', ('"Без цензуры"', "Алматы, аким")),
    ("«Без цензуры»", ("«Без цензуры»", "")),
    # a quoted name followed by a comma is the first tag of a page with no rubric
    ("«Нұр Отан», Алматы", (None, "«Нұр Отан», Алматы")),
    ("«Байтерек» Алматы, аким", ("«Байтерек»", "Алматы, аким")),  # one word, as before
])
def test_a_rubric_in_quotes_runs_to_its_closing_quote(rest: str,
                                                       want: tuple[str | None, str]) -> None:
    assert split_rubric(rest) == want


def _tag_list(names: tuple[str, ...], href: str, cls: str = "tags-list") -> str:
    items = "".join(f'<li><a href="{href.format(n)}">{n}</a></li>' for n in names)
    if cls == "post-tags":  # the class on the box around the list
        return f'<div class="{cls}"><span>Теги:</span><ul>{items}</ul></div>'
    return f'<ul class="{cls}">{items}</ul>'


@pytest.mark.parametrize(("info", "tags"), [
    ("16 Апреля 2021 1315 диаспора", ("диаспора",)),
    ("16 Апреля 2021 1315 малый бизнес", ("малый бизнес",)),
])
@pytest.mark.parametrize(("href", "cls"), [
    ("/search/index.php?tags={}", "tags-list"),  # Bitrix's tags component
    ("/search/index.php?tags={}", "list"),  # by the search URL alone
    ("/?do=search&story={}", "list"),  # DLE's search
    ("/tema/{}/", "post-tags"),  # by the tags box alone
])
def test_a_list_of_tag_links_names_no_rubric(info: str, tags: tuple[str, ...], href: str,
                                             cls: str) -> None:
    """The page's tags printed again as a list of search links under the text: a lower-case
    word of the info line stays a tag."""
    record = _record(info_page(info, MENU, after=_tag_list(tags, href, cls)))
    assert (record["category"], record["tags"]) == (None, list(tags))


def test_a_research_rubric_in_the_menu_is_still_named() -> None:
    menu = ('<ul class="menu"><li><a href="/research/">Наука и жизнь</a></li>'
            '<li><a href="/society/">Социум</a></li></ul>')
    record = _record(info_page("16 Апреля 2021 1315 Наука и жизнь школа, учитель", menu))
    assert (record["category"], record["tags"]) == ("Наука и жизнь", ["школа", "учитель"])


@pytest.mark.parametrize("info", [
    "<span>16 Апреля 2021</span> <span>1315</span> <span>Мир спорта</span> "
    "<span>футбол, чемпионат</span>",
    '<span class="date">16 Апреля 2021</span> <span class="views">1315</span> '
    '<span class="cat">Мир спорта</span> <span class="tags">футбол, чемпионат</span>',
    "16 Апреля 2021 1315 <b>Мир спорта</b> футбол, чемпионат",
    '16 Апреля 2021 1315 <a href="/sport/">Мир спорта</a> футбол, чемпионат',
])
def test_a_rubric_in_an_element_of_its_own_is_whole(info: str) -> None:
    record = _record(info_page(info))
    assert (record["category"], record["tags"]) == ("Мир спорта", ["футбол", "чемпионат"])


@pytest.mark.parametrize(("info", "want"), [
    # a tag list in an element of its own names no rubric, nor does a lower-case tag
    ("<span>16 Апреля 2021</span> <span>1315</span> <span>Алматы, аким</span>",
     (None, ["Алматы", "аким"])),
    ("<span>16 Апреля 2021</span> <span>1315</span> <span>малый бизнес</span>",
     (None, ["малый бизнес"])),
    ("<span>16 Апреля 2021</span> <span>1315</span> <span>Социум</span> <span>Алматы</span>",
     ("Социум", ["Алматы"])),
])
def test_elements_of_tags_name_no_rubric(info: str, want: tuple[str | None, list[str]]) -> None:
    record = _record(info_page(info, MENU))
    assert (record["category"], record["tags"]) == want


# ----------------------------------------------------------------------- credits


@pytest.mark.parametrize("credit", ["iStockPhoto", "TengriNews", "KazTAG", "DepositPhotos",
                                    "YouTube", "McDonald's", "AFP", "iStockPhoto/Getty Images"])
@pytest.mark.parametrize("dateline", ["", DATELINE])
def test_a_credit_in_camel_case_on_its_own_line_is_whole(credit: str, dateline: str) -> None:
    record = _record(info_page("16 Апреля 2021 1315 Социум аким", dateline=dateline,
                           credit=f"<div>Фото:{credit}</div>"))
    assert record["photo_credit"] == credit
    assert record["body"].split("\n")[0] == BODY[0]


@pytest.mark.parametrize("credit", ["iStockPhoto", "KazTAG", "TengriNews", "pixabay",
                                    "\u00a0Данияр\u00a0Ахметов", "&nbsp;Getty&nbsp;Images",
                                    "iStockPhoto/Getty Images"])
@pytest.mark.parametrize("dateline", ["", DATELINE])
def test_a_credit_run_into_the_texts_first_sentence(credit: str, dateline: str) -> None:
    """``Фото:KazTAGУ казахстанцев …``: the credit is cut where the sentence (or the
    dateline) starts, its name whole."""
    record = _record(info_page("16 Апреля 2021 1315 Социум аким", credit="",
                           dateline=f"Фото:{credit}{dateline}"))
    assert record["photo_credit"] == credit.replace("&nbsp;", " ").replace("\u00a0", " ").strip()
    assert record["body"].split("\n")[0] == BODY[0]


@pytest.mark.parametrize(("printed", "credit"), [
    ("<b>Фото:</b>pixabay", "pixabay"),  # the label alone in its element
    ("<b>Фото:</b> KazTAG", "KazTAG"),
    ("<em>Фото:KazTAG</em>", "KazTAG"),  # the credit in its own element, the text glued on
    ('<span class="ph">Фото: iStockPhoto</span>', "iStockPhoto"),
])
@pytest.mark.parametrize("dateline", ["", DATELINE])
def test_a_credit_element_glued_to_the_text(printed: str, credit: str, dateline: str) -> None:
    """The text's first letter after the credit's element stays as printed (a Cyrillic ``У``
    after ``KazTAG`` is no Latin ``Y``)."""
    record = _record(info_page("16 Апреля 2021 1315 Социум аким", credit="",
                           dateline=printed + dateline))
    assert record["photo_credit"] == credit
    assert record["body"].split("\n")[0] == BODY[0]
    assert record["dateline_place"] == ("Алматы" if dateline else None)


@pytest.mark.parametrize(("credit", "first"), [
    ("Reuters", EN_BODY[0]),
    ("AFP", EN_BODY[0]),
    ("KazTAG", EN_BODY[0]),
    ("iStockPhoto", EN_BODY[0]),
    ("Reuters", "A new exhibition of artworks by young Kazakhstanis opened in Luxembourg, EU "
                "reporter reports."),
])
def test_a_credit_run_into_an_english_sentence(credit: str, first: str) -> None:
    record = _record(info_page("16 Апреля 2021 1315 Социум аким", body=(first, EN_BODY[1]),
                           credit="", dateline=f"Фото:{credit}"))
    assert record["photo_credit"] == credit
    assert record["body"].split("\n")[0] == first


@pytest.mark.parametrize("first", [
    "В Японии появилась собственная ассоциация казахстанцев, сообщает КазТАГ.",
    # a sentence closing on a quote, not on a letter's full stop
    "В Японии появилась ассоциация казахстанцев «Казахи Японии».",
])
def test_a_russian_sentence_opening_with_a_one_letter_word_after_a_name(first: str) -> None:
    record = _record(info_page("16 Апреля 2021 1315 Социум аким", body=(first, BODY[1]),
                           credit="", dateline="Фото:Данияр Ахметов"))
    assert record["photo_credit"] == "Данияр Ахметов"
    assert record["body"].split("\n")[0] == first


@pytest.mark.parametrize(("text", "want"), [
    ("Фото:KazTAGАлматы. 20 апреля.", "KazTAG"),
    ("Фото:TengriNewsАлматы. 20 апреля.", "TengriNews"),
    ("Фото: Данияр АхметовАлматы. 20 апреля.", "Данияр Ахметов"),
    ("Фото:pixabayАлматы. 20 апреля.", "pixabay"),
])
def test_a_dateline_glued_to_a_name_with_capitals(text: str, want: str) -> None:
    assert photo_credit(text) == want


# ----------------------------------------------------------------------- footer

FOOTER = ("(с) 2014–2025 «Центр информации».<br />"
          "Использование материалов разрешено только со ссылкой на источник.<br />"
          "Мнение редакции может не совпадать с мнением авторов.<br />"
          "Сетевое издание. Свидетельство о постановке на учет СМИ № 12345-ИА выдано "
          "Министерством информации и общественного развития 12.03.2015 г.<br />")
PARAS = (
    "При использовании пиротехники необходимо соблюдать правила безопасности, напомнили в "
    "ДЧС Алматы.",
    "Запускать фейерверки разрешено только на открытых площадках вдали от жилых домов.",
    "Петарды нельзя держать в руках и запускать с балконов.",
)


def _table_page(text: str) -> str:
    return ("<html><head><title>В ДЧС напомнили о правилах</title></head><body>"
            '<table class="osnova"><tr><td class="menu"><a href="/">Главная</a> | '
            '<a href="/rubric/soc">Социум</a></td></tr><tr><td class="centr">'
            "<h1>В ДЧС напомнили о правилах обращения с пиротехникой</h1>"
            '<p class="info">27 Июля 2021 1315 Социум пиротехника, ДЧС</p>'
            f'<div class="tekst">{text}</div>'
            '<table class="lenta"><tr><td>ru</td><td><a href="/news/x-u57561">Загородные '
            "трассы оснащают умными камерами в СКО</a></td></tr></table></td></tr>"
            f'<tr><td class="podval">{FOOTER}</td></tr></table></body></html>')


@pytest.mark.parametrize("form", ["br", "p"])
def test_a_footer_of_disclaimer_and_registration_lines_is_no_text(form: str) -> None:
    text = "<br /><br />".join(PARAS) if form == "br" else "".join(f"<p>{p}</p>" for p in PARAS)
    record = article_from_html(_table_page(text), "https://ic24.kz/news/pirotehnika-u46707")
    assert record is not None
    assert record["body"].split("\n\n") == list(PARAS)
    assert (record["category"], record["tags"]) == ("Социум", ["пиротехника", "ДЧС"])


def test_a_labelled_field_in_an_element_of_its_own_is_no_rubric() -> None:
    """``<span>Author: Aigerim Saparova</span> · <span>Editor: Olga Kim</span>`` after the
    date and count: the credits of the story, neither its rubric nor its tags."""
    from kznews import article_from_html

    html = ("<html><body><h1>Kazakhstan hosts a regional forum on water</h1>"
            '<div class="meta"><time>October 9, 2024 15:35</time> · <span>3865</span> '
            "<span>Author: Aigerim Saparova</span> · <span>Editor: Olga Kim</span></div>"
            "<div><p>Astana. October 9. Information Center - The forum gathered experts from "
            "five countries, Kazinform reports.</p><p>The next forum will be held in Almaty "
            "in the spring of the coming year.</p></div></body></html>")
    record = article_from_html(html, "https://ic24.kz/news/Kazakhstan-hosts-forum-u53195")
    assert record is not None
    assert (record["category"], record["tags"]) == (None, [])
